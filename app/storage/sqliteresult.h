#pragma once

#include <QString>

namespace mapje {

/** The outcome of a SQLite call, so callers can tell a full or read-only disk from a damaged file.
 */
class SqliteResult {
public:
    SqliteResult() = default;
    explicit SqliteResult(int code, QString message = {});

    /** True for SQLITE_OK, SQLITE_ROW and SQLITE_DONE. */
    [[nodiscard]] bool ok() const;
    /** The extended result code (e.g. SQLITE_IOERR_WRITE). */
    [[nodiscard]] int code() const { return m_code; }
    /** The primary result code (e.g. SQLITE_IOERR). */
    [[nodiscard]] int primaryCode() const { return m_code & 0xff; }
    [[nodiscard]] QString message() const { return m_message; }
    /** Disk full, read-only, I/O error or cannot open: the data is fine, the disk is not; retry
     * later. */
    [[nodiscard]] bool isStorageProblem() const;
    /** The file is not (or no longer) a database we can read: set it aside, never write to it. */
    [[nodiscard]] bool isNotADatabase() const;

private:
    int m_code = 0;
    QString m_message;
};

} // namespace mapje
