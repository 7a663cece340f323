#pragma once

#include <QList>
#include <QString>

namespace mapje {

/**
 * "Waar kan je terecht?": the kinds of places in the Netherlands that help with a life domain.
 * Named by kind, never by phone number or web address, so nothing goes stale.
 */
class HelpPlaces {
public:
    /** The untranslated Dutch sources (context "HelpPlace") for one domain; empty when unknown. */
    [[nodiscard]] static QList<const char *> sourcesFor(const QString &domainId);
    /** The same, translated into the current language. */
    [[nodiscard]] static QStringList placesFor(const QString &domainId);
};

} // namespace mapje
