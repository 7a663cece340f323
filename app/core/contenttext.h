#pragma once

#include <QByteArray>
#include <QString>

namespace mapje {

/**
 * A Dutch source text of Mapje's shipped content (app/core/content) and what Qt Linguist knows it
 * by: its context (kept by its catalogue), the source and the disambiguation, if any.
 */
struct ContentText {
    QByteArray source;
    QByteArray disambiguation;

    /** A source literal that outlives the text (QT_TRANSLATE_NOOP): not copied. */
    [[nodiscard]] static ContentText fromLiteral(const char *source);

    /** The text in the current language (the Dutch source when none is loaded). */
    [[nodiscard]] QString translated(const char *context) const;
};

} // namespace mapje
