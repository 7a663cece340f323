#include "storage/securebytes.h"

#include <QString>
#include <sodium.h>
#include <utility>

namespace mapje {

namespace {
bool sodiumReady()
{
    // sodium_init is idempotent and thread-safe; -1 means no usable random source.
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
{
    // sodium_malloc(0) is allowed but pointless; keep the "null = empty" rule simple.
    if (size == 0 || !sodiumReady())
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, m_size);
    }
}

SecureBytes::SecureBytes(QByteArrayView bytes) : SecureBytes(std::size_t(bytes.size()))
{
    if (m_data)
        std::copy(bytes.begin(), bytes.end(), m_data);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (!bytes.isNull())
        randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}

SecureBytes SecureBytes::fromSecret(const QString &secret)
{
    QString normalized = secret.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    SecureBytes bytes {QByteArrayView(utf8)};
    // Best effort: the QString itself lives in ordinary memory we do not own.
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    sodium_memzero(normalized.data(), std::size_t(normalized.size()) * sizeof(QChar));
    return bytes;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace mapje
