#pragma once

#include "core/board.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mapje {

/**
 * The stored rows of one board as text, turned into a Board that skips whatever this version
 * does not know (a domain id, kind, feeling or wish key from a newer Mapje), so loading never fails
 * on it.
 */
class BoardRows {
public:
    struct PerspectiveRow {
        QString id;
        QString kind;
        QString displayName;
    };
    struct PlacementRow {
        QString perspectiveId;
        QString domainId;
        QString feeling;
        QString wish;
        QString note;
        bool hidden = false;
    };

    BoardRows() = default;
    explicit BoardRows(QString id, QString date, QString createdAt);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString createdAt() const { return m_createdAt; }
    /** The board's date; invalid when the stored text cannot be read. */
    [[nodiscard]] QDate date() const { return QDate::fromString(m_date, Qt::ISODate); }

    /** Rows are added in the order they are stored: the citizen's order, then list order. */
    void addDomain(const QString &domainId) { m_domains.append(domainId); }
    void addPerspective(PerspectiveRow row) { m_perspectives.append(std::move(row)); }
    void addPlacement(PlacementRow row) { m_placements.append(std::move(row)); }

    /** The board; nothing when its date or its citizen perspective cannot be read. */
    [[nodiscard]] std::optional<Board> toBoard() const;

private:
    QString m_id;
    QString m_date;
    QString m_createdAt;
    QStringList m_domains;
    QList<PerspectiveRow> m_perspectives;
    QList<PlacementRow> m_placements;
};

} // namespace mapje
