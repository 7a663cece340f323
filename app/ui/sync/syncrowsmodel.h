#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mapje {

/**
 * The rows of one sync list ("Wat heb ik gedeeld?", the history, the proposals), each already in
 * words: the controller decides, this only shows. Roles are the rows' keys, fixed per model.
 */
class SyncRowsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Sync")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    SyncRowsModel(const QList<QByteArray> &roles, QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    /** New rows; a list of the same length changes in place, so a focused row keeps its focus. */
    void setRows(const QList<QVariantMap> &rows);

signals:
    void countChanged();

private:
    QHash<int, QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace mapje
