#include "storage/conversation/experiencenoterows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storagelog.h"
#include "storage/storedtime.h"

namespace mapje {

bool ExperienceNoteRows::before(const ExperienceNote &a, const ExperienceNote &b)
{
    return StoredTime::earlierFirst(a.createdAt(), a.id(), b.createdAt(), b.id());
}

SqliteResult ExperienceNoteRows::write(SqliteDatabase &db, const ExperienceNote &note)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO experience_notes (id, perspective_id, domain_id,"
                       " text, created_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    row.bind(1, note.id())
        .bind(2, note.perspectiveId())
        .bind(3, note.domainId())
        .bind(4, note.text())
        .bind(5, StoredTime::text(note.createdAt()));
    return row.run();
}

SqliteResult ExperienceNoteRows::remove(SqliteDatabase &db, const QString &id)
{
    // The vault runs secure_delete: the words are overwritten, not only unlinked.
    return RecordSql::deleteRows(db, QStringLiteral("experience_notes"), QStringLiteral("id"), id);
}

SqliteResult ExperienceNoteRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<ExperienceNote> *notes)
{
    QList<ExperienceNote> found;
    int skipped = 0;
    const SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT id, perspective_id, domain_id, text, created_at"
                       " FROM experience_notes"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            std::optional<ExperienceNote> note
                = ExperienceNote::create(row.columnText(0), row.columnText(1), row.columnText(2),
                    row.columnText(3), StoredTime::dateTime(row.columnText(4)));
            if (!note) {
                ++skipped;
                return;
            }
            found.append(std::move(*note));
        });
    if (skipped > 0)
        qCInfo(lcStorage, "ExperienceNoteRows: skipped %d unreadable row(s)", skipped);
    if (result.ok())
        *notes = std::move(found);
    return result;
}

} // namespace mapje
