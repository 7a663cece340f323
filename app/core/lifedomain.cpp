#include "core/lifedomain.h"

#include <QCoreApplication>

namespace mapje {

LifeDomain::LifeDomain(
    QString id, const char *name, const char *explanation, QList<const char *> questions)
    : m_id(std::move(id)),
      m_name(name),
      m_explanation(explanation),
      m_questions(std::move(questions))
{
}

QString LifeDomain::name() const
{
    return QCoreApplication::translate(TranslationContext, m_name);
}

QString LifeDomain::explanation() const
{
    return QCoreApplication::translate(TranslationContext, m_explanation);
}

QStringList LifeDomain::questions() const
{
    QStringList result;
    result.reserve(m_questions.size());
    for (const char *question : m_questions)
        result.append(QCoreApplication::translate(TranslationContext, question));
    return result;
}

} // namespace mapje
