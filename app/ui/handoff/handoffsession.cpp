#include "ui/handoff/handoffsession.h"

#include "core/board.h"
#include "core/goal.h"
#include "sync/protocol/decodewith.h"
#include "ui/sync/sharecomposer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mapje {

namespace {

const QString Kind = QStringLiteral("zuilsessie");

} // namespace

HandoffSession HandoffSession::compose(const std::optional<Board> &board, const QList<Goal> &goals)
{
    HandoffSession session;
    // A board without chosen domains is no board yet (the protocol wants at least one).
    if (board && !board->chosenDomains().isEmpty())
        session.board
            = std::get<protocol::BoardShare>(ShareComposer::board(*board, true).share.content);
    for (const Goal &goal : goals.first(std::min(goals.size(), MaxGoals)))
        session.goals.append(
            std::get<protocol::GoalShare>(ShareComposer::goal(goal).share.content));
    return session;
}

QByteArray HandoffSession::encode() const
{
    QJsonArray parts;
    const auto add = [&parts](const protocol::Share &share) {
        parts.append(QJsonDocument::fromJson(protocol::encode(share)).object());
    };
    if (board)
        add({*board});
    for (const protocol::GoalShare &goal : goals)
        add({goal});
    return QJsonDocument(QJsonObject {{QStringLiteral("versie"), 1},
                             {QStringLiteral("soort"), Kind}, {QStringLiteral("delen"), parts}})
        .toJson(QJsonDocument::Compact);
}

protocol::Decoded<HandoffSession> HandoffSession::decode(QByteArrayView plaintext)
{
    using protocol::ObjectReader;
    using protocol::ProtocolError;
    return protocol::decodeWith<HandoffSession>(
        plaintext, protocol::MaxShareBytes, [](ObjectReader &reader) {
            HandoffSession session;
            std::optional<ProtocolError> *error = reader.errorSlot();
            reader.choice(QStringLiteral("soort"), ObjectReader::Need::Required, {Kind});
            reader.list(QStringLiteral("delen"), ObjectReader::Need::Required, MaxGoals + 1, 1,
                [&](const QJsonValue &item, const QString &pointer) {
                    if (error->has_value())
                        return;
                    if (!item.isObject()) {
                        *error = ProtocolError {ProtocolError::Kind::WrongType, pointer};
                        return;
                    }
                    // Each part as the endpoint would read it: the same decoder, the same limits.
                    const auto share = protocol::decodeShare(
                        QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact));
                    if (!share.ok()) {
                        *error = ProtocolError {share.error().kind, pointer + share.error().field};
                        return;
                    }
                    const auto &content = share.value().content;
                    const auto *board = std::get_if<protocol::BoardShare>(&content);
                    const auto *goal = std::get_if<protocol::GoalShare>(&content);
                    if (board && !session.board)
                        session.board = *board;
                    else if (goal)
                        session.goals.append(*goal);
                    else // a second board, a preparation or a moment: not what a kiosk sends
                        *error = ProtocolError {ProtocolError::Kind::BadValue, pointer};
                });
            return session;
        });
}

} // namespace mapje
