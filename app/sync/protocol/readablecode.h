#pragma once

#include <QLatin1StringView>
#include <QString>

namespace mapje::protocol {

/**
 * The short codes people read out, type or scan: pairing codes (koppelcodes) and hand-off codes
 * (overdrachten). Eight characters from an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z,
 * 5/S, 6/G, 8/B), shown as "KM4T-X7RA".
 */
struct ReadableCode {
    static constexpr QLatin1StringView Alphabet {"ACDEFHJKMNPRTUVWXY34679"};
    static constexpr int Length = 8;

    /** As a person may type it: case, spaces and dashes do not count. Empty when it cannot be a
     * code at all. */
    [[nodiscard]] static QString normalised(const QString &typed);
};

} // namespace mapje::protocol
