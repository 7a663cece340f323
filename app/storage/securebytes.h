#pragma once

#include <QByteArrayView>
#include <cstddef>

namespace mapje {

/** Key material in locked, guarded memory that is zeroed when it goes away (docs/security.md). */
class SecureBytes {
public:
    SecureBytes() = default;
    /** Zero-filled buffer of size bytes; isNull() when the allocation failed. */
    explicit SecureBytes(std::size_t size);
    /** Copies bytes in; the caller should wipe its own copy. */
    explicit SecureBytes(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /** size bytes from the system's cryptographic random source. */
    [[nodiscard]] static SecureBytes random(std::size_t size);
    /** The UTF-8 (NFC) bytes of a PIN or passphrase, so the same text always gives the same key. */
    [[nodiscard]] static SecureBytes fromSecret(const QString &secret);

    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isNull() const { return m_data == nullptr; }
    /** Constant-time comparison. */
    [[nodiscard]] bool equals(const SecureBytes &other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace mapje
