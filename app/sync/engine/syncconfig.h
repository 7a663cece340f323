#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace mapje {

/**
 * Which municipality this Mapje may pair with, set by whoever installs it (the municipality's
 * service desk, or a package for one municipality). Without it Mapje offers no pairing at all.
 * An INI file:
 *
 *   [gemeente]
 *   naam=Gemeente Eindhoven
 *   adres=https://mapje.eindhoven.nl/v1
 *   sleutels=<base64 SHA-256 of the public key>, …   ; optional pinning
 */
struct SyncConfig {
    QString municipality;
    QUrl endpoint;
    QList<QByteArray> pinnedKeys; ///< SHA-256 digests; empty: the system's checks alone

    /** The config in the file, or nothing when it is absent, incomplete or not allowed
     * (plain http to anything but a loopback address). */
    [[nodiscard]] static std::optional<SyncConfig> read(const QString &path);
};

} // namespace mapje
