#include "core/lifedomaincatalogue.h"

#include <QtGlobal>

namespace mapje {

namespace {

// B1 Dutch: short sentences, "je", common words; the questions start from the person's own view
// and strengths and judge nothing. Ids are stored and synced: never change them.
QList<LifeDomain> shippedDomains()
{
    return {
        LifeDomain(QStringLiteral("money"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Geld"),
            QT_TRANSLATE_NOOP("LifeDomain", "Je inkomen, je rekeningen en schulden."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Lukt het om je rekeningen te betalen?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Waar maak je je zorgen over?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat gaat er al goed met geld?"),
            }),
        LifeDomain(QStringLiteral("work"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Werk en leren"),
            QT_TRANSLATE_NOOP("LifeDomain", "Werk, vrijwilligerswerk, school of een cursus."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Wat kun je goed?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat zou je graag willen doen of leren?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat heb je daarvoor nodig?"),
            }),
        LifeDomain(QStringLiteral("housing"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Wonen"),
            QT_TRANSLATE_NOOP("LifeDomain", "Je huis, je buurt en veilig wonen."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe is het om in je huis te wonen?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Voel je je veilig in je huis en buurt?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat vind je fijn aan waar je woont?"),
            }),
        LifeDomain(QStringLiteral("health"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Lichaam en gezondheid"),
            QT_TRANSLATE_NOOP("LifeDomain", "Je lijf, pijn, slapen en bewegen."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe gaat het met je lijf?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe slaap je?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat doe je al voor je gezondheid?"),
            }),
        LifeDomain(QStringLiteral("mind"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Hoe je je voelt"),
            QT_TRANSLATE_NOOP("LifeDomain", "Stress, zorgen, rust en je stemming."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe voel je je de laatste tijd?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat geeft je rust?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Waar maak je je druk om?"),
            }),
        LifeDomain(QStringLiteral("family"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Familie en gezin"),
            QT_TRANSLATE_NOOP("LifeDomain", "Je partner, je kinderen en je familie."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe gaat het thuis?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Bij wie in je familie kun je terecht?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat gaat er goed in je gezin?"),
            }),
        LifeDomain(QStringLiteral("social"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Vrienden en contacten"),
            QT_TRANSLATE_NOOP("LifeDomain", "Mensen om je heen, zodat je niet alleen bent."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Wie zijn belangrijk voor je?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Met wie praat je als het tegenzit?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wil je meer of minder contact?"),
            }),
        LifeDomain(QStringLiteral("daily"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Je dag"),
            QT_TRANSLATE_NOOP("LifeDomain", "Je ritme, dingen die je graag doet en vrije tijd."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe ziet een gewone dag eruit?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat doe je graag?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat zou je vaker willen doen?"),
            }),
        LifeDomain(QStringLiteral("selfcare"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Zelf dingen regelen"),
            QT_TRANSLATE_NOOP("LifeDomain", "Koken, boodschappen doen en je huishouden."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Wat lukt je zelf al goed?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat kost je veel moeite?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Waar wil je hulp bij?"),
            }),
        LifeDomain(QStringLiteral("paperwork"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Post en regels"),
            QT_TRANSLATE_NOOP(
                "LifeDomain", "Brieven, formulieren en organisaties, zoals de gemeente."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Lukt het om je post te regelen?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Welke brieven vind je lastig?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wie helpt je al met papieren?"),
            }),
        LifeDomain(QStringLiteral("mobility"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Vervoer"),
            QT_TRANSLATE_NOOP("LifeDomain", "Ergens komen, reizen en vervoer."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Kun je komen waar je wilt?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe reis je meestal?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat maakt reizen lastig voor je?"),
            }),
        LifeDomain(QStringLiteral("belonging"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Mee kunnen doen"),
            QT_TRANSLATE_NOOP("LifeDomain", "Meedoen in de buurt, erbij horen en taal."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Waar voel je je welkom?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat zou je graag met anderen doen?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Houdt iets je tegen om mee te doen?"),
            }),
        LifeDomain(QStringLiteral("caring"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Zorgen voor een ander"),
            QT_TRANSLATE_NOOP(
                "LifeDomain", "Zorgen voor iemand dicht bij je, of iemand anders helpen."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Voor wie zorg je?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Hoe gaat het met jou naast het zorgen?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wie helpt jou daarbij?"),
            }),
        LifeDomain(QStringLiteral("meaning"),
            //: Name of a life domain (leefgebied) on the board.
            QT_TRANSLATE_NOOP("LifeDomain", "Wat je zin geeft"),
            QT_TRANSLATE_NOOP("LifeDomain", "Geloof, dromen en waar je blij van wordt."),
            {
                QT_TRANSLATE_NOOP("LifeDomain", "Waar word je blij van?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Wat is belangrijk voor jou?"),
                QT_TRANSLATE_NOOP("LifeDomain", "Waar droom je van?"),
            }),
    };
}

} // namespace

const QList<LifeDomain> &LifeDomainCatalogue::domains()
{
    static const QList<LifeDomain> catalogue = shippedDomains();
    return catalogue;
}

QStringList LifeDomainCatalogue::ids()
{
    QStringList result;
    result.reserve(domains().size());
    for (const LifeDomain &domain : domains())
        result.append(domain.id());
    return result;
}

std::optional<LifeDomain> LifeDomainCatalogue::find(QStringView id)
{
    for (const LifeDomain &domain : domains()) {
        if (domain.id() == id)
            return domain;
    }
    return std::nullopt;
}

bool LifeDomainCatalogue::contains(QStringView id)
{
    return find(id).has_value();
}

} // namespace mapje
