#pragma once

#include "storage/sqliteresult.h"

#include <QHash>
#include <QString>
#include <functional>

namespace mapje {

class SqliteDatabase;

/** Text that could not be written yet (full or read-only disk); kept in memory so no word is lost.
 */
class PendingWrites {
public:
    /** Writes one key/value inside the open transaction. */
    using Writer = std::function<SqliteResult(SqliteDatabase &, const QString &, const QString &)>;

    explicit PendingWrites(Writer writer);

    /** Remembers the newest value for key; it replaces any older pending one. */
    void put(const QString &key, const QString &value);
    /** Writes everything pending in one transaction; on failure all stays pending. */
    [[nodiscard]] SqliteResult flush(SqliteDatabase *db);
    [[nodiscard]] bool isEmpty() const { return m_pending.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_pending.size(); }
    [[nodiscard]] bool contains(const QString &key) const { return m_pending.contains(key); }
    [[nodiscard]] QString value(const QString &key) const { return m_pending.value(key); }
    [[nodiscard]] QList<QString> keys() const { return m_pending.keys(); }
    void clear() { m_pending.clear(); }

private:
    Writer m_writer;
    QHash<QString, QString> m_pending;
};

} // namespace mapje
