#include "storage/sync/proposalrepository.h"
#include "syncrecordchecks.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Begin(QDate(2027, 1, 12), QTime(13, 30, 0, 500), Qt::UTC);

/** An appointment with every field set, its things to bring in words that need escaping. */
Proposal fullAppointment(const QString &id, const QDateTime &begin = Begin)
{
    Proposal proposal;
    proposal.id = id;
    proposal.kind = Proposal::Kind::Appointment;
    proposal.begin = begin;
    proposal.end = begin.addSecs(45 * 60);
    proposal.where = u"Stadskantoor, loket 3"_qs;
    proposal.withWhom = u"Mevrouw Öztürk"_qs;
    proposal.subject = u"Je aanvraag voor bijzondere bijstand"_qs;
    proposal.bring = {u"id"_qs, u"Brief van de \"woningcorporatie\", [kopie]"_qs,
        u"أوراق الراتب"_qs, QString(), u"a\\b, c"_qs};
    proposal.proposedAt = begin.addDays(-7);
    proposal.receivedAt = begin.addDays(-7).addSecs(90);
    proposal.state = Proposal::State::Accepted;
    proposal.localId = u"a-12"_qs;
    return proposal;
}

/** A moment as it arrives: no end, nothing to bring, nothing done with it yet. */
Proposal newMoment(const QString &id, const QDateTime &begin = Begin)
{
    Proposal proposal;
    proposal.id = id;
    proposal.kind = Proposal::Kind::Moment;
    proposal.begin = begin;
    proposal.withWhom = u"Jeroen"_qs;
    proposal.receivedAt = begin.addDays(-1);
    return proposal;
}

} // namespace

class TestProposalRepository : public QObject {
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
        ProposalRepository proposals(test.vault());
        QVERIFY(proposals.all().isEmpty());
        const Proposal appointment = fullAppointment(u"p1"_qs);
        Proposal dismissed = newMoment(u"p2"_qs, Begin.addDays(1));
        dismissed.state = Proposal::State::Dismissed;
        const Proposal moment = newMoment(u"p3"_qs, Begin.addDays(2));
        QSignalSpy changed(&proposals, &ProposalRepository::proposalChanged);
        for (const Proposal &proposal : {appointment, dismissed, moment})
            QVERIFY(proposals.save(proposal));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).toString(), u"p1"_qs);

        test.reopen(); // read from disk, not from memory
        ProposalRepository after(test.vault());
        const std::optional<Proposal> loaded = after.load(u"p1"_qs);
        QVERIFY(loaded);
        QCOMPARE(loaded->bring, appointment.bring);
        QCOMPARE(loaded->end, Begin.addSecs(45 * 60));
        QCOMPARE(*loaded, appointment);
        QVERIFY(!after.load(u"p3"_qs)->end.isValid());
        QVERIFY(after.load(u"p3"_qs)->bring.isEmpty());
        QCOMPARE(after.all(), QList<Proposal>({appointment, dismissed, moment}));

        // Kinds and states are text keys; the things to bring one JSON array of text.
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(column(raw,
                     u"SELECT kind || '|' || state || '|' || begins_at || '|' || ends_at || '|'"
                     " || bring FROM proposals ORDER BY id"_qs),
            QStringList({u"appointment|accepted|2027-01-12T13:30:00.500Z|2027-01-12T14:15:00.500Z|"
                         "[\"id\",\"Brief van de \\\"woningcorporatie\\\", [kopie]\","
                         "\"أوراق الراتب\",\"\",\"a\\\\b, c\"]"_qs,
                u"moment|dismissed|2027-01-13T13:30:00.500Z||[]"_qs,
                u"moment|new|2027-01-14T13:30:00.500Z||[]"_qs}));
    }

    // By begin, then id; a proposal without a begin comes last.
    void allByBeginThenId() { checkEarlierFirstThenId<ProposalRepository>(&newMoment, Begin); }

    void removeDeletesTheRow()
    {
        TestVault test;
        ProposalRepository proposals(test.vault());
        QVERIFY(proposals.save(fullAppointment(u"weg"_qs)));
        QVERIFY(proposals.save(newMoment(u"blijft"_qs)));
        QSignalSpy changed(&proposals, &ProposalRepository::proposalChanged);
        QVERIFY(proposals.remove(u"weg"_qs));
        QCOMPARE(changed.count(), 1);
        test.reopen();
        QCOMPARE(
            ProposalRepository(test.vault()).all(), QList<Proposal>({newMoment(u"blijft"_qs)}));
    }

    // Rows this version cannot read (an unknown kind or state, a broken list) are skipped.
    void unreadableRowsAreSkipped()
    {
        checkUnreadableRowsAreSkipped<ProposalRepository>(newMoment(u"goed"_qs),
            u"INSERT INTO proposals (id, kind, state) VALUES ('k', 'call', 'new');"
            "INSERT INTO proposals (id, kind, state) VALUES ('s', 'moment', 'x');"
            "INSERT INTO proposals (id, kind, state, bring)"
            " VALUES ('b', 'appointment', 'new', '[1, 2]');"
            "INSERT INTO proposals (id, kind, state, bring)"
            " VALUES ('j', 'appointment', 'new', 'id, loonstrook')"_qs);
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<ProposalRepository>(
            [](int i) { return fullAppointment(u"p%1"_qs.arg(i)); }, 1);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        Proposal accepted = newMoment(u"p"_qs);
        accepted.state = Proposal::State::Accepted;
        accepted.localId = u"c-3"_qs;
        checkRefusedWritesStayNewest<ProposalRepository>(QuotaVfs::Mode(mode), code,
            newMoment(u"p"_qs), accepted, fullAppointment(u"nieuw"_qs),
            newMoment(u"weg"_qs, Begin.addDays(-1)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<ProposalRepository>(fullAppointment(u"p"_qs));
    }
    void wipeDropsPending() { checkWipeDropsPending<ProposalRepository>(fullAppointment(u"p"_qs)); }
};

QTEST_GUILESS_MAIN(TestProposalRepository)
#include "tst_proposalrepository.moc"
