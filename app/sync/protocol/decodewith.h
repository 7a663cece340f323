#pragma once

#include "sync/protocol/objectreader.h"
#include "sync/protocol/protocolerror.h"
#include "sync/protocol/strictjson.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace mapje::protocol {

/**
 * How every body of the protocol is decoded: parsed strictly (at most maxBytes), its "versie"
 * checked, its fields read by read, and any field that was not read refused. Shared by the
 * sync's messages and the hand-off's, so both refuse a body by the same rules.
 */
template<typename T>
Decoded<T> decodeWith(
    QByteArrayView body, qsizetype maxBytes, const std::function<T(ObjectReader &)> &read)
{
    const Decoded<QJsonObject> parsed = parseStrictObject(body, maxBytes);
    if (!parsed.ok())
        return parsed.error();
    std::optional<ProtocolError> error;
    ObjectReader reader(parsed.value(), {}, &error);
    reader.version();
    T value = read(reader);
    reader.finish();
    if (error)
        return *error;
    return value;
}

} // namespace mapje::protocol
