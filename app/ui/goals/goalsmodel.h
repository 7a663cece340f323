#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>
#include <optional>

#include "core/goal.h"

namespace mapje {

/**
 * The citizen's goals as cards, in the order they wrote them: domain, own words, by when, who
 * helps, the state in words and the steps with their ticks. No numbers about the person.
 */
class GoalsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Goals.goals")
    Q_PROPERTY(bool isEmpty READ isEmpty NOTIFY isEmptyChanged)
    /** How many goals there are, for a page to know whether to show the list; never shown. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        DomainIdRole,
        DomainNameRole,
        IconRole,
        OwnWordsRole,
        ByWhenTextRole,
        WhoHelpsRole,
        StateKeyRole,
        StateLabelRole,
        StepsRole,
    };
    Q_ENUM(Role)

    explicit GoalsModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isEmpty() const { return m_goals.isEmpty(); }
    [[nodiscard]] int count() const { return int(m_goals.size()); }

    /** Shows these goals, in this order (a new vault, or the vault closed). */
    void setGoals(const QList<Goal> &goals);
    /**
     * One goal changed, came or (nullopt) went: its row changes, is inserted at its place in the
     * writing order, or is removed; no reset, so a card being read keeps its place.
     */
    void updateGoal(const QString &id, const std::optional<Goal> &goal);
    /** The language changed: every text role changes. */
    void retranslate();

    /** The row of a goal id, or -1. */
    Q_INVOKABLE int rowOf(const QString &goalId) const;

signals:
    void isEmptyChanged();
    void countChanged();

private:
    void emitSizeChanges(qsizetype before);

    QList<Goal> m_goals;
};

} // namespace mapje
