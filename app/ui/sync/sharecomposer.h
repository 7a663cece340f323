#pragma once

#include "sync/protocol/messages.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace mapje {

class Appointment;
class Board;
class CheckIn;
class Goal;

/**
 * Turns an item into exactly what would be sent, twice: the protocol's share, and the same
 * content in plain words for the preview she reads before "Ja, deel dit". Both come from one
 * walk over the item, so the preview can never show less than what goes.
 */
class ShareComposer {
    Q_DECLARE_TR_FUNCTIONS(ShareComposer)

public:
    struct Composed {
        protocol::Share share;
        QStringList lines; ///< the preview, one line per thing that goes
        QString title; ///< how the item is named in "Wat heb ik gedeeld?"
    };

    /** Her chosen domains in her order with her fiches; others' fiches only with withOthers.
     * Hidden fiches never go. */
    [[nodiscard]] static Composed board(const Board &board, bool withOthers);
    /** Whether the board holds fiches of others that she could switch on. */
    [[nodiscard]] static bool hasOthers(const Board &board);
    [[nodiscard]] static Composed goal(const Goal &goal);
    /** Her preparation of an appointment (when, where, with whom, her questions, what she
     * brings); nothing while it has no day. municipalityId: the appointment's id at the
     * municipality when it proposed it, so they see which one it prepares. */
    [[nodiscard]] static std::optional<Composed> preparation(
        const Appointment &appointment, const QString &municipalityId, const QTimeZone &zone);
    /** An agreed moment and, after looking back, what changed in her words. */
    [[nodiscard]] static Composed moment(
        const CheckIn &checkIn, const QString &municipalityId, const QTimeZone &zone);
};

} // namespace mapje
