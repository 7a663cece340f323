#pragma once

#include "storage/pendingrecords.h"
#include "storage/recordrepositorybase.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <optional>

namespace mapje {

/**
 * One kind of record in the vault, saved whole and at once; a write the disk refuses stays in
 * memory, wins on every read and is retried. Codec holds the SQL: idOf, before (the order of
 * all()), write, remove and read(db, onlyId, &records) with a fixed number of queries.
 */
template<typename Codec> class RecordRepository : public RecordRepositoryBase {
public:
    using Record = typename Codec::Record;

    /** The newest version: a pending (not yet written) one wins over the stored one. */
    [[nodiscard]] std::optional<Record> load(const QString &id) const
    {
        if (id.isEmpty())
            return std::nullopt;
        if (m_pending.contains(id))
            return m_pending.value(id);
        const QList<Record> stored = read(id);
        return stored.isEmpty() ? std::nullopt : std::optional<Record>(stored.constFirst());
    }

    /** Writes the whole record in one transaction; false means pending and retried, not lost. */
    bool save(const Record &record)
    {
        const QString id = Codec::idOf(record);
        if (id.isEmpty())
            return false;
        // Into memory first: from here on the record cannot be lost by a failing disk.
        m_pending.put(id, record);
        recordChanged(id);
        return flush();
    }

    /** Removes the record with all its rows; false means pending like save(). */
    bool remove(const QString &id)
    {
        if (id.isEmpty())
            return false;
        m_pending.put(id, std::nullopt);
        recordChanged(id);
        return flush();
    }

protected:
    RecordRepository(Vault &vault, const char *what, QObject *parent)
        : RecordRepositoryBase(vault, what, parent)
    {
    }

    /** Every record, pending ones included, in Codec::before order. */
    [[nodiscard]] QList<Record> records() const
    {
        QList<Record> list = m_pending.overlay(read({}));
        std::sort(list.begin(), list.end(), &Codec::before);
        return list;
    }

    /** A record was saved or removed (in memory at least): the subclass's own signal. */
    virtual void recordChanged(const QString &id) = 0;

private:
    /** Stored records: one (onlyId) or all; empty when the vault is not open or not readable. */
    [[nodiscard]] QList<Record> read(const QString &onlyId) const
    {
        QList<Record> stored;
        SqliteDatabase *db = database();
        if (!db)
            return stored;
        if (const SqliteResult result = Codec::read(*db, onlyId, &stored); !result.ok()) {
            reportReadProblem(result);
            return {};
        }
        return stored;
    }

    [[nodiscard]] qsizetype pendingCount() const override { return m_pending.size(); }
    [[nodiscard]] SqliteResult writePending(SqliteDatabase *db) override
    {
        return m_pending.flush(db);
    }
    void dropPending() override { m_pending.clear(); }

    PendingRecords<Codec> m_pending;
};

} // namespace mapje
