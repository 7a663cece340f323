#pragma once

#include "sync/protocol/protocolerror.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace mapje::protocol {

/**
 * Reads one JSON object strictly: refused when larger than maxBytes (before any parsing), not
 * valid JSON (Qt's parser), not an object, nested deeper than maxDepth, or with a key twice in
 * one object. Qt's parser silently keeps one of two equal keys, and another parser may keep the
 * other: a body that two readers understand differently is refused.
 */
[[nodiscard]] Decoded<QJsonObject> parseStrictObject(
    QByteArrayView body, qsizetype maxBytes, int maxDepth = 12);

} // namespace mapje::protocol
