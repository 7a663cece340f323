#include "ui/glossary/glossarymodel.h"

#include "core/glossary.h"

#include <algorithm>

namespace mapje {

GlossaryModel::GlossaryModel(QObject *parent) : QAbstractListModel(parent)
{
    rebuild();
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &entry = Glossary::entries().at(m_rows.at(index.row()));
    switch (role) {
    case KeyRole:
        return entry.id;
    case WordRole:
    case Qt::DisplayRole:
        return entry.word();
    case ExplanationRole:
        return entry.explanation();
    case MeaningRole:
        return entry.meaning();
    case WhereToGoRole:
        return entry.whereToGo();
    default:
        return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    return {{KeyRole, "key"}, {WordRole, "word"}, {ExplanationRole, "explanation"},
        {MeaningRole, "meaning"}, {WhereToGoRole, "whereToGo"}};
}

void GlossaryModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    emit filterChanged();
}

void GlossaryModel::retranslate()
{
    rebuild();
}

void GlossaryModel::rebuild()
{
    const QString wanted = m_filter.trimmed();
    const auto &entries = Glossary::entries();
    QList<int> rows;
    for (int i = 0; i < entries.size(); ++i) {
        const auto &entry = entries.at(i);
        if (wanted.isEmpty() || entry.word().contains(wanted, Qt::CaseInsensitive)
            || entry.explanation().contains(wanted, Qt::CaseInsensitive)
            || entry.forms.filter(wanted, Qt::CaseInsensitive).size() > 0)
            rows.append(i);
    }
    // Alphabetical in the language shown, so a word is found where a reader looks for it.
    std::stable_sort(rows.begin(), rows.end(), [&entries](int a, int b) {
        return entries.at(a).word().compare(entries.at(b).word(), Qt::CaseInsensitive) < 0;
    });
    const int before = count();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != count())
        emit countChanged();
}

} // namespace mapje
