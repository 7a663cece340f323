#include "core/documentcatalogue.h"

#include <QCoreApplication>

namespace mapje {

namespace {

// B1 Dutch, short; "meestal" because each municipality asks for its own papers. Keys are stored:
// never change them.
QList<DocumentCatalogue::Document> shippedDocuments()
{
    return {
        {QStringLiteral("id"),
            //: A paper to bring to an appointment: passport, ID card or residence document.
            QT_TRANSLATE_NOOP("DocumentCatalogue", "ID-bewijs"),
            QT_TRANSLATE_NOOP("DocumentCatalogue", "Je paspoort, ID-kaart of verblijfsdocument.")},
        {QStringLiteral("bankStatements"),
            //: A paper to bring to an appointment: the statements of one's bank account.
            QT_TRANSLATE_NOOP("DocumentCatalogue", "Bankafschriften"),
            QT_TRANSLATE_NOOP("DocumentCatalogue",
                "Overzichten van je bankrekening. Meestal van de laatste maanden.")},
        {QStringLiteral("rentalContract"),
            //: A paper to bring to an appointment: the rental contract of one's home.
            QT_TRANSLATE_NOOP("DocumentCatalogue", "Huurcontract"),
            QT_TRANSLATE_NOOP("DocumentCatalogue", "Het contract van je huis, als je huurt.")},
        {QStringLiteral("payslip"),
            //: A paper to bring to an appointment: the monthly overview of one's wages.
            QT_TRANSLATE_NOOP("DocumentCatalogue", "Loonstrook"),
            QT_TRANSLATE_NOOP("DocumentCatalogue", "Het overzicht van je loon, als je werkt.")},
        {QStringLiteral("letters"),
            //: A paper to bring to an appointment: letters about the question at hand.
            QT_TRANSLATE_NOOP("DocumentCatalogue", "Brieven"),
            QT_TRANSLATE_NOOP("DocumentCatalogue",
                "Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet "
                "betalen.")},
    };
}

} // namespace

QString DocumentCatalogue::Document::name() const
{
    return QCoreApplication::translate(TranslationContext, nameSource);
}

QString DocumentCatalogue::Document::explanation() const
{
    return QCoreApplication::translate(TranslationContext, explanationSource);
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
