#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mapje::endpoint {

/** What a device shared, one row per item, replaced only from the version the device last saw. */
class ShareStore {
public:
    explicit ShareStore(const Database &database) : m_database(database) { }

    struct Stored {
        QString id;
        QString kind;
        QByteArray body; ///< the share as the device sent it (already checked by the codec)
        qint64 version = 0; ///< the ETag, as "<version>"
        QDateTime receivedAt;
    };

    enum class PutResult {
        Created,
        Replaced,
        VersionChanged, ///< If-Match names another version, or the share is gone: 412
        VersionNeeded, ///< it exists and no If-Match was given: 428
        Exists, ///< If-None-Match: * and it exists: 412
        Failed, ///< the database did not answer
    };

    /** ifMatch: the version the device replaces, or nothing; onlyNew: If-None-Match: *. */
    [[nodiscard]] PutResult put(const QString &pairingId, const Stored &share,
        std::optional<qint64> ifMatch, bool onlyNew, Stored *result) const;
    [[nodiscard]] std::optional<Stored> get(const QString &pairingId, const QString &id) const;
    /** All of a pairing's shares, in the order they came in. */
    [[nodiscard]] QList<Stored> list(const QString &pairingId) const;
    /** Withdrawn: the row is deleted (the SQLite file overwrites it: secure_delete). */
    [[nodiscard]] bool remove(const QString &pairingId, const QString &id) const;

private:
    const Database &m_database;
};

} // namespace mapje::endpoint
