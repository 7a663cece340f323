#include "core/documentcatalogue.h"

#include "core/contentfile.h"

namespace mapje {

namespace {

// app/core/content/documents.json. B1 Dutch, short; "meestal" because each municipality asks for
// its own papers. Keys are stored: never change them.
QList<DocumentCatalogue::Document> shippedDocuments()
{
    const ContentFile file(
        QStringLiteral(":/content/documents.json"), DocumentCatalogue::TranslationContext);
    QList<DocumentCatalogue::Document> documents;
    for (const ContentItem &item : file.top().items("documents"))
        documents.append({item.string("key"), item.text("name"), item.text("explanation")});
    file.requireValid();
    return documents;
}

} // namespace

QString DocumentCatalogue::Document::name() const
{
    return nameSource.translated(TranslationContext);
}

QString DocumentCatalogue::Document::explanation() const
{
    return explanationSource.translated(TranslationContext);
}

const QList<DocumentCatalogue::Document> &DocumentCatalogue::documents()
{
    static const QList<Document> catalogue = shippedDocuments();
    return catalogue;
}

QStringList DocumentCatalogue::keys()
{
    QStringList result;
    for (const Document &document : documents())
        result.append(document.key);
    return result;
}

std::optional<DocumentCatalogue::Document> DocumentCatalogue::find(QStringView key)
{
    for (const Document &document : documents()) {
        if (document.key == key)
            return document;
    }
    return std::nullopt;
}

QString DocumentCatalogue::displayName(const QString &item)
{
    const std::optional<Document> document = find(item);
    return document ? document->name() : item;
}

} // namespace mapje
