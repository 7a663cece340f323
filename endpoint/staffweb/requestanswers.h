#pragma once

#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace mapje::endpoint {

/**
 * Which new proposal from the staff page answered a request for another moment (the column
 * verzoeken.beantwoord_met). A request without one is open: a to-do for the professional. The
 * API's requests (GET /v1/koppelingen/{id}/verzoeken) do not show it.
 */
class RequestAnswers {
public:
    explicit RequestAnswers(const Database &database) : m_database(database) { }

    /** Notes that proposalId answered requestId of this pairing; false when there is no such
     * request. */
    [[nodiscard]] bool answer(
        const QString &pairingId, const QString &requestId, const QString &proposalId) const;
    /** The answered requests of one pairing: request id to the id of the proposal that answered
     * it. */
    [[nodiscard]] QHash<QString, QString> ofPairing(const QString &pairingId) const;
    /** The pairings of this staff member with at least one open request. */
    [[nodiscard]] QSet<QString> pairingsWaiting(const QString &staff) const;

private:
    const Database &m_database;
};

} // namespace mapje::endpoint
