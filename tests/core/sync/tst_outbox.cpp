#include <QTest>

#include "core/sync/outbox.h"

using mapje::Outbox;
using Kind = Outbox::Result::Kind;
using Action = Outbox::Entry::Action;

/** The outbox's rules: newest version only until tried, in order per item, one key per change,
 * If-Match from what the server confirmed, backoff with jitter, withdraw until confirmed. */
class TestOutbox : public QObject {
    Q_OBJECT

private:
    int m_keys = 0;
    double m_random = 0.5;
    const QDateTime m_now {QDate(2026, 12, 6), QTime(10, 0), Qt::UTC};

    Outbox outbox()
    {
        return Outbox(
            [this] { return QStringLiteral("key-%1").arg(++m_keys); }, [this] { return m_random; });
    }

private slots:
    void init() { m_keys = 0; }

    void aVersionGoesAndIsConfirmed()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        const auto entry = box.next(m_now);
        QVERIFY(entry);
        QCOMPARE(entry->action, Action::Put);
        QCOMPARE(entry->body, QByteArray("v1"));
        QVERIFY(box.ifMatch(QStringLiteral("goal-1")).isEmpty());
        box.finished(entry->entryId, {Kind::Done, QStringLiteral("\"1\""), {}}, m_now);
        QVERIFY(!box.next(m_now));
        QVERIFY(!box.isWaiting(QStringLiteral("goal-1")));
        QCOMPARE(box.ifMatch(QStringLiteral("goal-1")), QStringLiteral("\"1\""));
        box.put(QStringLiteral("goal-1"), "v2", m_now);
        QCOMPARE(box.next(m_now)->body, QByteArray("v2"));
        QCOMPARE(box.ifMatch(QStringLiteral("goal-1")), QStringLiteral("\"1\""));
    }

    // Two changes before anything was sent: only the newest goes.
    void onlyTheNewestUntriedVersionGoes()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        box.put(QStringLiteral("goal-1"), "v2", m_now);
        QCOMPARE(box.entries().size(), 1);
        QCOMPARE(box.next(m_now)->body, QByteArray("v2"));
    }

    // A version that was tried may have arrived: it stays first and keeps its key for the retry.
    void aTriedVersionStaysFirstWithItsKey()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        const auto first = *box.next(m_now);
        box.finished(first.entryId, {Kind::TryLater, {}, {}}, m_now);
        box.put(QStringLiteral("goal-1"), "v2", m_now);
        QCOMPARE(box.entries().size(), 2);
        QVERIFY(!box.next(m_now)); // v1 waits for its backoff, and v2 waits behind it
        const auto retry = box.next(m_now.addSecs(60));
        QVERIFY(retry);
        QCOMPARE(retry->body, QByteArray("v1"));
        QCOMPARE(retry->idempotencyKey, first.idempotencyKey);
        box.finished(retry->entryId, {Kind::Done, QStringLiteral("\"1\""), {}}, m_now);
        QCOMPARE(box.next(m_now)->body, QByteArray("v2"));
    }

    // A waiting item never holds up another one.
    void itemsDoNotWaitForEachOther()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("board-1"), "b", m_now);
        box.put(QStringLiteral("goal-1"), "g", m_now);
        const auto board = *box.next(m_now);
        QCOMPARE(board.shareId, QStringLiteral("board-1"));
        box.finished(board.entryId, {Kind::TryLater, {}, {}}, m_now);
        QCOMPARE(box.next(m_now)->shareId, QStringLiteral("goal-1"));
        QCOMPARE(box.nextDue(), m_now);
    }

    void backoffGrowsWithJitter()
    {
        QCOMPARE(Outbox::backoffMs(1, 0.0), 1000);
        QCOMPARE(Outbox::backoffMs(1, 1.0), 2000);
        QCOMPARE(Outbox::backoffMs(2, 0.5), 3000);
        QVERIFY(Outbox::backoffMs(4, 0.0) >= 8000);
        QCOMPARE(Outbox::backoffMs(30, 1.0), 15 * 60 * 1000);
        QCOMPARE(Outbox::backoffMs(30, 0.0), 15 * 60 * 1000 / 2);
        // Retry-After is honoured when it is longer.
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::TryLater, {}, 120}, m_now);
        QCOMPARE(box.nextDue(), m_now.addSecs(120));
    }

    // 412 or 428: read the server's version, then send again with a new key and that If-Match.
    void aChangedVersionIsReadFirst()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        const auto first = *box.next(m_now);
        box.finished(first.entryId, {Kind::VersionChanged, {}, {}}, m_now);
        const auto again = *box.next(m_now);
        QVERIFY(again.refreshVersion);
        QVERIFY(again.idempotencyKey != first.idempotencyKey);
        box.versionRead(QStringLiteral("goal-1"), QStringLiteral("\"4\""), m_now);
        QVERIFY(!box.next(m_now)->refreshVersion);
        QCOMPARE(box.ifMatch(QStringLiteral("goal-1")), QStringLiteral("\"4\""));
    }

    // Withdrawn: nothing to send when nothing reached the server, else a delete until confirmed.
    void withdrawUntilConfirmed()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        box.withdraw(QStringLiteral("goal-1"), m_now);
        QVERIFY(box.entries().isEmpty());

        box.put(QStringLiteral("goal-2"), "v1", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::Done, QStringLiteral("\"1\""), {}}, m_now);
        box.withdraw(QStringLiteral("goal-2"), m_now);
        auto remove = *box.next(m_now);
        QCOMPARE(remove.action, Action::Delete);
        QVERIFY(box.isWithdrawing(QStringLiteral("goal-2")));
        box.finished(remove.entryId, {Kind::TryLater, {}, {}}, m_now);
        remove = *box.next(m_now.addSecs(60));
        box.finished(remove.entryId, {Kind::Done, {}, {}}, m_now);
        QVERIFY(!box.isWithdrawing(QStringLiteral("goal-2")));
        QVERIFY(box.ifMatch(QStringLiteral("goal-2")).isEmpty());

        // A version that was tried may have arrived: it is withdrawn too.
        box.put(QStringLiteral("goal-3"), "v1", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::TryLater, {}, {}}, m_now);
        box.withdraw(QStringLiteral("goal-3"), m_now);
        QCOMPARE(box.entries().last().action, Action::Delete);
    }

    // A refused body is parked, not retried; a later version still goes.
    void aRefusedVersionIsParked()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "bad", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::Refused, {}, {}}, m_now);
        QVERIFY(box.isParked(QStringLiteral("goal-1")));
        QVERIFY(!box.next(m_now.addDays(1)));
        box.put(QStringLiteral("goal-1"), "good", m_now);
        QCOMPARE(box.next(m_now)->body, QByteArray("good"));
    }

    void nothingGoesAfterThePairingEnded()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::PairingGone, {}, {}}, m_now);
        QVERIFY(box.pairingGone());
        QVERIFY(!box.next(m_now.addDays(1)));
        QVERIFY(!box.nextDue().isValid());
    }

    // What the vault keeps is the whole state: restored, the next send is the same.
    void restoredAsItWas()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::TryLater, {}, {}}, m_now);
        Outbox again = outbox();
        again.restore(box.entries(), box.confirmed());
        QCOMPARE(again.entries(), box.entries());
        QCOMPARE(again.next(m_now.addSecs(60)), box.next(m_now.addSecs(60)));
    }

    // The vault gives the entries back in any order (one row set per item): her order returns,
    // and a change made after the restart goes after everything that was waiting.
    void restoredInHerOrderWhateverTheReadOrder()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "g", m_now);
        box.put(QStringLiteral("board"), "b", m_now);
        QList<Outbox::Entry> shuffled = box.entries();
        std::reverse(shuffled.begin(), shuffled.end());
        Outbox again = outbox();
        again.restore(shuffled, {});
        QCOMPARE(again.entries(), box.entries());
        again.put(QStringLiteral("goal-2"), "n", m_now);
        QCOMPARE(again.entries().constLast().shareId, QStringLiteral("goal-2"));
        QVERIFY(again.entries().constLast().sequence > box.entries().constLast().sequence);
    }

    // "Nu versturen": what waits for its backoff goes now; a refused version stays parked.
    void hurryMakesWaitingChangesDue()
    {
        Outbox box = outbox();
        box.put(QStringLiteral("goal-1"), "v1", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::TryLater, {}, 600}, m_now);
        box.put(QStringLiteral("goal-2"), "x", m_now);
        box.finished(box.next(m_now)->entryId, {Kind::Refused, {}, {}}, m_now);
        QVERIFY(!box.next(m_now.addSecs(60)));
        box.hurry(m_now.addSecs(60));
        QCOMPARE(box.next(m_now.addSecs(60))->shareId, QStringLiteral("goal-1"));
        QVERIFY(box.isParked(QStringLiteral("goal-2")));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
