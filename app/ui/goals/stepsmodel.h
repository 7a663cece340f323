#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include "core/step.h"

namespace mapje {

/** The small steps of the goal that is open, in the citizen's order, each with its tick. */
class StepsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Goals.steps")
    Q_PROPERTY(bool isEmpty READ isEmpty NOTIFY isEmptyChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TextRole,
        DoneRole,
        RemindOnTextRole,
        RemindOnIsoRole,
    };
    Q_ENUM(Role)

    explicit StepsModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isEmpty() const { return m_steps.isEmpty(); }

    /**
     * Shows these steps. A changed step changes its row, a step added or removed inserts or
     * removes one row; only another goal resets, so the row being used keeps its focus.
     */
    void setSteps(const QString &goalId, const QList<Step> &steps);
    /** The language changed: the reminder days in words change. */
    void retranslate();

    /** The row of a step id, or -1. */
    Q_INVOKABLE int rowOf(const QString &stepId) const;

signals:
    void isEmptyChanged();

private:
    [[nodiscard]] static QStringList idsOf(const QList<Step> &steps);

    QString m_goalId;
    QList<Step> m_steps;
};

} // namespace mapje
