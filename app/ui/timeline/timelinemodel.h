#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace mapje {

/**
 * Boards, goals and agreed moments on one line through time, newest first, in words and
 * pictures. It tells what happened and computes nothing: no scores, counts or trend lines.
 */
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from Timeline.entries")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /** One moment on the line; made by TimelineController. */
    struct Entry {
        QString key; ///< "<kind>:<id>", stable
        QString kind; ///< "board", "goal", "goalState", "checkIn", "checkInPlanned"
        QDate date;
        QString title;
        QString text; ///< the citizen's own words where there are some
        QList<QUrl> icons;
    };

    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        DateTextRole,
        TitleRole,
        TextRole,
        IconsRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

    /** Sorts newest first; on one day, the order the entries came in. */
    void setEntries(QList<Entry> entries);

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
};

} // namespace mapje
