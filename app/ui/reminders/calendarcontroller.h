#pragma once

#include <QObject>
#include <QTimeZone>
#include <QVariantList>

#include "reminders/calendarexport.h"

namespace mapje {

class AppointmentRepository;
class CheckInRepository;
class Clock;

/**
 * "Zet in je agenda": the coming check-ins and appointments as an .ics file for the citizen's own
 * agenda. The page first shows exactly what the file will say; by default only "Afspraak" and the
 * time, and with whom and where only when the citizen chooses so.
 */
class CalendarController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool withDetails READ withDetails NOTIFY previewChanged)
    Q_PROPERTY(QVariantList preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY messageChanged)

public:
    CalendarController(
        const Clock &clock, QTimeZone zone, QString exportDirectory, QObject *parent);

    /** nullptr while the vault is locked. */
    void setStores(CheckInRepository *checkIns, AppointmentRepository *appointments);

    [[nodiscard]] bool withDetails() const { return m_detail == CalendarDetail::WithDetails; }
    /** One map per agenda item: summary, whenText, location (empty unless chosen). */
    [[nodiscard]] QVariantList preview() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString savedPath() const { return m_savedPath; }
    [[nodiscard]] QList<CalendarEntry> entries() const;

    Q_INVOKABLE void setWithDetails(bool withDetails);
    /** Reads the moments again (the page opens), and forgets the last message. */
    Q_INVOKABLE void refresh();
    /** Writes the file the preview shows; false (and kind words in message) when it fails. */
    Q_INVOKABLE bool save();

signals:
    void previewChanged();
    void messageChanged();

private:
    void setMessage(const QString &message, const QString &path = {});

    const Clock &m_clock;
    QTimeZone m_zone;
    QString m_exportDirectory;
    CheckInRepository *m_checkIns = nullptr;
    AppointmentRepository *m_appointments = nullptr;
    CalendarDetail m_detail = CalendarDetail::Private;
    QString m_message;
    QString m_savedPath;
};

} // namespace mapje
