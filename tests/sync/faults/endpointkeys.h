#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

/**
 * The Idempotency-Keys a running mapje-endpoint (SQLite) keeps, read from its own database file,
 * read-only, beside the running endpoint. The file is found from the endpoint's command line
 * (/proc) and its config, by the port it serves: EndpointFixture keeps its folder to itself.
 */
class EndpointKeys {
public:
    EndpointKeys();
    ~EndpointKeys();
    EndpointKeys(const EndpointKeys &) = delete;
    EndpointKeys &operator=(const EndpointKeys &) = delete;

    /** Finds and opens the database of the endpoint on port; false and why when it cannot. */
    bool open(int endpointPort, QString *why);

    struct Key {
        qint64 row = 0; ///< the order in which keys were claimed
        QString key;
        int status = 0; ///< 0: claimed, no answer yet (still running, or never finished)
        QByteArray answer; ///< the kept body of the first answer
    };
    /** Every key of one pairing's device requests (shares, withdrawals), in claim order; nothing
     * when the database did not answer. */
    [[nodiscard]] std::optional<QList<Key>> keysOfPairing(const QString &pairingId) const;

private:
    QString m_connection;
};
