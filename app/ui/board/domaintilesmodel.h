#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace mapje {

/** The fourteen leefgebieden as tiles to choose from, each saying whether the citizen chose it. */
class DomainTilesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Board.tiles")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        ExplanationRole,
        IconRole,
        ChosenRole,
        QuestionsRole,
        HelpPlacesRole,
    };
    Q_ENUM(Role)

    explicit DomainTilesModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Marks the tiles of these domain ids as chosen, the rest as not. */
    void setChosen(const QStringList &chosen);
    /** The language changed: every text role changes. */
    void retranslate();

private:
    QStringList m_chosen;
};

} // namespace mapje
