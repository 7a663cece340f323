#pragma once

#include "sync/engine/syncengine.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

/** What the fault and crash tests of the sync do again and again, with no QtTest in it (the
 * crash driver uses it too). */
namespace synctest {

/** A goal share in her own words, as the protocol encodes it. */
[[nodiscard]] QByteArray goalBody(const QString &words);

/** The content the endpoint keeps for one share (BewaardeDeelname), as the device sent it. */
[[nodiscard]] QByteArray storedBody(const QJsonObject &stored);

/** Runs what is due now and waits (at most milliseconds) until nothing is on its way. */
bool settle(mapje::SyncEngine &engine, int milliseconds = 30000);

/** Pairs with code and settles; how it ended, or nothing when it did not end in 30 s. */
std::optional<mapje::SyncEngine::PairingOutcome> pair(
    mapje::SyncEngine &engine, const QString &code);

/**
 * What the endpoint keeps for a pairing (sharesOf) against what she consented to: the body of
 * each shared item by shareId, withdrawn ones left out. "" when they are the same exactly (one
 * share per item, its last body); otherwise every difference, a line each.
 */
[[nodiscard]] QString compareShares(
    const QJsonArray &stored, const QMap<QString, QByteArray> &consented);

} // namespace synctest
