#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

#include "core/board.h"

namespace mapje {

/** Everyone with a view on this board: the citizen first, then the people the citizen added. */
class PerspectivesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Board.perspectives")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        DisplayNameRole,
        IsCitizenRole,
        FicheRole
    };
    Q_ENUM(Role)

    explicit PerspectivesModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    void setBoard(const std::optional<Board> &board);
    void retranslate();

signals:
    void countChanged();

private:
    QList<Perspective> m_perspectives;
};

} // namespace mapje
