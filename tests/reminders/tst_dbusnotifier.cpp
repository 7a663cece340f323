#include "reminders/dbusnotifier.h"
#include "reminders/remindertexts.h"

#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mapje::DbusNotifier;
using mapje::Reminder;
using mapje::ReminderKind;
using mapje::ReminderSlot;
using mapje::ReminderTexts;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kTomorrow
    = QStringLiteral("Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.");
/** What the fixture's reminder is about; none of it may reach the notification service. */
const QStringList kPrivate
    = {QStringLiteral("Geld"), QStringLiteral("Sanne"), QStringLiteral("Stadhuis"),
        QStringLiteral("schuldhulp"), QStringLiteral("checkin"), QStringLiteral("daybefore")};

Reminder checkInTomorrow()
{
    Reminder reminder;
    reminder.kind = ReminderKind::CheckIn;
    reminder.slot = ReminderSlot::DayBefore;
    reminder.targetId = QStringLiteral("Geld-Sanne-Stadhuis-schuldhulp");
    reminder.key = mapje::reminderKey(reminder.kind, reminder.targetId, reminder.slot);
    reminder.eventAt = QDateTime(QDate(2026, 7, 2), QTime(12, 0), Qt::UTC);
    reminder.plannedAt = QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC);
    reminder.dueAt = reminder.plannedAt;
    return reminder;
}

QList<QJsonObject> callsIn(const QString &path)
{
    QFile file(path);
    QList<QJsonObject> calls;
    if (!file.open(QIODevice::ReadOnly))
        return calls;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            calls.append(QJsonDocument::fromJson(line).object());
    }
    return calls;
}

bool nameHasOwner()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(kService).value();
}

} // namespace

class TestDbusNotifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Run by ctest under dbus-run-session: a bus of its own, with no notification service.
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
            "needs a session bus: run through ctest (dbus-run-session)");
        QVERIFY2(!nameHasOwner(),
            "the bus already has a notification service: run through ctest (dbus-run-session)");
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        if (m_service.state() != QProcess::NotRunning) {
            m_service.terminate();
            if (!m_service.waitForFinished(5000))
                m_service.kill();
            m_service.waitForFinished(5000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!nameHasOwner(), 10000);
    }

    void unavailableWithoutService()
    {
        DbusNotifier notifier(QDBusConnection::sessionBus());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!notifier.isAvailable());
        QVERIFY(!notifier.show(QStringLiteral("k"), ReminderTexts::title(), kTomorrow));
        notifier.withdraw(QStringLiteral("k"));
        QVERIFY(timer.elapsed() < 4000);
    }

    void unavailableWithoutBus()
    {
        const QString name = QStringLiteral("mapje-no-bus");
        {
            const QDBusConnection none = QDBusConnection::connectToBus(
                QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")), name);
            QVERIFY(!none.isConnected());
            DbusNotifier notifier(none);
            QVERIFY(!notifier.isAvailable());
            QVERIFY(!notifier.show(QStringLiteral("k"), ReminderTexts::title(), kTomorrow));
            notifier.withdraw(QStringLiteral("k"));
        }
        QDBusConnection::disconnectFromBus(name);
    }

    void showsReplacesAndWithdraws()
    {
        const QString log = m_dir.filePath(QStringLiteral("calls.jsonl"));
        DbusNotifier notifier(QDBusConnection::sessionBus());
        QVERIFY(!notifier.isAvailable());
        startService(log);
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isAvailable(), 10000);

        const Reminder reminder = checkInTomorrow();
        const QDateTime now(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC);
        const QString body = ReminderTexts::body(reminder, now, QTimeZone("Europe/Amsterdam"));
        QCOMPARE(body, kTomorrow);
        QVERIFY(notifier.show(reminder.key, ReminderTexts::title(), body));
        QTRY_COMPARE(callsIn(log).size(), 1);
        const QJsonObject first = callsIn(log).at(0);
        QCOMPARE(first[u"method"].toString(), QStringLiteral("Notify"));
        QCOMPARE(first[u"app_name"].toString(), QStringLiteral("Mapje"));
        QCOMPARE(first[u"replaces_id"].toInteger(), 0);
        QCOMPARE(first[u"app_icon"].toString(), QString());
        QCOMPARE(first[u"summary"].toString(), QStringLiteral("Mapje"));
        QCOMPARE(first[u"body"].toString(), kTomorrow);
        QCOMPARE(first[u"actions"].toArray().size(), 0);
        QCOMPARE(first[u"expire_timeout"].toInt(), -1);
        const QJsonObject hints = first[u"hints"].toObject();
        const QJsonObject urgency = hints[u"urgency"].toObject();
        QCOMPARE(urgency[u"type"].toString(), QStringLiteral("uchar")); // D-Bus byte
        QCOMPARE(urgency[u"value"].toInteger(-1), 0); // low
        QCOMPARE(
            hints[u"category"].toObject()[u"value"].toString(), QStringLiteral("x-mapje.reminder"));
        for (const QString &hint : hints.keys())
            QVERIFY2(!hint.contains(QStringLiteral("sound")), qPrintable(hint));
        const qint64 firstId = first[u"id"].toInteger();
        QVERIFY(firstId > 0);

        // The same reminder again replaces the earlier one instead of adding a second.
        QVERIFY(notifier.show(reminder.key, ReminderTexts::title(), body));
        QTRY_COMPARE(callsIn(log).size(), 2);
        QCOMPARE(callsIn(log).at(1)[u"replaces_id"].toInteger(), firstId);

        // Another reminder is a notification of its own.
        QVERIFY(notifier.show(QStringLiteral("step:s-1:ontheday"), ReminderTexts::title(), body));
        QTRY_COMPARE(callsIn(log).size(), 3);
        QCOMPARE(callsIn(log).at(2)[u"replaces_id"].toInteger(), 0);
        QVERIFY(callsIn(log).at(2)[u"id"].toInteger() != firstId);

        notifier.withdraw(reminder.key);
        QTRY_COMPARE(callsIn(log).size(), 4);
        QCOMPARE(callsIn(log).at(3)[u"method"].toString(), QStringLiteral("CloseNotification"));
        QCOMPARE(callsIn(log).at(3)[u"id"].toInteger(), firstId);
        notifier.withdraw(reminder.key); // already gone: nothing to close
        notifier.withdraw(QStringLiteral("never-shown"));
        QTest::qWait(200);
        QCOMPARE(callsIn(log).size(), 4);

        // After a withdraw the key starts afresh.
        QVERIFY(notifier.show(reminder.key, ReminderTexts::title(), body));
        QTRY_COMPARE(callsIn(log).size(), 5);
        QCOMPARE(callsIn(log).at(4)[u"replaces_id"].toInteger(), 0);

        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString everything = QString::fromUtf8(file.readAll());
        for (const QString &word : kPrivate)
            QVERIFY2(!everything.contains(word, Qt::CaseInsensitive), qPrintable(word));
    }

    void serviceGoneMeansUnavailable()
    {
        const QString log = m_dir.filePath(QStringLiteral("gone.jsonl"));
        DbusNotifier notifier(QDBusConnection::sessionBus());
        startService(log);
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isAvailable(), 10000);
        QVERIFY(notifier.show(QStringLiteral("k"), ReminderTexts::title(), kTomorrow));
        m_service.kill();
        QVERIFY(m_service.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.isAvailable(), 10000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!notifier.show(QStringLiteral("k"), ReminderTexts::title(), kTomorrow));
        notifier.withdraw(QStringLiteral("k"));
        QVERIFY(timer.elapsed() < 4000);
        QCOMPARE(callsIn(log).size(), 1);
    }

private:
    void startService(const QString &log)
    {
        m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_service.start(QStringLiteral(MAPJE_FAKE_NOTIFICATION_SERVICE), {log});
        QVERIFY2(m_service.waitForStarted(10000), qPrintable(m_service.errorString()));
    }

    QTemporaryDir m_dir;
    QProcess m_service;
};

QTEST_GUILESS_MAIN(TestDbusNotifier)
#include "tst_dbusnotifier.moc"
