#include "core/helpplaces.h"

#include "core/contentfile.h"

#include <QHash>

namespace mapje {

namespace {
// app/core/content/helpplaces.json: each entry names a kind of place and, in brackets where useful,
// what it helps with.
QHash<QString, QList<ContentText>> readPlaces()
{
    const ContentFile file(
        QStringLiteral(":/content/helpplaces.json"), HelpPlaces::TranslationContext);
    QHash<QString, QList<ContentText>> places;
    for (const ContentItem &item : file.top().items("domains"))
        places.insert(item.string("domain"), item.texts("places"));
    file.requireValid();
    return places;
}

const QHash<QString, QList<ContentText>> &catalogue()
{
    static const QHash<QString, QList<ContentText>> places = readPlaces();
    return places;
}
} // namespace

QList<ContentText> HelpPlaces::sourcesFor(const QString &domainId)
{
    return catalogue().value(domainId);
}

QStringList HelpPlaces::placesFor(const QString &domainId)
{
    QStringList translated;
    for (const ContentText &source : sourcesFor(domainId))
        translated.append(source.translated(TranslationContext));
    return translated;
}

} // namespace mapje
