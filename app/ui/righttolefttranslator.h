#pragma once

#include <QTranslator>

/** A translator for the language the citizen chose that, for a right-to-left language, starts
 * every translation whose first letter is Latin ("Awb (القانون الإداري العام)", "Mapje يحتاج
 * إلى تحديث") with a right-to-left mark. Without it the text would be laid out as a
 * left-to-right paragraph: the Latin word at the left and the Arabic words in the wrong order. */
class RightToLeftTranslator : public QTranslator {
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    void setRightToLeft(bool rightToLeft) { m_rightToLeft = rightToLeft; }

    [[nodiscard]] QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;

    /** Whether the first letter with a direction of its own reads left to right. */
    [[nodiscard]] static bool startsLeftToRight(const QString &text);

private:
    bool m_rightToLeft = false;
};
