#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "core/appointment.h"

namespace mapje {

class Clock;

/** The citizen's spreekkamer appointments, earliest first, in words on the citizen's wall clock. */
class AppointmentsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Appointments.list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        WhenTextRole,
        WhereRole,
        WithWhomRole,
        RemindRole,
        HasPassedRole,
        AgreedRole,
    };
    Q_ENUM(Role)

    AppointmentsModel(const Clock &clock, QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    void setAppointments(QList<Appointment> appointments, const QTimeZone &zone);
    /** The clock moved or the language changed: every row re-reads its words. */
    void refreshWords();

signals:
    void countChanged();

private:
    const Clock &m_clock;
    QList<Appointment> m_appointments;
    QTimeZone m_zone;
};

} // namespace mapje
