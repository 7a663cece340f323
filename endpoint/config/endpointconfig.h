#pragma once

#include "staffweb/staffwebsettings.h"
#include "storage/database.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace mapje::endpoint {

/**
 * The endpoint's settings, from an INI file a municipality edits (docs/endpoint.md). A bad or
 * missing value gets one line in the log and a safe default; what cannot be made safe (no server
 * secret, no database) stops the start, with the reason in `problems`.
 */
struct EndpointConfig {
    QString address = QStringLiteral("127.0.0.1");
    int port = 8080;
    /** Each open keep-alive connection holds one while open: more than nginx keeps (16). */
    int threads = 32;
    int readTimeoutSeconds = 10;
    int writeTimeoutSeconds = 10;
    /** Proxies (nginx) whose X-Real-IP header names the client; from anyone else it is ignored. */
    QStringList trustedProxies;
    QString municipality;
    DatabaseSettings database;
    QByteArray serverSecret;
    /** Staff name → SHA-256 (hex) of their staff token. */
    QHash<QString, QString> staffTokenHashes;
    /** Lobby kiosk name → SHA-256 (hex) of its kiosk token ([zuilen]); never a staff token. */
    QHash<QString, QString> kioskTokenHashes;
    /** Requests per minute per address and per token before 429. */
    int requestsPerMinute = 120;
    /** Wrong pairing codes per address per 15 minutes before 429. */
    int wrongCodesPerWindow = 5;
    /** How long a hand-off mailbox lives: five minutes; shorter only to test its expiry. */
    int handoffSeconds = 300;
    /** The staff page: sessions, sign-in limits, the audit log ([medewerkerspagina]). */
    StaffWebSettings staffWeb;

    QStringList warnings;
    QStringList problems;

    [[nodiscard]] static EndpointConfig read(const QString &path);
};

} // namespace mapje::endpoint
