#include "staffweb/proposalform.h"

#include <QJsonArray>

#include "staffweb/dutchtime.h"
#include "sync/protocol/messages.h"

namespace mapje::endpoint {

namespace {

constexpr int MaxText = 200; // ShortText of the protocol
constexpr int MaxThingsToBring = 30;

} // namespace

QString Proposal::path() const
{
    return m_appointment ? QStringLiteral("afspraak") : QStringLiteral("moment");
}

QString Proposal::kind() const
{
    return m_appointment ? QStringLiteral("afspraken") : QStringLiteral("momenten");
}

QString Proposal::timeName() const
{
    return m_appointment ? QStringLiteral("begin") : QStringLiteral("tijd");
}

QList<FormField> Proposal::fields() const
{
    const auto field = [this](const char *name, const QString &label, const char *type,
                           const QString &hint, bool required, int maxLength) {
        const QString key = QLatin1String(name);
        return FormField {
            name, label, type, m_values.value(key), hint, m_errors.value(key), required, maxLength};
    };
    const QString whenHint = QStringLiteral("Bijvoorbeeld 14-12-2026, in Nederlandse tijd.");
    if (!m_appointment)
        return {field("datum", QStringLiteral("Datum"), "date", whenHint, true, 10),
            field("tijd", QStringLiteral("Tijd"), "time", QStringLiteral("Bijvoorbeeld 09:30."),
                true, 5),
            field("waar", QStringLiteral("Waar"), "text", {}, false, MaxText),
            field("met", QStringLiteral("Met wie"), "text", {}, false, MaxText)};
    return {field("datum", QStringLiteral("Datum"), "date", whenHint, true, 10),
        field("begin", QStringLiteral("Begintijd"), "time", QStringLiteral("Bijvoorbeeld 09:30."),
            true, 5),
        field("eind", QStringLiteral("Eindtijd"), "time", {}, false, 5),
        field("waar", QStringLiteral("Waar"), "text",
            QStringLiteral("Bijvoorbeeld: Stadhuis, balie 3."), true, MaxText),
        field("met", QStringLiteral("Met wie"), "text",
            QStringLiteral("Bijvoorbeeld je eigen naam en wat je doet."), true, MaxText),
        field("onderwerp", QStringLiteral("Waarover"), "text", {}, false, MaxText),
        field("meenemen", QStringLiteral("Wat neemt de inwoner mee?"), "textarea",
            QStringLiteral("Eén ding per regel. Bijvoorbeeld: ID-kaart."), false,
            MaxThingsToBring * (MaxText + 1))};
}

void Proposal::fillFrom(const QJsonObject &appointment)
{
    m_values.insert(QStringLiteral("waar"), appointment.value(QStringLiteral("waar")).toString());
    m_values.insert(QStringLiteral("met"), appointment.value(QStringLiteral("metWie")).toString());
    m_values.insert(
        QStringLiteral("onderwerp"), appointment.value(QStringLiteral("onderwerp")).toString());
    QStringList bring;
    for (const QJsonValue &item : appointment.value(QStringLiteral("meenemen")).toArray())
        bring.append(item.toString());
    m_values.insert(QStringLiteral("meenemen"), bring.join(QLatin1Char('\n')));
}

void Proposal::read(const FormFields &form, const QDateTime &now)
{
    for (const FormField &field : fields())
        m_values.insert(QLatin1String(field.name), form.value(QLatin1String(field.name)));
    const QString date = m_values.value(QStringLiteral("datum"));
    m_begin = DutchTime::fromFields(date, m_values.value(timeName()));
    if (!DutchTime::fromFields(date, QStringLiteral("00:00")).isValid())
        m_errors.insert(
            QStringLiteral("datum"), QStringLiteral("Vul een datum in, zoals 14-12-2026."));
    else if (!m_begin.isValid())
        m_errors.insert(timeName(), QStringLiteral("Vul een tijd in, zoals 09:30."));
    else if (m_begin < now)
        m_errors.insert(
            QStringLiteral("datum"), QStringLiteral("Kies een moment dat nog moet komen."));
    for (const char *name : {"waar", "met", "onderwerp"}) {
        if (m_values.value(QLatin1String(name)).size() > MaxText)
            m_errors.insert(QLatin1String(name), QStringLiteral("Hoogstens 200 tekens."));
    }
    if (!m_appointment)
        return;
    const QString end = m_values.value(QStringLiteral("eind"));
    if (!end.isEmpty()) {
        m_end = DutchTime::fromFields(date, end);
        if (!m_end.isValid() || (m_begin.isValid() && m_end < m_begin))
            m_errors.insert(QStringLiteral("eind"),
                QStringLiteral("Vul een tijd in na de begintijd, of laat het leeg."));
    }
    if (m_values.value(QStringLiteral("waar")).isEmpty())
        m_errors.insert(QStringLiteral("waar"), QStringLiteral("Vul in waar de afspraak is."));
    if (m_values.value(QStringLiteral("met")).isEmpty())
        m_errors.insert(QStringLiteral("met"), QStringLiteral("Vul in met wie de afspraak is."));
    for (const QString &line :
        m_values.value(QStringLiteral("meenemen")).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            m_bring.append(line.trimmed());
    }
    bool tooLong = false;
    for (const QString &thing : std::as_const(m_bring))
        tooLong = tooLong || thing.size() > MaxText;
    if (m_bring.size() > MaxThingsToBring || tooLong)
        m_errors.insert(QStringLiteral("meenemen"),
            QStringLiteral("Hoogstens 30 dingen, elk hoogstens 200 tekens."));
}

void Proposal::refuseLength()
{
    m_errors.insert(
        QStringLiteral("waar"), QStringLiteral("Een tekst is te lang: hoogstens 200 tekens."));
}

QByteArray Proposal::body() const
{
    if (!m_appointment)
        return protocol::encode(protocol::Moment {{}, m_begin,
            m_values.value(QStringLiteral("waar")), m_values.value(QStringLiteral("met")), {}});
    protocol::Appointment appointment;
    appointment.begin = m_begin;
    appointment.end = m_end;
    appointment.where = m_values.value(QStringLiteral("waar"));
    appointment.withWhom = m_values.value(QStringLiteral("met"));
    appointment.subject = m_values.value(QStringLiteral("onderwerp"));
    appointment.bring = m_bring;
    return protocol::encode(appointment);
}

} // namespace mapje::endpoint
