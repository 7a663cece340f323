#include "core/helpplaces.h"

#include <QCoreApplication>
#include <QHash>

namespace mapje {

namespace {
// Each entry names a kind of place and, in brackets where useful, what it helps with.
const QHash<QString, QList<const char *>> &catalogue()
{
    static const QHash<QString, QList<const char *>> places {
        {QStringLiteral("money"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Schuldhulp van de gemeente"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam of sociaal team"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een budgetcoach of thuisadministratie"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het Juridisch Loket (vragen over je rechten)")}},
        {QStringLiteral("work"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Je klantmanager bij de gemeente"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het UWV (als je een WW- of WIA-uitkering hebt)"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een vrijwilligerscentrale"),
                QT_TRANSLATE_NOOP(
                    "HelpPlace", "Een Taalhuis in de bibliotheek (Nederlands leren)")}},
        {QStringLiteral("housing"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Je woningcorporatie of verhuurder"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een huurteam (hulp bij problemen met de huur)"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het Juridisch Loket")}},
        {QStringLiteral("health"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Je huisarts"),
                QT_TRANSLATE_NOOP("HelpPlace", "De praktijkondersteuner bij je huisarts"),
                QT_TRANSLATE_NOOP("HelpPlace", "De apotheek"),
                QT_TRANSLATE_NOOP("HelpPlace", "De wijkverpleging")}},
        {QStringLiteral("mind"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Je huisarts of de praktijkondersteuner"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een luisterlijn (anoniem praten, dag en nacht)")}},
        {QStringLiteral("family"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Het Centrum voor Jeugd en Gezin"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam"),
                QT_TRANSLATE_NOOP("HelpPlace", "Je huisarts"),
                QT_TRANSLATE_NOOP(
                    "HelpPlace", "Veilig Thuis (bij geweld of zorgen over veiligheid thuis)")}},
        {QStringLiteral("social"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Het buurthuis of de welzijnsorganisatie"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een vrijwilligerscentrale"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een luisterlijn (om even te praten)")}},
        {QStringLiteral("daily"),
            {QT_TRANSLATE_NOOP("HelpPlace", "De welzijnsorganisatie in je buurt"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het buurthuis"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het Wmo-loket van de gemeente (dagbesteding)")}},
        {QStringLiteral("selfcare"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Het Wmo-loket van de gemeente (hulp in huis)"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam"),
                QT_TRANSLATE_NOOP("HelpPlace", "De wijkverpleging"),
                QT_TRANSLATE_NOOP(
                    "HelpPlace", "De voedselbank (als je geen geld hebt voor eten)")}},
        {QStringLiteral("paperwork"),
            {QT_TRANSLATE_NOOP(
                 "HelpPlace", "Sociaal raadslieden (hulp bij brieven en formulieren)"),
                QT_TRANSLATE_NOOP(
                    "HelpPlace", "Het Informatiepunt Digitale Overheid in de bibliotheek"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het Juridisch Loket"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam")}},
        {QStringLiteral("mobility"),
            {QT_TRANSLATE_NOOP(
                 "HelpPlace", "Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)"),
                QT_TRANSLATE_NOOP("HelpPlace", "De welzijnsorganisatie (vrijwillige chauffeurs)"),
                QT_TRANSLATE_NOOP(
                    "HelpPlace", "Je huisarts (als reizen door je gezondheid lastig is)")}},
        {QStringLiteral("belonging"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Het buurthuis"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een Taalhuis in de bibliotheek"),
                QT_TRANSLATE_NOOP("HelpPlace", "Een vrijwilligerscentrale"),
                QT_TRANSLATE_NOOP("HelpPlace", "De welzijnsorganisatie")}},
        {QStringLiteral("caring"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Het steunpunt mantelzorg"),
                QT_TRANSLATE_NOOP(
                    "HelpPlace", "Het Wmo-loket van de gemeente (even vrij van zorgen)"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het wijkteam")}},
        {QStringLiteral("meaning"),
            {QT_TRANSLATE_NOOP("HelpPlace", "Een geestelijk verzorger (ook als je niet gelooft)"),
                QT_TRANSLATE_NOOP("HelpPlace", "Je geloofsgemeenschap"),
                QT_TRANSLATE_NOOP("HelpPlace", "Het buurthuis of de welzijnsorganisatie")}},
    };
    return places;
}
} // namespace

QList<const char *> HelpPlaces::sourcesFor(const QString &domainId)
{
    return catalogue().value(domainId);
}

QStringList HelpPlaces::placesFor(const QString &domainId)
{
    QStringList translated;
    for (const char *source : sourcesFor(domainId))
        translated.append(QCoreApplication::translate("HelpPlace", source));
    return translated;
}

} // namespace mapje
