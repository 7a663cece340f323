#include "storage/sqlitedatabase.h"

#include "storage/securebytes.h"

#include <QStringList>
#include <sqlite3.h>
#include <utility>

namespace mapje {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteResult SqliteDatabase::open(const QString &path, int flags, const QByteArray &vfsName)
{
    close();
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(
        utf8.constData(), &m_db, flags, vfsName.isEmpty() ? nullptr : vfsName.constData());
    if (rc != SQLITE_OK) {
        SqliteResult result(m_db ? sqlite3_extended_errcode(m_db) : rc,
            QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        close();
        return result;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

SqliteResult SqliteDatabase::key(const SecureBytes &key)
{
    if (!m_db)
        return SqliteResult(SQLITE_MISUSE, QStringLiteral("database not open"));
    const int rc = sqlite3_key(m_db, key.data(), int(key.size()));
    return rc == SQLITE_OK ? SqliteResult()
                           : SqliteResult(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqliteDatabase::close()
{
    if (!m_db)
        return;
    // close_v2 never fails for open statements; it closes as soon as the last one is finalized.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteDatabase::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

SqliteResult SqliteDatabase::exec(const QString &sql)
{
    if (!m_db)
        return SqliteResult(SQLITE_MISUSE, QStringLiteral("database not open"));
    const QByteArray utf8 = sql.toUtf8();
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &error);
    QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    if (rc == SQLITE_OK)
        return {};
    return SqliteResult(sqlite3_extended_errcode(m_db), message);
}

SqliteStatement SqliteDatabase::prepare(const QString &sql) const
{
    return SqliteStatement(m_db, sql);
}

SqliteResult SqliteDatabase::queryInt(const QString &sql, qint64 *value) const
{
    SqliteStatement statement = prepare(sql);
    const SqliteResult result = statement.step();
    if (result.ok() && value)
        *value = statement.columnInt64(0);
    return result;
}

SqliteResult SqliteDatabase::quickCheck(QString *report) const
{
    SqliteStatement statement = prepare(QStringLiteral("PRAGMA quick_check"));
    QStringList rows;
    SqliteResult result;
    while ((result = statement.step()).ok() && statement.hasRow())
        rows << statement.columnText(0);
    if (report)
        *report = rows.join(QLatin1Char('\n'));
    return result;
}

} // namespace mapje
