#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QList>
#include <QSignalSpy>
#include <QStringList>

// What the model tests check on every model: its signals, its role names, and the rules of
// QAbstractItemModelTester while real changes go through a controller.
namespace modelchecks {

/** Words that would make a role about the person into a value (docs/principles.md: no scores). */
inline const QStringList ForbiddenWords {QStringLiteral("score"), QStringLiteral("count"),
    QStringLiteral("total"), QStringLiteral("rank"), QStringLiteral("index"),
    QStringLiteral("risk"), QStringLiteral("trend"), QStringLiteral("average"),
    QStringLiteral("level"), QStringLiteral("value")};

/** The first of the forbidden words that name contains, in any case; empty when there is none. */
inline QString forbiddenWordIn(const QString &name)
{
    for (const QString &word : ForbiddenWords) {
        if (name.contains(word, Qt::CaseInsensitive))
            return word;
    }
    return {};
}

/** Every structural signal of a model, so a test can say "only dataChanged happened". */
struct StructureSpies {
    explicit StructureSpies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset),
          inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          moved(model, &QAbstractItemModel::rowsMoved),
          layout(model, &QAbstractItemModel::layoutChanged),
          data(model, &QAbstractItemModel::dataChanged)
    {
    }
    [[nodiscard]] int structural() const
    {
        return int(reset.size() + inserted.size() + removed.size() + moved.size() + layout.size());
    }
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy layout;
    QSignalSpy data;
};

/**
 * A QAbstractItemModelTester on each model, whose broken rules fail the running test; each tester
 * is a child of parent, or of its own model when parent is null. The caller deletes them.
 */
inline QList<QAbstractItemModelTester *> watch(
    const QList<QAbstractItemModel *> &models, QObject *parent = nullptr)
{
    QList<QAbstractItemModelTester *> testers;
    for (QAbstractItemModel *model : models) {
        testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, parent ? parent : model);
    }
    return testers;
}

} // namespace modelchecks
