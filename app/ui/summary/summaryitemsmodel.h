#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include "ui/summary/summaryitem.h"

namespace mapje {

/** The parts the citizen can put in their mapje, each with whether it is in; or only those in. */
class SummaryItemsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Summary.items or Summary.shown")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        DetailRole,
        IncludedRole,
        NestedRole,
        IconSourceRole,
        FaceSourceRole,
        StartsSectionRole,
        LinesRole,
    };
    Q_ENUM(Role)

    explicit SummaryItemsModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] const QList<SummaryItem> &items() const { return m_items; }
    /** One row as a map of its roles (title, detail, iconSource, faceSource, …); empty when none.
     */
    Q_INVOKABLE QVariantMap at(int row) const;

    /** Same keys in the same order: only the changed rows are told, so a switch keeps focus. */
    void setItems(QList<SummaryItem> items);

signals:
    void countChanged();

private:
    QList<SummaryItem> m_items;
};

} // namespace mapje
