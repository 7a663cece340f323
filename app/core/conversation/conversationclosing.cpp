#include "core/conversation/conversationclosing.h"

namespace mapje {

void ConversationClosing::remove(const Conversation &conversation, const Removers &removers)
{
    for (const Conversation::Item &item : conversation.itemsToRemove()) {
        if (item.kind == Conversation::Item::Kind::Fiche)
            removers.fiche(item.perspectiveId, item.domainId);
        else
            removers.note(item.noteId);
    }
}

Board::Result ConversationClosing::removeFromBoard(const Conversation &conversation, Board &board)
{
    Board::Result problem = Board::Result::Ok;
    remove(conversation,
        {[&](const QString &perspectiveId, const QString &domainId) {
             const Board::Result result
                 = board.removePlacement(board.citizenId(), perspectiveId, domainId);
             // Already gone (she removed it during the conversation) is what she wanted anyway.
             if (result != Board::Result::Ok && result != Board::Result::NoPlacement
                 && problem == Board::Result::Ok)
                 problem = result;
         },
            [](const QString &) {}});
    return problem;
}

} // namespace mapje
