#include <QSignalSpy>
#include <QTest>

#include "core/clock.h"
#include "endpointfixture.h"
#include "kiosk/adminpin.h"
#include "storage/devicepreferences.h"
#include "storage/unlockthrottle.h"
#include "ui/kiosk/kioskcontroller.h"
#include "ui/settings/languagecontroller.h"

using mapje::KioskConfig;
using mapje::KioskController;

/** The kiosk's controller on a clock the test moves: the welcome, "Ben je er nog?" and its
 * countdown, the end of a session, and the admin PIN's waits. */
class TestKioskController : public QObject {
    Q_OBJECT

private:
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<mapje::DevicePreferences> m_preferences;
    std::unique_ptr<mapje::LanguageController> m_language;
    std::unique_ptr<KioskController> m_kiosk;
    int m_ends = 0;
    QByteArray m_hash = mapje::AdminPin::hash(QStringLiteral("246810"));

    KioskConfig config() const
    {
        KioskConfig config;
        config.municipality = QStringLiteral("Gemeente Voorbeeld");
        config.languages = {QStringLiteral("tr"), QStringLiteral("nl"), QStringLiteral("ar")};
        config.idleSeconds = 90;
        config.countdownSeconds = 30;
        config.adminPinHash = m_hash;
        return config;
    }

    void advance(int seconds)
    {
        m_clock.advance(seconds);
        m_kiosk->tick();
    }

private slots:
    void init()
    {
        m_preferences = std::make_unique<mapje::DevicePreferences>(QString());
        m_language = std::make_unique<mapje::LanguageController>(*m_preferences, nullptr);
        m_kiosk = std::make_unique<KioskController>(m_clock, *m_language, nullptr);
        m_kiosk->activate(config());
        m_ends = 0;
    }

    void personalModeIsNoKiosk()
    {
        KioskController personal(m_clock, *m_language, nullptr);
        QVERIFY(!personal.active());
        personal.begin(QStringLiteral("nl"));
        QVERIFY(!personal.started());
        QVERIFY(!personal.tryAdminPin(QStringLiteral("246810")));
    }

    void theWelcomeOffersTheLanguagesInTheirOwnNames()
    {
        QCOMPARE(m_language->current(), QStringLiteral("tr"));
        const QVariantList languages = m_kiosk->languages();
        QCOMPARE(languages.size(), 3);
        QCOMPARE(languages[0].toMap().value(QStringLiteral("name")).toString(),
            QStringLiteral("Türkçe"));
        QCOMPARE(languages[2].toMap().value(QStringLiteral("name")).toString(),
            QStringLiteral("العربية"));
        QCOMPARE(m_kiosk->keyboardLocales(),
            (QStringList {
                QStringLiteral("tr_TR"), QStringLiteral("nl_NL"), QStringLiteral("ar_AR")}));
    }

    void aLanguageLeftChosenOnTheWelcomeGoesBackQuietly()
    {
        m_language->choose(QStringLiteral("ar"));
        QSignalSpy idle(m_kiosk.get(), &KioskController::idleChanged);
        advance(119);
        QCOMPARE(m_language->current(), QStringLiteral("ar"));
        advance(1);
        QCOMPARE(m_language->current(), QStringLiteral("tr"));
        QVERIFY(!m_kiosk->asking()); // nobody began: nobody is asked
        QCOMPARE(idle.count(), 0);
    }

    void quietThenAskThenCountThenEnd()
    {
        m_kiosk->setEndHook([this] { ++m_ends; });
        m_kiosk->begin(QStringLiteral("nl"));
        QVERIFY(m_kiosk->started());
        QCOMPARE(m_language->current(), QStringLiteral("nl"));
        advance(89);
        QVERIFY(!m_kiosk->asking());
        advance(1);
        QVERIFY(m_kiosk->asking());
        QCOMPARE(m_kiosk->secondsLeft(), 30);
        advance(10);
        QCOMPARE(m_kiosk->secondsLeft(), 20);
        m_kiosk->stillHere();
        QVERIFY(!m_kiosk->asking());
        advance(89);
        QVERIFY(!m_kiosk->asking());
        advance(1);
        QVERIFY(m_kiosk->asking());
        advance(29);
        QCOMPARE(m_kiosk->secondsLeft(), 1);
        QCOMPARE(m_ends, 0);
        advance(1);
        QCOMPARE(m_ends, 1);
    }

    void anyTouchCountsAsActivity()
    {
        m_kiosk->begin(QString());
        advance(80);
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton,
            Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(this, &press);
        advance(80);
        QVERIFY(!m_kiosk->asking());
        advance(10);
        QVERIFY(m_kiosk->asking());
        // While asking, only an answer counts: a press would take the question away under the
        // finger, and its release would land on what stood beneath.
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(this, &key);
        QVERIFY(m_kiosk->asking());
        m_kiosk->stillHere();
        QVERIFY(!m_kiosk->asking());
    }

    void withoutAHookTheSessionStartsOverInMemory()
    {
        QSignalSpy reset(m_kiosk.get(), &KioskController::sessionReset);
        m_kiosk->begin(QStringLiteral("ar"));
        m_kiosk->endSession();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!m_kiosk->started());
        QCOMPARE(m_language->current(), QStringLiteral("tr"));
        QVERIFY(!m_kiosk->asking());
    }

    void aWrongAdminPinWaitsAsInPersonalMode()
    {
        using mapje::UnlockThrottle;
        for (int i = 0; i < UnlockThrottle::FreeAttempts; ++i) {
            QVERIFY(!m_kiosk->tryAdminPin(QStringLiteral("111111")));
            QCOMPARE(m_kiosk->adminWaitSeconds(), 0);
        }
        QVERIFY(!m_kiosk->tryAdminPin(QStringLiteral("111111")));
        QCOMPARE(m_kiosk->adminWaitSeconds(), int(UnlockThrottle::FirstWaitSeconds));
        // Even the right PIN waits until the wait is over.
        QVERIFY(!m_kiosk->tryAdminPin(QStringLiteral("246810")));
        QVERIFY(!m_kiosk->adminOpen());
        QVERIFY(!m_kiosk->adminMessage().isEmpty());
        // The count goes with the process to the next visitor's process.
        const KioskController::AdminTries carried = m_kiosk->adminTries();
        QCOMPARE(carried.failed, UnlockThrottle::FreeAttempts + 1);
        KioskController next(m_clock, *m_language, nullptr);
        next.activate(config(), carried);
        QCOMPARE(next.adminWaitSeconds(), int(UnlockThrottle::FirstWaitSeconds));
        m_clock.advance(UnlockThrottle::FirstWaitSeconds);
        QVERIFY(next.tryAdminPin(QStringLiteral("246810")));
        QVERIFY(next.adminOpen());
        QCOMPARE(next.adminTries().failed, 0);
    }

    void theAdminPageAsksTheEndpointHowItIs()
    {
        EndpointFixture endpoint;
        QString why;
        QVERIFY2(endpoint.start(&why), qPrintable(why));
        KioskConfig withEndpoint = config();
        withEndpoint.languages = {QStringLiteral("nl")}; // the words below are the Dutch ones
        withEndpoint.printing = false;
        withEndpoint.endpoint
            = mapje::SyncConfig {QStringLiteral("Gemeente Voorbeeld"), endpoint.directBase(), {}};
        KioskController kiosk(m_clock, *m_language, nullptr);
        kiosk.activate(withEndpoint);
        kiosk.checkState(); // not before the admin PIN: nothing is asked
        QVERIFY(kiosk.endpointState().isEmpty());
        QVERIFY(kiosk.tryAdminPin(QStringLiteral("246810")));
        kiosk.checkState();
        QCOMPARE(kiosk.printerState(), QStringLiteral("Printen staat uit."));
        QTRY_COMPARE_WITH_TIMEOUT(
            kiosk.endpointState(), QStringLiteral("Het eindpunt antwoordt."), 10000);
        // The endpoint gone: said so in words, without waiting for ever.
        endpoint.stop();
        kiosk.setEndpointTimeout(2000);
        kiosk.checkState();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.endpointState(),
            QStringLiteral("Het eindpunt antwoordt niet. Kijk of het netwerk werkt."), 10000);
    }

    void onlyAnOpenAdminPageLeavesKioskMode()
    {
        int left = 0;
        m_kiosk->setLeaveHook([&left] { ++left; });
        m_kiosk->leaveKiosk();
        QCOMPARE(left, 0);
        QVERIFY(m_kiosk->tryAdminPin(QStringLiteral("246810")));
        m_kiosk->leaveKiosk();
        QCOMPARE(left, 1);
        m_kiosk->closeAdmin();
        m_kiosk->leaveKiosk();
        QCOMPARE(left, 1);
    }
};

QTEST_MAIN(TestKioskController)
#include "tst_kioskcontroller.moc"
