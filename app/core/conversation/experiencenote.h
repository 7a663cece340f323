#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace mapje {

/**
 * "Wat mij hielp": what an ervaringswerker tells from their own life on one of the citizen's
 * chosen domains, labelled as theirs; their experience, not advice about the citizen. It is the
 * citizen's to keep or remove like any fiche (Board::mayAddExperience says who may add one).
 */
class ExperienceNote {
public:
    /** Nothing when the words are empty: a note is someone's words. Only surrounding white
     * space is trimmed. */
    [[nodiscard]] static std::optional<ExperienceNote> create(QString id, QString perspectiveId,
        QString domainId, const QString &text, QDateTime createdAt);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString perspectiveId() const { return m_perspectiveId; }
    [[nodiscard]] QString domainId() const { return m_domainId; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QDateTime createdAt() const { return m_createdAt; }
    /** New words from the same person; empty words are refused (remove the note instead). */
    [[nodiscard]] bool setText(const QString &text);

    friend bool operator==(const ExperienceNote &, const ExperienceNote &) = default;

private:
    ExperienceNote() = default;

    QString m_id;
    QString m_perspectiveId;
    QString m_domainId;
    QString m_text;
    QDateTime m_createdAt;
};

} // namespace mapje
