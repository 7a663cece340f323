#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "freshsettings.h"
#include "storage/devicepreferences.h"
#include "ui/settings/languagecontroller.h"
#include "ui/shared/domainnames.h"
#include "ui/shared/localtimes.h"

namespace DomainNames = mapje::DomainNames;

using mapje::DevicePreferences;
using mapje::LanguageController;
using mapje::LocalTimes;

namespace {
QString lockLabel()
{
    return QCoreApplication::translate("HomePage", "Op slot doen");
}

// Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits.
bool hasOtherDigits(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            || (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9))
            return true;
    }
    return false;
}
} // namespace

/** LanguageController: which language comes first, switching at run time, remembering the choice;
 * a GUI application, because Arabic turns the layout direction of the whole application around.
 */
class TestLanguageController : public QObject {
    Q_OBJECT

private:
    FreshSettings m_fresh;
    QString m_settingsFile; // the preferences (JSON)
    QString m_legacyFile; // what an older Mapje wrote (INI), beside it

private slots:
    void initTestCase() { QVERIFY(m_fresh.isValid()); }

    void init()
    {
        // A fresh settings file and a locale Mapje does not speak, whatever the machine says.
        m_settingsFile = m_fresh.next();
        QVERIFY(!m_settingsFile.isEmpty());
        m_legacyFile = DevicePreferences::legacyFileFor(m_settingsFile);
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void unknownSystemLanguageGivesDutch()
    {
        DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        QCOMPARE(language.current(), QString());
        QSignalSpy spy(&language, &LanguageController::currentChanged);
        language.loadInitial();
        QCOMPARE(language.current(), QStringLiteral("nl"));
        QCOMPARE(language.currentName(), QStringLiteral("Nederlands"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lockLabel(), QStringLiteral("Op slot doen"));
        QCOMPARE(QLocale().name(), QStringLiteral("nl_NL"));
    }

    void knownSystemLanguageIsUsed()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        QCOMPARE(language.current(), QStringLiteral("en"));
        QCOMPARE(lockLabel(), QStringLiteral("Lock"));
    }

    void chooseTranslatesAndIsRemembered()
    {
        {
            DevicePreferences preferences(m_settingsFile);
            LanguageController language(preferences);
            language.loadInitial();
            QCOMPARE(language.current(), QStringLiteral("nl"));
            QCOMPARE(lockLabel(), QStringLiteral("Op slot doen"));

            QSignalSpy spy(&language, &LanguageController::currentChanged);
            language.choose(QStringLiteral("en"));
            QCOMPARE(spy.count(), 1);
            QCOMPARE(language.current(), QStringLiteral("en"));
            QCOMPARE(language.currentName(), QStringLiteral("English"));
            QCOMPARE(lockLabel(), QStringLiteral("Lock"));

            // Choosing the same language again changes nothing.
            language.choose(QStringLiteral("en"));
            QCOMPARE(spy.count(), 1);
        }
        // The translator went with its controller.
        QCOMPARE(lockLabel(), QStringLiteral("Op slot doen"));

        QCOMPARE(DevicePreferences(m_settingsFile).language(), QStringLiteral("en"));

        // A new start on the same file, on a French system, still speaks English.
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
        DevicePreferences restartedPreferences(m_settingsFile);
        LanguageController restarted(restartedPreferences);
        restarted.loadInitial();
        QCOMPARE(restarted.current(), QStringLiteral("en"));
        QCOMPARE(lockLabel(), QStringLiteral("Lock"));

        // And back to Dutch.
        restarted.choose(QStringLiteral("nl"));
        QCOMPARE(restarted.current(), QStringLiteral("nl"));
        QCOMPARE(lockLabel(), QStringLiteral("Op slot doen"));
        DevicePreferences againPreferences(m_settingsFile);
        LanguageController again(againPreferences);
        again.loadInitial();
        QCOMPARE(again.current(), QStringLiteral("nl"));
    }

    void unknownChoiceIsIgnored()
    {
        DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        language.choose(QStringLiteral("en"));
        QSignalSpy spy(&language, &LanguageController::currentChanged);
        language.choose(QStringLiteral("xx"));
        language.choose(QString());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(language.current(), QStringLiteral("en"));
        QCOMPARE(lockLabel(), QStringLiteral("Lock"));
        QCOMPARE(DevicePreferences(m_settingsFile).language(), QStringLiteral("en"));
    }

    void unknownRememberedLanguageFallsBack()
    {
        {
            QSettings settings(m_legacyFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("language"), QStringLiteral("xx"));
        }
        DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        QCOMPARE(language.current(), QStringLiteral("nl"));
    }

    void languagesAreListedInTheirOwnWords()
    {
        DevicePreferences preferences(m_settingsFile);
        const LanguageController language(preferences);
        const QVariantList list = language.languages();
        QStringList codes;
        QStringList names;
        for (const QVariant &entry : list) {
            const QVariantMap map = entry.toMap();
            codes << map.value(QStringLiteral("code")).toString();
            names << map.value(QStringLiteral("name")).toString();
        }
        QVERIFY(codes.contains(QStringLiteral("nl")));
        QVERIFY(codes.contains(QStringLiteral("en")));
        QCOMPARE(names.at(codes.indexOf(QStringLiteral("nl"))), QStringLiteral("Nederlands"));
        QCOMPARE(names.at(codes.indexOf(QStringLiteral("en"))), QStringLiteral("English"));
        QCOMPARE(codes.size(), names.size());
        QCOMPARE(codes.removeDuplicates(), 0);
    }

    // Dates and times write 0-9 in every language, as letters and phone numbers do; Arabic keeps
    // its own month and day names.
    void everyLanguageWritesDigitsZeroToNine()
    {
        DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        const QDateTime moment(QDate(2026, 12, 1), QTime(10, 5), QTimeZone::utc());
        for (const QVariant &entry : language.languages()) {
            const QString code = entry.toMap().value(QStringLiteral("code")).toString();
            language.choose(code);
            const QString text = LocalTimes::dateTimeText(moment, QTimeZone::utc());
            QVERIFY2(!hasOtherDigits(text), qPrintable(code + QStringLiteral(": ") + text));
            QVERIFY2(text.contains(QStringLiteral("2026")),
                qPrintable(code + QStringLiteral(": ") + text));
            QVERIFY2(text.contains(QStringLiteral("10:05")),
                qPrintable(code + QStringLiteral(": ") + text));
            QCOMPARE(QLocale().language(), QLocale(code).language());
        }
        language.choose(QStringLiteral("ar"));
        QCOMPARE(
            LocalTimes::dateText(QDate(2026, 12, 1)), QStringLiteral("الثلاثاء، 1 ديسمبر 2026"));
        QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
        QCOMPARE(LocalTimes::localeFor(QStringLiteral("nl")), QLocale(QStringLiteral("nl")));
    }

    // In Arabic every translation starts with a right-to-left mark, so a text that starts with a
    // Latin word ("Awb (…)", or a name filled in for %1) is laid out right to left; Dutch and
    // English get none.
    void rightToLeftTextStartsRightToLeft()
    {
        DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        language.choose(QStringLiteral("ar"));
        const QString awb = QCoreApplication::translate("Glossary", "Awb");
        QVERIFY2(awb.startsWith(QChar(0x200F)), qPrintable(awb));
        QVERIFY(awb.contains(QStringLiteral("Awb (")));
        QCOMPARE(awb.count(QChar(0x200F)), 1);
        // Not translated (a name, a source text unknown to the translation): left as it is.
        QCOMPARE(QCoreApplication::translate("Glossary", "Sanne"), QStringLiteral("Sanne"));
        language.choose(QStringLiteral("en"));
        QVERIFY(!QCoreApplication::translate("Glossary", "Awb").startsWith(QChar(0x200F)));
    }

    // A list joined in code uses the language's own comma: "،" in Arabic, never ",".
    void listsUseTheLanguagesComma()
    {
        DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        const QStringList ids {QStringLiteral("money"), QStringLiteral("housing"),
            QStringLiteral("family"), QStringLiteral("work")};
        const QString dutch = DomainNames::joined(ids);
        QCOMPARE(dutch.count(QStringLiteral(", ")), 2);
        QVERIFY(dutch.contains(QStringLiteral(" en ")));
        QCOMPARE(DomainNames::joined(ids.mid(0, 1)), DomainNames::name(ids.constFirst()));

        language.choose(QStringLiteral("ar"));
        const QString arabic = DomainNames::joined(ids);
        QVERIFY2(!arabic.contains(QLatin1Char(',')), qPrintable(arabic));
        QCOMPARE(arabic.count(QStringLiteral("، ")), 2);
        QVERIFY2(arabic.contains(QStringLiteral(" و")), qPrintable(arabic));
    }
};

QTEST_MAIN(TestLanguageController)

#include "tst_languagecontroller.moc"
