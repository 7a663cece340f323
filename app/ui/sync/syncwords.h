#pragma once

#include "core/sharerecord.h"
#include "core/sync/proposal.h"
#include "sync/engine/syncengine.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace mapje {

/** Where the sync stands, in calm B1 words: a date and what happens next, never a code. */
class SyncWords {
    Q_DECLARE_TR_FUNCTIONS(SyncWords)

public:
    /** The status line under a shared item. */
    [[nodiscard]] static QString itemState(SyncEngine::ItemState state, const SharedItem &item,
        const QDateTime &confirmedAt, const QTimeZone &zone);
    /** One line of "Wat heb ik gedeeld?": how it left, e.g. "Gedeeld met Gemeente Eindhoven". */
    [[nodiscard]] static QString channel(const ShareRecord &record);
    /** "Bord", "Doel", … for an item kind. */
    [[nodiscard]] static QString kind(Consent::ItemKind kind);
    /** How a shared item is named in the lists: its kind, and her words when it has them
     * ("Doel: Rust in mijn geld"); a board is her board, in the language she reads now. */
    [[nodiscard]] static QString heading(Consent::ItemKind kind, const QString &title);
    [[nodiscard]] static QString pairingOutcome(SyncEngine::PairingOutcome outcome);
    /** The proposal's heading: "De gemeente stelt een afspraak voor" or its moment. */
    [[nodiscard]] static QString proposalHeading(const Proposal &proposal);
    [[nodiscard]] static QString proposalState(const Proposal &proposal);
    [[nodiscard]] static QString request(const RescheduleRequest &request, const QTimeZone &zone);
};

} // namespace mapje
