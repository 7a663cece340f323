#include "storage/appointmentrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storedtime.h"

#include <QHash>
#include <functional>

namespace mapje {

namespace {

SqliteResult deleteLists(SqliteDatabase &db, const QString &id)
{
    const SqliteResult result = RecordSql::deleteRows(
        db, QStringLiteral("appointment_questions"), QStringLiteral("appointment_id"), id);
    return result.ok() ? RecordSql::deleteRows(
               db, QStringLiteral("appointment_bring"), QStringLiteral("appointment_id"), id)
                       : result;
}

/** The questions in the citizen's order; position is only that order. */
SqliteResult insertQuestions(SqliteDatabase &db, const Appointment &appointment)
{
    SqliteStatement statement = db.prepare(
        QStringLiteral("INSERT INTO appointment_questions (appointment_id, position, text,"
                       " suggestion_key) VALUES (?1, ?2, ?3, ?4)"));
    const QList<Appointment::Question> questions = appointment.questions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        statement.reset();
        statement.bind(1, appointment.id())
            .bind(2, qint64(i))
            .bind(3, questions.at(i).text)
            .bind(4, questions.at(i).suggestionKey);
        if (const SqliteResult result = statement.run(); !result.ok())
            return result;
    }
    return {};
}

/** The things to bring in the citizen's order, each with its tick. */
SqliteResult insertThingsToBring(SqliteDatabase &db, const Appointment &appointment)
{
    SqliteStatement statement = db.prepare(
        QStringLiteral("INSERT INTO appointment_bring (appointment_id, position, item, packed)"
                       " VALUES (?1, ?2, ?3, ?4)"));
    const QStringList items = appointment.toBring();
    for (qsizetype i = 0; i < items.size(); ++i) {
        statement.reset();
        statement.bind(1, appointment.id())
            .bind(2, qint64(i))
            .bind(3, items.at(i))
            .bind(4, qint64(appointment.isPacked(items.at(i)) ? 1 : 0));
        if (const SqliteResult result = statement.run(); !result.ok())
            return result;
    }
    return {};
}

} // namespace

bool AppointmentRows::before(const Appointment &a, const Appointment &b)
{
    // A day alone counts from the start of that day (in UTC: the list order needs no zone).
    const QTimeZone utc = QTimeZone::utc();
    return StoredTime::earlierFirst(a.startsAt(utc), a.id(), b.startsAt(utc), b.id());
}

SqliteResult AppointmentRows::write(SqliteDatabase &db, const Appointment &appointment)
{
    // SQLite 3.15 has no UPSERT: the lists are rewritten in the citizen's order.
    SqliteResult result = deleteLists(db, appointment.id());
    if (!result.ok())
        return result;
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO appointments (id, starts_at, where_text, with_whom,"
                       " want_them_to_know, comes_with_me, remind, agreed, has_time)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    // A day alone is kept as its ISO date with has_time 0; a moment as UTC with has_time 1.
    const bool dayAlone = appointment.dayWithoutTime().isValid();
    row.bind(1, appointment.id())
        .bind(2,
            dayAlone ? StoredTime::text(appointment.dayWithoutTime())
                     : StoredTime::text(appointment.when()))
        .bind(3, appointment.where())
        .bind(4, appointment.withWhom())
        .bind(5, appointment.wantThemToKnow())
        .bind(6, appointment.comesWithMe())
        .bind(7, qint64(appointment.remind() ? 1 : 0))
        .bind(8, appointment.agreed())
        .bind(9, qint64(dayAlone ? 0 : 1));
    if (result = row.run(); !result.ok())
        return result;
    result = insertQuestions(db, appointment);
    return result.ok() ? insertThingsToBring(db, appointment) : result;
}

SqliteResult AppointmentRows::remove(SqliteDatabase &db, const QString &id)
{
    // Explicit deletes: the lists go even if foreign keys were ever switched off.
    const SqliteResult result = deleteLists(db, id);
    return result.ok()
        ? RecordSql::deleteRows(db, QStringLiteral("appointments"), QStringLiteral("id"), id)
        : result;
}

SqliteResult AppointmentRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<Appointment> *appointments)
{
    QList<Appointment> found;
    QHash<QString, qsizetype> index;
    SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT id, starts_at, where_text, with_whom, want_them_to_know,"
                       " comes_with_me, remind, agreed, has_time FROM appointments"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            const bool hasTime = row.columnInt64(8) != 0;
            Appointment appointment(
                row.columnText(0), hasTime ? StoredTime::dateTime(row.columnText(1)) : QDateTime());
            if (!hasTime)
                appointment.setDayWithoutTime(StoredTime::date(row.columnText(1)));
            appointment.setWhere(row.columnText(2));
            appointment.setWithWhom(row.columnText(3));
            appointment.setWantThemToKnow(row.columnText(4));
            appointment.setComesWithMe(row.columnText(5));
            appointment.setRemind(row.columnInt64(6) != 0);
            appointment.setAgreed(row.columnText(7));
            index.insert(appointment.id(), found.size());
            found.append(std::move(appointment));
        });
    // Each list row is added to its appointment; add*() leaves out an empty or repeated item.
    const auto readList
        = [&](const QString &select,
              const std::function<void(Appointment &, const SqliteStatement &)> &add) {
              if (!result.ok() || found.isEmpty())
                  return;
              result = RecordSql::forEachRow(db, select, QStringLiteral("appointment_id"), onlyId,
                  QStringLiteral("appointment_id, position"), [&](const SqliteStatement &row) {
                      if (const qsizetype i = index.value(row.columnText(0), -1); i >= 0)
                          add(found[i], row);
                  });
          };
    readList(
        QStringLiteral("SELECT appointment_id, text, suggestion_key FROM appointment_questions"),
        [](Appointment &appointment, const SqliteStatement &row) {
            (void)appointment.addQuestion(row.columnText(1), row.columnText(2));
        });
    readList(QStringLiteral("SELECT appointment_id, item, packed FROM appointment_bring"),
        [](Appointment &appointment, const SqliteStatement &row) {
            const QString item = row.columnText(1);
            if (appointment.addToBring(item) && row.columnInt64(2) != 0)
                (void)appointment.setPacked(item.trimmed(), true);
        });
    if (result.ok())
        *appointments = std::move(found);
    return result;
}

} // namespace mapje
