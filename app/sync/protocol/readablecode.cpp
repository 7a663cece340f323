#include "sync/protocol/readablecode.h"

namespace mapje::protocol {

QString ReadableCode::normalised(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!Alphabet.contains(upper))
            return {};
        code += upper;
    }
    return code.size() == Length ? code : QString();
}

} // namespace mapje::protocol
