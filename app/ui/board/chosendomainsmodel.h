#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <optional>

#include "core/board.h"

namespace mapje {

/** The domains the citizen chose, in the citizen's own order, each with all fiches placed on it. */
class ChosenDomainsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Board.chosen")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        IconRole,
        PlaceRole,
        FichesRole,
        CitizenFeelingRole,
        CitizenWishRole,
        CitizenNoteRole,
    };
    Q_ENUM(Role)

    explicit ChosenDomainsModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    /** Shows this board; a single move or a changed fiche updates rows instead of resetting. */
    void setBoard(const std::optional<Board> &board);
    void retranslate();

    /** The row of a domain id, or -1. */
    Q_INVOKABLE int rowOf(const QString &domainId) const;

signals:
    void countChanged();

private:
    std::optional<Board> m_board;
    QStringList m_ids;
};

} // namespace mapje
