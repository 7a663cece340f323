#include "ui/appointments/appointmentsmodel.h"

#include "core/clock.h"
#include "ui/shared/localtimes.h"

namespace mapje {

AppointmentsModel::AppointmentsModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent), m_clock(clock)
{
}

int AppointmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_appointments.size());
}

QVariant AppointmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appointment &appointment = m_appointments.at(index.row());
    switch (role) {
    case KeyRole:
        return appointment.id();
    case Qt::DisplayRole:
    case WhenTextRole:
        // A day alone is said as a day ("" when no day was chosen at all).
        return appointment.hasTime() ? LocalTimes::dateTimeText(appointment.when(), m_zone)
            : appointment.dayWithoutTime().isValid()
            ? LocalTimes::dateText(appointment.dayWithoutTime())
            : QString();
    case WhereRole:
        return appointment.where();
    case WithWhomRole:
        return appointment.withWhom();
    case RemindRole:
        return appointment.remind();
    case HasPassedRole:
        return appointment.hasPassed(m_clock, m_zone);
    case AgreedRole:
        return appointment.agreed();
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentsModel::roleNames() const
{
    return {{KeyRole, "key"}, {WhenTextRole, "whenText"}, {WhereRole, "where"},
        {WithWhomRole, "withWhom"}, {RemindRole, "remind"}, {HasPassedRole, "hasPassed"},
        {AgreedRole, "agreed"}};
}

void AppointmentsModel::setAppointments(QList<Appointment> appointments, const QTimeZone &zone)
{
    const bool countChanges = appointments.size() != m_appointments.size();
    beginResetModel();
    m_appointments = std::move(appointments);
    m_zone = zone;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void AppointmentsModel::refreshWords()
{
    if (!m_appointments.isEmpty())
        emit dataChanged(index(0), index(int(m_appointments.size()) - 1));
}

} // namespace mapje
