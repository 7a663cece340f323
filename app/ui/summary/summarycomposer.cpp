#include "ui/summary/summarycomposer.h"

#include "core/documentcatalogue.h"
#include "core/perspective.h"
#include "core/placement.h"
#include "ui/board/fichedescriber.h"
#include "ui/shared/assetpaths.h"
#include "ui/shared/domainnames.h"
#include "ui/shared/localtimes.h"

namespace mapje {

namespace {

QString domainKey(const QString &domainId)
{
    return QStringLiteral("domain:") + domainId;
}

QString viewKey(const Placement &placement)
{
    return QStringLiteral("view:") + placement.perspectiveId() + u':' + placement.domainId();
}

QString goalKey(const Goal &goal)
{
    return QStringLiteral("goal:") + goal.id();
}

QString appointmentKey(const Appointment &appointment)
{
    return QStringLiteral("appointment:") + appointment.id();
}

QString stateText(Goal::State state)
{
    return QCoreApplication::translate(Goal::TranslationContext, Goal::stateLabelSource(state));
}

// The labels of the PDF (context MapjeDocument), so "Laat zien" and the paper say the same words.
QString label(const char *source)
{
    return QCoreApplication::translate("MapjeDocument", source);
}

// "Label: value" when there is a value; nothing otherwise.
void addLabelled(QStringList &lines, const char *labelSource, const QString &value)
{
    if (!value.isEmpty())
        lines.append(label(labelSource) + u' ' + value);
}

// A heading and its items, each behind a mark; nothing when there are no items.
void addList(QStringList &lines, const char *headingSource, const QStringList &items,
    const QString &mark = QStringLiteral("•"))
{
    if (items.isEmpty())
        return;
    lines.append(label(headingSource));
    for (const QString &item : items)
        lines.append(mark + u' ' + item);
}

// The words of one fiche: feeling and wish, then the note in quotes.
QStringList ficheLines(const QVariantMap &fiche, const QString &note, const QString &wish)
{
    // Only what the person answered: a face or a wish not chosen yet leaves no words.
    QStringList answered {fiche.value(QStringLiteral("feelingLabel")).toString(), wish};
    answered.removeIf([](const QString &words) { return words.isEmpty(); });
    QStringList lines;
    if (!answered.isEmpty())
        lines.append(answered.join(QStringLiteral(" · ")));
    if (!note.isEmpty())
        lines.append(label("“%1”").arg(note));
    return lines;
}

bool isCitizens(const Board &board, const Placement &placement)
{
    const auto owner = board.perspective(placement.perspectiveId());
    return owner && owner->isCitizen();
}

/** When an appointment is, in words: the day alone when she picked no time (none is made up). */
QString whenText(const Appointment &appointment, const QTimeZone &zone)
{
    return appointment.hasTime() ? LocalTimes::dateTimeText(appointment.when(), zone)
                                 : LocalTimes::dateText(appointment.dayWithoutTime());
}

} // namespace

QString SummaryComposer::wishWords(const QVariantMap &fiche)
{
    const QString label = fiche.value(QStringLiteral("wishLabel")).toString();
    if (label.isEmpty())
        return {}; // not answered: nothing to say for the person
    //: The wish to change something on a domain, e.g. "Iets veranderen: Ja".
    return tr("Iets veranderen: %1").arg(label);
}

bool SummaryComposer::isIncluded(const QString &key, bool byDefault, const Choices &choices)
{
    return choices.value(key, byDefault);
}

QList<Appointment> SummaryComposer::comingAppointments(const Sources &sources)
{
    QList<Appointment> coming;
    for (const Appointment &appointment : sources.appointments) {
        // A day without a time is coming until that day is over on her wall clock.
        const bool upcoming = appointment.hasTime() ? appointment.when() >= sources.now
                                                    : appointment.hasWhen()
                && appointment.day(sources.zone)
                    >= LocalTimes::localDate(sources.now, sources.zone);
        if (upcoming)
            coming.append(appointment);
    }
    return coming;
}

QList<SummaryItem> SummaryComposer::items(const Sources &sources, const Choices &choices)
{
    QList<SummaryItem> items;
    if (sources.board) {
        const Board &board = *sources.board;
        for (const QString &domainId : board.chosenDomains()) {
            SummaryItem domain;
            domain.key = domainKey(domainId);
            domain.kind = QStringLiteral("domain");
            domain.title = DomainNames::name(domainId);
            domain.iconSource = AssetPaths::domainIcon(domainId);
            domain.included = isIncluded(domain.key, true, choices);
            QList<SummaryItem> views;
            for (const Placement &placement : board.visiblePlacementsOn(domainId)) {
                const QVariantMap fiche = FicheDescriber::describe(board, placement);
                const QString words = fiche.value(QStringLiteral("feelingLabel")).toString();
                const QStringList lines = ficheLines(fiche, placement.note(), wishWords(fiche));
                if (isCitizens(board, placement)) {
                    domain.detail = placement.note().isEmpty()
                        ? words
                        : tr("%1. %2").arg(words, placement.note());
                    domain.lines = lines;
                    domain.faceSource = fiche.value(QStringLiteral("faceSource")).toUrl();
                    continue;
                }
                SummaryItem view;
                view.key = viewKey(placement);
                view.kind = QStringLiteral("view");
                //: Another person's view on a domain, e.g. "Ahmed (partner) over Geld".
                view.title
                    = tr("%1 over %2")
                          .arg(fiche.value(QStringLiteral("title")).toString(), domain.title);
                view.detail = placement.note().isEmpty()
                    ? words
                    : tr("%1. %2").arg(words, placement.note());
                view.lines = lines;
                view.faceSource = fiche.value(QStringLiteral("faceSource")).toUrl();
                view.nested = true;
                // Someone else's words go along only when the citizen puts them in.
                view.included = isIncluded(view.key, false, choices);
                views.append(view);
            }
            items.append(domain);
            items += views;
        }
    }
    for (const Goal &goal : sources.goals) {
        SummaryItem item;
        item.key = goalKey(goal);
        item.kind = QStringLiteral("goal");
        item.title = goal.ownWords();
        //: A goal's life domain and its state, e.g. "Geld · Bezig".
        item.detail = goal.hasState()
            ? tr("%1 · %2").arg(DomainNames::name(goal.domainId()), stateText(goal.state()))
            : DomainNames::name(goal.domainId()); // no state chosen yet: nothing said about it
        item.iconSource = AssetPaths::domainIcon(goal.domainId());
        item.included = isIncluded(item.key, goal.state() != Goal::State::Stopped, choices);
        addLabelled(item.lines, "Gaat over:", DomainNames::name(goal.domainId()));
        addLabelled(item.lines, "Wanneer:", LocalTimes::dateText(goal.byWhen()));
        addLabelled(item.lines, "Wie helpt:", goal.whoHelps());
        addLabelled(item.lines, "Hoe staat het:", stateText(goal.state()));
        QStringList steps;
        for (const Step &step : goal.steps())
            steps.append(
                (step.isDone() ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) + step.text());
        if (!steps.isEmpty()) {
            item.lines.append(label("Stappen:"));
            item.lines += steps;
        }
        items.append(item);
    }
    bool first = true;
    for (const Appointment &appointment : comingAppointments(sources)) {
        SummaryItem item;
        item.key = appointmentKey(appointment);
        item.kind = QStringLiteral("appointment");
        item.title = appointment.withWhom().isEmpty()
            ? tr("Mijn afspraak")
            //: %1 is who the citizen meets.
            : tr("Mijn afspraak met %1").arg(appointment.withWhom());
        item.detail = whenText(appointment, sources.zone);
        addLabelled(item.lines, "Wanneer:", item.detail);
        addLabelled(item.lines, "Waar:", appointment.where());
        addLabelled(item.lines, "Met wie:", appointment.withWhom());
        addLabelled(item.lines, "Wie gaat mee:", appointment.comesWithMe());
        addList(item.lines, "Wat wil ik vragen?", appointment.myQuestions());
        if (!appointment.wantThemToKnow().isEmpty()) {
            item.lines.append(label("Wat wil ik dat ze weten?"));
            item.lines.append(appointment.wantThemToKnow());
        }
        // The next appointment is what a mapje is usually for; later ones only when chosen.
        item.included = isIncluded(item.key, first, choices);
        first = false;
        items.append(item);
    }
    QString kind;
    for (SummaryItem &item : items) {
        item.startsSection = !item.nested && item.kind != kind;
        if (!item.nested)
            kind = item.kind;
    }
    return items;
}

MapjeContent SummaryComposer::content(const Sources &sources, const Choices &choices,
    const QString &ownerName, const QString &languageCode, bool rightToLeft)
{
    MapjeContent content;
    content.languageCode = languageCode;
    content.rightToLeft = rightToLeft;
    content.ownerName = ownerName.trimmed();
    content.madeOn = LocalTimes::localDate(sources.now, sources.zone);
    content.dateText = LocalTimes::dateText(content.madeOn);
    const QList<SummaryItem> all = items(sources, choices);
    QHash<QString, bool> included;
    for (const SummaryItem &item : all)
        included.insert(item.key, item.included);

    if (sources.board) {
        const Board &board = *sources.board;
        for (const QString &domainId : board.chosenDomains()) {
            if (!included.value(domainKey(domainId)))
                continue;
            MapjeContent::Domain domain;
            domain.name = DomainNames::name(domainId);
            for (const Placement &placement : board.visiblePlacementsOn(domainId)) {
                const QVariantMap fiche = FicheDescriber::describe(board, placement);
                const QString feeling = fiche.value(QStringLiteral("feelingLabel")).toString();
                const QString faceKey = fiche.value(QStringLiteral("feeling")).toString();
                const QString wish = wishWords(fiche);
                if (isCitizens(board, placement)) {
                    domain.feelingText = feeling;
                    domain.faceKey = faceKey;
                    domain.wishText = wish;
                    domain.note = placement.note();
                } else if (included.value(viewKey(placement))) {
                    domain.others.append({fiche.value(QStringLiteral("title")).toString(), feeling,
                        faceKey, wish, placement.note()});
                }
            }
            content.domains.append(domain);
        }
    }
    for (const Goal &goal : sources.goals) {
        if (!included.value(goalKey(goal)))
            continue;
        MapjeContent::Goal item;
        item.domainName = DomainNames::name(goal.domainId());
        item.ownWords = goal.ownWords();
        item.byWhenText = LocalTimes::dateText(goal.byWhen());
        item.whoHelps = goal.whoHelps();
        item.stateText = stateText(goal.state());
        for (const Step &step : goal.steps())
            (step.isDone() ? item.stepsDone : item.stepsOpen).append(step.text());
        content.goals.append(item);
    }
    for (const Appointment &appointment : comingAppointments(sources)) {
        if (!included.value(appointmentKey(appointment)))
            continue;
        QStringList toBring;
        for (const QString &item : appointment.toBring())
            toBring.append(DocumentCatalogue::displayName(item));
        content.appointments.append({whenText(appointment, sources.zone), appointment.where(),
            appointment.withWhom(), appointment.comesWithMe(), appointment.myQuestions(),
            appointment.wantThemToKnow(), toBring});
    }
    return content;
}

} // namespace mapje
