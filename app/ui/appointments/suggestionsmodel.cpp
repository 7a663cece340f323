#include "ui/appointments/suggestionsmodel.h"

#include <QStringList>

namespace mapje {

namespace {

QStringList keysOf(const QList<SuggestionsModel::Suggestion> &suggestions)
{
    QStringList keys;
    for (const SuggestionsModel::Suggestion &suggestion : suggestions)
        keys.append(suggestion.key);
    return keys;
}

} // namespace

SuggestionsModel::SuggestionsModel(QObject *parent) : ListRows(parent)
{
}

int SuggestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

QVariant SuggestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &suggestion = m_suggestions.at(index.row());
    switch (role) {
    case KeyRole:
        return suggestion.key;
    case Qt::DisplayRole:
    case TextRole:
        return suggestion.text;
    case ExplanationRole:
        return suggestion.explanation;
    default:
        return {};
    }
}

QHash<int, QByteArray> SuggestionsModel::roleNames() const
{
    return {{KeyRole, "key"}, {TextRole, "text"}, {ExplanationRole, "explanation"}};
}

void SuggestionsModel::setSuggestions(QList<Suggestion> suggestions)
{
    if (suggestions == m_suggestions)
        return;
    const qsizetype countBefore = m_suggestions.size();
    replaceRows(between(keysOf(m_suggestions), keysOf(suggestions)),
        [&] { m_suggestions = std::move(suggestions); });
    if (countBefore != m_suggestions.size())
        emit countChanged();
}

} // namespace mapje
