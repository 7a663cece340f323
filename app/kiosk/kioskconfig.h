#pragma once

#include "sync/engine/syncconfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace mapje {

/**
 * What the service desk sets in /etc/mapje/kiosk.ini (docs/kiosk.md):
 *
 *   [gemeente]  naam, logo (an SVG or PNG file; optional)
 *   [talen]     aangeboden=nl,en,ar,tr,pl,uk (the first is where the welcome starts)
 *   [tijden]    stilSeconden=90 (30–600), aftelSeconden=30 (10–120)
 *   [printer]   naam= (empty: the system's default; geen: no printing)
 *   [eindpunt]  adres, sleutels (pins as in gemeente.ini), zuiltoken (a file with the token)
 *   [beheer]    pincode=<Argon2id hash from mapje --kiosk-hash-pin>
 *
 * A bad or missing value gets one line in warnings() and a safe default. Without a usable admin
 * PIN there is no way out of the kiosk for the service desk: refusal() then says why it will not
 * start.
 */
struct KioskConfig {
    static constexpr int DefaultIdleSeconds = 90;
    static constexpr int DefaultCountdownSeconds = 30;

    QString municipality;
    QString logoPath; ///< empty: the welcome shows the name only
    QStringList languages; ///< language codes in the order offered, never empty
    int idleSeconds = DefaultIdleSeconds;
    int countdownSeconds = DefaultCountdownSeconds;
    bool printing = true;
    QString printerName; ///< empty: the system's default printer
    /** The endpoint for the hand-off to a phone and for sharing; none: neither is offered. */
    std::optional<SyncConfig> endpoint;
    QByteArray kioskToken; ///< for the endpoint's mailbox; empty: no hand-off to a phone
    QByteArray adminPinHash;
    QStringList warnings;
    QString refusal; ///< not empty: no safe kiosk can be made from this file

    [[nodiscard]] bool canStart() const { return refusal.isEmpty(); }

    /** The languages a kiosk can offer (those Mapje is translated into). */
    [[nodiscard]] static QStringList knownLanguages();
    [[nodiscard]] static KioskConfig read(const QString &path);
};

} // namespace mapje
