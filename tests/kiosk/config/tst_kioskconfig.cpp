#include <QTemporaryDir>
#include <QTest>

#include "kiosk/adminpin.h"
#include "kiosk/kioskconfig.h"

using mapje::AdminPin;
using mapje::KioskConfig;

/** kiosk.ini as the service desk writes it: good values are used, a bad value gets one line and
 * a safe default, and a file without a usable admin PIN makes no kiosk. */
class TestKioskConfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_hash;

    QString write(const QByteArray &text, const QString &name = QStringLiteral("kiosk.ini"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

    /** A whole config with the admin PIN's hash, plus extra lines. */
    QString withPin(const QByteArray &lines)
    {
        return write("[beheer]\npincode=" + m_hash + "\n" + lines);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hash = AdminPin::hash(QStringLiteral("246810"));
        QVERIFY(!m_hash.isEmpty());
    }

    void aWholeFileIsReadAsWritten()
    {
        const QString logo = write("<svg xmlns='http://www.w3.org/2000/svg'/>", "logo.svg");
        const QString token = write("zuil-token-123\n", "zuiltoken");
        const QString path = withPin("[gemeente]\nnaam=Gemeente Voorbeeld\nlogo=" + logo.toUtf8()
            + "\n[talen]\naangeboden=ar, nl,UK\n[tijden]\nstilSeconden=120\naftelSeconden=20\n"
              "[printer]\nnaam=Balie-printer\n[eindpunt]\nadres=https://mapje.voorbeeld.nl\n"
              "zuiltoken="
            + token.toUtf8() + "\n");
        const KioskConfig config = KioskConfig::read(path);
        QVERIFY2(config.canStart(), qPrintable(config.refusal));
        QVERIFY2(config.warnings.isEmpty(), qPrintable(config.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(config.municipality, QStringLiteral("Gemeente Voorbeeld"));
        QCOMPARE(config.logoPath, logo);
        QCOMPARE(config.languages,
            (QStringList {QStringLiteral("ar"), QStringLiteral("nl"), QStringLiteral("uk")}));
        QCOMPARE(config.idleSeconds, 120);
        QCOMPARE(config.countdownSeconds, 20);
        QVERIFY(config.printing);
        QCOMPARE(config.printerName, QStringLiteral("Balie-printer"));
        QVERIFY(config.endpoint);
        QCOMPARE(config.endpoint->endpoint, QUrl(QStringLiteral("https://mapje.voorbeeld.nl")));
        QCOMPARE(config.endpoint->municipality, QStringLiteral("Gemeente Voorbeeld"));
        QCOMPARE(config.kioskToken, QByteArray("zuil-token-123"));
        // The hash holds commas (m=65536,t=2,p=1): read whole, not as a list.
        QCOMPARE(config.adminPinHash, m_hash);
        QVERIFY(AdminPin::matches(config.adminPinHash, QStringLiteral("246810")));
    }

    void badValuesGetOneLineAndASafeDefault()
    {
        const QString path
            = withPin("[talen]\naangeboden=nl,xx,klingon\n[tijden]\n"
                      "stilSeconden=5\naftelSeconden=veel\n[gemeente]\n"
                      "logo=/nergens/logo.gif\n[eindpunt]\nadres=http://mapje.voorbeeld.nl\n");
        const KioskConfig config = KioskConfig::read(path);
        QVERIFY(config.canStart());
        QCOMPARE(config.languages, QStringList {QStringLiteral("nl")});
        QCOMPARE(config.idleSeconds, KioskConfig::DefaultIdleSeconds);
        QCOMPARE(config.countdownSeconds, KioskConfig::DefaultCountdownSeconds);
        QCOMPARE(config.municipality, QStringLiteral("Gemeente"));
        QVERIFY(config.logoPath.isEmpty());
        // Plain http to a town hall's server: no network at all rather than an unsafe one.
        QVERIFY(!config.endpoint);
        const QString all = config.warnings.join(QLatin1Char('\n'));
        for (const char *mention : {"xx", "klingon", "stilSeconden", "aftelSeconden",
                 "gemeente/naam", "gemeente/logo", "eindpunt/adres"})
            QVERIFY2(all.contains(QLatin1String(mention)), mention);
        QCOMPARE(config.warnings.size(), 7);
        for (const QString &line : config.warnings)
            QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
    }

    void noKnownLanguageOffersThemAll()
    {
        const KioskConfig config = KioskConfig::read(withPin("[talen]\naangeboden=xx\n"));
        QCOMPARE(config.languages, KioskConfig::knownLanguages());
    }

    void aWrongPinOrAMissingTokenTurnsOnlyTheHandOffOff()
    {
        KioskConfig config = KioskConfig::read(
            withPin("[eindpunt]\nadres=https://mapje.voorbeeld.nl\nsleutels=bm90LWEtcGlu\n"));
        QVERIFY(config.canStart());
        QVERIFY(!config.endpoint);
        config = KioskConfig::read(withPin(
            "[eindpunt]\nadres=https://mapje.voorbeeld.nl\nzuiltoken=/nergens/zuiltoken\n"));
        QVERIFY(config.endpoint);
        QVERIFY(config.kioskToken.isEmpty());
        QVERIFY(config.warnings.join(QLatin1Char(' ')).contains(QLatin1String("zuiltoken")));
    }

    void printingCanBeTurnedOff()
    {
        const KioskConfig config = KioskConfig::read(withPin("[printer]\nnaam=geen\n"));
        QVERIFY(!config.printing);
        QVERIFY(config.printerName.isEmpty());
    }

    void withoutAnAdminPinThereIsNoKiosk()
    {
        KioskConfig config = KioskConfig::read(write("[gemeente]\nnaam=Gemeente Voorbeeld\n"));
        QVERIFY(!config.canStart());
        QVERIFY(config.refusal.contains(QLatin1String("--kiosk-hash-pin")));
        config = KioskConfig::read(write("[beheer]\npincode=246810\n"));
        QVERIFY(!config.canStart()); // a PIN in the clear is not a hash
        QVERIFY(config.adminPinHash.isEmpty());
        config = KioskConfig::read(m_dir.filePath(QStringLiteral("missing.ini")));
        QVERIFY(!config.canStart());
        QVERIFY(config.refusal.contains(QLatin1String("missing.ini")));
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
