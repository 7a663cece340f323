#pragma once

#include "staffweb/formfields.h"
#include "staffweb/formhtml.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace mapje::endpoint {

/**
 * The staff page's form for an appointment (afspraak) or an agreed moment (moment): its fields
 * in order, what was typed, the reason beside each refused field, and the proposal as the body
 * the API takes (AfspraakVoorstel, MomentVoorstel), so both go through one code path.
 */
class Proposal {
public:
    explicit Proposal(bool appointment) : m_appointment(appointment) { }

    [[nodiscard]] bool isAppointment() const { return m_appointment; }
    /** "afspraak" or "moment": the page's path below the citizen. */
    [[nodiscard]] QString path() const;
    /** "afspraken" or "momenten": the kind for propose(). */
    [[nodiscard]] QString kind() const;
    /** The fields, with what was typed and the reasons. */
    [[nodiscard]] QList<FormField> fields() const;

    /** Where, with whom, about what and what to bring, from an earlier appointment's JSON. */
    void fillFrom(const QJsonObject &appointment);
    /** Takes the posted form and checks it; a moment must still come after `now`. */
    void read(const FormFields &form, const QDateTime &now);
    [[nodiscard]] bool hasErrors() const { return !m_errors.isEmpty(); }
    /** The codec refused a length that the checks here let through. */
    void refuseLength();
    /** The JSON proposal, after read() found no errors. */
    [[nodiscard]] QByteArray body() const;

private:
    [[nodiscard]] QString timeName() const;

    bool m_appointment;
    QHash<QString, QString> m_values; ///< by field name
    QHash<QString, QString> m_errors; ///< by field name
    QDateTime m_begin;
    QDateTime m_end;
    QStringList m_bring;
};

} // namespace mapje::endpoint
