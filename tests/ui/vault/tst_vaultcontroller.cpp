#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "quotavfs.h"
#include "storage/kdfcost.h"
#include "storage/keyheader.h"
#include "storage/vaultpaths.h"
#include "ui/composition.h"
#include "ui/home/notescontroller.h"
#include "ui/vault/vaultcontroller.h"

using mapje::Composition;
using mapje::NotesController;
using mapje::QuotaVfs;
using mapje::VaultController;

/** VaultController driven through a real Composition on real files in a temporary folder. */
class TestVaultController : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QStringLiteral("24680");
    const QString m_wrongPin = QStringLiteral("13579");
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};

    std::unique_ptr<Composition> makeComposition(const QTemporaryDir &dir, QByteArray vfs = {})
    {
        return std::make_unique<Composition>(Composition::Options {
            dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("settings.json")),
            &m_clock, mapje::KdfCost::fastForTests(), std::move(vfs)});
    }

    /** Runs a busy action (create/unlock) and waits until it is done. */
    static void waitUntilIdle(VaultController *vault)
    {
        QVERIFY(vault->busy());
        QTRY_VERIFY(!vault->busy());
    }

    /** Vault files (header, database, side files) that exist in the data folder. */
    static QStringList vaultFilesIn(const QString &directory)
    {
        QStringList present;
        const QStringList names = mapje::VaultPaths(directory).allFiles();
        for (const QString &file : names) {
            if (QFile::exists(file))
                present << file;
        }
        return present;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void init() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    void stageFollowsTheVault()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto composition = makeComposition(dir);
        VaultController *vault = composition->vaultController();
        QSignalSpy stageSpy(vault, &VaultController::stageChanged);

        QCOMPARE(vault->stage(), VaultController::NoVault);
        QVERIFY(!vault->busy());

        vault->createVault(m_pin);
        waitUntilIdle(vault);
        QCOMPARE(vault->stage(), VaultController::Open);
        QVERIFY(vault->message().isEmpty());
        QCOMPARE(stageSpy.count(), 1);

        vault->lock();
        QCOMPARE(vault->stage(), VaultController::Locked);
        QCOMPARE(stageSpy.count(), 2);

        vault->unlock(m_wrongPin);
        waitUntilIdle(vault);
        QCOMPARE(vault->stage(), VaultController::Locked);
        QVERIFY(!vault->message().isEmpty());
        QCOMPARE(vault->waitSeconds(), 0); // the first wrong tries cost nothing
        QVERIFY(vault->waitText().isEmpty());

        for (int i = 0; i < 3; ++i) {
            vault->unlock(m_wrongPin);
            waitUntilIdle(vault);
            QCOMPARE(vault->stage(), VaultController::Locked);
        }
        QCOMPARE(vault->waitSeconds(), 30);
        QVERIFY(!vault->waitText().isEmpty());
        QVERIFY2(vault->waitText().contains(QStringLiteral("30")), qPrintable(vault->waitText()));

        // While waiting even the right PIN is not tried.
        vault->unlock(m_pin);
        waitUntilIdle(vault);
        QCOMPARE(vault->stage(), VaultController::Locked);

        QSignalSpy waitSpy(vault, &VaultController::waitSecondsChanged);
        m_clock.advance(31);
        QCOMPARE(vault->waitSeconds(), 30); // only the 1 s refresh timer notices the new time
        QTRY_COMPARE(vault->waitSeconds(), 0);
        QVERIFY(vault->waitText().isEmpty());
        QVERIFY(waitSpy.count() >= 1);

        vault->unlock(m_pin);
        waitUntilIdle(vault);
        QCOMPARE(vault->stage(), VaultController::Open);
        QVERIFY(vault->message().isEmpty());
        QCOMPARE(vault->waitSeconds(), 0);
    }

    void openedComesBeforeStageChanged()
    {
        QTemporaryDir dir;
        auto composition = makeComposition(dir);
        VaultController *vault = composition->vaultController();
        QStringList order;
        connect(vault, &VaultController::opened, this, [&] {
            order << QStringLiteral("opened:%1").arg(int(vault->stage()));
            // The notes are connected by the time anyone hears of the opening.
            QVERIFY(composition->notesController()->available());
        });
        connect(vault, &VaultController::stageChanged, this,
            [&] { order << QStringLiteral("stage:%1").arg(int(vault->stage())); });

        vault->createVault(m_pin);
        QTRY_VERIFY(!vault->busy());
        const QString open = QString::number(int(VaultController::Open));
        QCOMPARE(order,
            QStringList({QStringLiteral("opened:") + open, QStringLiteral("stage:") + open}));

        order.clear();
        vault->lock();
        QCOMPARE(
            order, QStringList({QStringLiteral("stage:%1").arg(int(VaultController::Locked))}));

        vault->unlock(m_pin);
        QTRY_VERIFY(!vault->busy());
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.at(1), QStringLiteral("opened:") + open);
        QCOMPARE(order.at(2), QStringLiteral("stage:") + open);
    }

    void secretProblem_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<bool>("pin");
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("four digits") << QStringLiteral("1234") << false << true;
        QTest::newRow("counting up") << QStringLiteral("12345") << false << true;
        QTest::newRow("all the same") << QStringLiteral("11111") << false << true;
        QTest::newRow("short passphrase") << QStringLiteral("short") << false << false;
        QTest::newRow("good pin") << QStringLiteral("24680") << true << true;
        QTest::newRow("passphrase") << QStringLiteral("een lange wachtzin") << true << false;
    }

    void secretProblem()
    {
        QFETCH(QString, secret);
        QFETCH(bool, acceptable);
        QFETCH(bool, pin);
        VaultController vault(nullptr);
        QCOMPARE(vault.secretProblem(secret).isEmpty(), acceptable);
        QCOMPARE(vault.isPin(secret), pin);
    }

    void createRefusesAWeakSecret()
    {
        QTemporaryDir dir;
        auto composition = makeComposition(dir);
        VaultController *vault = composition->vaultController();
        vault->createVault(QStringLiteral("12345"));
        QVERIFY(!vault->busy());
        QTest::qWait(100);
        QCOMPARE(vault->stage(), VaultController::NoVault);
        QVERIFY(vaultFilesIn(composition->dataDirectory()).isEmpty());
    }

    void changeSecret()
    {
        QTemporaryDir dir;
        auto composition = makeComposition(dir);
        VaultController *vault = composition->vaultController();
        NotesController *notes = composition->notesController();
        const QString next = QStringLiteral("een lange wachtzin");
        vault->createVault(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
        notes->save(QStringLiteral("Afspraak bij de huisarts"));
        QVERIFY(!notes->unsaved());

        QSignalSpy finished(vault, &VaultController::secretChangeFinished);
        vault->changeSecret(m_wrongPin, next);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(!vault->message().isEmpty());
        QCOMPARE(vault->stage(), VaultController::Open);
        QCOMPARE(notes->text(), QStringLiteral("Afspraak bij de huisarts"));

        // A weak new secret is refused with a reason, before the current one is even tried.
        vault->changeSecret(m_pin, QStringLiteral("11111"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QCOMPARE(vault->message(), vault->secretProblem(QStringLiteral("11111")));

        vault->changeSecret(m_pin, next);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(!vault->message().isEmpty()); // "Je nieuwe code is bewaard."
        QCOMPARE(vault->stage(), VaultController::Open);

        vault->lock();
        QCOMPARE(vault->stage(), VaultController::Locked);
        vault->unlock(m_pin);
        QTRY_VERIFY(!vault->busy());
        QCOMPARE(vault->stage(), VaultController::Locked); // the old PIN no longer opens it
        vault->unlock(next);
        QTRY_VERIFY(!vault->busy());
        QCOMPARE(vault->stage(), VaultController::Open);
        QCOMPARE(notes->text(), QStringLiteral("Afspraak bij de huisarts"));
    }

    void changeSecretRespectsTheWait()
    {
        QTemporaryDir dir;
        auto composition = makeComposition(dir);
        VaultController *vault = composition->vaultController();
        vault->createVault(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
        QSignalSpy finished(vault, &VaultController::secretChangeFinished);
        for (int i = 0; i < 4; ++i) {
            vault->changeSecret(m_wrongPin, QStringLiteral("een lange wachtzin"));
            QTRY_COMPARE(finished.size(), i + 1);
        }
        // Now even the right current code waits, and the page says so instead of "klopt niet".
        vault->changeSecret(m_pin, QStringLiteral("een lange wachtzin"));
        QTRY_COMPARE(finished.size(), 5);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(vault->waitSeconds(), 30);
        QVERIFY(vault->message().contains(QStringLiteral("30")));
        vault->lock();
        QCOMPARE(vault->waitSeconds(), 30);
    }

    void startOverWipes()
    {
        QTemporaryDir dir;
        auto composition = makeComposition(dir);
        VaultController *vault = composition->vaultController();
        vault->createVault(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
        composition->notesController()->save(QStringLiteral("geheim"));
        vault->lock();
        QCOMPARE(vault->stage(), VaultController::Locked);
        QVERIFY(!vaultFilesIn(composition->dataDirectory()).isEmpty());

        vault->startOver();
        QCOMPARE(vault->stage(), VaultController::NoVault);
        QVERIFY(vault->message().isEmpty());
        QCOMPARE(vaultFilesIn(composition->dataDirectory()), QStringList());

        // A restart agrees: there is nothing left to unlock.
        composition->reopen();
        QCOMPARE(vault->stage(), VaultController::NoVault);
    }

    void damagedHeaderIsSetAside()
    {
        QTemporaryDir dir;
        auto composition = makeComposition(dir);
        VaultController *vault = composition->vaultController();
        vault->createVault(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
        vault->lock();
        QVERIFY(vault->setAsidePath().isEmpty());

        const mapje::VaultPaths paths(composition->dataDirectory());
        const QString header = paths.headerPath();
        QCOMPARE(QFileInfo(header).fileName(), QStringLiteral("mapje.key"));
        const auto spoil = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(QByteArray(200, 'x')) == 200;
        };
        // One damaged copy costs nothing: the other one is used and the damaged one repaired.
        QVERIFY(spoil(header));
        composition->reopen();
        QCOMPARE(vault->stage(), VaultController::Locked);
        QCOMPARE(QFileInfo(header).size(), mapje::KeyHeader::Size);

        QVERIFY(spoil(header));
        QVERIFY(spoil(paths.secondHeaderPath()));
        QSignalSpy stageSpy(vault, &VaultController::stageChanged);
        composition->reopen();
        QCOMPARE(vault->stage(), VaultController::Damaged);
        QCOMPARE(vault->damageText(),
            QStringLiteral("Het bestand is beschadigd, of het hoort niet bij Mapje."));
        QVERIFY(!stageSpy.isEmpty());
        QVERIFY(!vault->setAsidePath().isEmpty());
        QVERIFY(QFileInfo(vault->setAsidePath()).isDir());
        QVERIFY(QFile::exists(QDir(vault->setAsidePath()).filePath(QStringLiteral("mapje.key"))));
        QVERIFY(!QFile::exists(header));

        vault->startFresh();
        QCOMPARE(vault->stage(), VaultController::NoVault);
        // The set-aside files are left alone, for someone who can help.
        QVERIFY(QFile::exists(QDir(vault->setAsidePath()).filePath(QStringLiteral("mapje.key"))));

        vault->createVault(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
    }

    void lockIsRefusedWhileTextIsUnsaved()
    {
        QTemporaryDir dir;
        auto composition = makeComposition(dir, QuotaVfs::Name);
        VaultController *vault = composition->vaultController();
        NotesController *notes = composition->notesController();
        vault->createVault(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
        notes->save(QStringLiteral("eerste versie"));
        QVERIFY(!notes->unsaved());

        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        notes->save(QStringLiteral("tweede versie"));
        QVERIFY(notes->unsaved());

        vault->lock();
        QCOMPARE(vault->stage(), VaultController::Open);
        QVERIFY(!vault->message().isEmpty());
        QCOMPARE(notes->text(), QStringLiteral("tweede versie"));

        // Once the disk has room again, locking saves first and then closes.
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        vault->lock();
        QCOMPARE(vault->stage(), VaultController::Locked);
        QVERIFY(vault->message().isEmpty());
        vault->unlock(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
        QCOMPARE(notes->text(), QStringLiteral("tweede versie"));
    }
};

QTEST_GUILESS_MAIN(TestVaultController)

#include "tst_vaultcontroller.moc"
