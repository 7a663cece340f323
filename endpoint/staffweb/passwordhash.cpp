#include "staffweb/passwordhash.h"

#include <QSemaphore>
#include <sodium.h>

namespace mapje::endpoint::PasswordHash {

namespace {

// libsodium's "interactive" cost: 2 passes over 64 MiB, about 0.1 s on the test machine.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

QSemaphore &derivations()
{
    static QSemaphore semaphore(2);
    return semaphore;
}

QByteArray normalised(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

// A string of the same cost, for names without an account: the same work, never a match.
const QByteArray &standIn()
{
    static const QByteArray hash = make(QStringLiteral("geen-account-geen-account"));
    return hash;
}

} // namespace

bool acceptable(const QString &password)
{
    return password.size() >= 12 && password.size() <= 1024 && !password.trimmed().isEmpty();
}

QByteArray make(const QString &password)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = normalised(password);
    char out[crypto_pwhash_STRBYTES] = {};
    derivations().acquire();
    const QSemaphoreReleaser releaser(derivations());
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), OpsLimit, MemLimit) != 0)
        return {};
    return QByteArray(out);
}

bool matches(const QString &password, const QByteArray &stored)
{
    if (sodium_init() < 0)
        return false;
    const bool usable = !stored.isEmpty() && stored.size() < crypto_pwhash_STRBYTES;
    const QByteArray &hash = usable ? stored : standIn();
    const QByteArray utf8 = normalised(password);
    derivations().acquire();
    const QSemaphoreReleaser releaser(derivations());
    const bool same
        = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    return usable && same;
}

bool needsRehash(const QByteArray &stored)
{
    return crypto_pwhash_str_needs_rehash(stored.constData(), OpsLimit, MemLimit) != 0;
}

} // namespace mapje::endpoint::PasswordHash
