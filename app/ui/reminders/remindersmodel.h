#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include "core/reminder.h"

namespace mapje {

/**
 * The reminders inside the app, behind the PIN, so they may say with whom and which step: unlike
 * a notification, which says nothing private.
 */
class RemindersModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Reminders.list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /** One reminder with its words, made by the controller. */
    struct Row {
        Reminder reminder;
        QString text; ///< "Afspraak met Sanne"
        QString whenText; ///< when the thing itself is
        QString dueText; ///< when the reminder shows
        bool isDue = false;
    };

    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        TextRole,
        WhenTextRole,
        DueTextRole,
        IsDueRole,
        SnoozedRole,
    };
    Q_ENUM(Role)

    explicit RemindersModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    void setRows(QList<Row> rows);

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace mapje
