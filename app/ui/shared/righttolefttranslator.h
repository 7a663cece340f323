#pragma once

#include <QTranslator>

namespace mapje {

/** A translator for the language the citizen chose that, for a right-to-left language, starts
 * every translation with a right-to-left mark. A paragraph takes its direction from its first
 * letter: without the mark "Awb (القانون الإداري العام)", "Mapje يحتاج إلى تحديث" or "%1 يقول"
 * with a Latin name filled in would be laid out left to right, the Latin word at the left and
 * the Arabic words in the wrong order. The mark itself is invisible and is not read aloud. */
class RightToLeftTranslator : public QTranslator {
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    void setRightToLeft(bool rightToLeft) { m_rightToLeft = rightToLeft; }

    [[nodiscard]] QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;

private:
    bool m_rightToLeft = false;
};

} // namespace mapje
