#include "core/clock.h"
#include "core/consentlog.h"

#include <QTest>

using mapje::Consent;
using mapje::ConsentLog;
using mapje::ManualClock;
using mapje::ShareRecord;
using ItemKind = mapje::Consent::ItemKind;
using Result = mapje::ConsentLog::Result;

namespace {
const QDateTime kStart(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
const QString kEndpoint = QStringLiteral("Gemeente Eindhoven");
} // namespace

class TestConsentLog : public QObject {
    Q_OBJECT

private slots:
    void startsEmpty() { QVERIFY(ConsentLog().records().isEmpty()); }

    void recordsWhatWasSharedWhenAndWhere()
    {
        ManualClock clock(kStart);
        ConsentLog log;
        const Consent goal(ItemKind::Goal, QStringLiteral("g-1"), true);
        const Consent board(ItemKind::Board, QStringLiteral("b-1"), true);
        QCOMPARE(log.record(goal, clock.now(), kEndpoint), Result::Ok);
        clock.advance(60);
        QCOMPARE(log.record(board, clock.now(), QStringLiteral(" Buurtteam Woensel ")), Result::Ok);

        QCOMPARE(log.records().size(), 2);
        const ShareRecord first = log.records().at(0);
        QCOMPARE(first.itemKind(), ItemKind::Goal);
        QCOMPARE(first.itemId(), QStringLiteral("g-1"));
        QCOMPARE(first.when(), kStart);
        QCOMPARE(first.endpoint(), kEndpoint);
        QCOMPARE(log.records().at(1).when(), kStart.addSecs(60));
        QCOMPARE(log.records().at(1).endpoint(), QStringLiteral("Buurtteam Woensel"));
    }

    void refusesWhatWasNotAllowed()
    {
        ConsentLog log;
        const Consent notAsked(ItemKind::Goal, QStringLiteral("g-1"));
        QCOMPARE(log.record(notAsked, kStart, kEndpoint), Result::NotAllowed);
        Consent withdrawn(ItemKind::Board, QStringLiteral("b-1"), true);
        withdrawn.setSharedAllowed(false);
        QCOMPARE(log.record(withdrawn, kStart, kEndpoint), Result::NotAllowed);
        QVERIFY(log.records().isEmpty());
    }

    void needsAnEndpointAndATime()
    {
        ConsentLog log;
        const Consent consent(ItemKind::CheckIn, QStringLiteral("c-1"), true);
        QCOMPARE(log.record(consent, kStart, QStringLiteral("  ")), Result::NoEndpoint);
        QCOMPARE(log.record(consent, QDateTime(), kEndpoint), Result::NoTime);
        QVERIFY(log.records().isEmpty());
    }

    void listsTheRecordsOfOneItem()
    {
        ConsentLog log;
        const Consent goal(ItemKind::Goal, QStringLiteral("g-1"), true);
        const Consent other(ItemKind::Goal, QStringLiteral("g-2"), true);
        const Consent board(ItemKind::Board, QStringLiteral("g-1"), true);
        QCOMPARE(log.record(goal, kStart, kEndpoint), Result::Ok);
        QCOMPARE(log.record(other, kStart, kEndpoint), Result::Ok);
        QCOMPARE(log.record(board, kStart, kEndpoint), Result::Ok);
        QCOMPARE(log.record(goal, kStart.addDays(1), kEndpoint), Result::Ok);

        const QList<ShareRecord> records = log.recordsFor(ItemKind::Goal, QStringLiteral("g-1"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).when(), kStart);
        QCOMPARE(records.at(1).when(), kStart.addDays(1));
        QVERIFY(log.recordsFor(ItemKind::Appointment, QStringLiteral("g-1")).isEmpty());
    }

    void restoresStoredRecordsAsTheyWere()
    {
        ConsentLog log;
        const ShareRecord stored(ItemKind::Appointment, QStringLiteral("a-1"), kStart, kEndpoint);
        log.restore(stored);
        QCOMPARE(log.records(), QList<ShareRecord> {stored});
    }
};

QTEST_GUILESS_MAIN(TestConsentLog)
#include "tst_consentlog.moc"
