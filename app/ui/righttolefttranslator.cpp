#include "ui/righttolefttranslator.h"

namespace {
const QChar kRightToLeftMark(0x200F);
}

QString RightToLeftTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (m_rightToLeft && startsLeftToRight(text))
        text.prepend(kRightToLeftMark);
    return text;
}

bool RightToLeftTranslator::startsLeftToRight(const QString &text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            return true;
        case QChar::DirR:
        case QChar::DirAL:
            return false;
        default:
            break;
        }
    }
    return false;
}
