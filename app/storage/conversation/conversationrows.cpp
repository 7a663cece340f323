#include "storage/conversation/conversationrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storagelog.h"
#include "storage/storedtime.h"

#include <QHash>

namespace mapje {

namespace {

const QStringList kChildTables {QStringLiteral("conversation_people"),
    QStringLiteral("conversation_cards"), QStringLiteral("conversation_items")};

SqliteResult removeChildren(SqliteDatabase &db, const QString &id)
{
    // Explicit deletes: the rows go even if foreign keys were ever switched off.
    for (const QString &table : kChildTables) {
        if (const SqliteResult result
            = RecordSql::deleteRows(db, table, QStringLiteral("conversation_id"), id);
            !result.ok())
            return result;
    }
    return {};
}

SqliteResult writePeople(SqliteDatabase &db, const Conversation &conversation)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT INTO conversation_people (conversation_id, perspective_id, role,"
                       " name, position) VALUES (?1, ?2, ?3, ?4, ?5)"));
    const QList<Conversation::Participant> people = conversation.participants();
    for (qsizetype i = 0; i < people.size(); ++i) {
        row.reset();
        row.bind(1, conversation.id())
            .bind(2, people.at(i).perspectiveId)
            .bind(3, Perspective::kindKey(people.at(i).role))
            .bind(4, people.at(i).name)
            .bind(5, qint64(i));
        if (const SqliteResult result = row.run(); !result.ok())
            return result;
    }
    return {};
}

SqliteResult writeCards(SqliteDatabase &db, const Conversation &conversation)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT INTO conversation_cards (conversation_id, card_id, used, position)"
                       " VALUES (?1, ?2, ?3, ?4)"));
    const QList<Conversation::CardUse> cards = conversation.cards();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        row.reset();
        row.bind(1, conversation.id())
            .bind(2, cards.at(i).cardId)
            .bind(3, qint64(cards.at(i).used ? 1 : 0))
            .bind(4, qint64(i));
        if (const SqliteResult result = row.run(); !result.ok())
            return result;
    }
    return {};
}

SqliteResult writeItems(SqliteDatabase &db, const Conversation &conversation)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT INTO conversation_items (conversation_id, position, kind,"
                       " perspective_id, domain_id, note_id, decision)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    const QList<Conversation::Item> items = conversation.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Conversation::Item &item = items.at(i);
        row.reset();
        row.bind(1, conversation.id())
            .bind(2, qint64(i))
            .bind(3, Conversation::itemKindKey(item.kind))
            .bind(4, item.perspectiveId)
            .bind(5, item.domainId)
            .bind(6, item.noteId)
            .bind(7, Conversation::decisionKey(conversation.decision(i)));
        if (const SqliteResult result = row.run(); !result.ok())
            return result;
    }
    return {};
}

} // namespace

bool ConversationRows::before(const Conversation &a, const Conversation &b)
{
    return StoredTime::earlierFirst(a.startedAt(), a.id(), b.startedAt(), b.id());
}

SqliteResult ConversationRows::write(SqliteDatabase &db, const Conversation &conversation)
{
    SqliteResult result = removeChildren(db, conversation.id());
    if (!result.ok())
        return result;
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO conversations (id, started_at, citizen_id,"
                       " closed_at) VALUES (?1, ?2, ?3, ?4)"));
    row.bind(1, conversation.id())
        .bind(2, StoredTime::text(conversation.startedAt()))
        .bind(3, conversation.citizenId())
        .bind(4, StoredTime::text(conversation.closedAt()));
    if (result = row.run(); !result.ok())
        return result;
    if (result = writePeople(db, conversation); !result.ok())
        return result;
    if (result = writeCards(db, conversation); !result.ok())
        return result;
    return writeItems(db, conversation);
}

SqliteResult ConversationRows::remove(SqliteDatabase &db, const QString &id)
{
    const SqliteResult result = removeChildren(db, id);
    return result.ok()
        ? RecordSql::deleteRows(db, QStringLiteral("conversations"), QStringLiteral("id"), id)
        : result;
}

SqliteResult ConversationRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<Conversation> *conversations)
{
    QList<Conversation::Stored> found;
    QHash<QString, qsizetype> index;
    int skipped = 0;
    SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT id, started_at, citizen_id, closed_at FROM conversations"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            Conversation::Stored stored;
            stored.id = row.columnText(0);
            stored.startedAt = StoredTime::dateTime(row.columnText(1));
            stored.citizenId = row.columnText(2);
            stored.closedAt = StoredTime::dateTime(row.columnText(3));
            index.insert(stored.id, found.size());
            found.append(std::move(stored));
        });
    if (result.ok() && !found.isEmpty()) {
        result = RecordSql::forEachRow(db,
            QStringLiteral("SELECT conversation_id, perspective_id, role, name"
                           " FROM conversation_people"),
            QStringLiteral("conversation_id"), onlyId, QStringLiteral("conversation_id, position"),
            [&](const SqliteStatement &row) {
                const qsizetype i = index.value(row.columnText(0), -1);
                const auto role = Perspective::kindFromKey(row.columnText(2));
                if (i < 0 || !role) {
                    ++skipped;
                    return;
                }
                found[i].participants.append({row.columnText(1), *role, row.columnText(3)});
            });
    }
    if (result.ok() && !found.isEmpty()) {
        result = RecordSql::forEachRow(db,
            QStringLiteral("SELECT conversation_id, card_id, used FROM conversation_cards"),
            QStringLiteral("conversation_id"), onlyId, QStringLiteral("conversation_id, position"),
            [&](const SqliteStatement &row) {
                const qsizetype i = index.value(row.columnText(0), -1);
                if (i < 0) {
                    ++skipped;
                    return;
                }
                found[i].cards.append({row.columnText(1), row.columnInt64(2) != 0});
            });
    }
    if (result.ok() && !found.isEmpty()) {
        result = RecordSql::forEachRow(db,
            QStringLiteral("SELECT conversation_id, kind, perspective_id, domain_id, note_id,"
                           " decision FROM conversation_items"),
            QStringLiteral("conversation_id"), onlyId, QStringLiteral("conversation_id, position"),
            [&](const SqliteStatement &row) {
                const qsizetype i = index.value(row.columnText(0), -1);
                const auto kind = Conversation::itemKindFromKey(row.columnText(1));
                const auto decision = Conversation::decisionFromKey(row.columnText(5));
                if (i < 0 || !kind || !decision) {
                    ++skipped;
                    return;
                }
                found[i].items.append(
                    {*kind, row.columnText(2), row.columnText(3), row.columnText(4)});
                found[i].decisions.append(*decision);
            });
    }
    if (skipped > 0)
        qCInfo(lcStorage, "ConversationRows: skipped %d unreadable row(s)", skipped);
    if (result.ok()) {
        QList<Conversation> list;
        list.reserve(found.size());
        for (Conversation::Stored &stored : found)
            list.append(Conversation::restored(std::move(stored)));
        *conversations = std::move(list);
    }
    return result;
}

} // namespace mapje
