#pragma once

#include "core/board.h"
#include "core/conversation/conversation.h"

#include <functional>

namespace mapje {

/**
 * The closing of a conversation: every fiche and "Wat mij hielp" note the citizen chose to remove
 * goes, everything she kept stays as it is.
 */
class ConversationClosing {
public:
    /** Where the removals go: a fiche (whose, which domain) and a note (its id). */
    struct Removers {
        std::function<void(const QString &perspectiveId, const QString &domainId)> fiche;
        std::function<void(const QString &noteId)> note;
    };

    /** Hands every item she chose to remove to its remover, in the order they were added. */
    static void remove(const Conversation &conversation, const Removers &removers);

    /** Removes the chosen fiches from this board (notes are not on it); Ok when each one was
     * removed or already gone. */
    [[nodiscard]] static Board::Result removeFromBoard(
        const Conversation &conversation, Board &board);
};

} // namespace mapje
