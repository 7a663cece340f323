#include "core/appointment.h"

namespace mapje {

namespace {

QStringList cleaned(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

bool appendCleaned(QStringList &list, const QString &item)
{
    const QString trimmed = item.trimmed();
    if (trimmed.isEmpty())
        return false;
    list.append(trimmed);
    return true;
}

bool removeAtIfValid(QStringList &list, qsizetype index)
{
    if (index < 0 || index >= list.size())
        return false;
    list.removeAt(index);
    return true;
}

} // namespace

Appointment::Appointment(QString id, QDateTime when) : m_id(std::move(id)), m_when(std::move(when))
{
}

void Appointment::setMyQuestions(const QStringList &questions)
{
    m_myQuestions = cleaned(questions);
}

bool Appointment::addQuestion(const QString &question)
{
    return appendCleaned(m_myQuestions, question);
}

bool Appointment::removeQuestion(qsizetype index)
{
    return removeAtIfValid(m_myQuestions, index);
}

void Appointment::setToBring(const QStringList &items)
{
    m_toBring = cleaned(items);
}

bool Appointment::addToBring(const QString &item)
{
    return appendCleaned(m_toBring, item);
}

bool Appointment::removeToBring(qsizetype index)
{
    return removeAtIfValid(m_toBring, index);
}

} // namespace mapje
