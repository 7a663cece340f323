#include "core/lifedomain.h"

namespace mapje {

namespace {
QList<ContentText> fromLiterals(const QList<const char *> &sources)
{
    QList<ContentText> texts;
    texts.reserve(sources.size());
    for (const char *source : sources)
        texts.append(ContentText::fromLiteral(source));
    return texts;
}
} // namespace

LifeDomain::LifeDomain(
    QString id, const char *name, const char *explanation, QList<const char *> questions)
    : LifeDomain(std::move(id), ContentText::fromLiteral(name),
        ContentText::fromLiteral(explanation), fromLiterals(questions))
{
}

LifeDomain::LifeDomain(
    QString id, ContentText name, ContentText explanation, QList<ContentText> questions)
    : m_id(std::move(id)),
      m_name(std::move(name)),
      m_explanation(std::move(explanation)),
      m_questions(std::move(questions))
{
}

QList<const char *> LifeDomain::questionSources() const
{
    QList<const char *> sources;
    sources.reserve(m_questions.size());
    for (const ContentText &question : m_questions)
        sources.append(question.source.constData());
    return sources;
}

QString LifeDomain::name() const
{
    return m_name.translated(TranslationContext);
}

QString LifeDomain::explanation() const
{
    return m_explanation.translated(TranslationContext);
}

QStringList LifeDomain::questions() const
{
    QStringList result;
    result.reserve(m_questions.size());
    for (const ContentText &question : m_questions)
        result.append(question.translated(TranslationContext));
    return result;
}

} // namespace mapje
