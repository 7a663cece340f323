#pragma once

#include "storage/sqlitedatabase.h"
#include "storage/sqliteresult.h"
#include "storage/writeallornothing.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace mapje {

/**
 * Records the disk has not taken yet, newest version per id (nothing means a removal), so a full,
 * read-only or failing disk never loses what the citizen typed. Codec supplies the SQL:
 * idOf(record), write(db, record) and remove(db, id), as static functions or, for a codec that
 * needs to know where it writes (a table, a clock), as functions of the instance given here.
 * Every store in the vault keeps what the disk refused in one of these.
 */
template<typename Codec> class PendingRecords {
public:
    using Record = typename Codec::Record;

    explicit PendingRecords(Codec codec = Codec()) : m_codec(std::move(codec)) { }

    /** Remembers the newest version for id (nothing = remove it); it replaces an older one. */
    void put(const QString &id, std::optional<Record> record)
    {
        m_pending.insert(id, std::move(record));
    }
    [[nodiscard]] bool isEmpty() const { return m_pending.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_pending.size(); }
    [[nodiscard]] bool contains(const QString &id) const { return m_pending.contains(id); }
    /** The pending version of id; nothing for a pending removal or when id is not pending. */
    [[nodiscard]] std::optional<Record> value(const QString &id) const
    {
        return m_pending.value(id);
    }
    void clear() { m_pending.clear(); }
    /** Every pending version; pending removals are left out. */
    [[nodiscard]] QList<Record> records() const
    {
        QList<Record> records;
        for (const std::optional<Record> &record : m_pending) {
            if (record)
                records.append(*record);
        }
        return records;
    }

    /** The stored records with memory laid over them: pending versions and removals win. */
    [[nodiscard]] QList<Record> overlay(const QList<Record> &stored) const
    {
        QList<Record> records;
        records.reserve(stored.size() + m_pending.size());
        for (const Record &record : stored) {
            if (!m_pending.contains(m_codec.idOf(record)))
                records.append(record);
        }
        records.append(this->records());
        return records;
    }

    /** Writes everything pending in one transaction; on any failure all of it stays pending. */
    [[nodiscard]] SqliteResult flush(SqliteDatabase *db)
    {
        if (m_pending.isEmpty())
            return {};
        if (!db || !db->isOpen())
            return SqliteResult(SQLITE_MISUSE, QStringLiteral("vault not open"));
        const SqliteResult result = writeAllOrNothing(
            *db, m_pending, [db, this](const QString &id, const std::optional<Record> &record) {
                return record ? m_codec.write(*db, *record) : m_codec.remove(*db, id);
            });
        if (result.ok())
            m_pending.clear();
        return result;
    }

private:
    Codec m_codec;
    QHash<QString, std::optional<Record>> m_pending;
};

} // namespace mapje
