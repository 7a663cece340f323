#pragma once

#include <QtGlobal>

namespace mapje {

/** How much work Argon2id does to turn a PIN into a key; stored in the header so it can change. */
class KdfCost {
public:
    KdfCost() = default;
    explicit KdfCost(quint64 opsLimit, quint64 memLimit)
        : m_opsLimit(opsLimit), m_memLimit(memLimit)
    {
    }

    /** The minimum libsodium allows; only for tests, so they stay fast. */
    [[nodiscard]] static KdfCost fastForTests();

    [[nodiscard]] quint64 opsLimit() const { return m_opsLimit; }
    /** In bytes. */
    [[nodiscard]] quint64 memLimit() const { return m_memLimit; }
    /** Within libsodium's bounds and below our ceiling, so a tampered header cannot ask for 1 TB.
     */
    [[nodiscard]] bool isValid() const;

    friend bool operator==(const KdfCost &, const KdfCost &) = default;

private:
    quint64 m_opsLimit = 0;
    quint64 m_memLimit = 0;
};

} // namespace mapje
