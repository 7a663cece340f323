#pragma once

#include <QList>
#include <QtQml/qqmlregistration.h>

#include "core/appointment.h"
#include "ui/shared/listrows.h"

namespace mapje {

/**
 * "Wat wil ik vragen?": the questions of the open appointment in the citizen's order. A question
 * is known by its place ("0", "1", …), which is its key; the controller says what changed, so the
 * question being typed keeps its field.
 */
class AppointmentQuestionsModel : public ListRows {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Appointments.questions")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TextRole,
        SuggestionKeyRole,
    };
    Q_ENUM(Role)

    explicit AppointmentQuestionsModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    /** Shows these questions; `step` is what changed since the last call for the same appointment.
     */
    void setQuestions(
        const QString &appointmentId, QList<Appointment::Question> questions, Step step);

signals:
    void countChanged();

private:
    QString m_appointmentId;
    QList<Appointment::Question> m_questions;
};

} // namespace mapje
