#include "core/appointment.h"

#include "core/clock.h"

namespace mapje {

Appointment::Appointment(QString id, QDateTime when) : m_id(std::move(id)), m_when(std::move(when))
{
}

QDate Appointment::day(const QTimeZone &zone) const
{
    return m_day.isValid() ? m_day : m_when.toTimeZone(zone).date();
}

QDateTime Appointment::startsAt(const QTimeZone &zone) const
{
    if (!m_day.isValid())
        return m_when;
    return QDateTime(m_day, QTime(0, 0), zone).toUTC();
}

bool Appointment::hasPassed(const Clock &clock, const QTimeZone &zone) const
{
    if (m_day.isValid())
        return QDateTime(m_day.addDays(1), QTime(0, 0), zone) <= clock.now();
    return m_when.isValid() && m_when <= clock.now();
}

QStringList Appointment::myQuestions() const
{
    QStringList texts;
    texts.reserve(m_questions.size());
    for (const Question &question : m_questions)
        texts.append(question.text);
    return texts;
}

QStringList Appointment::pickedSuggestions() const
{
    QStringList keys;
    for (const Question &question : m_questions) {
        if (!question.suggestionKey.isEmpty())
            keys.append(question.suggestionKey);
    }
    return keys;
}

QStringList Appointment::packed() const
{
    QStringList result;
    for (const QString &item : m_toBring) {
        if (m_packed.contains(item))
            result.append(item);
    }
    return result;
}

void Appointment::setMyQuestions(const QStringList &questions)
{
    m_questions.clear();
    for (const QString &question : questions)
        (void)addQuestion(question);
}

bool Appointment::addQuestion(const QString &question, const QString &suggestionKey)
{
    const QString trimmed = question.trimmed();
    if (trimmed.isEmpty())
        return false;
    m_questions.append({trimmed, suggestionKey});
    return true;
}

bool Appointment::setQuestionText(qsizetype index, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (index < 0 || index >= m_questions.size() || trimmed.isEmpty())
        return false;
    m_questions[index].text = trimmed;
    return true;
}

bool Appointment::removeQuestion(qsizetype index)
{
    if (index < 0 || index >= m_questions.size())
        return false;
    m_questions.removeAt(index);
    return true;
}

bool Appointment::moveQuestion(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= m_questions.size() || to < 0 || to >= m_questions.size())
        return false;
    m_questions.move(from, to);
    return true;
}

void Appointment::setToBring(const QStringList &items)
{
    m_toBring.clear();
    for (const QString &item : items)
        (void)addToBring(item);
    m_packed = packed();
}

bool Appointment::addToBring(const QString &item)
{
    const QString trimmed = item.trimmed();
    if (trimmed.isEmpty() || m_toBring.contains(trimmed))
        return false;
    m_toBring.append(trimmed);
    return true;
}

bool Appointment::removeToBring(qsizetype index)
{
    if (index < 0 || index >= m_toBring.size())
        return false;
    m_packed.removeAll(m_toBring.takeAt(index));
    return true;
}

bool Appointment::setPacked(const QString &item, bool packed)
{
    if (!m_toBring.contains(item))
        return false;
    m_packed.removeAll(item);
    if (packed)
        m_packed.append(item);
    // Kept in the list's order, so two appointments with the same ticks compare equal.
    m_packed = this->packed();
    return true;
}

} // namespace mapje
