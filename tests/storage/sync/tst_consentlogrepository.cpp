#include "storage/sync/consentlogrepository.h"
#include "syncrecordchecks.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mapje;
using namespace mapje::testing;
using Channel = ShareRecord::Channel;
using Kind = Consent::ItemKind;

namespace {

const QDateTime Sent(QDate(2026, 12, 2), QTime(11, 5, 0, 333), Qt::UTC);

ShareRecord line(Kind kind, Channel channel, const QDateTime &when = Sent,
    const QString &what = u"Mijn bord van december"_qs)
{
    ShareRecord record(kind, u"item-1"_qs, when, u"Gemeente Eindhoven"_qs);
    record.setChannel(channel);
    record.setWhat(what);
    return record;
}

ConsentLogEntry entry(const QString &id, const QDateTime &when = Sent)
{
    return {id, line(Kind::Board, Channel::Municipality, when)};
}

} // namespace

class TestConsentLogRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    // Each line gets an id of its own and keeps every field: every channel, the whole mapje too.
    void appendKeepsEveryField()
    {
        TestVault test;
        ConsentLogRepository log(test.vault());
        QVERIFY(log.all().isEmpty());
        const QList<ShareRecord> lines {line(Kind::Board, Channel::Municipality),
            line(Kind::Goal, Channel::Withdrawn, Sent.addSecs(1), u"Sparen voor een fiets"_qs),
            line(Kind::Mapje, Channel::PdfSaved, Sent.addSecs(2), u"mapje-december.pdf"_qs),
            line(Kind::Mapje, Channel::Printed, Sent.addSecs(3), {}),
            line(Kind::CheckIn, Channel::Municipality, Sent.addSecs(4)),
            line(Kind::Appointment, Channel::Municipality, Sent.addSecs(5),
                u"Gesprek ’s middags"_qs)};
        QSignalSpy changed(&log, &ConsentLogRepository::consentLogChanged);
        for (const ShareRecord &record : lines)
            QVERIFY(log.append(record));
        QCOMPARE(changed.count(), lines.size());

        test.reopen(); // read from disk, not from memory
        const QList<ConsentLogEntry> all = ConsentLogRepository(test.vault()).all();
        QCOMPARE(all.size(), lines.size());
        QStringList ids;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).record, lines.at(i));
            const QString id = all.at(i).id;
            QVERIFY2(!QUuid::fromString(id).isNull() && !id.startsWith(u'{'), qPrintable(id));
            QCOMPARE(changed.at(i).at(0).toString(), id);
            ids.append(id);
        }
        ids.removeDuplicates();
        QCOMPARE(ids.size(), lines.size());

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(column(raw,
                     u"SELECT item_kind || '|' || channel || '|' || at FROM consent_log"
                     " ORDER BY at LIMIT 3"_qs),
            QStringList({u"board|municipality|2026-12-02T11:05:00.333Z"_qs,
                u"goal|withdrawn|2026-12-02T11:05:01.333Z"_qs,
                u"mapje|pdfSaved|2026-12-02T11:05:02.333Z"_qs}));
    }

    // Oldest first; lines of the same moment by id.
    void allOldestFirst() { checkEarlierFirstThenId<ConsentLogRepository>(&entry, Sent); }

    // Lines this version cannot read (an unknown kind or channel) are skipped, never guessed.
    void unreadableRowsAreSkipped()
    {
        checkUnreadableRowsAreSkipped<ConsentLogRepository>(entry(u"goed"_qs),
            u"INSERT INTO consent_log (id, item_kind, item_id, channel)"
            " VALUES ('k', 'diary', 'x', 'municipality');"
            "INSERT INTO consent_log (id, item_kind, item_id, channel)"
            " VALUES ('c', 'board', 'x', 'fax')"_qs);
    }

    // A line the disk refuses is in the log at once and written on the retry.
    void refusedAppendStaysPending()
    {
        TestVault test(QuotaVfs::Name);
        ConsentLogRepository log(test.vault());
        QVERIFY(log.append(line(Kind::Board, Channel::Municipality)));
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        const ShareRecord printed = line(Kind::Mapje, Channel::Printed, Sent.addSecs(60));
        QVERIFY(!log.append(printed));
        QVERIFY(log.hasUnsavedChanges());
        QCOMPARE(log.all().size(), 2);
        QCOMPARE(log.all().constLast().record, printed);
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(log.retryPendingSaves());
        test.reopen();
        const QList<ConsentLogEntry> all = ConsentLogRepository(test.vault()).all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.constLast().record, printed);
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<ConsentLogRepository>(
            [](int i) { return entry(u"l%1"_qs.arg(i), Sent.addSecs(i)); }, 1);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        ConsentLogEntry changed = entry(u"l"_qs);
        changed.record.setWhat(u"Mijn bord, opnieuw"_qs);
        checkRefusedWritesStayNewest<ConsentLogRepository>(QuotaVfs::Mode(mode), code,
            entry(u"l"_qs), changed, entry(u"nieuw"_qs, Sent.addSecs(9)),
            entry(u"weg"_qs, Sent.addSecs(-9)));
    }

    void pendingSurvivesLock() { checkPendingSurvivesLock<ConsentLogRepository>(entry(u"l"_qs)); }
    void wipeDropsPending() { checkWipeDropsPending<ConsentLogRepository>(entry(u"l"_qs)); }
};

QTEST_GUILESS_MAIN(TestConsentLogRepository)
#include "tst_consentlogrepository.moc"
