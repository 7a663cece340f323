#include "core/placement.h"

#include <QtGlobal>

namespace mapje {

Placement::Placement(QString perspectiveId, QString domainId, Feeling feeling, WishToChange wish,
    const QString &note)
    : m_perspectiveId(std::move(perspectiveId)),
      m_domainId(std::move(domainId)),
      m_feeling(feeling),
      m_wish(wish),
      m_note(note.trimmed())
{
}

void Placement::setNote(const QString &note)
{
    m_note = note.trimmed();
}

QString Placement::feelingKey(Feeling feeling)
{
    switch (feeling) {
    case Feeling::Happy:
        return QStringLiteral("happy");
    case Feeling::Sad:
        return QStringLiteral("sad");
    case Feeling::Unsure:
        return QStringLiteral("unsure");
    case Feeling::Unanswered:
        return QStringLiteral("unanswered");
    }
    Q_UNREACHABLE();
}

std::optional<Placement::Feeling> Placement::feelingFromKey(QStringView key)
{
    for (Feeling feeling : {Feeling::Happy, Feeling::Sad, Feeling::Unsure, Feeling::Unanswered}) {
        if (feelingKey(feeling) == key)
            return feeling;
    }
    return std::nullopt;
}

QString Placement::wishKey(WishToChange wish)
{
    switch (wish) {
    case WishToChange::Yes:
        return QStringLiteral("yes");
    case WishToChange::No:
        return QStringLiteral("no");
    case WishToChange::NotYet:
        return QStringLiteral("notYet");
    case WishToChange::Unanswered:
        return QStringLiteral("unanswered");
    }
    Q_UNREACHABLE();
}

std::optional<Placement::WishToChange> Placement::wishFromKey(QStringView key)
{
    for (WishToChange wish :
        {WishToChange::Yes, WishToChange::No, WishToChange::NotYet, WishToChange::Unanswered}) {
        if (wishKey(wish) == key)
            return wish;
    }
    return std::nullopt;
}

const char *Placement::feelingLabelSource(Feeling feeling)
{
    switch (feeling) {
    case Feeling::Happy:
        //: A happy face on a fiche.
        return QT_TRANSLATE_NOOP("Placement", "Blij");
    case Feeling::Sad:
        //: A sad face on a fiche.
        return QT_TRANSLATE_NOOP("Placement", "Verdrietig");
    case Feeling::Unsure:
        //: The person does not know yet how it feels.
        return QT_TRANSLATE_NOOP("Placement", "Weet ik niet");
    case Feeling::Unanswered:
        return "";
    }
    Q_UNREACHABLE();
}

const char *Placement::wishLabelSource(WishToChange wish)
{
    switch (wish) {
    case WishToChange::Yes:
        //: Answer to "Wil je hier iets veranderen?"
        return QT_TRANSLATE_NOOP("Placement", "Ja");
    case WishToChange::No:
        //: Answer to "Wil je hier iets veranderen?"
        return QT_TRANSLATE_NOOP("Placement", "Nee");
    case WishToChange::NotYet:
        //: Answer to "Wil je hier iets veranderen?"
        return QT_TRANSLATE_NOOP("Placement", "Weet ik nog niet");
    case WishToChange::Unanswered:
        return "";
    }
    Q_UNREACHABLE();
}

} // namespace mapje
