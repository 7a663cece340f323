#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mapje {

/**
 * An appointment or an agreed moment the municipality proposed. Nothing joins her agenda until
 * she accepts it; then localId names the appointment or check-in it became.
 */
struct Proposal {
    enum class Kind { Appointment, Moment };
    enum class State { New, Accepted, Dismissed };
    QString id; ///< the endpoint's id
    Kind kind = Kind::Appointment;
    QDateTime begin;
    QDateTime end; ///< invalid when not given
    QString where;
    QString withWhom;
    QString subject; ///< appointments only
    QStringList bring; ///< appointments only
    QDateTime proposedAt;
    QDateTime receivedAt;
    State state = State::New;
    QString localId;
    friend bool operator==(const Proposal &, const Proposal &) = default;
};

/** "Ik kan niet komen": a request for another moment, kept until the endpoint has it. */
struct RescheduleRequest {
    QString id;
    QString proposalId; ///< the endpoint's appointment id
    QString message; ///< in her own words; may be empty
    QString idempotencyKey;
    QDateTime createdAt;
    QDateTime sentAt; ///< invalid until the endpoint confirmed it
    int attempts = 0;
    QDateTime nextAttemptAt;
    friend bool operator==(const RescheduleRequest &, const RescheduleRequest &) = default;
};

} // namespace mapje
