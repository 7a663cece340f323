#include <QRegularExpression>
#include <QTest>

#include "core/helpplaces.h"
#include "core/lifedomaincatalogue.h"

using mapje::HelpPlaces;

/** "Waar kan je terecht?" names kinds of places for every domain, and nothing that goes stale. */
class TestHelpPlaces : public QObject {
    Q_OBJECT
private slots:
    void everyDomainHasPlaces()
    {
        for (const QString &id : mapje::LifeDomainCatalogue::ids()) {
            const QStringList places = HelpPlaces::placesFor(id);
            QVERIFY2(places.size() >= 3, qPrintable(id));
            QCOMPARE(places.size(), HelpPlaces::sourcesFor(id).size());
            QCOMPARE(QSet<QString>(places.begin(), places.end()).size(), places.size());
        }
    }

    void unknownDomainHasNone()
    {
        QVERIFY(HelpPlaces::placesFor(QStringLiteral("nonsense")).isEmpty());
    }

    void noPhoneNumbersOrAddresses()
    {
        // Phone numbers and web addresses change; kinds of places do not.
        const QRegularExpression stale(QStringLiteral(R"(\d{3,}|www\.|https?:|@|\.nl\b)"));
        for (const QString &id : mapje::LifeDomainCatalogue::ids()) {
            for (const QString &place : HelpPlaces::placesFor(id))
                QVERIFY2(!stale.match(place).hasMatch(), qPrintable(place));
        }
    }
};

QTEST_GUILESS_MAIN(TestHelpPlaces)
#include "tst_helpplaces.moc"
