#include "storage/kdfcost.h"

#include <sodium.h>

namespace mapje {

namespace {
constexpr quint64 MiB = 1024 * 1024;
// A header asking for more than this is treated as damaged (it would only hang the device).
constexpr quint64 MaxMemLimit = 2048 * MiB;
constexpr quint64 MaxOpsLimit = 64;
} // namespace

KdfCost KdfCost::fastForTests()
{
    return KdfCost(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

bool KdfCost::isValid() const
{
    return m_opsLimit >= crypto_pwhash_OPSLIMIT_MIN && m_opsLimit <= MaxOpsLimit
        && m_memLimit >= crypto_pwhash_MEMLIMIT_MIN && m_memLimit <= MaxMemLimit
        && m_memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

} // namespace mapje
