#include "storage/sync/reschedulerequestrepository.h"
#include "syncrecordchecks.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Asked(QDate(2027, 1, 5), QTime(20, 45, 10, 75), Qt::UTC);

/** Sent after two tries: every field set. */
RescheduleRequest sentRequest(const QString &id, const QDateTime &createdAt = Asked)
{
    return {id, u"p-9"_qs, u"Ik moet die dag werken, kan het ook 's ochtends? Groet, Ayşe"_qs,
        u"key-"_qs + id, createdAt, createdAt.addSecs(30), 2, createdAt.addSecs(20)};
}

/** Just asked, without a message: nothing sent yet. */
RescheduleRequest newRequest(const QString &id, const QDateTime &createdAt = Asked)
{
    return {id, u"p-9"_qs, {}, u"key-"_qs + id, createdAt, {}, 0, {}};
}

} // namespace

class TestRescheduleRequestRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    void roundTripKeepsEveryField()
    {
        TestVault test;
        RescheduleRequestRepository requests(test.vault());
        QVERIFY(requests.all().isEmpty());
        const RescheduleRequest sent = sentRequest(u"r1"_qs);
        const RescheduleRequest waiting = newRequest(u"r2"_qs, Asked.addSecs(5));
        QSignalSpy changed(&requests, &RescheduleRequestRepository::rescheduleRequestChanged);
        QVERIFY(requests.save(sent));
        QVERIFY(requests.save(waiting));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toString(), u"r2"_qs);

        test.reopen(); // read from disk, not from memory
        RescheduleRequestRepository after(test.vault());
        QCOMPARE(after.load(u"r1"_qs), std::optional<RescheduleRequest>(sent));
        const std::optional<RescheduleRequest> loaded = after.load(u"r2"_qs);
        QVERIFY(loaded);
        QVERIFY(!loaded->sentAt.isValid());
        QVERIFY(!loaded->nextAttemptAt.isValid());
        QCOMPARE(*loaded, waiting);
        QCOMPARE(after.all(), QList<RescheduleRequest>({sent, waiting}));

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(column(raw,
                     u"SELECT created_at || '|' || sent_at || '|' || attempts"
                     " FROM reschedule_requests ORDER BY id"_qs),
            QStringList({u"2027-01-05T20:45:10.075Z|2027-01-05T20:45:40.075Z|2"_qs,
                u"2027-01-05T20:45:15.075Z||0"_qs}));
    }

    // In the order she asked; one without a moment comes last.
    void allByCreatedAt()
    {
        checkEarlierFirstThenId<RescheduleRequestRepository>(&sentRequest, Asked);
    }

    void removeDeletesTheRow()
    {
        TestVault test;
        RescheduleRequestRepository requests(test.vault());
        QVERIFY(requests.save(sentRequest(u"weg"_qs)));
        QVERIFY(requests.save(newRequest(u"blijft"_qs)));
        QVERIFY(requests.remove(u"weg"_qs));
        test.reopen();
        QCOMPARE(RescheduleRequestRepository(test.vault()).all(),
            QList<RescheduleRequest>({newRequest(u"blijft"_qs)}));
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<RescheduleRequestRepository>(
            [](int i) { return sentRequest(u"r%1"_qs.arg(i)); }, 1);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        checkRefusedWritesStayNewest<RescheduleRequestRepository>(QuotaVfs::Mode(mode), code,
            newRequest(u"r"_qs), sentRequest(u"r"_qs), newRequest(u"nieuw"_qs, Asked.addSecs(9)),
            newRequest(u"weg"_qs, Asked.addSecs(-9)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<RescheduleRequestRepository>(newRequest(u"r"_qs));
    }
    void wipeDropsPending()
    {
        checkWipeDropsPending<RescheduleRequestRepository>(newRequest(u"r"_qs));
    }
};

QTEST_GUILESS_MAIN(TestRescheduleRequestRepository)
#include "tst_reschedulerequestrepository.moc"
