#include "ui/reminders/calendarcontroller.h"

#include "core/clock.h"
#include "storage/appointmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/safefilewriter.h"
#include "ui/shared/localtimes.h"

#include <QDir>

namespace mapje {

namespace {
const QString kFileName = QStringLiteral("mapje-agenda.ics");
}

CalendarController::CalendarController(
    const Clock &clock, QTimeZone zone, QString exportDirectory, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_zone(std::move(zone)),
      m_exportDirectory(std::move(exportDirectory))
{
}

void CalendarController::setStores(CheckInRepository *checkIns, AppointmentRepository *appointments)
{
    m_checkIns = checkIns;
    m_appointments = appointments;
    refresh();
}

QList<CalendarEntry> CalendarController::entries() const
{
    const QDateTime now = m_clock.now();
    QList<CalendarEntry> entries;
    if (m_checkIns) {
        for (const CheckIn &checkIn : m_checkIns->all()) {
            if (checkIn.when() >= now && !checkIn.isCompleted()) {
                entries.append({checkIn.id(), ReminderKind::CheckIn, checkIn.when(), 60,
                    checkIn.withWhom(), checkIn.where()});
            }
        }
    }
    if (m_appointments) {
        for (const Appointment &appointment : m_appointments->all()) {
            // A day without a time stays in until that day is over: an all-day event.
            const bool coming = appointment.hasTime()
                ? appointment.when() >= now
                : appointment.hasWhen() && !appointment.hasPassed(m_clock, m_zone);
            if (coming) {
                entries.append({appointment.id(), ReminderKind::Appointment, appointment.when(), 60,
                    appointment.withWhom(), appointment.where(), appointment.dayWithoutTime()});
            }
        }
    }
    // A day alone is sorted by the start of that day on her wall clock.
    const auto startOf = [this](const CalendarEntry &entry) {
        return entry.start.isValid()
            ? entry.start
            : LocalTimes::toUtc(entry.day.toString(Qt::ISODate), QStringLiteral("00:00"), m_zone);
    };
    std::stable_sort(entries.begin(), entries.end(),
        [&](const auto &a, const auto &b) { return startOf(a) < startOf(b); });
    return entries;
}

QVariantList CalendarController::preview() const
{
    QVariantList items;
    for (const CalendarEntry &entry : entries()) {
        items.append(QVariantMap {
            {QStringLiteral("key"), entry.uid},
            {QStringLiteral("summary"), CalendarExport::summary(entry, m_detail)},
            {QStringLiteral("whenText"),
                entry.start.isValid() ? LocalTimes::dateTimeText(entry.start, m_zone)
                                      : LocalTimes::dateText(entry.day)},
            {QStringLiteral("location"), withDetails() ? entry.where : QString()},
        });
    }
    return items;
}

void CalendarController::setWithDetails(bool withDetails)
{
    const auto detail = withDetails ? CalendarDetail::WithDetails : CalendarDetail::Private;
    if (detail == m_detail)
        return;
    m_detail = detail;
    emit previewChanged();
}

void CalendarController::refresh()
{
    setMessage({});
    emit previewChanged();
}

bool CalendarController::save()
{
    const QByteArray ics = CalendarExport::toIcs(entries(), m_detail, m_clock.now());
    const QString path = QDir(m_exportDirectory).filePath(kFileName);
    // All or nothing: a full disk leaves an earlier agenda file as it was. A new file is private;
    // one the citizen already has keeps its mode.
    const bool saved = QDir().mkpath(m_exportDirectory)
        && SafeFileWriter::write(path, ics, SafeFileWriter::Permissions::KeepExisting).ok();
    if (!saved) {
        setMessage(tr("Opslaan lukt nu niet. Misschien is er geen ruimte meer. "
                      "Je gegevens in Mapje zijn veilig."));
        return false;
    }
    //: %1 is a folder on the device.
    setMessage(tr("Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda "
                  "te zetten.")
                   .arg(QDir::toNativeSeparators(m_exportDirectory)),
        path);
    return true;
}

void CalendarController::setMessage(const QString &message, const QString &path)
{
    m_message = message;
    m_savedPath = path;
    emit messageChanged();
}

} // namespace mapje
