#include "ui/glossary/glossarycontroller.h"

#include "core/glossary.h"

namespace mapje {

namespace {
const QString kLinkPrefix = QStringLiteral("mapje:glossary/");
}

GlossaryController::GlossaryController(QObject *parent)
    : QObject(parent), m_entries(new GlossaryModel(this))
{
}

QVariantMap GlossaryController::entry(const QString &id) const
{
    const auto *entry = Glossary::find(id);
    if (!entry)
        return {};
    return {{QStringLiteral("key"), entry->id}, {QStringLiteral("word"), entry->word()},
        {QStringLiteral("explanation"), entry->explanation()},
        {QStringLiteral("meaning"), entry->meaning()},
        {QStringLiteral("whereToGo"), entry->whereToGo()}};
}

QString GlossaryController::linkify(const QString &text, const QString &exceptId) const
{
    QString html;
    qsizetype done = 0;
    for (const auto &match : Glossary::findTerms(text, exceptId)) {
        html += text.mid(done, match.position - done).toHtmlEscaped();
        html += QStringLiteral("<a href=\"") + kLinkPrefix + match.id + QStringLiteral("\">")
            + text.mid(match.position, match.length).toHtmlEscaped() + QStringLiteral("</a>");
        done = match.position + match.length;
    }
    html += text.mid(done).toHtmlEscaped();
    return html;
}

QVariantList GlossaryController::terms(const QString &text, const QString &exceptId) const
{
    QVariantList result;
    for (const auto &match : Glossary::findTerms(text, exceptId))
        result.append(QVariantMap {{QStringLiteral("key"), match.id},
            {QStringLiteral("word"), text.mid(match.position, match.length)}});
    return result;
}

void GlossaryController::retranslate()
{
    m_entries->retranslate();
    ++m_revision;
    emit retranslated();
}

} // namespace mapje
