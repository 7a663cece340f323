#include "core/glossary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace mapje {

namespace {
// Sorted by the Dutch word. Where to go names a kind of place, never a phone number or web
// address, so nothing goes stale. Facts as in the Netherlands in 2026.
const QList<Glossary::Entry> &catalogue()
{
    static const QList<Glossary::Entry> entries {
        {QStringLiteral("aow"),
            {QStringLiteral("AOW"), QStringLiteral("AOW-uitkering"),
                QStringLiteral("AOW-leeftijd")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "AOW"),
            QT_TRANSLATE_NOOP("Glossary",
                "De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. "
                "Die leeftijd ligt rond de 67 jaar."),
            QT_TRANSLATE_NOOP("Glossary",
                "Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? "
                "Dan kan je AOW lager zijn."),
            QT_TRANSLATE_NOOP(
                "Glossary", "De SVB, of een sociaal raadslid als je hulp wilt bij vragen.")},
        {QStringLiteral("avg"), {QStringLiteral("AVG"), QStringLiteral("privacywet")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "AVG"),
            QT_TRANSLATE_NOOP("Glossary",
                "AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens "
                "moeten omgaan."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan "
                "mag je vragen om ze te verbeteren."),
            QT_TRANSLATE_NOOP(
                "Glossary", "De privacy-medewerker van de organisatie, of het Juridisch Loket.")},
        {QStringLiteral("awb"),
            {QStringLiteral("Awb"), QStringLiteral("Algemene wet bestuursrecht")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Awb"),
            QT_TRANSLATE_NOOP("Glossary",
                "Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. "
                "Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt."),
            QT_TRANSLATE_NOOP("Glossary",
                "Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook "
                "netjes horen."),
            QT_TRANSLATE_NOOP("Glossary", "Het Juridisch Loket of een sociaal raadslid.")},
        {QStringLiteral("beroep"),
            {QStringLiteral("beroep"), QStringLiteral("in beroep gaan"),
                QStringLiteral("hoger beroep")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Beroep"),
            QT_TRANSLATE_NOOP("Glossary",
                "Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in "
                "beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus "
                "niet je werk."),
            QT_TRANSLATE_NOOP("Glossary",
                "Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de "
                "rechtbank. Dat heet griffierecht."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het Juridisch Loket, een sociaal raadslid of een advocaat.")},
        {QStringLiteral("beschikking"),
            {QStringLiteral("beschikking"), QStringLiteral("beschikkingen")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Beschikking"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een beschikking is een besluit van de overheid over jou. Je krijgt het in een "
                "brief. Bijvoorbeeld of je een uitkering krijgt."),
            QT_TRANSLATE_NOOP("Glossary",
                "In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan "
                "kan je bezwaar maken."),
            QT_TRANSLATE_NOOP("Glossary",
                "De afzender van de brief, een sociaal raadslid of het Juridisch Loket.")},
        {QStringLiteral("beslagvrije-voet"), {QStringLiteral("beslagvrije voet")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Beslagvrije voet"),
            QT_TRANSLATE_NOOP("Glossary",
                "De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet "
                "bij beslag. Zo hou je geld over voor huur en eten."),
            QT_TRANSLATE_NOOP("Glossary",
                "Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? "
                "Dan mag je dat laten nakijken."),
            QT_TRANSLATE_NOOP("Glossary",
                "De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of "
                "het Juridisch Loket.")},
        {QStringLiteral("betalingsregeling"),
            {QStringLiteral("betalingsregeling"), QStringLiteral("betalingsregelingen")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Betalingsregeling"),
            QT_TRANSLATE_NOOP("Glossary",
                "Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af "
                "hoeveel je elke maand betaalt."),
            QT_TRANSLATE_NOOP("Glossary",
                "Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan "
                "op tijd contact op."),
            QT_TRANSLATE_NOOP("Glossary",
                "De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.")},
        {QStringLiteral("bewindvoering"),
            {QStringLiteral("bewindvoering"), QStringLiteral("beschermingsbewind"),
                QStringLiteral("bewind"), QStringLiteral("bewindvoerder"),
                QStringLiteral("bewindvoerders")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Bewindvoering"),
            QT_TRANSLATE_NOOP("Glossary",
                "Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist "
                "daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de "
                "gemeente."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.")},
        {QStringLiteral("bezwaar"),
            {QStringLiteral("bezwaar"), QStringLiteral("bezwaarschrift"),
                QStringLiteral("bezwaar maken")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Bezwaar"),
            QT_TRANSLATE_NOOP("Glossary",
                "Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. "
                "Je schrijft dan waarom je het er niet mee eens bent."),
            QT_TRANSLATE_NOOP("Glossary",
                "Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan "
                "opnieuw naar het besluit."),
            QT_TRANSLATE_NOOP("Glossary",
                "Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.")},
        {QStringLiteral("bijstand"),
            {QStringLiteral("bijstand"), QStringLiteral("bijstandsuitkering"),
                QStringLiteral("bijstandsuitkeringen"), QStringLiteral("algemene bijstand")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Bijstand"),
            QT_TRANSLATE_NOOP("Glossary",
                "Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet "
                "genoeg geld hebt. En als je geen andere uitkering kan krijgen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen "
                "doorgeven."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een "
                "sociaal raadslid.")},
        {QStringLiteral("bijzondere-bijstand"), {QStringLiteral("bijzondere bijstand")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Bijzondere bijstand"),
            QT_TRANSLATE_NOOP("Glossary",
                "Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. "
                "Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor "
                "te hebben."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je "
                "kosten."),
            QT_TRANSLATE_NOOP("Glossary", "De gemeente, het wijkteam of een sociaal raadslid.")},
        {QStringLiteral("boete"), {QStringLiteral("boete"), QStringLiteral("boetes")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Boete"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven "
                "als je iets niet of te laat hebt doorgegeven."),
            QT_TRANSLATE_NOOP("Glossary",
                "De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er "
                "gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken."),
            QT_TRANSLATE_NOOP("Glossary", "Het Juridisch Loket of een sociaal raadslid.")},
        {QStringLiteral("budgetbeheer"), {QStringLiteral("budgetbeheer")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Budgetbeheer"),
            QT_TRANSLATE_NOOP("Glossary",
                "Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld "
                "huur, energie en zorgverzekering. Daar is geen rechter voor nodig."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste "
                "rekeningen betaald."),
            QT_TRANSLATE_NOOP("Glossary", "Schuldhulp van de gemeente of het wijkteam.")},
        {QStringLiteral("cjg"),
            {QStringLiteral("CJG"), QStringLiteral("Centrum voor Jeugd en Gezin")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "CJG"),
            QT_TRANSLATE_NOOP("Glossary",
                "Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over "
                "opvoeden en opgroeien."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis."),
            QT_TRANSLATE_NOOP("Glossary", "Het CJG in je gemeente, of het wijkteam.")},
        {QStringLiteral("consulent"),
            {QStringLiteral("consulent"), QStringLiteral("consulenten"),
                QStringLiteral("consulente")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Consulent"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die "
                "helpt jou met je uitkering, werk of zorg."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het "
                "gesprek."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere "
                "medewerker.")},
        {QStringLiteral("deurwaarder"),
            {QStringLiteral("deurwaarder"), QStringLiteral("deurwaarders"),
                QStringLiteral("gerechtsdeurwaarder")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Deurwaarder"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, "
                "uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat."),
            QT_TRANSLATE_NOOP("Glossary",
                "Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een "
                "deurwaarder."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.")},
        {QStringLiteral("digid"), {QStringLiteral("DigiD")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "DigiD"),
            QT_TRANSLATE_NOOP("Glossary",
                "DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de "
                "gemeente, toeslagen of je zorgverzekeraar."),
            QT_TRANSLATE_NOOP("Glossary",
                "Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die "
                "persoon een machtiging krijgen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van "
                "DigiD.")},
        {QStringLiteral("eigen-risico"), {QStringLiteral("eigen risico")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Eigen risico"),
            QT_TRANSLATE_NOOP("Glossary",
                "Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf "
                "betaalt. Pas daarna betaalt je zorgverzekering."),
            QT_TRANSLATE_NOOP("Glossary",
                "Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer "
                "betalen? Vraag dan om een betalingsregeling."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering "
                "met hulp hierbij).")},
        {QStringLiteral("ervaringsdeskundige"),
            {QStringLiteral("ervaringsdeskundige"), QStringLiteral("ervaringsdeskundigen")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Ervaringsdeskundige"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld "
                "schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te "
                "helpen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of "
                "haar praten als gelijke."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het wijkteam, een welzijnsorganisatie of een cliëntenraad.")},
        {QStringLiteral("ervaringswerker"),
            {QStringLiteral("ervaringswerker"), QStringLiteral("ervaringswerkers")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Ervaringswerker"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft "
                "vaak een opleiding gedaan."),
            QT_TRANSLATE_NOOP("Glossary",
                "Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie."),
            QT_TRANSLATE_NOOP("Glossary", "Het wijkteam of een welzijnsorganisatie.")},
        {QStringLiteral("herziening"), {QStringLiteral("herziening"), QStringLiteral("herzien")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Herziening"),
            QT_TRANSLATE_NOOP("Glossary",
                "Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat "
                "je situatie anders blijkt te zijn."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al "
                "voorbij is. Je kan bezwaar maken."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je klantmanager, een sociaal raadslid of het Juridisch Loket.")},
        {QStringLiteral("hoorzitting"),
            {QStringLiteral("hoorzitting"), QStringLiteral("hoorzittingen")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Hoorzitting"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het "
                "niet eens bent met het besluit."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je mag iemand meenemen. Daarna besluit de gemeente opnieuw."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.")},
        {QStringLiteral("hulpverlener"),
            {QStringLiteral("hulpverlener"), QStringLiteral("hulpverleners")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Hulpverlener"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van "
                "het wijkteam of schuldhulp."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het wijkteam of je huisarts weet welke hulpverlener bij je past.")},
        {QStringLiteral("huurtoeslag"), {QStringLiteral("huurtoeslag")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Huurtoeslag"),
            QT_TRANSLATE_NOOP("Glossary",
                "Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je "
                "krijgt, hangt af van je huur en inkomen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien "
                "geld terugbetalen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale "
                "Overheid of een sociaal raadslid.")},
        {QStringLiteral("incasso"),
            {QStringLiteral("incasso"), QStringLiteral("incassobureau"),
                QStringLiteral("incassobureaus"), QStringLiteral("incassokosten")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Incasso"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als "
                "je een rekening niet op tijd hebt betaald."),
            QT_TRANSLATE_NOOP("Glossary",
                "Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat "
                "nodig is."),
            QT_TRANSLATE_NOOP("Glossary", "Schuldhulp van de gemeente of het Juridisch Loket.")},
        {QStringLiteral("inlichtingenplicht"), {QStringLiteral("inlichtingenplicht")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Inlichtingenplicht"),
            QT_TRANSLATE_NOOP("Glossary",
                "Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet "
                "de inlichtingenplicht."),
            QT_TRANSLATE_NOOP("Glossary",
                "Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of "
                "wie er bij je woont. Twijfel je? Vraag het dan."),
            QT_TRANSLATE_NOOP("Glossary", "Je klantmanager of consulent.")},
        {QStringLiteral("inzagerecht"),
            {QStringLiteral("inzagerecht"), QStringLiteral("inzageverzoek"),
                QStringLiteral("inzage")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Inzagerecht"),
            QT_TRANSLATE_NOOP("Glossary",
                "Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet "
                "inzagerecht."),
            QT_TRANSLATE_NOOP("Glossary",
                "De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of "
                "een kopie. Dat is gratis."),
            QT_TRANSLATE_NOOP(
                "Glossary", "De privacy-medewerker van de organisatie, of het Juridisch Loket.")},
        {QStringLiteral("jeugdwet"), {QStringLiteral("Jeugdwet")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Jeugdwet"),
            QT_TRANSLATE_NOOP("Glossary",
                "De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De "
                "gemeente regelt die hulp."),
            QT_TRANSLATE_NOOP("Glossary",
                "Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook "
                "via de huisarts."),
            QT_TRANSLATE_NOOP("Glossary", "Het CJG, het wijkteam of je huisarts.")},
        {QStringLiteral("juridisch-loket"), {QStringLiteral("Juridisch Loket")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Juridisch Loket"),
            QT_TRANSLATE_NOOP("Glossary",
                "Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een "
                "uitkering, schulden, huur of werk."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.")},
        {QStringLiteral("keukentafelgesprek"),
            {QStringLiteral("keukentafelgesprek"), QStringLiteral("keukentafelgesprekken")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Keukentafelgesprek"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig "
                "hebt. Het is vaak bij jou thuis."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen."),
            QT_TRANSLATE_NOOP("Glossary", "Het Wmo-loket van de gemeente of het wijkteam.")},
        {QStringLiteral("kinderbijslag"), {QStringLiteral("kinderbijslag")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Kinderbijslag"),
            QT_TRANSLATE_NOOP("Glossary",
                "Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het "
                "elk kwartaal."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB."),
            QT_TRANSLATE_NOOP("Glossary", "De SVB.")},
        {QStringLiteral("kindgebonden-budget"), {QStringLiteral("kindgebonden budget")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Kindgebonden budget"),
            QT_TRANSLATE_NOOP("Glossary",
                "Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel "
                "je krijgt, hangt af van je inkomen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op "
                "tijd door."),
            QT_TRANSLATE_NOOP("Glossary", "Dienst Toeslagen, of een sociaal raadslid voor hulp.")},
        {QStringLiteral("klantmanager"),
            {QStringLiteral("klantmanager"), QStringLiteral("klantmanagers")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Klantmanager"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand "
                "en voor hulp bij werk."),
            QT_TRANSLATE_NOOP("Glossary",
                "Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een "
                "ander.")},
        {QStringLiteral("kostendelersnorm"), {QStringLiteral("kostendelersnorm")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Kostendelersnorm"),
            QT_TRANSLATE_NOOP("Glossary",
                "Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je "
                "kan dan kosten delen. Dat heet de kostendelersnorm."),
            QT_TRANSLATE_NOOP("Glossary",
                "Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je "
                "betalen soms niet. Vraag na wat voor jou geldt."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je klantmanager, een sociaal raadslid of het Juridisch Loket.")},
        {QStringLiteral("kwijtschelding"), {QStringLiteral("kwijtschelding")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Kwijtschelding"),
            QT_TRANSLATE_NOOP("Glossary",
                "Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor "
                "afval of water. Dat kan als je weinig geld hebt."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt."),
            QT_TRANSLATE_NOOP("Glossary",
                "De belastingafdeling van de gemeente of het waterschap, of een sociaal "
                "raadslid.")},
        {QStringLiteral("leefgebied"),
            {QStringLiteral("leefgebied"), QStringLiteral("leefgebieden")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Leefgebied"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of "
                "contact met anderen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het "
                "gesprek over gaat."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.")},
        {QStringLiteral("machtiging"),
            {QStringLiteral("machtiging"), QStringLiteral("machtigingen"),
                QStringLiteral("machtigen"), QStringLiteral("gemachtigde")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Machtiging"),
            QT_TRANSLATE_NOOP("Glossary",
                "Met een machtiging geef je iemand toestemming om iets voor jou te regelen. "
                "Bijvoorbeeld met DigiD."),
            QT_TRANSLATE_NOOP("Glossary",
                "Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.")},
        {QStringLiteral("mantelzorg"),
            {QStringLiteral("mantelzorg"), QStringLiteral("mantelzorger"),
                QStringLiteral("mantelzorgers")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Mantelzorg"),
            QT_TRANSLATE_NOOP("Glossary",
                "Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of "
                "kind die ziek is. Je doet het zonder dat je ervoor betaald wordt."),
            QT_TRANSLATE_NOOP("Glossary",
                "Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om "
                "even vrij te zijn."),
            QT_TRANSLATE_NOOP("Glossary",
                "Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.")},
        {QStringLiteral("participatiewet"), {QStringLiteral("Participatiewet")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Participatiewet"),
            QT_TRANSLATE_NOOP("Glossary",
                "De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De "
                "gemeente voert de wet uit."),
            QT_TRANSLATE_NOOP("Glossary",
                "In de wet staan je rechten en je plichten. De wet verandert de komende jaren op "
                "een aantal punten. Vraag wat nu voor jou geldt."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je klantmanager, een sociaal raadslid of het Juridisch Loket.")},
        {QStringLiteral("pgb"), {QStringLiteral("pgb"), QStringLiteral("persoonsgebonden budget")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Pgb"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je "
                "zorg of hulp."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij "
                "waar het geld naartoe gaat."),
            QT_TRANSLATE_NOOP("Glossary", "De gemeente, het zorgkantoor of de SVB.")},
        {QStringLiteral("re-integratie"),
            {QStringLiteral("re-integratie"), QStringLiteral("reïntegratie"),
                QStringLiteral("re-integratietraject")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Re-integratie"),
            QT_TRANSLATE_NOOP("Glossary",
                "Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, "
                "werkervaring of een proefplaats."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid "
                "tellen mee."),
            QT_TRANSLATE_NOOP("Glossary", "Je klantmanager of het UWV.")},
        {QStringLiteral("schuldhulpverlening"),
            {QStringLiteral("schuldhulpverlening"), QStringLiteral("schuldhulp"),
                QStringLiteral("schuldhulpverlener"), QStringLiteral("schuldhulpverleners")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Schuldhulpverlening"),
            QT_TRANSLATE_NOOP("Glossary",
                "Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis."),
            QT_TRANSLATE_NOOP("Glossary",
                "Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je "
                "schuldeisers tegelijk. Hoe eerder je komt, hoe beter."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.")},
        {QStringLiteral("schuldsanering"),
            {QStringLiteral("schuldsanering"), QStringLiteral("Wsnp")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Schuldsanering"),
            QT_TRANSLATE_NOOP("Glossary",
                "Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd "
                "zoveel als je kan. Daarna ben je meestal van je schulden af."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter "
                "erover. Dat heet de Wsnp."),
            QT_TRANSLATE_NOOP("Glossary", "Schuldhulp van de gemeente of het Juridisch Loket.")},
        {QStringLiteral("sociaal-raadslid"),
            {QStringLiteral("sociaal raadslid"), QStringLiteral("sociaal raadslieden"),
                QStringLiteral("sociaal raadsman"), QStringLiteral("sociaal raadsvrouw")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Sociaal raadslid"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. "
                "Bijvoorbeeld over toeslagen of een uitkering."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen "
                "bij bezwaar."),
            QT_TRANSLATE_NOOP("Glossary",
                "Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid "
                "vindt.")},
        {QStringLiteral("spreekkamer"),
            {QStringLiteral("spreekkamer"), QStringLiteral("spreekkamers")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Spreekkamer"),
            QT_TRANSLATE_NOOP("Glossary",
                "De spreekkamer is de kamer waar je praat met je klantmanager of consulent. "
                "Bijvoorbeeld op het gemeentehuis."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te "
                "bereiden."),
            QT_TRANSLATE_NOOP(
                "Glossary", "De balie van de gemeente, als je wilt weten waar je moet zijn.")},
        {QStringLiteral("svb"), {QStringLiteral("SVB"), QStringLiteral("Sociale Verzekeringsbank")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "SVB"),
            QT_TRANSLATE_NOOP("Glossary",
                "De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de "
                "kinderbijslag."),
            QT_TRANSLATE_NOOP("Glossary",
                "Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB."),
            QT_TRANSLATE_NOOP("Glossary", "De SVB. Hulp bij een vraag? Een sociaal raadslid.")},
        {QStringLiteral("tegenprestatie"),
            {QStringLiteral("tegenprestatie"), QStringLiteral("maatschappelijke bijdrage")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Tegenprestatie"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld "
                "vrijwilligerswerk. De gemeente kan je dat vragen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. "
                "Bespreek het als het niet gaat."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je klantmanager, of een sociaal raadslid als je vragen hebt.")},
        {QStringLiteral("terugvordering"),
            {QStringLiteral("terugvordering"), QStringLiteral("terugvorderen"),
                QStringLiteral("terugvorderingen")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Terugvordering"),
            QT_TRANSLATE_NOOP("Glossary",
                "Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel "
                "uitkering hebt gekregen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar "
                "maken."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.")},
        {QStringLiteral("toeslagen"), {QStringLiteral("toeslag"), QStringLiteral("toeslagen")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Toeslagen"),
            QT_TRANSLATE_NOOP("Glossary",
                "Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, "
                "zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is."),
            QT_TRANSLATE_NOOP("Glossary",
                "Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. "
                "Anders moet je later misschien terugbetalen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal "
                "raadslid.")},
        {QStringLiteral("uitkering"), {QStringLiteral("uitkering"), QStringLiteral("uitkeringen")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Uitkering"),
            QT_TRANSLATE_NOOP("Glossary",
                "Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. "
                "Bijvoorbeeld bijstand, WW of AOW."),
            QT_TRANSLATE_NOOP("Glossary",
                "Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven."),
            QT_TRANSLATE_NOOP("Glossary",
                "De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.")},
        {QStringLiteral("uwv"), {QStringLiteral("UWV")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "UWV"),
            QT_TRANSLATE_NOOP("Glossary",
                "Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je "
                "baan kwijt bent. En uitkeringen als je ziek bent."),
            QT_TRANSLATE_NOOP("Glossary",
                "Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het UWV, of een sociaal raadslid voor hulp bij vragen.")},
        {QStringLiteral("veilig-thuis"), {QStringLiteral("Veilig Thuis")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Veilig Thuis"),
            QT_TRANSLATE_NOOP("Glossary",
                "Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een "
                "ander gaat. Je kan er anoniem advies vragen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat "
                "nodig is."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.")},
        {QStringLiteral("voedselbank"),
            {QStringLiteral("voedselbank"), QStringLiteral("voedselbanken")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Voedselbank"),
            QT_TRANSLATE_NOOP("Glossary",
                "De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt "
                "meestal elke week een pakket."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te "
                "schamen. Veel mensen hebben het soms even nodig."),
            QT_TRANSLATE_NOOP("Glossary",
                "Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.")},
        {QStringLiteral("wajong"), {QStringLiteral("Wajong")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Wajong"),
            QT_TRANSLATE_NOOP("Glossary",
                "Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden "
                "of een beperking kregen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je "
                "wel werken? Dan helpt de gemeente."),
            QT_TRANSLATE_NOOP("Glossary", "Het UWV, of een sociaal raadslid voor hulp.")},
        {QStringLiteral("wijkteam"),
            {QStringLiteral("wijkteam"), QStringLiteral("wijkteams"),
                QStringLiteral("sociaal team"), QStringLiteral("sociale wijkteam"),
                QStringLiteral("buurtteam")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Wijkteam"),
            QT_TRANSLATE_NOOP("Glossary",
                "Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met "
                "vragen over geld, zorg, opvoeden of wonen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms "
                "sociaal team of buurtteam."),
            QT_TRANSLATE_NOOP(
                "Glossary", "Het wijkteam in je buurt. De gemeente weet waar het zit.")},
        {QStringLiteral("wlz"), {QStringLiteral("Wlz"), QStringLiteral("Wet langdurige zorg")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Wlz"),
            QT_TRANSLATE_NOOP("Glossary",
                "De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht "
                "dichtbij nodig hebben."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in "
                "een zorginstelling."),
            QT_TRANSLATE_NOOP("Glossary", "Het CIZ, het zorgkantoor of het wijkteam.")},
        {QStringLiteral("wmo"),
            {QStringLiteral("Wmo"), QStringLiteral("Wet maatschappelijke ondersteuning")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Wmo"),
            QT_TRANSLATE_NOOP("Glossary",
                "Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om "
                "thuis te blijven wonen en mee te doen."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal "
                "je een eigen bijdrage."),
            QT_TRANSLATE_NOOP("Glossary", "Het Wmo-loket van de gemeente of het wijkteam.")},
        {QStringLiteral("ww"), {QStringLiteral("WW"), QStringLiteral("WW-uitkering")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "WW"),
            QT_TRANSLATE_NOOP("Glossary",
                "De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en "
                "genoeg hebt gewerkt. De WW duurt een tijd."),
            QT_TRANSLATE_NOOP("Glossary",
                "Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je "
                "misschien bijstand krijgen."),
            QT_TRANSLATE_NOOP("Glossary", "Het UWV.")},
        {QStringLiteral("zorgtoeslag"), {QStringLiteral("zorgtoeslag")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Zorgtoeslag"),
            QT_TRANSLATE_NOOP("Glossary",
                "Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je "
                "inkomen niet te hoog is."),
            QT_TRANSLATE_NOOP("Glossary",
                "Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien "
                "terugbetalen."),
            QT_TRANSLATE_NOOP("Glossary", "Dienst Toeslagen, of een sociaal raadslid voor hulp.")},
        {QStringLiteral("zvw"),
            {QStringLiteral("Zvw"), QStringLiteral("Zorgverzekeringswet"),
                QStringLiteral("zorgverzekering"), QStringLiteral("basisverzekering")},
            //: A word people meet in the Dutch social domain. Keep the Dutch word; add a
            //: short translation in brackets: "Bijstand (social assistance)".
            QT_TRANSLATE_NOOP("Glossary", "Zorgverzekering"),
            QT_TRANSLATE_NOOP("Glossary",
                "Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat "
                "staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste "
                "zorg."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien "
                "zorgtoeslag."),
            QT_TRANSLATE_NOOP("Glossary",
                "Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.")},
    };
    return entries;
}

QString translated(const char *source)
{
    return QCoreApplication::translate(Glossary::TranslationContext, source);
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// Whole word: no letter or digit just before or after (a hyphen is a boundary: "Wmo-loket").
bool isWholeWordAt(const QString &text, qsizetype position, qsizetype length)
{
    if (position > 0 && isWordCharacter(text.at(position - 1)))
        return false;
    const qsizetype end = position + length;
    return end >= text.size() || !isWordCharacter(text.at(end));
}
} // namespace

QString Glossary::Entry::word() const
{
    return translated(wordSource);
}

QString Glossary::Entry::explanation() const
{
    return translated(explanationSource);
}

QString Glossary::Entry::meaning() const
{
    return translated(meaningSource);
}

QString Glossary::Entry::whereToGo() const
{
    return translated(whereToGoSource);
}

QStringList Glossary::Entry::matchForms() const
{
    QStringList result = forms;
    // "Bijstand (social assistance)": both the Dutch word and the words in brackets match.
    static const QRegularExpression bracketed(QStringLiteral(R"(^(.*?)\s*\((.+)\)\s*$)"));
    const QString current = word();
    const auto match = bracketed.match(current);
    const QStringList candidates = match.hasMatch()
        ? QStringList {match.captured(1).trimmed(), match.captured(2).trimmed()}
        : QStringList {current.trimmed()};
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && !result.contains(candidate, Qt::CaseInsensitive))
            result.append(candidate);
    }
    return result;
}

const QList<Glossary::Entry> &Glossary::entries()
{
    return catalogue();
}

const Glossary::Entry *Glossary::find(const QString &id)
{
    const auto &all = catalogue();
    const auto it = std::find_if(
        all.cbegin(), all.cend(), [&id](const Entry &entry) { return entry.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

const Glossary::Entry *Glossary::lookup(const QString &word)
{
    const QString wanted = word.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const Entry &entry : catalogue()) {
        if (entry.matchForms().contains(wanted, Qt::CaseInsensitive))
            return &entry;
    }
    return nullptr;
}

QList<Glossary::Match> Glossary::findTerms(const QString &text, const QString &exceptId)
{
    struct Form {
        QString text;
        QString id;
    };
    QList<Form> forms;
    for (const Entry &entry : catalogue()) {
        if (entry.id == exceptId)
            continue;
        for (const QString &form : entry.matchForms())
            forms.append({form, entry.id});
    }
    std::stable_sort(forms.begin(), forms.end(),
        [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });

    QList<Match> matches;
    QSet<QString> linked;
    qsizetype position = 0;
    while (position < text.size()) {
        const bool wordStart = isWordCharacter(text.at(position))
            && (position == 0 || !isWordCharacter(text.at(position - 1)));
        bool found = false;
        if (wordStart) {
            for (const Form &form : std::as_const(forms)) {
                if (linked.contains(form.id))
                    continue;
                if (QStringView(text)
                            .mid(position, form.text.size())
                            .compare(form.text, Qt::CaseInsensitive)
                        == 0
                    && isWholeWordAt(text, position, form.text.size())) {
                    matches.append({position, form.text.size(), form.id});
                    linked.insert(form.id);
                    position += form.text.size();
                    found = true;
                    break;
                }
            }
        }
        if (!found)
            ++position;
    }
    return matches;
}

} // namespace mapje
