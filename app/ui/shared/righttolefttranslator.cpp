#include "ui/shared/righttolefttranslator.h"

namespace mapje {

namespace {
const QChar kRightToLeftMark(0x200F);
}

QString RightToLeftTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (m_rightToLeft && !text.isEmpty() && !text.startsWith(kRightToLeftMark))
        text.prepend(kRightToLeftMark);
    return text;
}

} // namespace mapje
