#pragma once

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "ui/shared/listrows.h"

namespace mapje {

/**
 * "Wat neem ik mee?": the checklist of the open appointment. A standard document shows its name and
 * a short explanation in the current language; an own item shows the citizen's words. The key is
 * the stored item itself (a document key such as "id", or the own words), unique in the list.
 */
class ThingsToBringModel : public ListRows {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Appointments.toBring")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        ExplanationRole,
        PackedRole,
        IsOwnRole,
    };
    Q_ENUM(Role)

    explicit ThingsToBringModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    /** Shows these items and ticks; a tick, an added or a removed item changes only its row. */
    void setItems(
        const QString &appointmentId, const QStringList &items, const QStringList &packed);
    /** The language changed: the documents' names and explanations follow. */
    void retranslate();

signals:
    void countChanged();

private:
    QString m_appointmentId;
    QStringList m_items;
    QStringList m_packed;
};

} // namespace mapje
