#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace mapje {

/**
 * The one pairing of this device with a municipality. The device token is a secret: it lives in
 * the vault only (never in settings files or logs) and goes out in the Authorization header only.
 * While ending is set, the endpoint has not yet confirmed the end; nothing else is sent then.
 */
struct Pairing {
    QString pairingId;
    QString municipality; ///< as the endpoint named it, e.g. "Gemeente Eindhoven"
    QUrl endpoint; ///< the base URL, ending in /v1
    QByteArray deviceToken;
    QDateTime pairedAt;
    QString appointmentsCursor; ///< where the next GET /afspraken starts; empty: the beginning
    QString momentsCursor;
    bool ending = false;
    friend bool operator==(const Pairing &, const Pairing &) = default;
};

} // namespace mapje
