#pragma once

#include <QUrl>

namespace mapje {

/**
 * Where Mapje may send what the citizen shares: HTTPS only; plain HTTP only to this device's own
 * loopback address, for tests. Anything else is refused before a connection is made.
 */
class TransportPolicy {
public:
    [[nodiscard]] static bool allows(const QUrl &base);
};

} // namespace mapje
