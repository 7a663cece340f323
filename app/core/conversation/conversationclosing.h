#pragma once

#include "core/board.h"
#include "core/conversation/conversation.h"

namespace mapje {

/**
 * The closing of a conversation on the board: every fiche the citizen chose to remove goes, every
 * fiche she kept stays as it is. "Wat mij hielp" notes are removed by their own store.
 */
class ConversationClosing {
public:
    /** Removes the chosen fiches from the board; Ok when each one was removed or already gone. */
    [[nodiscard]] static Board::Result removeFromBoard(
        const Conversation &conversation, Board &board);
};

} // namespace mapje
