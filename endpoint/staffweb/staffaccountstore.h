#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace mapje::endpoint {

/** Staff web accounts (table medewerkers): a name and an Argon2id string, nothing else. The name
 * is the one of [medewerkers] in the INI file, so both ways in see the same pairings. */
class StaffAccountStore {
public:
    explicit StaffAccountStore(const Database &database) : m_database(database) { }

    /** 1 to 64 of A-Z a-z 0-9 . _ - */
    [[nodiscard]] static bool validName(const QString &name);

    /** Adds the account or gives it a new password hash; false when the database refused. */
    [[nodiscard]] bool set(const QString &name, const QByteArray &hash, const QDateTime &now) const;
    [[nodiscard]] bool exists(const QString &name) const;
    /** The stored hash; nothing when there is no such account. */
    [[nodiscard]] std::optional<QByteArray> hashOf(const QString &name) const;
    [[nodiscard]] bool remove(const QString &name) const;

private:
    const Database &m_database;
};

} // namespace mapje::endpoint
