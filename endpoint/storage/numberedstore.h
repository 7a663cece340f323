#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mapje::endpoint {

/**
 * Rows of one pairing read with a cursor: afspraken and momenten (table "voorstellen", with a
 * kind) and verzoeken (table "verzoeken"). Each row is its JSON as the API shows it, with a
 * number from a sequence taken in the row's own transaction.
 */
class NumberedStore {
public:
    NumberedStore(const Database &database, QString table, QString sequence)
        : m_database(database), m_table(std::move(table)), m_sequence(std::move(sequence))
    {
    }

    struct Row {
        qint64 number = 0;
        QString id;
        QByteArray json;
    };

    /** Adds a row; its number, or -1 when the database refused. kind only for "voorstellen". */
    [[nodiscard]] qint64 add(const QString &pairingId, const QString &id, const QString &kind,
        const QByteArray &json) const;
    /** The rows after a number, at most limit + 1 (the one more says whether there is more). */
    [[nodiscard]] QList<Row> after(
        const QString &pairingId, const QString &kind, qint64 number, int limit) const;
    /** Whether this pairing has a row with this id (and kind). */
    [[nodiscard]] bool has(const QString &pairingId, const QString &kind, const QString &id) const;

private:
    [[nodiscard]] QString kindClause(const QString &kind) const;

    const Database &m_database;
    QString m_table;
    QString m_sequence;
};

} // namespace mapje::endpoint
