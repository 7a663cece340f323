#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace mapje {

/** The glossary words for the "Moeilijke woorden" page, narrowed by what the citizen searches. */
class GlossaryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Glossary.entries")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        WordRole,
        ExplanationRole,
        MeaningRole,
        WhereToGoRole,
    };
    Q_ENUM(Role)

    explicit GlossaryModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString filter() const { return m_filter; }
    /** Keeps the words whose word or explanation, in the current language, holds this text. */
    void setFilter(const QString &filter);
    [[nodiscard]] int count() const;

    /** The language changed: the order and the filter follow the new words. */
    void retranslate();

signals:
    void filterChanged();
    void countChanged();

private:
    /** The rows shown, made when first asked for. */
    [[nodiscard]] const QList<int> &rows() const;
    [[nodiscard]] QList<int> wantedRows() const;
    void rebuild();

    QString m_filter;
    // Indexes into Glossary::entries(), in the order shown; nothing until a page asks.
    mutable std::optional<QList<int>> m_rows;
};

} // namespace mapje
