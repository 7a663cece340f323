#include "core/clock.h"
#include "storage/kdfcost.h"
#include "storage/notestore.h"
#include "storage/settingsstore.h"
#include "storage/vault.h"

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
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vaultcrash.moc"
