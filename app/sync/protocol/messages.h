#pragma once

#include "sync/protocol/protocolerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace mapje::protocol {

/** The bodies of docs/api/openapi.yaml, version 1, as C++ values. Field names are the API's. */

/** KoppelingAanvraag: the code the citizen typed. */
struct PairingRequest {
    QString code;
    friend bool operator==(const PairingRequest &, const PairingRequest &) = default;
};
/** NieuweKoppeling: the device token, shown once. */
struct NewPairing {
    QString pairingId;
    QString municipality;
    QDateTime pairedAt;
    QString deviceToken;
    friend bool operator==(const NewPairing &, const NewPairing &) = default;
};
/** KoppelcodeAanvraag (staff). */
struct PairingCodeRequest {
    QString label;
    int validMinutes = 1440;
    friend bool operator==(const PairingCodeRequest &, const PairingCodeRequest &) = default;
};
/** AfspraakVoorstel (staff) and Afspraak (with id and when it was proposed). */
struct Appointment {
    QString id; ///< empty in a proposal
    QDateTime begin;
    QDateTime end; ///< invalid when not given
    QString where;
    QString withWhom;
    QString subject;
    QStringList bring;
    QDateTime proposedAt; ///< invalid in a proposal
    friend bool operator==(const Appointment &, const Appointment &) = default;
};
/** MomentVoorstel (staff) and Moment. */
struct Moment {
    QString id;
    QDateTime at;
    QString where;
    QString withWhom;
    QDateTime proposedAt;
    friend bool operator==(const Moment &, const Moment &) = default;
};
/** VerzoekAanvraag: "Ik kan niet komen", with a message in her own words or none. */
struct RescheduleRequest {
    QString appointmentId;
    QString message;
    friend bool operator==(const RescheduleRequest &, const RescheduleRequest &) = default;
};

/** One person's fiche on a shared board: a face and a wish, never a number. */
struct SharedFiche {
    QString role; ///< ik, naaste, professional, ervaringswerker
    QString name;
    QString feeling; ///< blij, verdrietig, weet-ik-niet, geen-antwoord
    QString wish; ///< ja, nee, nog-niet, geen-antwoord
    QString note;
    friend bool operator==(const SharedFiche &, const SharedFiche &) = default;
};
struct SharedDomain {
    QString domainId;
    QString name;
    QList<SharedFiche> fiches;
    friend bool operator==(const SharedDomain &, const SharedDomain &) = default;
};
struct BoardShare {
    QDate boardOf;
    QList<SharedDomain> domains;
    friend bool operator==(const BoardShare &, const BoardShare &) = default;
};
struct SharedStep {
    QString text;
    bool done = false;
    QDate byWhen;
    friend bool operator==(const SharedStep &, const SharedStep &) = default;
};
struct GoalShare {
    QString domainId;
    QString domainName;
    QString ownWords;
    QDate byWhen;
    QString whoHelps;
    QList<SharedStep> steps;
    friend bool operator==(const GoalShare &, const GoalShare &) = default;
};
struct PreparationShare {
    QString appointmentId;
    QDateTime at;
    QString where;
    QString withWhom;
    QStringList questions;
    QStringList bring;
    friend bool operator==(const PreparationShare &, const PreparationShare &) = default;
};
struct MomentShare {
    QString momentId;
    QDateTime at;
    QString whatChanged;
    friend bool operator==(const MomentShare &, const MomentShare &) = default;
};
/** Deelname: one item she said yes to. */
struct Share {
    std::variant<BoardShare, GoalShare, PreparationShare, MomentShare> content;
    friend bool operator==(const Share &, const Share &) = default;
};

/** One page of a list the municipality keeps for this device, and where the next one starts. */
template<typename T> struct Page {
    QList<T> items;
    QString cursor; ///< give as "sinds" for the next page
    bool more = false;
};

/** The size limits of the bodies; the endpoint refuses larger ones before parsing. */
inline constexpr qsizetype MaxShareBytes = 256 * 1024;
inline constexpr qsizetype MaxSmallBodyBytes = 16 * 1024;

/** Encoding: compact JSON with "versie": 1. Decoding: strict (see ObjectReader). */
[[nodiscard]] QByteArray encode(const PairingRequest &request);
[[nodiscard]] QByteArray encode(const NewPairing &pairing);
[[nodiscard]] QByteArray encode(const PairingCodeRequest &request);
[[nodiscard]] QByteArray encode(const Appointment &appointment);
[[nodiscard]] QByteArray encode(const Moment &moment);
[[nodiscard]] QByteArray encode(const RescheduleRequest &request);
[[nodiscard]] QByteArray encode(const Share &share);

[[nodiscard]] Decoded<PairingRequest> decodePairingRequest(QByteArrayView body);
[[nodiscard]] Decoded<NewPairing> decodeNewPairing(QByteArrayView body);
[[nodiscard]] Decoded<PairingCodeRequest> decodePairingCodeRequest(QByteArrayView body);
/** A proposal (no id, no proposedAt) or, with isProposal false, an Afspraak as sent back. */
[[nodiscard]] Decoded<Appointment> decodeAppointment(QByteArrayView body, bool isProposal);
[[nodiscard]] Decoded<Moment> decodeMoment(QByteArrayView body, bool isProposal);
[[nodiscard]] Decoded<RescheduleRequest> decodeRescheduleRequest(QByteArrayView body);
/** AfsprakenPagina and MomentenPagina (GET /afspraken, GET /momenten). */
[[nodiscard]] Decoded<Page<Appointment>> decodeAppointmentsPage(QByteArrayView body);
[[nodiscard]] Decoded<Page<Moment>> decodeMomentsPage(QByteArrayView body);
[[nodiscard]] Decoded<Share> decodeShare(QByteArrayView body);

/** "bord", "doel", "voorbereiding" or "moment". */
[[nodiscard]] QString shareKind(const Share &share);

} // namespace mapje::protocol
