#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include "core/board.h"

namespace mapje {

/**
 * Earlier boards side by side, newest first, in pictures and words ("Op 3 maart koos je …").
 * It shows what the citizen chose and felt, and computes nothing: no trends, no counts.
 */
class BoardHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Board.history")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)

public:
    enum Role { KeyRole = Qt::UserRole + 1, DateRole, DateTextRole, SummaryRole, DomainsRole };
    Q_ENUM(Role)

    explicit BoardHistoryModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    [[nodiscard]] bool hasMore() const { return m_boards.size() > m_shown; }
    /** The newest boards come first; older ones join the list a dozen at a time. */
    Q_INVOKABLE void showMore();

    void setBoards(QList<Board> boards);
    /** One board changed or was added: only its row changes, so a tap never reloads the history. */
    void updateBoard(const Board &board);
    void retranslate();

signals:
    void countChanged();

private:
    // Sixty cards of pictures take long to draw, and a worried person wants the page at once.
    static constexpr int kPageSize = 12;
    QList<Board> m_boards;
    int m_shown = kPageSize;
};

} // namespace mapje
