#pragma once

#include "core/contenttext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace mapje {

/**
 * The papers people are often asked to bring to a spreekkamer appointment, each with a short B1
 * explanation. An appointment stores a standard document by its key ("id", "bankStatements",
 * "rentalContract", "payslip", "letters"), never by its name, so the list stays right in every
 * language; anything else on the list is the citizen's own words. Keys never change. The papers
 * live in app/core/content/documents.json.
 */
class DocumentCatalogue {
public:
    /** Linguist context of all texts: QCoreApplication::translate(TranslationContext, source). */
    static constexpr const char *TranslationContext = "DocumentCatalogue";

    /** One standard document; its texts are the Dutch sources of the data file. */
    struct Document {
        QString key;
        ContentText nameSource;
        ContentText explanationSource;

        /** The name in the current language, e.g. "ID-bewijs". */
        [[nodiscard]] QString name() const;
        /** One or two short sentences in the current language. */
        [[nodiscard]] QString explanation() const;
    };

    DocumentCatalogue() = delete;

    /** Every standard document, in the order people see them. */
    [[nodiscard]] static const QList<Document> &documents();
    /** Their keys, in the same order: what a new appointment starts with. */
    [[nodiscard]] static QStringList keys();
    /** The document with this key, or nothing: then the item is the citizen's own words. */
    [[nodiscard]] static std::optional<Document> find(QStringView key);
    /** What a stored item says in the current language: a document's name, or the own words. */
    [[nodiscard]] static QString displayName(const QString &item);
};

} // namespace mapje
