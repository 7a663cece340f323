#pragma once

#include "core/consent.h"
#include "core/sync/outbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mapje {

/**
 * One item the citizen said yes to sharing, with what the outbox still has to send of it and
 * what the server confirmed. Kept whole, so one write holds the item and its waiting changes
 * together and a crash never splits them.
 */
struct SharedItem {
    QString shareId; ///< the deelnameId on the endpoint: a UUID made on the device
    Consent::ItemKind kind = Consent::ItemKind::Board;
    QString itemId; ///< the local record it came from
    QString title; ///< how she recognises it in "Wat heb ik gedeeld?", in her own words
    bool withOthers = false; ///< others' views included (board only), because she switched it on
    QByteArray consentedBody; ///< the version she last said yes to, as the protocol encodes it
    QDateTime consentedAt;
    QDateTime withdrawnAt; ///< invalid unless she chose "Haal terug"
    QList<Outbox::Entry> entries; ///< still to send, in order
    std::optional<Outbox::Confirmed> confirmed;
    friend bool operator==(const SharedItem &, const SharedItem &) = default;
};

} // namespace mapje
