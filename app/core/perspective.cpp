#include "core/perspective.h"

#include <QtGlobal>

namespace mapje {

Perspective::Perspective(QString id, Kind kind, QString displayName)
    : m_id(std::move(id)), m_kind(kind), m_displayName(displayName.trimmed())
{
}

void Perspective::setDisplayName(const QString &displayName)
{
    m_displayName = displayName.trimmed();
}

QString Perspective::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Citizen:
        return QStringLiteral("citizen");
    case Kind::Close:
        return QStringLiteral("close");
    case Kind::Professional:
        return QStringLiteral("professional");
    case Kind::Peer:
        return QStringLiteral("peer");
    }
    Q_UNREACHABLE();
}

std::optional<Perspective::Kind> Perspective::kindFromKey(QStringView key)
{
    for (Kind kind : {Kind::Citizen, Kind::Close, Kind::Professional, Kind::Peer}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

const char *Perspective::kindLabelSource(Kind kind)
{
    switch (kind) {
    case Kind::Citizen:
        //: Label of the citizen's own fiche on the board.
        return QT_TRANSLATE_NOOP("Perspective", "Ik");
    case Kind::Close:
        //: Label of a fiche by a partner, mantelzorger or family member.
        return QT_TRANSLATE_NOOP("Perspective", "Iemand dicht bij mij");
    case Kind::Professional:
        //: Label of a fiche by a klantmanager, consulent or wijkwerker.
        return QT_TRANSLATE_NOOP("Perspective", "Hulpverlener");
    case Kind::Peer:
        //: Label of a fiche by a peer worker with lived experience.
        return QT_TRANSLATE_NOOP("Perspective", "Ervaringswerker");
    }
    Q_UNREACHABLE();
}

} // namespace mapje
