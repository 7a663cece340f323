#include "core/uuididgenerator.h"

#include <QUuid>

namespace mapje {

QString UuidIdGenerator::next()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace mapje
