#include "ui/sync/sharecomposer.h"

#include "core/appointment.h"
#include "core/board.h"
#include "core/checkin.h"
#include "core/documentcatalogue.h"
#include "core/goal.h"
#include "ui/board/fichedescriber.h"
#include "ui/shared/domainnames.h"
#include "ui/shared/localtimes.h"

#include <QCoreApplication>

namespace mapje {

namespace {

QString roleOf(Perspective::Kind kind)
{
    switch (kind) {
    case Perspective::Kind::Citizen:
        return QStringLiteral("ik");
    case Perspective::Kind::Close:
        return QStringLiteral("naaste");
    case Perspective::Kind::Professional:
        return QStringLiteral("professional");
    case Perspective::Kind::Peer:
        return QStringLiteral("ervaringswerker");
    }
    Q_UNREACHABLE();
}

QString feelingOf(Placement::Feeling feeling)
{
    switch (feeling) {
    case Placement::Feeling::Happy:
        return QStringLiteral("blij");
    case Placement::Feeling::Sad:
        return QStringLiteral("verdrietig");
    case Placement::Feeling::Unsure:
        return QStringLiteral("weet-ik-niet");
    case Placement::Feeling::Unanswered:
        return QStringLiteral("geen-antwoord");
    }
    Q_UNREACHABLE();
}

QString wishOf(Placement::WishToChange wish)
{
    switch (wish) {
    case Placement::WishToChange::Yes:
        return QStringLiteral("ja");
    case Placement::WishToChange::No:
        return QStringLiteral("nee");
    case Placement::WishToChange::NotYet:
        return QStringLiteral("nog-niet");
    case Placement::WishToChange::Unanswered:
        return QStringLiteral("geen-antwoord");
    }
    Q_UNREACHABLE();
}

} // namespace

bool ShareComposer::hasOthers(const Board &board)
{
    for (const QString &domainId : board.chosenDomains()) {
        for (const Placement &placement : board.visiblePlacementsOn(domainId)) {
            if (placement.perspectiveId() != board.citizenId())
                return true;
        }
    }
    return false;
}

ShareComposer::Composed ShareComposer::board(const Board &board, bool withOthers)
{
    Composed composed;
    protocol::BoardShare share;
    share.boardOf = board.date();
    // No title: the lists call it "Je bord" in the language she reads them in.
    composed.lines.append(tr("Je bord van %1.").arg(LocalTimes::dateText(board.date())));
    for (const QString &domainId : board.chosenDomains()) {
        protocol::SharedDomain domain {domainId, DomainNames::name(domainId), {}};
        QStringList said;
        for (const Placement &placement : board.visiblePlacementsOn(domainId)) {
            const auto owner = board.perspective(placement.perspectiveId());
            if (!owner || (!owner->isCitizen() && !withOthers))
                continue;
            domain.fiches.append(
                {roleOf(owner->kind()), owner->isCitizen() ? QString() : owner->displayName(),
                    feelingOf(placement.feeling()), wishOf(placement.wish()), placement.note()});
            QString words = FicheDescriber::answerWords(placement);
            if (!placement.note().isEmpty())
                //: In the preview of a share: her own note on a domain, in quotes.
                words = (words.isEmpty() ? QString() : words + QLatin1Char(' '))
                    + tr("Notitie: “%1”").arg(placement.note());
            if (words.isEmpty())
                words = tr("Nog niets ingevuld.");
            //: One fiche in the preview, e.g. "Ik: Verdrietig. Veranderen: ja."
            said.append(tr("%1: %2").arg(FicheDescriber::title(*owner), words));
        }
        share.domains.append(domain);
        // A domain she chose but answered nothing on yet reads as such, not as a dangling dash.
        if (said.isEmpty())
            said.append(tr("Nog niets ingevuld."));
        //: A domain in the preview, with what each person answered, e.g. "Wonen — Ik: Blij."
        composed.lines.append(tr("%1 — %2").arg(domain.name, said.join(QLatin1Char(' '))));
    }
    if (share.domains.isEmpty())
        composed.lines.append(tr("Je hebt nog geen leefgebieden gekozen."));
    composed.share.content = share;
    return composed;
}

ShareComposer::Composed ShareComposer::goal(const Goal &goal)
{
    Composed composed;
    protocol::GoalShare share;
    share.domainId = goal.domainId();
    share.domainName = DomainNames::name(goal.domainId());
    share.ownWords = goal.ownWords();
    share.byWhen = goal.byWhen();
    share.whoHelps = goal.whoHelps();
    composed.title = goal.ownWords();
    //: The preview of a goal: the domain and her own words.
    composed.lines.append(tr("Je doel bij %1: “%2”").arg(share.domainName, share.ownWords));
    if (goal.hasByWhen())
        composed.lines.append(tr("Wanneer: %1.").arg(LocalTimes::dateText(goal.byWhen())));
    if (!goal.whoHelps().isEmpty())
        composed.lines.append(tr("Wie helpt: %1.").arg(goal.whoHelps()));
    for (const Step &step : goal.steps()) {
        share.steps.append({step.text(), step.isDone(), {}});
        composed.lines.append(step.isDone() ? tr("Stap, klaar: %1").arg(step.text())
                                            : tr("Stap: %1").arg(step.text()));
    }
    composed.share.content = share;
    return composed;
}

std::optional<ShareComposer::Composed> ShareComposer::preparation(
    const Appointment &appointment, const QString &municipalityId, const QTimeZone &zone)
{
    if (!appointment.hasWhen())
        return std::nullopt; // the municipality needs to know which day it is about
    Composed composed;
    protocol::PreparationShare share;
    share.appointmentId = municipalityId;
    share.at = appointment.startsAt(zone).toUTC();
    share.where = appointment.where();
    share.withWhom = appointment.withWhom();
    const QString when = appointment.hasTime() ? LocalTimes::dateTimeText(share.at, zone)
                                               : LocalTimes::dateText(appointment.day(zone));
    composed.title = tr("Afspraak op %1").arg(when);
    composed.lines.append(tr("Je afspraak op %1.").arg(when));
    if (!share.where.isEmpty())
        composed.lines.append(tr("Waar: %1.").arg(share.where));
    if (!share.withWhom.isEmpty())
        composed.lines.append(tr("Met wie: %1.").arg(share.withWhom));
    for (const Appointment::Question &question : appointment.questions()) {
        share.questions.append(question.text);
        composed.lines.append(tr("Je vraag: %1").arg(question.text));
    }
    for (const QString &item : appointment.toBring()) {
        share.bring.append(DocumentCatalogue::displayName(item));
        composed.lines.append(tr("Je neemt mee: %1").arg(share.bring.constLast()));
    }
    composed.share.content = share;
    return composed;
}

ShareComposer::Composed ShareComposer::moment(
    const CheckIn &checkIn, const QString &municipalityId, const QTimeZone &zone)
{
    Composed composed;
    protocol::MomentShare share;
    share.momentId = municipalityId;
    share.at = checkIn.when().toUTC();
    share.whatChanged = checkIn.whatChanged();
    const QString when = LocalTimes::dateTimeText(share.at, zone);
    composed.title = tr("Moment op %1").arg(when);
    composed.lines.append(tr("Het afgesproken moment op %1.").arg(when));
    composed.lines.append(share.whatChanged.isEmpty()
            ? tr("Je hebt nog niet opgeschreven wat er veranderde.")
            : tr("Wat er veranderde: %1").arg(share.whatChanged));
    composed.share.content = share;
    return composed;
}

} // namespace mapje
