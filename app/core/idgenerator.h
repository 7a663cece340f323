#pragma once

#include <QString>

namespace mapje {

/** The source of new entity ids, injected so tests get predictable ids and stored ids stay stable.
 */
class IdGenerator {
public:
    virtual ~IdGenerator() = default;
    /** A new id that this generator has not given out before. */
    [[nodiscard]] virtual QString next() = 0;
};

} // namespace mapje
