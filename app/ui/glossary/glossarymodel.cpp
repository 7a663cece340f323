#include "ui/glossary/glossarymodel.h"

#include "core/glossary.h"

#include <algorithm>

namespace mapje {

GlossaryModel::GlossaryModel(QObject *parent) : QAbstractListModel(parent)
{
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int GlossaryModel::count() const
{
    return int(rows().size());
}

const QList<int> &GlossaryModel::rows() const
{
    // Read the first time a page asks, not at start-up: the first page needs no glossary.
    if (!m_rows)
        m_rows = wantedRows();
    return *m_rows;
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &entry = Glossary::entries().at(rows().at(index.row()));
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

QList<int> GlossaryModel::wantedRows() const
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
    return rows;
}

void GlossaryModel::rebuild()
{
    // Nobody has read the rows yet: they are made when first asked for.
    if (!m_rows)
        return;
    const int before = count();
    beginResetModel();
    m_rows = wantedRows();
    endResetModel();
    if (before != count())
        emit countChanged();
}

} // namespace mapje
