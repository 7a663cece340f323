#pragma once

#include <cstddef>

namespace mapje {

/**
 * A fixed number of secret bytes (a key, a session key, a stream's state) in sodium_malloc'ed
 * memory: guarded pages, locked out of swap, wiped by sodium_free when it goes. Not copied, not
 * moved: whoever needs one longer holds it in a std::unique_ptr.
 *
 * Why not app/storage's SecureBytes: it would make the hand-off link the vault's library
 * (SQLCipher, migrations, repositories) for one small class; the hand-off needs only
 * fixed-size buffers, so this holder is smaller and keeps the layers apart.
 */
class GuardedSecret {
public:
    /** Zero-filled; isNull() when libsodium or the memory was not there. */
    explicit GuardedSecret(std::size_t size);
    ~GuardedSecret();
    GuardedSecret(const GuardedSecret &) = delete;
    GuardedSecret &operator=(const GuardedSecret &) = delete;

    [[nodiscard]] unsigned char *bytes() { return m_bytes; }
    [[nodiscard]] const unsigned char *bytes() const { return m_bytes; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isNull() const { return m_bytes == nullptr; }

    /** libsodium initialised (once, thread-safe); false without a usable random source. */
    [[nodiscard]] static bool sodiumReady();

private:
    unsigned char *m_bytes = nullptr;
    std::size_t m_size = 0;
};

} // namespace mapje
