#include "core/conversation/conversationclosing.h"

namespace mapje {

Board::Result ConversationClosing::removeFromBoard(const Conversation &conversation, Board &board)
{
    for (const Conversation::Item &item : conversation.itemsToRemove()) {
        if (item.kind != Conversation::Item::Kind::Fiche)
            continue;
        const Board::Result result
            = board.removePlacement(board.citizenId(), item.perspectiveId, item.domainId);
        // Already gone (she removed it during the conversation) is what she wanted anyway.
        if (result != Board::Result::Ok && result != Board::Result::NoPlacement)
            return result;
    }
    return Board::Result::Ok;
}

} // namespace mapje
