#pragma once

#include "core/appointment.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/**
 * An appointment and its lists as rows of appointments, appointment_questions and
 * appointment_bring; all SQL about appointments lives here.
 */
class AppointmentRows {
public:
    using Record = Appointment;

    [[nodiscard]] static QString idOf(const Appointment &appointment) { return appointment.id(); }
    /** When it is, earliest first, then id. */
    [[nodiscard]] static bool before(const Appointment &a, const Appointment &b);
    /** Replaces the appointment and both lists; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const Appointment &appointment);
    /** Deletes the appointment and both lists; call inside a transaction. */
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /** Every stored appointment (onlyId empty) or one, in three queries however many. */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<Appointment> *appointments);
};

} // namespace mapje
