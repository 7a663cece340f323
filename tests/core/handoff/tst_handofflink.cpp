#include <QTest>

#include "core/handoff/handofflink.h"

using mapje::HandoffLink;

/** The QR code's text: written and read back exactly; anything else is not a kiosk's code. */
class TestHandoffLink : public QObject {
    Q_OBJECT

private:
    static HandoffLink example()
    {
        return {QUrl(QStringLiteral("https://mapje.voorbeeld.nl/v1?a=b&c=d")),
            QStringLiteral("KM4T-X7RA"), QByteArray(32, '\xfb')};
    }

private slots:
    void readsBackWhatItWrites()
    {
        const HandoffLink link = example();
        const QString text = link.toText();
        QVERIFY(text.startsWith(QStringLiteral("mapje://zuil?u=https%3A%2F%2Fmapje.voorbeeld.nl")));
        // The endpoint's own query cannot pass for ours.
        QVERIFY(!text.contains(QStringLiteral("&c=d")));
        const auto read = HandoffLink::fromText(text);
        QVERIFY(read);
        QCOMPARE(read->endpoint, link.endpoint);
        QCOMPARE(read->code, link.code);
        QCOMPARE(read->kioskKey, link.kioskKey);
    }

    void refusesWhatIsNotAKioskCode_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = example().toText();
        QTest::newRow("empty") << QString();
        QTest::newRow("a web page") << QStringLiteral("https://mapje.voorbeeld.nl/v1");
        QTest::newRow("another host")
            << QString(good).replace(QStringLiteral("//zuil"), QStringLiteral("//kassa"));
        QTest::newRow("no key") << good.left(good.indexOf(QStringLiteral("&k=")));
        QTest::newRow("a short key") << good.left(good.size() - 2);
        QTest::newRow("a part twice") << good + QStringLiteral("&c=AAAA-BBBB");
        QTest::newRow("a bad code")
            << QString(good).replace(QStringLiteral("KM4T-X7RA"), QStringLiteral("KM4T X7RA!"));
        QTest::newRow("no endpoint")
            << QStringLiteral("mapje://zuil?u=&c=KM4T-X7RA&k=") + QString(43, QLatin1Char('A'));
        QTest::newRow("not http") << QStringLiteral(
                                         "mapje://zuil?u=ftp%3A%2F%2Fx.nl&c=KM4T-X7RA&k=")
                + QString(43, QLatin1Char('A'));
    }
    void refusesWhatIsNotAKioskCode()
    {
        QFETCH(QString, text);
        QVERIFY(!HandoffLink::fromText(text));
    }
};

QTEST_GUILESS_MAIN(TestHandoffLink)
#include "tst_handofflink.moc"
