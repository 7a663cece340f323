#include "sync/protocol/messages.h"

#include "sync/protocol/decodewith.h"
#include "sync/protocol/objectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mapje::protocol {

namespace {

using Need = ObjectReader::Need;

constexpr qsizetype ShortText = 200;
constexpr qsizetype LongText = 2000;
const QString IdPattern = QStringLiteral("[A-Za-z0-9-]{8,64}");
const QStringList DomainIds {QStringLiteral("money"), QStringLiteral("work"),
    QStringLiteral("housing"), QStringLiteral("health"), QStringLiteral("mind"),
    QStringLiteral("family"), QStringLiteral("social"), QStringLiteral("daily"),
    QStringLiteral("selfcare"), QStringLiteral("paperwork"), QStringLiteral("mobility"),
    QStringLiteral("belonging"), QStringLiteral("caring"), QStringLiteral("meaning")};
const QStringList Roles {QStringLiteral("ik"), QStringLiteral("naaste"),
    QStringLiteral("professional"), QStringLiteral("ervaringswerker")};
const QStringList Feelings {QStringLiteral("blij"), QStringLiteral("verdrietig"),
    QStringLiteral("weet-ik-niet"), QStringLiteral("geen-antwoord")};
const QStringList Wishes {QStringLiteral("ja"), QStringLiteral("nee"), QStringLiteral("nog-niet"),
    QStringLiteral("geen-antwoord")};

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray compact(QJsonObject object)
{
    object.insert(QStringLiteral("versie"), 1);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Only the members that have a value: optional fields are left out, never sent empty.
void putText(QJsonObject &object, const QString &name, const QString &text)
{
    if (!text.isEmpty())
        object.insert(name, text);
}
void putTime(QJsonObject &object, const QString &name, const QDateTime &time)
{
    if (time.isValid())
        object.insert(name, timeText(time));
}
void putDate(QJsonObject &object, const QString &name, const QDate &date)
{
    if (date.isValid())
        object.insert(name, date.toString(Qt::ISODate));
}

// A list item that must be an object, read with its own reader.
void readObjectItem(const QJsonValue &item, const QString &pointer,
    std::optional<ProtocolError> *error, const std::function<void(ObjectReader &)> &read)
{
    if (!item.isObject()) {
        if (!error->has_value())
            *error = ProtocolError {ProtocolError::Kind::WrongType, pointer};
        return;
    }
    ObjectReader reader(item.toObject(), pointer, error);
    read(reader);
    reader.finish();
}

QJsonObject boardJson(const BoardShare &board)
{
    QJsonArray domains;
    for (const SharedDomain &domain : board.domains) {
        QJsonArray fiches;
        for (const SharedFiche &fiche : domain.fiches) {
            QJsonObject person {{QStringLiteral("rol"), fiche.role}};
            putText(person, QStringLiteral("naam"), fiche.name);
            QJsonObject json {{QStringLiteral("persoon"), person},
                {QStringLiteral("gevoel"), fiche.feeling}, {QStringLiteral("wens"), fiche.wish}};
            putText(json, QStringLiteral("notitie"), fiche.note);
            fiches.append(json);
        }
        domains.append(QJsonObject {{QStringLiteral("leefgebied"), domain.domainId},
            {QStringLiteral("naam"), domain.name}, {QStringLiteral("fiches"), fiches}});
    }
    return {{QStringLiteral("bordVan"), board.boardOf.toString(Qt::ISODate)},
        {QStringLiteral("leefgebieden"), domains}};
}

QJsonObject goalJson(const GoalShare &goal)
{
    QJsonArray steps;
    for (const SharedStep &step : goal.steps) {
        QJsonObject json {
            {QStringLiteral("tekst"), step.text}, {QStringLiteral("klaar"), step.done}};
        putDate(json, QStringLiteral("voorWanneer"), step.byWhen);
        steps.append(json);
    }
    QJsonObject json {{QStringLiteral("leefgebied"), goal.domainId},
        {QStringLiteral("leefgebiedNaam"), goal.domainName},
        {QStringLiteral("eigenWoorden"), goal.ownWords}, {QStringLiteral("stappen"), steps}};
    putDate(json, QStringLiteral("voorWanneer"), goal.byWhen);
    putText(json, QStringLiteral("wieHelpt"), goal.whoHelps);
    return json;
}

QJsonObject preparationJson(const PreparationShare &preparation)
{
    QJsonObject json {{QStringLiteral("afspraakOp"), timeText(preparation.at)},
        {QStringLiteral("vragen"), QJsonArray::fromStringList(preparation.questions)},
        {QStringLiteral("meenemen"), QJsonArray::fromStringList(preparation.bring)}};
    putText(json, QStringLiteral("afspraakId"), preparation.appointmentId);
    putText(json, QStringLiteral("waar"), preparation.where);
    putText(json, QStringLiteral("metWie"), preparation.withWhom);
    return json;
}

QJsonObject momentShareJson(const MomentShare &moment)
{
    QJsonObject json {{QStringLiteral("momentOp"), timeText(moment.at)},
        {QStringLiteral("watVeranderde"), moment.whatChanged}};
    putText(json, QStringLiteral("momentId"), moment.momentId);
    return json;
}

BoardShare readBoard(ObjectReader &reader)
{
    BoardShare board;
    board.boardOf = reader.date(QStringLiteral("bordVan"), Need::Required);
    reader.list(QStringLiteral("leefgebieden"), Need::Required, 14, 1,
        [&](const QJsonValue &item, const QString &pointer) {
            readObjectItem(item, pointer, reader.errorSlot(), [&](ObjectReader &domainReader) {
                SharedDomain domain;
                domain.domainId
                    = domainReader.choice(QStringLiteral("leefgebied"), Need::Required, DomainIds);
                domain.name = domainReader.text(QStringLiteral("naam"), Need::Required, ShortText);
                domainReader.list(QStringLiteral("fiches"), Need::Required, 8, 0,
                    [&](const QJsonValue &ficheItem, const QString &fichePointer) {
                        readObjectItem(ficheItem, fichePointer, reader.errorSlot(),
                            [&](ObjectReader &ficheReader) {
                                SharedFiche fiche;
                                ficheReader.object(QStringLiteral("persoon"), Need::Required,
                                    [&](ObjectReader &person) {
                                        fiche.role = person.choice(
                                            QStringLiteral("rol"), Need::Required, Roles);
                                        fiche.name = person.text(
                                            QStringLiteral("naam"), Need::Optional, ShortText);
                                    });
                                fiche.feeling = ficheReader.choice(
                                    QStringLiteral("gevoel"), Need::Required, Feelings);
                                fiche.wish = ficheReader.choice(
                                    QStringLiteral("wens"), Need::Required, Wishes);
                                fiche.note = ficheReader.text(
                                    QStringLiteral("notitie"), Need::Optional, LongText);
                                domain.fiches.append(fiche);
                            });
                    });
                board.domains.append(domain);
            });
        });
    return board;
}

GoalShare readGoal(ObjectReader &reader)
{
    GoalShare goal;
    goal.domainId = reader.choice(QStringLiteral("leefgebied"), Need::Required, DomainIds);
    goal.domainName = reader.text(QStringLiteral("leefgebiedNaam"), Need::Required, ShortText);
    goal.ownWords = reader.text(QStringLiteral("eigenWoorden"), Need::Required, LongText);
    goal.byWhen = reader.date(QStringLiteral("voorWanneer"), Need::Optional);
    goal.whoHelps = reader.text(QStringLiteral("wieHelpt"), Need::Optional, ShortText);
    reader.list(QStringLiteral("stappen"), Need::Required, 50, 0,
        [&](const QJsonValue &item, const QString &pointer) {
            readObjectItem(item, pointer, reader.errorSlot(), [&](ObjectReader &stepReader) {
                SharedStep step;
                step.text = stepReader.text(QStringLiteral("tekst"), Need::Required, LongText);
                step.done = stepReader.boolean(QStringLiteral("klaar"), Need::Required);
                step.byWhen = stepReader.date(QStringLiteral("voorWanneer"), Need::Optional);
                goal.steps.append(step);
            });
        });
    return goal;
}

PreparationShare readPreparation(ObjectReader &reader)
{
    PreparationShare preparation;
    preparation.appointmentId
        = reader.matching(QStringLiteral("afspraakId"), Need::Optional, IdPattern);
    preparation.at = reader.utcTime(QStringLiteral("afspraakOp"), Need::Required);
    preparation.where = reader.text(QStringLiteral("waar"), Need::Optional, ShortText);
    preparation.withWhom = reader.text(QStringLiteral("metWie"), Need::Optional, ShortText);
    preparation.questions = reader.texts(QStringLiteral("vragen"), Need::Required, 30, LongText);
    preparation.bring = reader.texts(QStringLiteral("meenemen"), Need::Required, 30, ShortText);
    return preparation;
}

MomentShare readMomentShare(ObjectReader &reader)
{
    MomentShare moment;
    moment.momentId = reader.matching(QStringLiteral("momentId"), Need::Optional, IdPattern);
    moment.at = reader.utcTime(QStringLiteral("momentOp"), Need::Required);
    moment.whatChanged = reader.text(QStringLiteral("watVeranderde"), Need::Required, LongText);
    return moment;
}

} // namespace

QString shareKind(const Share &share)
{
    static const QStringList kinds {QStringLiteral("bord"), QStringLiteral("doel"),
        QStringLiteral("voorbereiding"), QStringLiteral("moment")};
    return kinds.at(static_cast<qsizetype>(share.content.index()));
}

QByteArray encode(const PairingRequest &request)
{
    return compact({{QStringLiteral("code"), request.code}});
}

QByteArray encode(const NewPairing &pairing)
{
    return compact({{QStringLiteral("koppelingId"), pairing.pairingId},
        {QStringLiteral("gemeente"), pairing.municipality},
        {QStringLiteral("gekoppeldOp"), timeText(pairing.pairedAt)},
        {QStringLiteral("apparaattoken"), pairing.deviceToken}});
}

QByteArray encode(const PairingCodeRequest &request)
{
    return compact({{QStringLiteral("label"), request.label},
        {QStringLiteral("geldigMinuten"), request.validMinutes}});
}

QByteArray encode(const Appointment &appointment)
{
    QJsonObject json {{QStringLiteral("begin"), timeText(appointment.begin)},
        {QStringLiteral("waar"), appointment.where},
        {QStringLiteral("metWie"), appointment.withWhom}};
    putText(json, QStringLiteral("afspraakId"), appointment.id);
    putTime(json, QStringLiteral("eind"), appointment.end);
    putText(json, QStringLiteral("onderwerp"), appointment.subject);
    if (!appointment.bring.isEmpty())
        json.insert(QStringLiteral("meenemen"), QJsonArray::fromStringList(appointment.bring));
    putTime(json, QStringLiteral("voorgesteldOp"), appointment.proposedAt);
    return compact(json);
}

QByteArray encode(const Moment &moment)
{
    QJsonObject json {{QStringLiteral("momentOp"), timeText(moment.at)}};
    putText(json, QStringLiteral("momentId"), moment.id);
    putText(json, QStringLiteral("waar"), moment.where);
    putText(json, QStringLiteral("metWie"), moment.withWhom);
    putTime(json, QStringLiteral("voorgesteldOp"), moment.proposedAt);
    return compact(json);
}

QByteArray encode(const RescheduleRequest &request)
{
    QJsonObject json {{QStringLiteral("afspraakId"), request.appointmentId}};
    putText(json, QStringLiteral("bericht"), request.message);
    return compact(json);
}

QByteArray encode(const Share &share)
{
    const QJsonObject content = std::visit(
        [](const auto &item) -> QJsonObject {
            using T = std::decay_t<decltype(item)>;
            if constexpr (std::is_same_v<T, BoardShare>)
                return boardJson(item);
            else if constexpr (std::is_same_v<T, GoalShare>)
                return goalJson(item);
            else if constexpr (std::is_same_v<T, PreparationShare>)
                return preparationJson(item);
            else
                return momentShareJson(item);
        },
        share.content);
    return compact(
        {{QStringLiteral("soort"), shareKind(share)}, {QStringLiteral("inhoud"), content}});
}

Decoded<PairingRequest> decodePairingRequest(QByteArrayView body)
{
    return decodeWith<PairingRequest>(body, MaxSmallBodyBytes, [](ObjectReader &reader) {
        return PairingRequest {reader.text(QStringLiteral("code"), Need::Required, 32, 1)};
    });
}

Decoded<NewPairing> decodeNewPairing(QByteArrayView body)
{
    return decodeWith<NewPairing>(body, MaxSmallBodyBytes, [](ObjectReader &reader) {
        NewPairing pairing;
        pairing.pairingId
            = reader.matching(QStringLiteral("koppelingId"), Need::Required, IdPattern);
        pairing.municipality
            = reader.text(QStringLiteral("gemeente"), Need::Required, ShortText, 1);
        pairing.pairedAt = reader.utcTime(QStringLiteral("gekoppeldOp"), Need::Required);
        pairing.deviceToken = reader.text(QStringLiteral("apparaattoken"), Need::Required, 200, 32);
        return pairing;
    });
}

Decoded<PairingCodeRequest> decodePairingCodeRequest(QByteArrayView body)
{
    return decodeWith<PairingCodeRequest>(body, MaxSmallBodyBytes, [](ObjectReader &reader) {
        PairingCodeRequest request;
        request.label = reader.text(QStringLiteral("label"), Need::Required, 80, 1);
        request.validMinutes
            = reader.integer(QStringLiteral("geldigMinuten"), Need::Optional, 5, 10080, 1440);
        return request;
    });
}

namespace {

Appointment readAppointment(ObjectReader &reader, bool isProposal)
{
    const Need sent = isProposal ? Need::Optional : Need::Required;
    Appointment appointment;
    if (!isProposal)
        appointment.id = reader.matching(QStringLiteral("afspraakId"), sent, IdPattern);
    appointment.begin = reader.utcTime(QStringLiteral("begin"), Need::Required);
    appointment.end = reader.utcTime(QStringLiteral("eind"), Need::Optional);
    appointment.where = reader.text(QStringLiteral("waar"), Need::Required, ShortText);
    appointment.withWhom = reader.text(QStringLiteral("metWie"), Need::Required, ShortText);
    appointment.subject = reader.text(QStringLiteral("onderwerp"), Need::Optional, ShortText);
    appointment.bring = reader.texts(QStringLiteral("meenemen"), Need::Optional, 30, ShortText);
    if (!isProposal)
        appointment.proposedAt = reader.utcTime(QStringLiteral("voorgesteldOp"), sent);
    if (reader.ok() && appointment.end.isValid() && appointment.end < appointment.begin)
        *reader.errorSlot()
            = ProtocolError {ProtocolError::Kind::BadValue, QStringLiteral("/eind")};
    return appointment;
}

Moment readMoment(ObjectReader &reader, bool isProposal)
{
    Moment moment;
    if (!isProposal)
        moment.id = reader.matching(QStringLiteral("momentId"), Need::Required, IdPattern);
    moment.at = reader.utcTime(QStringLiteral("momentOp"), Need::Required);
    moment.where = reader.text(QStringLiteral("waar"), Need::Optional, ShortText);
    moment.withWhom = reader.text(QStringLiteral("metWie"), Need::Optional, ShortText);
    if (!isProposal)
        moment.proposedAt = reader.utcTime(QStringLiteral("voorgesteldOp"), Need::Required);
    return moment;
}

// A page of AfsprakenPagina or MomentenPagina: its items each carry their own "versie".
template<typename T>
Decoded<Page<T>> decodePage(
    QByteArrayView body, const QString &listName, const std::function<T(ObjectReader &)> &readItem)
{
    return decodeWith<Page<T>>(body, MaxShareBytes, [&](ObjectReader &reader) {
        Page<T> page;
        reader.list(
            listName, Need::Required, 100, 0, [&](const QJsonValue &item, const QString &pointer) {
                readObjectItem(item, pointer, reader.errorSlot(), [&](ObjectReader &one) {
                    one.version();
                    page.items.append(readItem(one));
                });
            });
        page.cursor = reader.matching(
            QStringLiteral("cursor"), Need::Required, QStringLiteral("[0-9]{1,18}"));
        page.more = reader.boolean(QStringLiteral("meer"), Need::Required);
        return page;
    });
}

} // namespace

Decoded<Appointment> decodeAppointment(QByteArrayView body, bool isProposal)
{
    return decodeWith<Appointment>(body, MaxSmallBodyBytes,
        [&](ObjectReader &reader) { return readAppointment(reader, isProposal); });
}

Decoded<Moment> decodeMoment(QByteArrayView body, bool isProposal)
{
    return decodeWith<Moment>(body, MaxSmallBodyBytes,
        [&](ObjectReader &reader) { return readMoment(reader, isProposal); });
}

Decoded<Page<Appointment>> decodeAppointmentsPage(QByteArrayView body)
{
    return decodePage<Appointment>(body, QStringLiteral("afspraken"),
        [](ObjectReader &reader) { return readAppointment(reader, false); });
}

Decoded<Page<Moment>> decodeMomentsPage(QByteArrayView body)
{
    return decodePage<Moment>(body, QStringLiteral("momenten"),
        [](ObjectReader &reader) { return readMoment(reader, false); });
}

Decoded<RescheduleRequest> decodeRescheduleRequest(QByteArrayView body)
{
    return decodeWith<RescheduleRequest>(body, MaxSmallBodyBytes, [](ObjectReader &reader) {
        RescheduleRequest request;
        request.appointmentId
            = reader.matching(QStringLiteral("afspraakId"), Need::Required, IdPattern);
        request.message = reader.text(QStringLiteral("bericht"), Need::Optional, 1000);
        return request;
    });
}

Decoded<Share> decodeShare(QByteArrayView body)
{
    return decodeWith<Share>(body, MaxShareBytes, [](ObjectReader &reader) {
        Share share;
        const QString kind = reader.choice(QStringLiteral("soort"), Need::Required,
            {QStringLiteral("bord"), QStringLiteral("doel"), QStringLiteral("voorbereiding"),
                QStringLiteral("moment")});
        // The content is read by the rules of its kind; another kind's fields are unknown there.
        reader.object(QStringLiteral("inhoud"), Need::Required, [&](ObjectReader &content) {
            if (kind == QLatin1String("bord"))
                share.content = readBoard(content);
            else if (kind == QLatin1String("doel"))
                share.content = readGoal(content);
            else if (kind == QLatin1String("voorbereiding"))
                share.content = readPreparation(content);
            else if (kind == QLatin1String("moment"))
                share.content = readMomentShare(content);
        });
        return share;
    });
}

} // namespace mapje::protocol
