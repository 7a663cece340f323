#include "storage/vault.h"
#include "storage/storagelog.h"

#include "core/clock.h"
#include "storage/directorysync.h"
#include "storage/kdfcalibration.h"
#include "storage/migrations.h"
#include "storage/securebytes.h"
#include "storage/unlockthrottle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

/** Runs the pragmas in order, then brings the schema up to date; stops at the first problem. */
SqliteResult prepareSchema(SqliteDatabase &db, std::initializer_list<const char *> pragmas)
{
    SqliteResult result;
    for (const char *pragma : pragmas) {
        SqliteStatement statement = db.prepare(QString::fromLatin1(pragma));
        result = statement.run();
        if (!result.ok())
            return result;
    }
    return Migrations::migrate(db);
}

/** There as a file or as a link (a dangling link counts too: QFileInfo::exists would miss it). */
bool present(const QString &path)
{
    struct stat info { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

bool anyPresent(const QStringList &paths)
{
    return std::any_of(paths.begin(), paths.end(), present);
}

bool isLink(const QString &path)
{
    struct stat info { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISLNK(info.st_mode);
}

/** Sets mode on a real file or folder; links are left alone (chmod would follow them). */
void setMode(const QString &path, mode_t mode)
{
    struct stat info { };
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &info) == 0 && !S_ISLNK(info.st_mode)
        && (info.st_mode & 07777) != mode)
        ::chmod(name.constData(), mode);
}

/** Makes the database file ourselves, 0600 and never through a link; SQLite then gives its -wal
 * and -shm files the same mode. */
bool createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
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
        ::fsync(file.handle());
        file.close();
    }
    return QFile::remove(path) || !QFileInfo::exists(path);
}
} // namespace

Vault::Vault(QString directory, const Clock &clock, QObject *parent)
    : QObject(parent), m_paths(std::move(directory)), m_clock(clock), m_copies(m_paths)
{
    inspect();
}

Vault::Vault(InMemoryTag, const Clock &clock, QObject *parent)
    : QObject(parent), m_paths(QString()), m_clock(clock), m_copies(m_paths), m_inMemory(true)
{
    if (openInMemory())
        m_status = Status::Open;
    else
        m_status = Status::Damaged; // SQLite could not even make a database in memory
}

std::unique_ptr<Vault> Vault::inMemory(const Clock &clock, QObject *parent)
{
    return std::unique_ptr<Vault>(new Vault(InMemoryTag {}, clock, parent));
}

bool Vault::openInMemory()
{
    SqliteDatabase db;
    SqliteResult result = db.open(QStringLiteral(":memory:"),
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, m_vfsName);
    // temp_store=MEMORY: sorts and temporary tables never spill into a temporary file either.
    if (result.ok())
        result = prepareSchema(
            db, {"PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"});
    m_lastError = result;
    if (!result.ok())
        return false;
    m_db = std::move(db);
    return true;
}

Vault::~Vault()
{
    m_db.close();
}

qint64 Vault::secondsToWait() const
{
    return UnlockThrottle::secondsToWait(
        m_header.failedAttempts(), m_header.lastFailureMs(), m_clock.now().toMSecsSinceEpoch());
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

void Vault::makePrivate() const
{
    constexpr mode_t PrivateFolder = S_IRWXU;
    constexpr mode_t PrivateFile = S_IRUSR | S_IWUSR;
    setMode(m_paths.directory(), PrivateFolder);
    for (const QString &file : m_paths.allFiles())
        setMode(file, PrivateFile);
}

void Vault::inspect(bool evenWhenOpen)
{
    if (m_inMemory)
        return; // no files to look at
    if (m_status == Status::Open && !evenWhenOpen)
        return;
    // Damaged holds until the citizen chooses startFresh() (or wipe()), whatever is on disk now.
    if (m_status == Status::Damaged)
        return;
    makePrivate();
    // Never open the database through a link: it could point anywhere, even outside the folder.
    for (const QString &file : m_paths.allFiles().mid(2)) {
        if (isLink(file)) {
            (void)setAside(Damage::Link);
            return;
        }
    }
    const KeyHeaderCopies::Loaded loaded = m_copies.load();
    switch (loaded.outcome) {
    case KeyHeaderCopies::Outcome::None:
        m_header = KeyHeader();
        m_headerUnsaved = false;
        // A database without its header can never be opened; keep it, but out of the way.
        if (anyPresent({m_paths.databasePath(), m_paths.walPath()})) {
            (void)setAside(Damage::Header);
            return;
        }
        setStatus(Status::Empty);
        return;
    case KeyHeaderCopies::Outcome::TooNew:
        m_header = KeyHeader();
        setStatus(Status::TooNew);
        return;
    case KeyHeaderCopies::Outcome::Unreadable:
        // Perhaps a permission problem, not damage: report it but move nothing.
        m_header = KeyHeader();
        m_damage = Damage::Unreadable;
        setStatus(Status::Damaged);
        return;
    case KeyHeaderCopies::Outcome::Damaged:
        (void)setAside(loaded.primary == KeyHeaderCopies::CopyState::Link
                    || loaded.secondary == KeyHeaderCopies::CopyState::Link
                ? Damage::Link
                : Damage::Header);
        return;
    case KeyHeaderCopies::Outcome::Valid:
        break;
    }

    adoptHeader(loaded.header); // the file is written again below when a wait was unsaved

    // Once there was a database, an empty or missing one is damage, never a silent fresh start.
    if (m_header.databaseMade()) {
        if (!present(m_paths.databasePath())) {
            (void)setAside(Damage::DatabaseMissing);
            return;
        }
        if (QFileInfo(m_paths.databasePath()).size() == 0) {
            (void)setAside(Damage::DatabaseEmpty);
            return;
        }
    }
    if (m_headerUnsaved) {
        (void)persistHeader();
    } else if (loaded.needsRepair) {
        // One damaged or older copy costs nothing: it is written again from the whole one.
        const FileWriteResult repaired = m_copies.repair(loaded);
        if (!repaired.ok())
            qCWarning(lcStorage, "Vault: could not repair a header copy (%s)",
                qPrintable(repaired.describe()));
    }
    m_damage = Damage::None;
    setStatus(Status::Locked);
}

void Vault::adoptHeader(KeyHeader loaded)
{
    // A wait that could not be written stays in force (same key, same seal), whatever the file
    // says. A different seal means the file changed since: then the file is the truth.
    if (m_headerUnsaved && m_header.sameSealAs(loaded)) {
        loaded.takeStateOf(m_header);
        loaded.setGeneration(std::max(loaded.generation(), m_header.generation()));
    } else {
        m_headerUnsaved = false;
    }
    m_header = std::move(loaded);
}

void Vault::restartWaitIfUncountable(const QDateTime &now)
{
    // A clock set back, or a time that cannot be, must not stretch the wait: count it from now.
    if (UnlockThrottle::mustRestartWait(
            m_header.failedAttempts(), m_header.lastFailureMs(), now.toMSecsSinceEpoch())) {
        m_header.setLastFailure(now);
        (void)persistHeader();
    }
}

bool Vault::persistHeader()
{
    const FileWriteResult result = m_copies.write(m_header);
    m_headerUnsaved = !result.ok();
    if (!result.ok())
        qCWarning(
            lcStorage, "Vault: kept the header in memory (%s)", qPrintable(result.describe()));
    setHeaderWrite(result);
    return result.ok();
}

void Vault::setHeaderWrite(const FileWriteResult &result)
{
    const bool changed = result.problem() != m_headerWrite.problem();
    m_headerWrite = result;
    if (changed)
        emit headerWriteProblemChanged();
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
    setMode(root.path(), S_IRWXU);
    setMode(target, S_IRWXU);
    bool ok = true;
    QDir dir(m_paths.directory());
    for (const QString &file : m_paths.allFiles()) {
        if (!present(file))
            continue;
        // rename(2) moves the bytes (or a link itself) without copying, rewriting or following.
        ok = dir.rename(file, QDir(target).filePath(QFileInfo(file).fileName())) && ok;
    }
    DirectorySync::sync(target);
    DirectorySync::sync(m_paths.directory());
    m_setAsidePath = target;
    return ok;
}

Vault::UnlockResult Vault::setAside(Damage damage, const SqliteResult &reason)
{
    m_db.close();
    m_lastError = reason;
    m_header = KeyHeader();
    m_headerUnsaved = false;
    m_damage = damage;
    if (!moveFilesAside())
        qCWarning(lcStorage, "Vault: could not move all damaged files aside");
    setStatus(Status::Damaged);
    return UnlockResult::Damaged;
}

KdfCost Vault::costForNewSeal() const
{
    return m_fixedCost ? *m_fixedCost : KdfCalibration::calibrate();
}

bool Vault::create(const QString &secret)
{
    if (m_inMemory)
        return false;
    inspect();
    if (m_status != Status::Empty || secret.isEmpty())
        return false;
    if (!QDir().mkpath(m_paths.directory()))
        return false;
    makePrivate();
    // Side files without a database belong to nothing we can read; keep them, out of the way.
    if (anyPresent({m_paths.walPath(), m_paths.shmPath(), m_paths.journalPath()}))
        (void)moveFilesAside();

    const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
    if (dataKey.isNull())
        return false;
    auto header = KeyHeader::seal(dataKey, SecureBytes::fromSecret(secret), costForNewSeal());
    if (!header)
        return false;
    // Header first, marked "no database yet": a crash before the database exists leaves a vault
    // that unlock() completes. Only then does a missing database count as damage.
    const FileWriteResult written = m_copies.write(*header);
    setHeaderWrite(written);
    if (!written.ok())
        return false;
    m_header = *header;
    m_headerUnsaved = false;
    setStatus(Status::Locked);
    if (openDatabase(dataKey) != UnlockResult::Opened)
        return false;
    m_header.setDatabaseMade(true);
    (void)persistHeader(); // if this fails, unlock() sets the mark later
    setStatus(Status::Open);
    emit opened();
    return true;
}

Vault::UnlockResult Vault::unlock(const QString &secret)
{
    if (m_inMemory)
        return m_status == Status::Open ? UnlockResult::Opened : UnlockResult::Failed;
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
    restartWaitIfUncountable(now);
    if (secondsToWait() > 0)
        return UnlockResult::MustWait;

    SecureBytes dataKey;
    switch (m_header.unwrap(SecureBytes::fromSecret(secret), &dataKey)) {
    case KeyHeader::Unwrap::OutOfMemory:
        return UnlockResult::Failed;
    case KeyHeader::Unwrap::WrongSecret:
        m_header.recordFailure(now);
        (void)persistHeader(); // on failure the wait is kept in memory and said on the page
        return UnlockResult::WrongSecret;
    case KeyHeader::Unwrap::Opened:
        break;
    }
    bool headerChanged = false;
    if (m_header.failedAttempts() > 0) {
        m_header.clearFailures();
        headerChanged = true;
    }

    const UnlockResult result = openDatabase(dataKey);
    if (result == UnlockResult::Opened) {
        if (m_header.isLegacy()) {
            upgradeHeader(dataKey, secret);
        } else if (!m_header.databaseMade()) {
            m_header.setDatabaseMade(true);
            headerChanged = true;
        }
    }
    // Not after damage: the files were set aside, and nothing new may appear in their place.
    if (m_status != Status::Damaged && (headerChanged || m_headerUnsaved))
        (void)persistHeader();
    if (result == UnlockResult::Opened) {
        setStatus(Status::Open);
        emit opened();
    }
    return result;
}

void Vault::upgradeHeader(const SecureBytes &dataKey, const QString &secret)
{
    auto upgraded = KeyHeader::seal(dataKey, SecureBytes::fromSecret(secret), costForNewSeal());
    if (!upgraded)
        return;
    upgraded->takeStateOf(m_header);
    upgraded->setDatabaseMade(true);
    // Both copies are new files; the old one is replaced last, so a crash leaves a whole header
    // that opens with the same PIN (the old format or the new).
    const FileWriteResult written = m_copies.write(*upgraded);
    if (!written.ok()) {
        qCWarning(lcStorage, "Vault: header stays in format 1 for now (%s)",
            qPrintable(written.describe()));
        return;
    }
    m_header = *upgraded;
}

Vault::UnlockResult Vault::openDatabase(const SecureBytes &dataKey)
{
    const QString path = m_paths.databasePath();
    const SecureBytes keySpec = rawKeySpec(dataKey);
    // A read-only look at a WAL database leaves an empty -wal and a -shm behind; those are
    // ours, not the citizen's, so they are removed again before anything is set aside.
    const bool walBefore = present(m_paths.walPath());
    const bool shmBefore = present(m_paths.shmPath());
    auto fail = [&, this](const SqliteResult &result, SqliteDatabase &db) {
        db.close(); // closed before any file is moved
        if (!walBefore && QFileInfo(m_paths.walPath()).size() == 0)
            QFile::remove(m_paths.walPath());
        if (!shmBefore)
            QFile::remove(m_paths.shmPath());
        m_lastError = result;
        if (result.ok())
            return UnlockResult::TooNew;
        return result.isNotADatabase() ? setAside(Damage::Database, result) : UnlockResult::Failed;
    };

    if (QFileInfo(path).size() > 0) {
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
    } else if (!present(path) && !createPrivateFile(path)) {
        // Only a vault whose header says "no database yet" gets here (inspect() checked).
        m_lastError = SqliteResult(SQLITE_CANTOPEN, QStringLiteral("cannot create the database"));
        return UnlockResult::Failed;
    }

    // CREATE stays in the flags although the file exists by now: ATTACH inherits them.
    SqliteDatabase db;
    SqliteResult result = db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, m_vfsName);
    if (result.ok())
        result = db.key(keySpec);
    // WAL + synchronous=FULL: every commit is on disk when save() returns, and a crash
    // mid-write leaves the last committed state.
    if (result.ok())
        result = prepareSchema(db,
            {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                "PRAGMA secure_delete=ON"});
    if (!result.ok())
        return fail(result, db);
    m_db = std::move(db);
    return UnlockResult::Opened;
}

bool Vault::changeSecret(const QString &current, const QString &next)
{
    if (m_inMemory)
        return false;
    if (next.isEmpty())
        return false;
    if (m_status != Status::Open)
        inspect();
    if (m_status != Status::Locked && m_status != Status::Open)
        return false;
    // Read again: the files are the truth, unless a wait could not be written.
    const KeyHeaderCopies::Loaded loaded = m_copies.load();
    if (loaded.outcome != KeyHeaderCopies::Outcome::Valid)
        return false;
    adoptHeader(loaded.header);
    const QDateTime now = m_clock.now();
    restartWaitIfUncountable(now);
    // Same wait as unlock(): otherwise this would be a way around it.
    if (secondsToWait() > 0)
        return false;
    SecureBytes dataKey;
    switch (m_header.unwrap(SecureBytes::fromSecret(current), &dataKey)) {
    case KeyHeader::Unwrap::OutOfMemory:
        return false;
    case KeyHeader::Unwrap::WrongSecret:
        m_header.recordFailure(now);
        (void)persistHeader();
        return false;
    case KeyHeader::Unwrap::Opened:
        break;
    }
    auto rewrapped = KeyHeader::seal(dataKey, SecureBytes::fromSecret(next), costForNewSeal());
    if (!rewrapped)
        return false;
    rewrapped->setDatabaseMade(m_header.databaseMade());
    rewrapped->setGeneration(m_header.generation());
    // Nothing changes unless the new header is whole on disk: the old PIN keeps working.
    const FileWriteResult written = m_copies.write(*rewrapped);
    setHeaderWrite(written);
    if (!written.ok())
        return false;
    m_header = *rewrapped;
    m_headerUnsaved = false;
    return true;
}

void Vault::lock()
{
    if (m_status != Status::Open)
        return;
    emit aboutToLock();
    m_db.close();
    if (m_inMemory) {
        setStatus(Status::Empty); // what was in memory is gone; there is nothing to unlock
        return;
    }
    inspect(true);
}

SqliteResult Vault::checkpoint()
{
    if (m_inMemory)
        return {}; // no write-ahead log: secure_delete already overwrote what was removed
    if (m_status != Status::Open)
        return SqliteResult(SQLITE_MISUSE, QStringLiteral("vault not open"));
    // TRUNCATE: the log is emptied and cut to zero bytes, not only marked as reusable.
    return m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

bool Vault::wipe()
{
    m_db.close();
    if (m_inMemory) {
        // The session's pages go with the closed connection; the next visitor gets a new one.
        const bool ok = openInMemory();
        emit wiped();
        return ok;
    }
    // The headers go first: without them the database is unreadable noise.
    bool ok = true;
    for (const QString &header : {m_paths.headerPath(), m_paths.secondHeaderPath()}) {
        if (isLink(header))
            ok = QFile::remove(header) && ok;
        else if (present(header))
            ok = shred(header) && ok;
    }
    for (const QString &file : m_paths.allFiles())
        ok = (QFile::remove(file) || !present(file)) && ok;
    QDir setAsideRoot(m_paths.setAsideRoot());
    if (setAsideRoot.exists())
        ok = setAsideRoot.removeRecursively() && ok;
    DirectorySync::sync(m_paths.directory());
    m_header = KeyHeader();
    m_headerUnsaved = false;
    m_damage = Damage::None;
    m_setAsidePath.clear();
    m_lastError = SqliteResult();
    setHeaderWrite({});
    m_status = Status::Locked; // force a signal below even if we were Empty before
    setStatus(Status::Empty);
    emit wiped();
    return ok;
}

bool Vault::startFresh()
{
    if (m_inMemory)
        return false;
    if (m_status != Status::Damaged && m_status != Status::TooNew)
        return false;
    if (anyPresent(m_paths.allFiles()) && !moveFilesAside())
        return false;
    m_header = KeyHeader();
    m_headerUnsaved = false;
    m_damage = Damage::None;
    setStatus(Status::Empty);
    return true;
}

} // namespace mapje
