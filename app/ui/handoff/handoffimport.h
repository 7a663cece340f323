#pragma once

#include "core/board.h"
#include "core/goal.h"
#include "sync/protocol/messages.h"

#include <QDateTime>

namespace mapje {

class IdGenerator;

/**
 * What arrived from a kiosk made into the phone's own records, with new ids: a board with her
 * chosen domains in her order, her fiches and (only when she keeps them) the others' fiches
 * under their names; a goal in her own words with its steps. Nothing is saved here.
 */
class HandoffImport {
public:
    [[nodiscard]] static Board board(
        const protocol::BoardShare &share, bool withOthers, IdGenerator &ids);
    /** Nothing when the goal has no words (the protocol lets no such goal through). */
    [[nodiscard]] static std::optional<Goal> goal(
        const protocol::GoalShare &share, const QDateTime &now, IdGenerator &ids);
};

} // namespace mapje
