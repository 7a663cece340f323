#pragma once

#include "sync/protocol/messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace mapje {

class Board;
class Goal;

/**
 * What a kiosk visitor takes to her phone: her board and her goals, each as the share body the
 * sync sends (app/sync/protocol), in one versioned document. The phone reads every part with the
 * protocol's own strict decoder, so it refuses exactly what the endpoint would refuse:
 *
 *     {"versie":1,"soort":"zuilsessie","delen":[<Deelname bord>?, <Deelname doel>…]}
 */
struct HandoffSession {
    std::optional<protocol::BoardShare> board; ///< none when she chose no domains
    QList<protocol::GoalShare> goals;

    /** The most goals one session carries; the protocol reads at most as many steps per goal. */
    static constexpr qsizetype MaxGoals = 100;

    /** The kiosk's board as it is now (others' fiches too: she decides on her phone; hidden
     * fiches never go) and her goals, in her writing order. */
    [[nodiscard]] static HandoffSession compose(
        const std::optional<Board> &board, const QList<Goal> &goals);

    [[nodiscard]] QByteArray encode() const;
    /** Strict: anything but this document with valid parts is refused. */
    [[nodiscard]] static protocol::Decoded<HandoffSession> decode(QByteArrayView plaintext);

    [[nodiscard]] bool isEmpty() const { return !board && goals.isEmpty(); }
};

} // namespace mapje
