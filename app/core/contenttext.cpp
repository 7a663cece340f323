#include "core/contenttext.h"

#include <QCoreApplication>

namespace mapje {

ContentText ContentText::fromLiteral(const char *source)
{
    return {QByteArray::fromRawData(source, qstrlen(source)), {}};
}

QString ContentText::translated(const char *context) const
{
    return QCoreApplication::translate(context, source.constData(),
        disambiguation.isEmpty() ? nullptr : disambiguation.constData());
}

} // namespace mapje
