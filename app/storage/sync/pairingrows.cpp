#include "storage/sync/pairingrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storedtime.h"

namespace mapje {

SqliteResult PairingRows::write(SqliteDatabase &db, const Pairing &pairing)
{
    SqliteStatement row = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_pairing (id, pairing_id, municipality, endpoint,"
        " device_token, paired_at, appointments_cursor, moments_cursor, ending)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    row.bind(1, Id)
        .bind(2, pairing.pairingId)
        .bind(3, pairing.municipality)
        .bind(4, QString::fromUtf8(pairing.endpoint.toEncoded()))
        .bindBlob(5, pairing.deviceToken)
        .bind(6, StoredTime::text(pairing.pairedAt))
        .bind(7, pairing.appointmentsCursor)
        .bind(8, pairing.momentsCursor)
        .bind(9, qint64(pairing.ending ? 1 : 0));
    return row.run();
}

SqliteResult PairingRows::remove(SqliteDatabase &db, const QString &id)
{
    return RecordSql::deleteRows(db, QStringLiteral("sync_pairing"), QStringLiteral("id"), id);
}

SqliteResult PairingRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<Pairing> *pairings)
{
    QList<Pairing> found;
    // SqliteStatement reads text only: the token comes as hex, so no byte is lost on the way.
    const SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT pairing_id, municipality, endpoint, hex(device_token), paired_at,"
                       " appointments_cursor, moments_cursor, ending FROM sync_pairing"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            Pairing pairing;
            pairing.pairingId = row.columnText(0);
            pairing.municipality = row.columnText(1);
            pairing.endpoint = QUrl::fromEncoded(row.columnText(2).toUtf8(), QUrl::StrictMode);
            pairing.deviceToken = QByteArray::fromHex(row.columnText(3).toLatin1());
            pairing.pairedAt = StoredTime::dateTime(row.columnText(4));
            pairing.appointmentsCursor = row.columnText(5);
            pairing.momentsCursor = row.columnText(6);
            pairing.ending = row.columnInt64(7) != 0;
            found.append(std::move(pairing));
        });
    if (result.ok())
        *pairings = std::move(found);
    return result;
}

} // namespace mapje
