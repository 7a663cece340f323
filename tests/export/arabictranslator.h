#pragma once

#include <QTranslator>

/**
 * A stand-in for the Arabic translation of the export's fixed words (the real one lives in
 * translations/mapje_ar.ts). It shows that every fixed word goes through tr() and lets the
 * sample PDF read as an Arabic citizen would get it. Unknown texts come back empty, as Qt does.
 */
class ArabicTranslator : public QTranslator {
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char *context, const char *sourceText,
        const char *disambiguation, int n) const override;
};
