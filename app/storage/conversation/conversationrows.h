#pragma once

#include "core/conversation/conversation.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/**
 * A conversation as rows of conversations, conversation_people, conversation_cards and
 * conversation_items; all SQL about conversations lives here. Items name what others added
 * (whose fiche on which domain), never its words: those live on the board.
 */
class ConversationRows {
public:
    using Record = Conversation;

    [[nodiscard]] static QString idOf(const Conversation &conversation)
    {
        return conversation.id();
    }
    /** Earliest first, then id. */
    [[nodiscard]] static bool before(const Conversation &a, const Conversation &b);
    /** Replaces the conversation with all its rows; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const Conversation &conversation);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /** Every stored conversation (onlyId empty) or one, in four queries. */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<Conversation> *conversations);
};

} // namespace mapje
