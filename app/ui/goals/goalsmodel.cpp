#include "ui/goals/goalsmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include "storage/goalrows.h"
#include "ui/shared/assetpaths.h"
#include "ui/shared/domainnames.h"

namespace mapje {

GoalsModel::GoalsModel(QObject *parent) : QAbstractListModel(parent)
{
}

int GoalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

QVariant GoalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Goal &goal = m_goals.at(index.row());
    switch (role) {
    case KeyRole:
        return goal.id();
    case DomainIdRole:
        return goal.domainId();
    case DomainNameRole:
        return DomainNames::name(goal.domainId());
    case IconRole:
        return AssetPaths::domainIcon(goal.domainId());
    case OwnWordsRole:
    case Qt::DisplayRole:
        return goal.ownWords();
    case ByWhenTextRole:
        return goal.hasByWhen() ? QLocale().toString(goal.byWhen(), QLocale::LongFormat)
                                : QString();
    case WhoHelpsRole:
        return goal.whoHelps();
    case StateKeyRole:
        return Goal::stateKey(goal.state());
    case StateLabelRole:
        return QCoreApplication::translate(
            Goal::TranslationContext, Goal::stateLabelSource(goal.state()));
    case StepsRole: {
        // A short list for the card: the words and the tick, nothing counted.
        QVariantList steps;
        for (const Step &step : goal.steps()) {
            steps.append(QVariantMap {{QStringLiteral("key"), step.id()},
                {QStringLiteral("text"), step.text()}, {QStringLiteral("done"), step.isDone()}});
        }
        return steps;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalsModel::roleNames() const
{
    return {{KeyRole, "key"}, {DomainIdRole, "domainId"}, {DomainNameRole, "domainName"},
        {IconRole, "iconSource"}, {OwnWordsRole, "ownWords"}, {ByWhenTextRole, "byWhenText"},
        {WhoHelpsRole, "whoHelps"}, {StateKeyRole, "stateKey"}, {StateLabelRole, "stateLabel"},
        {StepsRole, "steps"}};
}

void GoalsModel::setGoals(const QList<Goal> &goals)
{
    const qsizetype before = m_goals.size();
    beginResetModel();
    m_goals = goals;
    endResetModel();
    emitSizeChanges(before);
}

void GoalsModel::updateGoal(const QString &id, const std::optional<Goal> &goal)
{
    const qsizetype before = m_goals.size();
    const int row = rowOf(id);
    if (row >= 0 && goal) {
        if (m_goals.at(row) != *goal) {
            m_goals[row] = *goal;
            emit dataChanged(index(row), index(row));
        }
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_goals.removeAt(row);
        endRemoveRows();
    } else if (goal) {
        int place = 0;
        while (place < m_goals.size() && !GoalRows::before(*goal, m_goals.at(place)))
            ++place;
        beginInsertRows({}, place, place);
        m_goals.insert(place, *goal);
        endInsertRows();
    }
    emitSizeChanges(before);
}

void GoalsModel::emitSizeChanges(qsizetype before)
{
    if (before == m_goals.size())
        return;
    emit countChanged();
    if ((before == 0) != m_goals.isEmpty())
        emit isEmptyChanged();
}

void GoalsModel::retranslate()
{
    if (!m_goals.isEmpty())
        emit dataChanged(index(0), index(int(m_goals.size()) - 1));
}

int GoalsModel::rowOf(const QString &goalId) const
{
    for (int row = 0; row < m_goals.size(); ++row) {
        if (m_goals.at(row).id() == goalId)
            return row;
    }
    return -1;
}

} // namespace mapje
