#include "storage/vault.h"
#include "storage/storagelog.h"

#include "core/clock.h"
#include "storage/directorysync.h"
#include "storage/migrations.h"
#include "storage/securebytes.h"
#include "storage/unlockthrottle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mapje {

namespace {
/** "x'<64 hex>'": SQLCipher takes this as the raw key and skips its own PBKDF2. */
SecureBytes rawKeySpec(const SecureBytes &dataKey)
{
    const std::size_t hexLength = dataKey.size() * 2;
    SecureBytes buffer(hexLength + 4); // x ' hex NUL, then the NUL becomes '
    if (buffer.isNull())
        return {};
    buffer.data()[0] = 'x';
    buffer.data()[1] = '\'';
    sodium_bin2hex(
        reinterpret_cast<char *>(buffer.data() + 2), hexLength + 1, dataKey.data(), dataKey.size());
    buffer.data()[hexLength + 2] = '\'';
    SecureBytes spec(hexLength + 3);
    if (!spec.isNull())
        std::copy_n(buffer.data(), spec.size(), spec.data());
    return spec;
}

bool anyExists(const QStringList &paths)
{
    return std::any_of(
        paths.begin(), paths.end(), [](const QString &p) { return QFileInfo::exists(p); });
}

/** Overwrites a small file in place before removing it, so the wrapped key is not left behind. */
bool shred(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const qint64 size = file.size();
        QByteArray noise(size, Qt::Uninitialized);
        randombytes_buf(noise.data(), std::size_t(noise.size()));
        file.write(noise);
        file.flush();
#ifdef Q_OS_UNIX
        ::fsync(file.handle());
#endif
        file.close();
    }
    return QFile::remove(path) || !QFileInfo::exists(path);
}
} // namespace

Vault::Vault(QString directory, const Clock &clock, QObject *parent)
    : QObject(parent), m_paths(std::move(directory)), m_clock(clock)
{
    inspect();
}

Vault::~Vault()
{
    m_db.close();
}

qint64 Vault::secondsToWait() const
{
    return UnlockThrottle::secondsToWait(
        m_header.failedAttempts(), m_header.lastFailure(), m_clock.now());
}

SqliteDatabase *Vault::database()
{
    return m_status == Status::Open && m_db.isOpen() ? &m_db : nullptr;
}

void Vault::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void Vault::inspect(bool evenWhenOpen)
{
    if (m_status == Status::Open && !evenWhenOpen)
        return;
    // Damaged holds until the citizen chooses startFresh() (or wipe()), whatever is on disk now.
    if (m_status == Status::Damaged)
        return;
    const QString headerPath = m_paths.headerPath();
    if (QFileInfo::exists(headerPath)) {
        if (!QFileInfo(headerPath).isReadable()) {
            // Perhaps a permission problem, not damage: report it but move nothing.
            m_header = KeyHeader();
            setStatus(Status::Damaged);
            return;
        }
        KeyHeader header;
        switch (KeyHeader::read(headerPath, &header)) {
        case KeyHeader::Parse::Valid:
            m_header = header;
            setStatus(Status::Locked);
            return;
        case KeyHeader::Parse::TooNew:
            m_header = KeyHeader();
            setStatus(Status::TooNew);
            return;
        case KeyHeader::Parse::Damaged:
            m_header = KeyHeader();
            (void)setAside(SqliteResult());
            return;
        }
    }
    m_header = KeyHeader();
    // A database without its header can never be opened; keep it, but out of the way.
    if (anyExists({m_paths.databasePath(), m_paths.walPath()})) {
        (void)setAside(SqliteResult());
        return;
    }
    setStatus(Status::Empty);
}

bool Vault::moveFilesAside()
{
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QDir root(m_paths.setAsideRoot());
    QString name = stamp;
    for (int n = 2; root.exists(name); ++n)
        name = stamp + QLatin1Char('-') + QString::number(n);
    if (!root.mkpath(name))
        return false;
    const QString target = root.filePath(name);
    bool ok = true;
    QDir dir(m_paths.directory());
    for (const QString &file : m_paths.allFiles()) {
        if (!QFileInfo::exists(file))
            continue;
        // QDir::rename is a plain rename(2): the bytes are never copied or rewritten.
        ok = dir.rename(file, QDir(target).filePath(QFileInfo(file).fileName())) && ok;
    }
    DirectorySync::sync(target);
    DirectorySync::sync(m_paths.directory());
    m_setAsidePath = target;
    return ok;
}

Vault::UnlockResult Vault::setAside(const SqliteResult &reason)
{
    m_db.close();
    m_lastError = reason;
    m_header = KeyHeader();
    if (!moveFilesAside())
        qCWarning(lcStorage, "Vault: could not move all damaged files aside");
    setStatus(Status::Damaged);
    return UnlockResult::Damaged;
}

bool Vault::create(const QString &secret)
{
    inspect();
    if (m_status != Status::Empty || secret.isEmpty())
        return false;
    if (!QDir().mkpath(m_paths.directory()))
        return false;
    // Side files without a database belong to nothing we can read; keep them, out of the way.
    if (anyExists({m_paths.walPath(), m_paths.shmPath(), m_paths.journalPath()}))
        (void)moveFilesAside();

    const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
    if (dataKey.isNull())
        return false;
    const auto header = KeyHeader::seal(dataKey, SecureBytes::fromSecret(secret), m_kdfCost);
    // Header first: a crash after this leaves a header without database, which unlock() repairs.
    if (!header || !header->write(m_paths.headerPath()))
        return false;
    m_header = *header;
    setStatus(Status::Locked);
    if (openDatabase(dataKey) != UnlockResult::Opened)
        return false;
    setStatus(Status::Open);
    emit opened();
    return true;
}

Vault::UnlockResult Vault::unlock(const QString &secret)
{
    if (m_status == Status::Open)
        return UnlockResult::Opened;
    inspect();
    switch (m_status) {
    case Status::Empty:
        return UnlockResult::Failed;
    case Status::Damaged:
        return UnlockResult::Damaged;
    case Status::TooNew:
        return UnlockResult::TooNew;
    case Status::Locked:
    case Status::Open:
        break;
    }

    const QDateTime now = m_clock.now();
    if (secondsToWait() > 0) {
        // A clock set back must not stretch the wait forever: count it from now instead.
        if (UnlockThrottle::clockSetBack(m_header.lastFailure(), now)) {
            m_header.setLastFailure(now);
            (void)m_header.write(m_paths.headerPath());
        }
        return UnlockResult::MustWait;
    }

    SecureBytes dataKey;
    switch (m_header.unwrap(SecureBytes::fromSecret(secret), &dataKey)) {
    case KeyHeader::Unwrap::OutOfMemory:
        return UnlockResult::Failed;
    case KeyHeader::Unwrap::WrongSecret:
        m_header.recordFailure(now);
        if (!m_header.write(m_paths.headerPath()))
            qCWarning(lcStorage, "Vault: could not store the wrong-secret counter");
        return UnlockResult::WrongSecret;
    case KeyHeader::Unwrap::Opened:
        break;
    }
    if (m_header.failedAttempts() > 0) {
        m_header.clearFailures();
        (void)m_header.write(m_paths.headerPath());
    }

    const UnlockResult result = openDatabase(dataKey);
    if (result == UnlockResult::Opened) {
        setStatus(Status::Open);
        emit opened();
    }
    return result;
}

Vault::UnlockResult Vault::openDatabase(const SecureBytes &dataKey)
{
    const QString path = m_paths.databasePath();
    const SecureBytes keySpec = rawKeySpec(dataKey);
    // A read-only look at a WAL database leaves an empty -wal and a -shm behind; those are
    // ours, not the citizen's, so they are removed again before anything is set aside.
    const bool walBefore = QFileInfo::exists(m_paths.walPath());
    const bool shmBefore = QFileInfo::exists(m_paths.shmPath());
    auto fail = [&, this](const SqliteResult &result, SqliteDatabase &db) {
        db.close(); // closed before any file is moved
        if (!walBefore && QFileInfo(m_paths.walPath()).size() == 0)
            QFile::remove(m_paths.walPath());
        if (!shmBefore)
            QFile::remove(m_paths.shmPath());
        m_lastError = result;
        if (result.ok())
            return UnlockResult::TooNew;
        return result.isNotADatabase() ? setAside(result) : UnlockResult::Failed;
    };

    if (QFileInfo::exists(path)) {
        // Look read-only first: a damaged or newer file must stay byte for byte as it is, and a
        // read-only connection never writes (no journal switch, no checkpoint on close).
        SqliteDatabase probe;
        SqliteResult result = probe.open(path, SQLITE_OPEN_READONLY, m_vfsName);
        if (result.ok())
            result = probe.key(keySpec);
        // The first read is where SQLCipher notices a foreign, random or wrongly keyed file.
        if (result.ok())
            result = probe.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), nullptr);
        int version = 0;
        if (result.ok())
            result = Migrations::currentVersion(probe, &version);
        if (result.ok() && version > Migrations::latestVersion()) {
            (void)fail(SqliteResult(), probe); // only closes and tidies: status becomes TooNew
            m_lastError
                = SqliteResult(SQLITE_OK, QStringLiteral("schema %1 is newer").arg(version));
            setStatus(Status::TooNew);
            return UnlockResult::TooNew;
        }
        QString report;
        if (result.ok())
            result = probe.quickCheck(&report);
        if (result.ok() && report != QLatin1String("ok"))
            result = SqliteResult(SQLITE_CORRUPT, report);
        if (!result.ok())
            return fail(result, probe);
    }

    // Without a database (a crash right after create() wrote the header) nothing was lost:
    // no data existed yet, so a fresh one is made.
    SqliteDatabase db;
    SqliteResult result = db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, m_vfsName);
    if (result.ok())
        result = db.key(keySpec);
    // WAL + synchronous=FULL: every commit is on disk when save() returns, and a crash
    // mid-write leaves the last committed state.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"}) {
        if (!result.ok())
            break;
        SqliteStatement statement = db.prepare(QString::fromLatin1(pragma));
        result = statement.run();
    }
    if (result.ok())
        result = Migrations::migrate(db);
    if (!result.ok())
        return fail(result, db);
    m_db = std::move(db);
    return UnlockResult::Opened;
}

bool Vault::changeSecret(const QString &current, const QString &next)
{
    if (next.isEmpty())
        return false;
    if (m_status != Status::Open)
        inspect();
    if (m_status != Status::Locked && m_status != Status::Open)
        return false;
    KeyHeader header;
    if (KeyHeader::read(m_paths.headerPath(), &header) != KeyHeader::Parse::Valid)
        return false;
    m_header = header;
    // Same wait as unlock(): otherwise this would be a way around it.
    if (secondsToWait() > 0)
        return false;
    SecureBytes dataKey;
    switch (m_header.unwrap(SecureBytes::fromSecret(current), &dataKey)) {
    case KeyHeader::Unwrap::OutOfMemory:
        return false;
    case KeyHeader::Unwrap::WrongSecret:
        m_header.recordFailure(m_clock.now());
        (void)m_header.write(m_paths.headerPath());
        return false;
    case KeyHeader::Unwrap::Opened:
        break;
    }
    const auto rewrapped = KeyHeader::seal(dataKey, SecureBytes::fromSecret(next), m_kdfCost);
    if (!rewrapped || !rewrapped->write(m_paths.headerPath()))
        return false;
    m_header = *rewrapped;
    return true;
}

void Vault::lock()
{
    if (m_status != Status::Open)
        return;
    emit aboutToLock();
    m_db.close();
    inspect(true);
}

bool Vault::wipe()
{
    m_db.close();
    // The header goes first: without it the database is unreadable noise.
    bool ok = !QFileInfo::exists(m_paths.headerPath()) || shred(m_paths.headerPath());
    for (const QString &file : m_paths.allFiles())
        ok = (QFile::remove(file) || !QFileInfo::exists(file)) && ok;
    QDir setAsideRoot(m_paths.setAsideRoot());
    if (setAsideRoot.exists())
        ok = setAsideRoot.removeRecursively() && ok;
    DirectorySync::sync(m_paths.directory());
    m_header = KeyHeader();
    m_setAsidePath.clear();
    m_lastError = SqliteResult();
    m_status = Status::Locked; // force a signal below even if we were Empty before
    setStatus(Status::Empty);
    emit wiped();
    return ok;
}

bool Vault::startFresh()
{
    if (m_status != Status::Damaged && m_status != Status::TooNew)
        return false;
    if (anyExists(m_paths.allFiles()) && !moveFilesAside())
        return false;
    m_header = KeyHeader();
    setStatus(Status::Empty);
    return true;
}

} // namespace mapje
