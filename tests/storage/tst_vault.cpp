#include "core/clock.h"
#include "storage/kdfcost.h"
#include "storage/keytextstore.h"
#include "storage/migrations.h"
#include "storage/vault.h"
#include "vaulttesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mapje;
using namespace mapje::testing;

class TestVault : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QStringLiteral("482913");
    ManualClock m_clock {QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC)};

    /** A vault with the fast test KDF on dir. */
    std::unique_ptr<Vault> makeVault(const QString &dir)
    {
        auto vault = std::make_unique<Vault>(dir, m_clock);
        vault->setKdfCost(KdfCost::fastForTests());
        return vault;
    }

    /** Creates a vault with some notes in dir and locks it. */
    void createWithNotes(const QString &dir, int count, const QString &marker = {})
    {
        auto vault = makeVault(dir);
        QVERIFY(vault->create(m_pin));
        NoteStore notes(*vault);
        for (int i = 0; i < count; ++i)
            QVERIFY(notes.save(
                QStringLiteral("n%1").arg(i), QString(QLatin1Char('a' + i % 26)).repeated(500)));
        if (!marker.isEmpty())
            QVERIFY(notes.save(QStringLiteral("marker"), marker));
        vault->lock();
        QCOMPARE(vault->status(), Vault::Status::Locked);
    }

    /** The only folder under apart-gezet, or empty. */
    static QString setAsideFolder(const QString &dir)
    {
        const QDir root(VaultPaths(dir).setAsideRoot());
        const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return entries.size() == 1 ? root.filePath(entries.first()) : QString();
    }

private slots:
    void inMemoryVaultIsOpenWithTheSchemaAndWritesNoFile()
    {
        // A kiosk session: run in an empty folder, which must stay empty.
        QTemporaryDir folder;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(folder.path()));
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        const auto vault = Vault::inMemory(clock);
        QCOMPARE(vault->status(), Vault::Status::Open);
        QVERIFY(vault->isInMemory());
        QVERIFY(vault->database());
        int version = 0;
        QVERIFY(Migrations::currentVersion(*vault->database(), &version).ok());
        QCOMPARE(version, Migrations::latestVersion());
        {
            NoteStore notes(*vault);
            QVERIFY(notes.save(QStringLiteral("home"), QStringLiteral("kiosk-marker")));
            QCOMPARE(notes.note(QStringLiteral("home")), QStringLiteral("kiosk-marker"));
        }
        // No PIN and no key header: nothing to create, unlock or change.
        QVERIFY(!vault->create(QStringLiteral("246810")));
        QVERIFY(!vault->changeSecret(QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(vault->checkpoint().ok());
        // Wiping gives the next visitor an empty database with the same schema.
        QVERIFY(vault->wipe());
        QCOMPARE(vault->status(), Vault::Status::Open);
        {
            NoteStore notes(*vault);
            QVERIFY(notes.note(QStringLiteral("home")).isEmpty());
        }
        vault->lock();
        QCOMPARE(vault->status(), Vault::Status::Empty);
        QVERIFY(!vault->database());
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyFolderIsEmpty()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir.path() + QStringLiteral("/nieuw"));
        QCOMPARE(vault->status(), Vault::Status::Empty);
        QVERIFY(!vault->database());
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Failed);
        QVERIFY(!vault->create(QString())); // an empty secret protects nothing
        QVERIFY(vault->create(m_pin));
        QCOMPARE(vault->status(), Vault::Status::Open);
        QVERIFY(vault->database());
        QVERIFY(!vault->create(m_pin)); // never over an existing vault
        QVERIFY(QFile::exists(vault->paths().headerPath()));
        QVERIFY(QFile::exists(vault->paths().databasePath()));
        qint64 version = 0;
        QVERIFY(vault->database()->queryInt(QStringLiteral("PRAGMA user_version"), &version).ok());
        QCOMPARE(version, qint64(Migrations::latestVersion()));
        QString mode;
        SqliteStatement statement
            = vault->database()->prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(statement.step().ok());
        QCOMPARE(statement.columnText(0), QStringLiteral("wal"));
        qint64 synchronous = 0;
        QVERIFY(
            vault->database()->queryInt(QStringLiteral("PRAGMA synchronous"), &synchronous).ok());
        QCOMPARE(synchronous, 2); // FULL
    }

    // 1. The database file is unreadable without the key; sqlcipher reads it with the raw key.
    void databaseNeedsTheKey()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        const QString sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (sqlite3.isEmpty() || sqlcipher.isEmpty())
            QSKIP("sqlite3 or sqlcipher CLI missing");
        QTemporaryDir dir;
        const QString marker
            = QStringLiteral("Mapje-merkteken-") + QUuid::createUuid().toString(QUuid::Id128);
        createWithNotes(dir.path(), 3, marker);
        const QString db = VaultPaths(dir.path()).databasePath();

        const ProcessResult plain = run(sqlite3, {db, QStringLiteral("select * from notes")});
        QVERIFY(plain.exitCode != 0);
        QVERIFY2(plain.err.contains("not a database"), plain.err.constData());
        QVERIFY(!plain.out.contains(marker.toUtf8()));

        const QByteArray spec = rawKeySpec(dir.path(), m_pin);
        QCOMPARE(spec.size(), 67);
        const ProcessResult keyed = run(sqlcipher, {db},
            "PRAGMA key = \"" + spec + "\";\nSELECT body FROM notes WHERE key = 'marker';\n");
        QVERIFY2(keyed.out.contains(marker.toUtf8()), keyed.err.constData());

        // The PIN itself is not the database key (SQLCipher's own PBKDF2 on it fails).
        const ProcessResult pinAsKey = run(
            sqlcipher, {db}, "PRAGMA key = '" + m_pin.toUtf8() + "';\nSELECT body FROM notes;\n");
        QVERIFY(!pinAsKey.out.contains(marker.toUtf8()));
    }

    // 2. No plaintext anywhere under the data folder, open (WAL) or locked.
    void noPlaintextOnDisk()
    {
        QTemporaryDir dir;
        const QString marker
            = QStringLiteral("GeheimeZin-") + QUuid::createUuid().toString(QUuid::Id128);
        auto vault = makeVault(dir.path());
        QVERIFY(vault->create(m_pin));
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("marker"), marker));
        QVERIFY(notes.save(QStringLiteral("marker-2"), marker + marker));
        auto check = [&] {
            const QByteArray utf8 = marker.toUtf8();
            QByteArray utf16le(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
            QByteArray utf16be = utf16le;
            for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
                std::swap(utf16be[i], utf16be[i + 1]);
            const QStringList files = filesUnder(dir.path());
            QVERIFY(files.size() >= 2);
            for (const QString &file : files) {
                const QByteArray bytes = readAll(file);
                QVERIFY2(!bytes.contains(utf8), qPrintable(file));
                QVERIFY2(!bytes.contains(utf16le), qPrintable(file));
                QVERIFY2(!bytes.contains(utf16be), qPrintable(file));
                QVERIFY2(!bytes.contains(m_pin.toUtf8()), qPrintable(file));
            }
        };
        QVERIFY(QFile::exists(vault->paths().walPath()));
        check();
        vault->lock();
        check();
    }

    // 3. Data survives lock + unlock, and a new Vault object on the same folder.
    void dataSurvivesLockAndRestart()
    {
        QTemporaryDir dir;
        {
            auto vault = makeVault(dir.path());
            QVERIFY(vault->create(m_pin));
            NoteStore notes(*vault);
            QVERIFY(notes.save(
                QStringLiteral("doel"), QStringLiteral("Een baan vinden — met één 🙂")));
            QSignalSpy statusSpy(vault.get(), &Vault::statusChanged);
            vault->lock();
            QCOMPARE(statusSpy.count(), 1);
            QCOMPARE(vault->status(), Vault::Status::Locked);
            QVERIFY(!vault->database());
            QCOMPARE(notes.note(QStringLiteral("doel")), QString());
            QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
            QCOMPARE(notes.note(QStringLiteral("doel")),
                QStringLiteral("Een baan vinden — met één 🙂"));
            QVERIFY(notes.save(QStringLiteral("doel"), QStringLiteral("Tweede versie")));
        } // destroyed while open: like quitting the app
        auto vault = makeVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Locked);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        NoteStore notes(*vault);
        QCOMPARE(notes.note(QStringLiteral("doel")), QStringLiteral("Tweede versie"));
    }

    // After a closing, the write-ahead log is emptied: what was written is in the database file
    // and the log is cut to nothing (deleted words leave no copy there). Only an open vault.
    void checkpointEmptiesTheLog()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir.path());
        QCOMPARE(vault->checkpoint().code(), SQLITE_MISUSE);
        QVERIFY(vault->create(m_pin));
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("n"), QString(QLatin1Char('x')).repeated(5000)));
        const QString wal = vault->paths().walPath();
        QVERIFY(QFileInfo(wal).size() > 0);
        QVERIFY(vault->checkpoint().ok());
        QCOMPARE(QFileInfo(wal).size(), 0);
        QCOMPARE(notes.note(QStringLiteral("n")).size(), 5000);
    }

    // A crash between writing the header and creating the database loses nothing: the header
    // says "no database yet", and unlock() makes it.
    void headerWithoutDatabaseYetIsCompleted()
    {
        QTemporaryDir dir;
        createWithNotes(dir.path(), 1);
        const VaultPaths paths(dir.path());
        KeyHeaderCopies copies(paths);
        KeyHeader header = copies.load().header;
        QVERIFY(header.databaseMade());
        header.setDatabaseMade(false);
        QVERIFY(copies.write(header).ok());
        QVERIFY(QFile::remove(paths.databasePath()));
        QFile::remove(paths.walPath());
        QFile::remove(paths.shmPath());
        auto vault = makeVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Locked);
        QCOMPARE(vault->unlock(QStringLiteral("fout")), Vault::UnlockResult::WrongSecret);
        QVERIFY(!QFile::exists(paths.databasePath())); // a wrong secret touches no database
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QVERIFY(vault->header().databaseMade());
        QVERIFY(copies.load().header.databaseMade());
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("k"), QStringLiteral("v")));
        vault->lock();
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QCOMPARE(notes.note(QStringLiteral("k")), QStringLiteral("v"));
        QVERIFY(!QDir(paths.setAsideRoot()).exists());
    }

    // Once there was a database, a missing or empty one is damage: set aside and said, never a
    // silent fresh start.
    void missingOrEmptyDatabaseIsDamage_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::newRow("missing") << false;
        QTest::newRow("empty file") << true;
    }

    void missingOrEmptyDatabaseIsDamage()
    {
        QFETCH(bool, empty);
        QTemporaryDir dir;
        createWithNotes(dir.path(), 2);
        const VaultPaths paths(dir.path());
        QVERIFY(empty ? writeAll(paths.databasePath(), QByteArray())
                      : QFile::remove(paths.databasePath()));
        const QByteArray header = readAll(paths.headerPath());
        auto vault = makeVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Damaged);
        QCOMPARE(
            vault->damage(), empty ? Vault::Damage::DatabaseEmpty : Vault::Damage::DatabaseMissing);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Damaged);
        QVERIFY(!QFile::exists(paths.databasePath()));
        const QString aside = vault->setAsidePath();
        QCOMPARE(readAll(QDir(aside).filePath(QStringLiteral("mapje.key"))), header);
        QCOMPARE(QFile::exists(QDir(aside).filePath(QStringLiteral("mapje.db"))), empty);
    }

    // 5. Wrong secrets: counter, wait after the 4th, kept across restarts, ended by time.
    void wrongSecretWaitsAndSurvivesRestart()
    {
        QTemporaryDir dir;
        createWithNotes(dir.path(), 1);
        ManualClock clock(QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        auto vault = std::make_unique<Vault>(dir.path(), clock);
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(vault->unlock(QStringLiteral("000000")), Vault::UnlockResult::WrongSecret);
            QCOMPARE(vault->failedAttempts(), i);
            QCOMPARE(vault->secondsToWait(), 0);
            QCOMPARE(vault->status(), Vault::Status::Locked);
        }
        QCOMPARE(vault->unlock(QStringLiteral("111111")), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->failedAttempts(), 4);
        QCOMPARE(vault->secondsToWait(), 30);
        // While waiting even the right PIN is refused, and nothing is counted.
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
        QCOMPARE(vault->failedAttempts(), 4);

        // Restart: a new object on the same folder still knows the wait.
        vault = std::make_unique<Vault>(dir.path(), clock);
        QCOMPARE(vault->failedAttempts(), 4);
        QCOMPARE(vault->secondsToWait(), 30);
        clock.advance(29);
        QCOMPARE(vault->secondsToWait(), 1);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
        clock.advance(1);
        QCOMPARE(vault->secondsToWait(), 0);
        QCOMPARE(vault->unlock(QStringLiteral("222222")), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->secondsToWait(), 60);

        // Setting the clock back does not end the wait: it counts in full from then.
        clock.advance(-24 * 3600);
        QCOMPARE(vault->secondsToWait(), 60);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
        clock.advance(59);
        QCOMPARE(vault->secondsToWait(), 1);
        clock.advance(1);

        // changeSecret counts as a try as well and respects the wait.
        QVERIFY(!vault->changeSecret(QStringLiteral("333333"), QStringLiteral("444444")));
        QCOMPARE(vault->failedAttempts(), 6);
        QCOMPARE(vault->secondsToWait(), 120);
        QVERIFY(!vault->changeSecret(m_pin, QStringLiteral("444444")));
        clock.advance(120);

        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QCOMPARE(vault->failedAttempts(), 0);
        QCOMPARE(vault->secondsToWait(), 0);
        vault.reset();
        Vault again(dir.path(), clock);
        QCOMPARE(again.failedAttempts(), 0);
        QCOMPARE(again.secondsToWait(), 0);
    }

    // 6. Damaged, foreign and truncated files are set aside byte for byte, never rewritten.
    void damagedFilesAreSetAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated db (half, page boundary)") << QStringLiteral("truncate-half");
        QTest::newRow("truncated db (odd size)") << QStringLiteral("truncate-odd");
        QTest::newRow("truncated db (first page only)") << QStringLiteral("truncate-first-page");
        QTest::newRow("random db") << QStringLiteral("random-db");
        QTest::newRow("foreign plain sqlite db") << QStringLiteral("foreign-db");
        QTest::newRow("truncated header") << QStringLiteral("truncate-header");
        QTest::newRow("random header") << QStringLiteral("random-header");
        QTest::newRow("empty header") << QStringLiteral("empty-header");
        QTest::newRow("header of another vault") << QStringLiteral("other-header");
        QTest::newRow("db without header") << QStringLiteral("no-header");
    }

    void damagedFilesAreSetAside()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        createWithNotes(dir.path(), 60);
        const VaultPaths paths(dir.path());
        QVERIFY(!QFile::exists(paths.walPath())); // lock() checkpointed everything
        const QByteArray db = readAll(paths.databasePath());
        QVERIFY(db.size() > 16 * 1024);
        auto randomBytes = [](qsizetype size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (auto &byte : bytes)
                byte = char(QRandomGenerator::global()->bounded(256));
            return bytes;
        };

        if (kind == QLatin1String("truncate-half"))
            QVERIFY(writeAll(paths.databasePath(), db.left(db.size() / 2)));
        else if (kind == QLatin1String("truncate-odd"))
            QVERIFY(writeAll(paths.databasePath(), db.left(db.size() / 2 + 777)));
        else if (kind == QLatin1String("truncate-first-page"))
            QVERIFY(writeAll(paths.databasePath(), db.left(1024)));
        else if (kind == QLatin1String("random-db"))
            QVERIFY(writeAll(paths.databasePath(), randomBytes(db.size())));
        else if (kind == QLatin1String("foreign-db")) {
            QVERIFY(QFile::remove(paths.databasePath()));
            SqliteDatabase plain;
            QVERIFY(
                plain.open(paths.databasePath(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
            QVERIFY(plain.exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES ('hallo');"))
                        .ok());
            plain.close();
        } else if (kind == QLatin1String("truncate-header"))
            QVERIFY(writeBothHeaders(paths, readAll(paths.headerPath()).left(60)));
        else if (kind == QLatin1String("random-header"))
            QVERIFY(writeBothHeaders(paths, randomBytes(KeyHeader::Size)));
        else if (kind == QLatin1String("empty-header"))
            QVERIFY(writeBothHeaders(paths, QByteArray()));
        else if (kind == QLatin1String("other-header")) {
            QTemporaryDir other;
            createWithNotes(other.path(), 1);
            QVERIFY(writeBothHeaders(paths, readAll(VaultPaths(other.path()).headerPath())));
        } else if (kind == QLatin1String("no-header")) {
            QVERIFY(QFile::remove(paths.headerPath()));
            QVERIFY(QFile::remove(paths.secondHeaderPath()));
        }

        QHash<QString, QByteArray> before;
        for (const QString &file : paths.allFiles()) {
            if (QFile::exists(file))
                before.insert(QFileInfo(file).fileName(), readAll(file));
        }
        QVERIFY(!before.isEmpty());

        auto vault = makeVault(dir.path());
        if (vault->status() == Vault::Status::Locked)
            QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Damaged);
        QCOMPARE(vault->status(), Vault::Status::Damaged);
        QVERIFY(!vault->database());
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Damaged);

        // Everything moved, nothing left in place, every byte the same.
        const QString aside = setAsideFolder(dir.path());
        QVERIFY(!aside.isEmpty());
        QCOMPARE(vault->setAsidePath(), aside);
        QVERIFY(aside.startsWith(paths.setAsideRoot() + QStringLiteral("/2024")));
        for (const QString &file : paths.allFiles())
            QVERIFY2(!QFile::exists(file), qPrintable(file));
        const QStringList moved = QDir(aside).entryList(QDir::Files);
        QCOMPARE(moved.size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(readAll(QDir(aside).filePath(it.key())) == it.value(), qPrintable(it.key()));

        // Starting fresh leaves the set-aside files alone.
        QVERIFY(vault->startFresh());
        QCOMPARE(vault->status(), Vault::Status::Empty);
        QVERIFY(vault->create(QStringLiteral("nieuwe pincode")));
        QCOMPARE(vault->status(), Vault::Status::Open);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY(readAll(QDir(aside).filePath(it.key())) == it.value());
    }

    // 6b. A newer schema is refused and the files stay exactly where and as they are.
    void newerSchemaIsLeftAlone()
    {
        QTemporaryDir dir;
        createWithNotes(dir.path(), 3);
        {
            SqliteDatabase db;
            QVERIFY(openRaw(db, dir.path(), m_pin));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1")
                                .arg(Migrations::latestVersion() + 7))
                        .ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        const VaultPaths paths(dir.path());
        const QByteArray headerHash = sha256(paths.headerPath());
        const QByteArray dbHash = sha256(paths.databasePath());
        const QStringList filesBefore = filesUnder(dir.path());

        auto vault = makeVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Locked);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::TooNew);
        QCOMPARE(vault->status(), Vault::Status::TooNew);
        QVERIFY(!vault->database());
        QCOMPARE(sha256(paths.headerPath()), headerHash);
        QCOMPARE(sha256(paths.databasePath()), dbHash);
        QCOMPARE(filesUnder(dir.path()), filesBefore);
        QVERIFY(!QDir(paths.setAsideRoot()).exists());
        QVERIFY(vault->setAsidePath().isEmpty());

        // A newer header format is refused the same way.
        QByteArray header = readAll(paths.headerPath());
        header[8] = char(KeyHeader::FormatVersion + 1);
        QVERIFY(writeBothHeaders(paths, header));
        Vault newer(dir.path(), m_clock);
        QCOMPARE(newer.status(), Vault::Status::TooNew);
        QCOMPARE(newer.unlock(m_pin), Vault::UnlockResult::TooNew);
        QCOMPARE(readAll(paths.headerPath()), header);
        QVERIFY(!QDir(paths.setAsideRoot()).exists());
    }

    // 7. changeSecret keeps every note; the old secret no longer opens, the new one does.
    void changeSecretKeepsData()
    {
        QTemporaryDir dir;
        createWithNotes(dir.path(), 20, QStringLiteral("blijft bewaard"));
        const VaultPaths paths(dir.path());
        const QByteArray dbHash = sha256(paths.databasePath());
        const QByteArray keyBefore = rawKeySpec(dir.path(), m_pin);
        auto vault = makeVault(dir.path());
        QVERIFY(!vault->changeSecret(QStringLiteral("verkeerd"), QStringLiteral("nieuw geheim")));
        QCOMPARE(vault->failedAttempts(), 1);
        QVERIFY(!vault->changeSecret(m_pin, QString()));
        QVERIFY(vault->changeSecret(m_pin, QStringLiteral("een langere zin als wachtwoord")));
        QCOMPARE(vault->failedAttempts(), 0);
        QCOMPARE(sha256(paths.databasePath()), dbHash); // no re-encryption
        QCOMPARE(
            rawKeySpec(dir.path(), QStringLiteral("een langere zin als wachtwoord")), keyBefore);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->unlock(QStringLiteral("een langere zin als wachtwoord")),
            Vault::UnlockResult::Opened);
        NoteStore notes(*vault);
        QCOMPARE(notes.note(QStringLiteral("marker")), QStringLiteral("blijft bewaard"));
        QCOMPARE(notes.note(QStringLiteral("n19")), QString(QLatin1Char('a' + 19)).repeated(500));
        // Also while open, and a fresh object agrees.
        QVERIFY(vault->changeSecret(
            QStringLiteral("een langere zin als wachtwoord"), QStringLiteral("246810")));
        vault.reset();
        auto reopened = makeVault(dir.path());
        QCOMPARE(reopened->unlock(QStringLiteral("een langere zin als wachtwoord")),
            Vault::UnlockResult::WrongSecret);
        QCOMPARE(reopened->unlock(QStringLiteral("246810")), Vault::UnlockResult::Opened);
    }

    // Composed and decomposed forms of the same letters are the same secret.
    void secretIsNormalized()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir.path());
        QVERIFY(vault->create(QStringLiteral("caf\u00e9")));
        vault->lock();
        QCOMPARE(vault->unlock(QStringLiteral("cafe\u0301")), Vault::UnlockResult::Opened);
    }

    // 9. wipe removes every file, set-aside copies included.
    void wipeRemovesEverything()
    {
        QTemporaryDir dir;
        createWithNotes(dir.path(), 5);
        const VaultPaths paths(dir.path());
        QVERIFY(writeBothHeaders(paths, QByteArray("kapot")));
        {
            auto damaged = makeVault(dir.path());
            QCOMPARE(damaged->status(), Vault::Status::Damaged);
            QVERIFY(damaged->startFresh());
        }
        auto vault = makeVault(dir.path());
        QVERIFY(vault->create(m_pin));
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(!filesUnder(dir.path()).isEmpty());
        QSignalSpy wiped(vault.get(), &Vault::wiped);
        QVERIFY(vault->wipe());
        QCOMPARE(wiped.count(), 1);
        QCOMPARE(vault->status(), Vault::Status::Empty);
        QVERIFY(!vault->database());
        QCOMPARE(filesUnder(dir.path()), QStringList());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
        QCOMPARE(Vault(dir.path(), m_clock).status(), Vault::Status::Empty);
        QVERIFY(vault->create(m_pin)); // and a new start works
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
