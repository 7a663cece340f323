#include "recordrepositorychecks.h"
#include "storage/conversation/experiencenoterepository.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Moment(QDate(2026, 12, 7), QTime(10, 30, 0, 125), Qt::UTC);

ExperienceNote note(const QString &id, const QString &text, const QDateTime &at = Moment)
{
    return *ExperienceNote::create(id, u"peer"_qs, u"money"_qs, text, at);
}

/** Whether any file under folder holds these bytes. */
bool anyFileHolds(const QString &folder, const QByteArray &bytes)
{
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            return true;
    }
    return false;
}

} // namespace

class TestExperienceNoteRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    void roundTripKeepsTheWords()
    {
        TestVault test;
        ExperienceNoteRepository notes(test.vault());
        const ExperienceNote first = note(u"n1"_qs, u"Mij hielp één vaste dag voor de post."_qs);
        const ExperienceNote later
            = note(u"n2"_qs, u"ما ساعدني: أن أطلب المساعدة مبكرًا."_qs, Moment.addSecs(60));
        QVERIFY(notes.save(later));
        QVERIFY(notes.save(first));
        test.reopen();
        ExperienceNoteRepository after(test.vault());
        QCOMPARE(after.all(), QList<ExperienceNote>({first, later}));
    }

    // A note she removes is gone from every file of the vault's folder, also in the clear
    // nowhere: the vault is encrypted and deletes securely.
    void aRemovedNoteLeavesNoWordsBehind()
    {
        TestVault test;
        const QByteArray words = "Uniek-zinnetje-dat-weg-moet 4711";
        {
            ExperienceNoteRepository notes(test.vault());
            QVERIFY(notes.save(note(u"n1"_qs, QString::fromUtf8(words))));
            QVERIFY(notes.remove(u"n1"_qs));
            QCOMPARE(notes.load(u"n1"_qs), std::nullopt);
        }
        test.reopen();
        QVERIFY(ExperienceNoteRepository(test.vault()).all().isEmpty());
        QVERIFY(!anyFileHolds(test.path(), words));
        // The scan itself finds words that are there.
        QFile plain(test.path() + u"/plain.txt"_qs);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("voor " + words + " na");
        plain.close();
        QVERIFY(anyFileHolds(test.path(), words));
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        checkRefusedWritesStayNewest<ExperienceNoteRepository>(QuotaVfs::Mode(mode), code,
            note(u"n"_qs, u"Eerst"_qs), note(u"n"_qs, u"Daarna, net getypt"_qs),
            note(u"nieuw"_qs, u"Nieuw"_qs, Moment.addSecs(5)),
            note(u"weg"_qs, u"Weg"_qs, Moment.addSecs(-5)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<ExperienceNoteRepository>(note(u"n"_qs, u"Tekst"_qs));
    }
    void wipeDropsPending()
    {
        checkWipeDropsPending<ExperienceNoteRepository>(note(u"n"_qs, u"Tekst"_qs));
    }
};

QTEST_GUILESS_MAIN(TestExperienceNoteRepository)
#include "tst_experiencenoterepository.moc"
