#include "core/clock.h"
#include "storage/kdfcost.h"
#include "storage/keyheader.h"
#include "storage/keytextstore.h"
#include "storage/vault.h"
#include "storage/vaultpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using namespace mapje;

/** 4. Killing the writer at random moments never loses a committed note nor breaks the vault. */
class TestVaultCrash : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNothing()
    {
        const QString writer
            = QCoreApplication::applicationDirPath() + QStringLiteral("/vault_writer");
        QVERIFY2(QFile::exists(writer), qPrintable(writer));
        const QString pin = QStringLiteral("9999");
        QTemporaryDir dir;
        SystemClock clock;
        {
            Vault vault(dir.path(), clock);
            vault.setKdfCost(KdfCost::fastForTests());
            QVERIFY(vault.create(pin));
        }

        constexpr int Trials = 60;
        QElapsedTimer total;
        total.start();
        int highest = -1;
        int killedBeforeFirstCommit = 0;
        auto *random = QRandomGenerator::global();
        for (int trial = 0; trial < Trials; ++trial) {
            // Mostly early kills (the riskiest moment: right after open), some later ones.
            const int target
                = trial % 5 == 0 ? -1 : int(random->bounded(trial % 3 == 0 ? 400 : 25));
            QProcess process;
            process.start(writer, {dir.path(), pin});
            QVERIFY(process.waitForStarted(5000));
            QByteArray output;
            int lastCommitted = -1;
            bool open = false;
            QElapsedTimer waited;
            waited.start();
            while ((target < 0 ? !open : lastCommitted < target) && waited.elapsed() < 10000) {
                if (!process.waitForReadyRead(2000) && process.state() != QProcess::Running)
                    break;
                output += process.readAllStandardOutput();
                const QList<QByteArray> lines = output.split('\n');
                for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                    if (lines[i] == "open")
                        open = true;
                    else if (!lines[i].isEmpty())
                        lastCommitted = std::max(lastCommitted, lines[i].toInt());
                }
            }
            QVERIFY2(
                process.state() == QProcess::Running, process.readAllStandardError().constData());
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(5000));
            // Anything printed before the kill counts as committed too.
            output += process.readAllStandardOutput();
            for (const QByteArray &line : output.split('\n')) {
                if (!line.isEmpty() && line != "open")
                    lastCommitted = std::max(lastCommitted, line.toInt());
            }
            if (lastCommitted < 0)
                ++killedBeforeFirstCommit;

            Vault vault(dir.path(), clock);
            QCOMPARE(vault.status(), Vault::Status::Locked);
            QCOMPARE(vault.unlock(pin), Vault::UnlockResult::Opened);
            NoteStore notes(vault);
            SettingsStore settings(vault);
            for (int i = 0; i <= lastCommitted; ++i) {
                const QString expected
                    = QStringLiteral("notitie %1 ").arg(i).repeated(1 + (i * 37) % 300);
                QVERIFY2(notes.note(QStringLiteral("n%1").arg(i)) == expected,
                    qPrintable(QStringLiteral("trial %1: note %2 of %3 lost")
                                   .arg(trial)
                                   .arg(i)
                                   .arg(lastCommitted)));
            }
            if (lastCommitted >= 0)
                QVERIFY(settings.value(QStringLiteral("laatste")).toInt() >= lastCommitted);
            QString report;
            QVERIFY(vault.database()->quickCheck(&report).ok());
            QCOMPARE(report, QStringLiteral("ok"));
            highest = std::max(highest, lastCommitted);
            vault.lock();
        }
        qInfo("%d trials in %lld ms; %d killed before the first commit; highest commit %d", Trials,
            total.elapsed(), killedBeforeFirstCommit, highest);
        QVERIFY(total.elapsed() < 60000);
    }

    // Killed at random moments while the PIN changes back and forth: the vault always opens with
    // the old or the new PIN, never with neither, and the data is still there.
    void killedPinChangeAlwaysLeavesAKey()
    {
        const QString first = QStringLiteral("1357913");
        const QString second = QStringLiteral("een nieuwe wachtzin");
        QTemporaryDir dir;
        SystemClock clock;
        {
            Vault vault(dir.path(), clock);
            vault.setKdfCost(KdfCost::fastForTests());
            QVERIFY(vault.create(first));
            NoteStore notes(vault);
            QVERIFY(notes.save(QStringLiteral("doel"), QStringLiteral("blijft")));
            vault.lock();
        }
        constexpr int Trials = 60;
        auto *random = QRandomGenerator::global();
        QString lastPrinted = first;
        int changes = 0;
        QElapsedTimer total;
        total.start();
        int openedWithOld = 0;
        for (int trial = 0; trial < Trials; ++trial) {
            QProcess process;
            process.start(writer(),
                {QStringLiteral("change"), dir.path(), lastPrinted,
                    lastPrinted == first ? second : first});
            QVERIFY(process.waitForStarted(5000));
            // Somewhere in the first few dozen changes: each is a few writes and fsyncs.
            QTest::qWait(int(random->bounded(5, 80)));
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(5000));
            const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
            QString printed;
            for (const QByteArray &line : lines) {
                if (!line.isEmpty()) {
                    printed = QString::fromUtf8(line);
                    ++changes;
                }
            }
            const QString expected = printed.isEmpty() ? lastPrinted : printed;
            const QString other = expected == first ? second : first;

            Vault vault(dir.path(), clock);
            QCOMPARE(vault.status(), Vault::Status::Locked);
            // The last change printed is durable; one more may have landed after it.
            Vault::UnlockResult result = vault.unlock(expected);
            if (result != Vault::UnlockResult::Opened) {
                QCOMPARE(result, Vault::UnlockResult::WrongSecret);
                QCOMPARE(vault.unlock(other), Vault::UnlockResult::Opened);
                lastPrinted = other;
                ++openedWithOld;
            } else {
                lastPrinted = expected;
            }
            NoteStore notes(vault);
            QCOMPARE(notes.note(QStringLiteral("doel")), QStringLiteral("blijft"));
            vault.lock();
        }
        qInfo("%d trials in %lld ms, %d changes printed; %d times the change after the last "
              "printed one had landed",
            Trials, total.elapsed(), changes, openedWithOld);
        QVERIFY(changes > Trials);
    }

    // Killed at random moments while vaults of the earlier format get their new header: each one
    // always opens with its PIN and keeps its data.
    void killedUpgradeAlwaysLeavesAKey()
    {
        const QString pin = QStringLiteral("1234-5678");
        const QString fixtures = QStringLiteral(MAPJE_STORAGE_FIXTURES "/vault-v1/");
        constexpr int Trials = 50;
        constexpr int FoldersPerTrial = 10;
        int killed = 0;
        int halfWay = 0;
        QElapsedTimer total;
        total.start();
        auto *random = QRandomGenerator::global();
        SystemClock clock;
        int upgraded = 0;
        int stillOld = 0;
        for (int trial = 0; trial < Trials; ++trial) {
            QTemporaryDir root;
            QStringList dirs;
            for (int i = 0; i < FoldersPerTrial; ++i) {
                const QString dir = root.filePath(QString::number(i));
                QVERIFY(QDir().mkpath(dir));
                for (const char *name : {"mapje.key", "mapje.db"})
                    QVERIFY(QFile::copy(
                        fixtures + QLatin1String(name), QDir(dir).filePath(QLatin1String(name))));
                dirs << dir;
            }
            QProcess process;
            process.start(writer(), QStringList {QStringLiteral("upgrade"), pin} + dirs);
            QVERIFY(process.waitForStarted(5000));
            QTest::qWait(int(random->bounded(1, 40)));
            if (process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(5000));
                ++killed;
            }
            const QList<QByteArray> printed = process.readAllStandardOutput().split('\n');
            for (const QString &dir : dirs) {
                // Killed between the two copies: the new second copy beside the old first one.
                const VaultPaths paths(dir);
                halfWay += QFileInfo(paths.headerPath()).size() == KeyHeader::LegacySize
                    && QFileInfo::exists(paths.secondHeaderPath());
                Vault vault(dir, clock);
                vault.setKdfCost(KdfCost::fastForTests()); // an upgrade here must not calibrate
                QVERIFY2(vault.status() == Vault::Status::Locked, qPrintable(dir));
                const bool wasPrinted = printed.contains(QFile::encodeName(dir));
                if (wasPrinted)
                    QVERIFY(!vault.header().isLegacy());
                vault.header().isLegacy() ? ++stillOld : ++upgraded;
                QCOMPARE(vault.unlock(pin), Vault::UnlockResult::Opened);
                NoteStore notes(vault);
                QCOMPARE(notes.note(QStringLiteral("money")),
                    QStringLiteral("Ik wil mijn rekeningen op tijd betalen. é ë ĳ"));
                vault.lock();
            }
        }
        qInfo("%d trials x %d folders in %lld ms, %d killed: %d upgraded before the kill (%d of "
              "them half way), %d still in the old format",
            Trials, FoldersPerTrial, total.elapsed(), killed, upgraded, halfWay, stillOld);
        QVERIFY(killed >= Trials / 4);
        QVERIFY(upgraded > 0 && stillOld > 0);
    }

private:
    static QString writer()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/vault_writer");
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
