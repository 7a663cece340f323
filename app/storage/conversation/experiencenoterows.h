#pragma once

#include "core/conversation/experiencenote.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** A "Wat mij hielp" note as a row of experience_notes; all SQL about these notes lives here. */
class ExperienceNoteRows {
public:
    using Record = ExperienceNote;

    [[nodiscard]] static QString idOf(const ExperienceNote &note) { return note.id(); }
    /** Earliest first, then id. */
    [[nodiscard]] static bool before(const ExperienceNote &a, const ExperienceNote &b);
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const ExperienceNote &note);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /** Every stored note (onlyId empty) or one, in one query. */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<ExperienceNote> *notes);
};

} // namespace mapje
