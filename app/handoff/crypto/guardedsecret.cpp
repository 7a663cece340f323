#include "handoff/crypto/guardedsecret.h"

#include <sodium.h>

namespace mapje {

bool GuardedSecret::sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

GuardedSecret::GuardedSecret(std::size_t size)
{
    void *memory = sodiumReady() && size > 0 ? sodium_malloc(size) : nullptr;
    if (memory == nullptr)
        return;
    m_bytes = static_cast<unsigned char *>(memory);
    m_size = size;
    // sodium_malloc fills with a canary pattern, not zeros.
    sodium_memzero(m_bytes, m_size);
}

GuardedSecret::~GuardedSecret()
{
    // sodium_free wipes the bytes before it gives the pages back.
    if (m_bytes != nullptr)
        sodium_free(m_bytes);
}

} // namespace mapje
