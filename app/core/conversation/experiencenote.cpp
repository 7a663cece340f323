#include "core/conversation/experiencenote.h"

namespace mapje {

std::optional<ExperienceNote> ExperienceNote::create(
    QString id, QString perspectiveId, QString domainId, const QString &text, QDateTime createdAt)
{
    if (id.isEmpty() || perspectiveId.isEmpty() || domainId.isEmpty())
        return std::nullopt;
    ExperienceNote note;
    if (!note.setText(text))
        return std::nullopt;
    note.m_id = std::move(id);
    note.m_perspectiveId = std::move(perspectiveId);
    note.m_domainId = std::move(domainId);
    note.m_createdAt = std::move(createdAt);
    return note;
}

bool ExperienceNote::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    m_text = trimmed;
    return true;
}

} // namespace mapje
