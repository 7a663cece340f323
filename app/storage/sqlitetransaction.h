#pragma once

#include "storage/sqliteresult.h"

namespace mapje {

class SqliteDatabase;

/** BEGIN IMMEDIATE on construction and ROLLBACK on destruction unless commit() succeeded. */
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();

    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    /** Whether BEGIN worked; when not, do not write and do not commit. */
    [[nodiscard]] SqliteResult begun() const { return m_begin; }
    [[nodiscard]] SqliteResult commit();
    void rollback();

private:
    SqliteDatabase &m_db;
    SqliteResult m_begin;
    bool m_active = false;
};

} // namespace mapje
