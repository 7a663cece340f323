#include "syncsteps.h"

#include "sync/protocol/messages.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QStringList>
#include <QTimer>

namespace synctest {

QByteArray goalBody(const QString &words)
{
    mapje::protocol::GoalShare goal;
    goal.domainId = QStringLiteral("money");
    goal.domainName = QStringLiteral("Geld");
    goal.ownWords = words;
    goal.steps = {{QStringLiteral("Een vaste dag kiezen"), false, {}}};
    return mapje::protocol::encode(mapje::protocol::Share {goal});
}

QByteArray storedBody(const QJsonObject &stored)
{
    const QJsonObject share {{QStringLiteral("versie"), 1},
        {QStringLiteral("soort"), stored.value(QStringLiteral("soort"))},
        {QStringLiteral("inhoud"), stored.value(QStringLiteral("inhoud"))}};
    return QJsonDocument(share).toJson(QJsonDocument::Compact);
}

bool settle(mapje::SyncEngine &engine, int milliseconds)
{
    QEventLoop loop;
    bool idle = false;
    const auto connection = QObject::connect(&engine, &mapje::SyncEngine::idle, &loop, [&] {
        if (engine.isIdle()) {
            idle = true;
            loop.quit();
        }
    });
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    engine.syncNow();
    if (!idle)
        loop.exec();
    QObject::disconnect(connection);
    return idle;
}

std::optional<mapje::SyncEngine::PairingOutcome> pair(
    mapje::SyncEngine &engine, const QString &code)
{
    std::optional<mapje::SyncEngine::PairingOutcome> outcome;
    QEventLoop loop;
    const auto connection = QObject::connect(&engine, &mapje::SyncEngine::pairingFinished, &loop,
        [&](mapje::SyncEngine::PairingOutcome how) {
            outcome = how;
            loop.quit();
        });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    engine.pair(code);
    if (!outcome)
        loop.exec();
    QObject::disconnect(connection);
    if (outcome && !settle(engine))
        return std::nullopt;
    return outcome;
}

QString compareShares(const QJsonArray &stored, const QMap<QString, QByteArray> &consented)
{
    QStringList differences;
    QMap<QString, int> seen;
    for (const QJsonValue &value : stored) {
        const QJsonObject share = value.toObject();
        const QString id = share.value(QStringLiteral("deelnameId")).toString();
        if (++seen[id] == 2)
            differences.append(QStringLiteral("%1 is kept more than once").arg(id));
        if (!consented.contains(id))
            differences.append(
                QStringLiteral("%1 is kept, but she did not share it (or withdrew it): %2")
                    .arg(id, QString::fromUtf8(storedBody(share))));
        else if (storedBody(share) != consented.value(id))
            differences.append(QStringLiteral("%1 is kept in another version: %2, not %3")
                                   .arg(id, QString::fromUtf8(storedBody(share)),
                                       QString::fromUtf8(consented.value(id))));
    }
    for (auto it = consented.cbegin(); it != consented.cend(); ++it) {
        if (!seen.contains(it.key()))
            differences.append(QStringLiteral("%1 is missing (she consented to %2)")
                                   .arg(it.key(), QString::fromUtf8(it.value())));
    }
    return differences.join(QLatin1Char('\n'));
}

} // namespace synctest
