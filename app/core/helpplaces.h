#pragma once

#include "core/contenttext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mapje {

/**
 * "Waar kan je terecht?": the kinds of places in the Netherlands that help with a life domain.
 * Named by kind, never by phone number or web address, so nothing goes stale. The places live in
 * app/core/content/helpplaces.json.
 */
class HelpPlaces {
public:
    /** Linguist context of all texts: QCoreApplication::translate(TranslationContext, source). */
    static constexpr const char *TranslationContext = "HelpPlace";

    /** The untranslated Dutch sources for one domain; empty when unknown. */
    [[nodiscard]] static QList<ContentText> sourcesFor(const QString &domainId);
    /** The same, translated into the current language. */
    [[nodiscard]] static QStringList placesFor(const QString &domainId);
};

} // namespace mapje
