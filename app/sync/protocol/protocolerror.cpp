#include "sync/protocol/protocolerror.h"

namespace mapje::protocol {

QString ProtocolError::detail() const
{
    const QString where
        = field.isEmpty() ? QStringLiteral("De body") : QStringLiteral("Het veld %1").arg(field);
    switch (kind) {
    case Kind::TooLarge:
        return QStringLiteral("De body is groter dan hier mag.");
    case Kind::NotJson:
        return QStringLiteral("De body is geen geldig JSON-object.");
    case Kind::TooDeep:
        return QStringLiteral("De body is dieper genest dan hier mag.");
    case Kind::DuplicateKey:
        return QStringLiteral("%1 komt twee keer voor.").arg(where);
    case Kind::UnknownVersion:
        return QStringLiteral(
            "Deze versie van het formaat kennen we niet; alleen versie 1 bestaat.");
    case Kind::MissingField:
        return QStringLiteral("%1 ontbreekt.").arg(where);
    case Kind::WrongType:
        return QStringLiteral("%1 heeft het verkeerde type.").arg(where);
    case Kind::UnknownField:
        return QStringLiteral("%1 bestaat niet in deze versie.").arg(where);
    case Kind::BadValue:
        return QStringLiteral("%1 heeft een waarde die hier niet mag.").arg(where);
    }
    return QStringLiteral("De body klopt niet.");
}

} // namespace mapje::protocol
