#include "ui/sync/syncwords.h"

#include "ui/shared/localtimes.h"

namespace mapje {

QString SyncWords::itemState(SyncEngine::ItemState state, const SharedItem &item,
    const QDateTime &confirmedAt, const QTimeZone &zone)
{
    switch (state) {
    case SyncEngine::ItemState::Waiting:
        return tr("Nog niet verstuurd. We proberen het later opnieuw.");
    case SyncEngine::ItemState::Shared:
        return tr("Gedeeld op %1.").arg(LocalTimes::dateTimeText(confirmedAt, zone));
    case SyncEngine::ItemState::Withdrawing:
        return tr("Nog niet teruggehaald, we proberen het opnieuw.");
    case SyncEngine::ItemState::NotTaken:
        return tr("De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw "
                  "delen, of het terughalen.");
    case SyncEngine::ItemState::NotShared:
        break;
    }
    if (item.withdrawnAt.isValid())
        return tr("Teruggehaald op %1.").arg(LocalTimes::dateTimeText(item.withdrawnAt, zone));
    return tr("Niet gedeeld.");
}

QString SyncWords::channel(const ShareRecord &record)
{
    switch (record.channel()) {
    case ShareRecord::Channel::Municipality:
        return tr("Gedeeld met %1").arg(record.endpoint());
    case ShareRecord::Channel::Withdrawn:
        return tr("Teruggehaald bij %1").arg(record.endpoint());
    case ShareRecord::Channel::PdfSaved:
        return tr("Als PDF bewaard in %1").arg(record.endpoint());
    case ShareRecord::Channel::Printed:
        return tr("Geprint");
    }
    Q_UNREACHABLE();
}

QString SyncWords::kind(Consent::ItemKind kind)
{
    switch (kind) {
    case Consent::ItemKind::Board:
        return tr("Bord");
    case Consent::ItemKind::Goal:
        return tr("Doel");
    case Consent::ItemKind::CheckIn:
        return tr("Afgesproken moment");
    case Consent::ItemKind::Appointment:
        return tr("Voorbereiding van een afspraak");
    case Consent::ItemKind::Mapje:
        return tr("Mapje");
    }
    Q_UNREACHABLE();
}

QString SyncWords::heading(Consent::ItemKind kind, const QString &title)
{
    if (kind == Consent::ItemKind::Board)
        return tr("Je bord");
    if (title.isEmpty())
        return SyncWords::kind(kind);
    //: A shared item: its kind and how she named it, e.g. "Doel: Rust in mijn geld".
    return tr("%1: %2").arg(SyncWords::kind(kind), title);
}

QString SyncWords::pairingOutcome(SyncEngine::PairingOutcome outcome)
{
    switch (outcome) {
    case SyncEngine::PairingOutcome::Paired:
        return tr("Gelukt. Mapje is gekoppeld.");
    case SyncEngine::PairingOutcome::WrongCode:
        return tr("Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één "
                  "keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.");
    case SyncEngine::PairingOutcome::NoConnection:
        return tr("Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code "
                  "blijft staan.");
    case SyncEngine::PairingOutcome::TooManyTries:
        return tr("Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.");
    case SyncEngine::PairingOutcome::NotConfigured:
        return tr("Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je "
                  "kunt doen.");
    }
    Q_UNREACHABLE();
}

QString SyncWords::proposalHeading(const Proposal &proposal)
{
    return proposal.kind == Proposal::Kind::Appointment
        ? tr("De gemeente stelt een afspraak voor")
        : tr("De gemeente stelt een moment voor om samen te kijken hoe het gaat");
}

QString SyncWords::proposalState(const Proposal &proposal)
{
    switch (proposal.state) {
    case Proposal::State::New:
        return {};
    case Proposal::State::Accepted:
        return proposal.kind == Proposal::Kind::Appointment
            ? tr("Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.")
            : tr("Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.");
    case Proposal::State::Dismissed:
        return tr("Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.");
    }
    Q_UNREACHABLE();
}

QString SyncWords::request(const RescheduleRequest &request, const QTimeZone &zone)
{
    if (request.sentAt.isValid())
        return tr("Je vroeg om een ander moment. Verstuurd op %1.")
            .arg(LocalTimes::dateTimeText(request.sentAt, zone));
    return tr("Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.");
}

} // namespace mapje
