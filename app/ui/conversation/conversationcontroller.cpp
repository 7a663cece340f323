#include "ui/conversation/conversationcontroller.h"

#include "core/clock.h"
#include "core/conversation/conversationcards.h"
#include "core/conversation/conversationclosing.h"
#include "core/idgenerator.h"
#include "storage/conversation/conversationrepository.h"
#include "storage/conversation/experiencenoterepository.h"
#include "storage/keytextstore.h"
#include "ui/board/boardcontroller.h"
#include "ui/board/fichedescriber.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/shared/localtimes.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace mapje {

namespace {

// The boxes of a conversation whose words wait as drafts in the vault's notes.
const QStringList kDraftBoxes {QStringLiteral("cardWords"), QStringLiteral("experience"),
    QStringLiteral("agreementGoal"), QStringLiteral("agreementStep")};

// The agreed moment made in the open conversation, so a restart mid-closing does not make a second.
const QString kMomentKey = QStringLiteral("conversation.moment");

QString draftKey(const QString &box)
{
    return QStringLiteral("conversation.draft.") + box;
}

QString roleLabel(Perspective::Kind role)
{
    return QCoreApplication::translate(
        Perspective::TranslationContext, Perspective::kindLabelSource(role));
}

// How a sentence names someone: the first name, else the role with its article ("Hoe ziet de
// hulpverlener het hier?", never "Hoe ziet Hulpverlener het hier?").
QString inSentence(Perspective::Kind role, const QString &name)
{
    if (!name.isEmpty() && role != Perspective::Kind::Citizen)
        return name;
    switch (role) {
    case Perspective::Kind::Citizen:
        return QCoreApplication::translate("mapje::ConversationController", "jij");
    case Perspective::Kind::Close:
        return QCoreApplication::translate("mapje::ConversationController", "iemand dicht bij jou");
    case Perspective::Kind::Professional:
        return QCoreApplication::translate("mapje::ConversationController", "de hulpverlener");
    case Perspective::Kind::Peer:
        return QCoreApplication::translate("mapje::ConversationController", "de ervaringswerker");
    }
    return name;
}

QVariantMap person(const QString &id, Perspective::Kind role, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("role"), Perspective::kindKey(role)},
        {QStringLiteral("roleLabel"), roleLabel(role)}, {QStringLiteral("name"), name},
        {QStringLiteral("title"), FicheDescriber::title(Perspective(id, role, name))},
        {QStringLiteral("inSentence"), inSentence(role, name)}};
}

} // namespace

ConversationController::ConversationController(
    const Clock &clock, IdGenerator &ids, Helpers helpers, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_ids(ids),
      m_board(helpers.board),
      m_goals(helpers.goals),
      m_checkIns(helpers.checkIns)
{
}

void ConversationController::setStores(
    ConversationRepository *conversations, ExperienceNoteRepository *notes, NoteStore *drafts)
{
    m_repository = conversations;
    m_notes = notes;
    m_drafts = drafts;
    m_current.reset();
    // A conversation left open (the app closed, the vault locked) goes on where it was.
    if (m_repository) {
        const QList<Conversation> all = m_repository->all();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (!it->isClosed()) {
                m_current = *it;
                break;
            }
        }
    }
    m_speakerId = m_current ? m_current->citizenId() : QString();
    // A summary shows the closing that just happened, not one from before the lock.
    m_closed.reset();
    m_closedKept.clear();
    m_momentId = m_current && m_drafts ? m_drafts->note(kMomentKey) : QString();
    setPaused(false);
    setTurned(false);
    emit changed();
}

QVariantList ConversationController::people() const
{
    if (!m_current)
        return {};
    QVariantList list {person(m_current->citizenId(), Perspective::Kind::Citizen, {})};
    for (const Conversation::Participant &participant : m_current->participants())
        list.append(person(participant.perspectiveId, participant.role, participant.name));
    return list;
}

int ConversationController::speakerIndex() const
{
    // As people() lists them: the citizen first, then the others in the order they joined.
    if (!m_current)
        return -1;
    if (m_speakerId == m_current->citizenId())
        return 0;
    const QList<Conversation::Participant> others = m_current->participants();
    for (qsizetype i = 0; i < others.size(); ++i) {
        if (others.at(i).perspectiveId == m_speakerId)
            return int(i) + 1;
    }
    return -1;
}

QVariantMap ConversationController::speaker() const
{
    const int index = speakerIndex();
    return index >= 0 ? people().at(index).toMap() : QVariantMap();
}

QVariantList ConversationController::others() const
{
    return m_current ? peopleBut(m_current->citizenId()) : QVariantList();
}

QVariantList ConversationController::peopleBut(const QString &perspectiveId) const
{
    QVariantList list = people();
    list.removeIf([&](const QVariant &person) {
        return person.toMap().value(QStringLiteral("id")).toString() == perspectiveId;
    });
    return list;
}

QStringList ConversationController::rolesHere() const
{
    QStringList roles;
    if (!m_current)
        return roles;
    for (const Conversation::Participant &participant : m_current->participants()) {
        const QString role = Perspective::kindKey(participant.role);
        if (!roles.contains(role))
            roles.append(role);
    }
    return roles;
}

QVariantList ConversationController::cards() const
{
    QVariantList list;
    for (const ConversationCards::Card &card : ConversationCards::cards()) {
        QString state = QStringLiteral("new");
        if (m_current) {
            for (const Conversation::CardUse &use : m_current->cards()) {
                if (use.cardId == card.key)
                    state = use.used ? QStringLiteral("used") : QStringLiteral("skipped");
            }
        }
        list.append(QVariantMap {{QStringLiteral("key"), card.key},
            {QStringLiteral("text"), card.text()}, {QStringLiteral("state"), state}});
    }
    return list;
}

QStringList ConversationController::groundRules() const
{
    return ConversationCards::groundRules();
}

QVariantList ConversationController::closingItems() const
{
    QVariantList list;
    if (!m_current)
        return list;
    const QList<Conversation::Item> items = m_current->items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Conversation::Item &item = items.at(i);
        const auto who = m_current->participant(item.perspectiveId);
        const Conversation::Decision decision = m_current->decision(i);
        // What she decides on: a note's own words; a fiche she sees on the board beside it.
        const auto note = item.kind == Conversation::Item::Kind::Experience && m_notes
            ? m_notes->load(item.noteId)
            : std::nullopt;
        list.append(QVariantMap {{QStringLiteral("index"), int(i)},
            {QStringLiteral("text"), note ? note->text() : QString()},
            {QStringLiteral("who"),
                who ? person(who->perspectiveId, who->role, who->name) : QVariantMap()},
            {QStringLiteral("domain"), m_board.domainName(item.domainId)},
            {QStringLiteral("domainId"), item.domainId},
            {QStringLiteral("kind"), Conversation::itemKindKey(item.kind)},
            {QStringLiteral("decision"), Conversation::decisionKey(decision)}});
    }
    return list;
}

bool ConversationController::readyToClose() const
{
    return m_current && m_current->isDecided();
}

int ConversationController::firstUndecided() const
{
    if (!m_current)
        return -1;
    for (qsizetype i = 0; i < m_current->items().size(); ++i) {
        if (m_current->decision(i) == Conversation::Decision::Undecided)
            return int(i);
    }
    return -1;
}

QString ConversationController::momentWhen() const
{
    return m_checkIns.whenTextOf(m_momentId);
}

void ConversationController::setPaused(bool paused)
{
    if (paused == m_paused || (paused && !m_current))
        return;
    m_paused = paused;
    emit viewChanged();
}

void ConversationController::setTurned(bool turned)
{
    if (turned == m_turned)
        return;
    m_turned = turned;
    emit viewChanged();
}

QVariantList ConversationController::knownPeople() const
{
    QVariantList list;
    QSet<QString> seen;
    const auto offer = [&](Perspective::Kind role, const QString &name) {
        const QString key = Perspective::kindKey(role) + QLatin1Char('/') + name.toCaseFolded();
        if (role == Perspective::Kind::Citizen || seen.contains(key))
            return;
        seen.insert(key);
        if (m_current) {
            for (const Conversation::Participant &here : m_current->participants()) {
                if (here.role == role && here.name.compare(name, Qt::CaseInsensitive) == 0)
                    return;
            }
        }
        QVariantMap known = person({}, role, name);
        known.remove(QStringLiteral("id"));
        list.append(known);
    };
    if (m_board.board()) {
        for (const Perspective &perspective : m_board.board()->perspectives())
            offer(perspective.kind(), perspective.displayName());
    }
    if (m_repository) {
        const QList<Conversation> all = m_repository->all();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            for (const Conversation::Participant &participant : it->participants())
                offer(participant.role, participant.name);
        }
    }
    return list;
}

QStringList ConversationController::peopleWords(const Conversation &conversation) const
{
    QStringList words {roleLabel(Perspective::Kind::Citizen)};
    for (const Conversation::Participant &participant : conversation.participants())
        words.append(titleOf(participant));
    return words;
}

QStringList ConversationController::usedCardWords(const Conversation &conversation) const
{
    QStringList words;
    for (const Conversation::CardUse &use : conversation.cards()) {
        const auto card = use.used ? ConversationCards::find(use.cardId) : std::nullopt;
        if (card)
            words.append(card->text());
    }
    return words;
}

QVariantList ConversationController::pastConversations() const
{
    QVariantList list;
    if (!m_repository)
        return list;
    const QList<Conversation> all = m_repository->all();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->isClosed())
            continue;
        list.append(QVariantMap {{QStringLiteral("id"), it->id()},
            {QStringLiteral("when"), LocalTimes::dateText(it->startedAt().toLocalTime().date())},
            {QStringLiteral("people"), peopleWords(*it)},
            {QStringLiteral("cards"), usedCardWords(*it)}});
    }
    return list;
}

QVariantMap ConversationController::lastSummary() const
{
    if (!m_closed)
        return {};
    QVariantList goals;
    for (const Goal &goal : m_goals.madeSince(m_closed->startedAt())) {
        QStringList steps;
        for (const Step &step : goal.steps())
            steps.append(step.text());
        goals.append(QVariantMap {{QStringLiteral("words"), goal.ownWords()},
            {QStringLiteral("domain"), m_board.domainName(goal.domainId())},
            {QStringLiteral("steps"), steps}, {QStringLiteral("whoHelps"), goal.whoHelps()},
            {QStringLiteral("byWhen"), LocalTimes::dateText(goal.byWhen())}});
    }
    return {
        {QStringLiteral("when"), LocalTimes::dateText(m_closed->startedAt().toLocalTime().date())},
        {QStringLiteral("people"), peopleWords(*m_closed)},
        {QStringLiteral("cards"), usedCardWords(*m_closed)}, {QStringLiteral("kept"), m_closedKept},
        {QStringLiteral("goals"), goals},
        {QStringLiteral("moment"), m_checkIns.whenTextOf(m_momentId)}};
}

bool ConversationController::start(bool fromLastBoard)
{
    if (!m_repository || m_current)
        return false;
    rememberMoment({}); // a new conversation makes its own moment
    if (fromLastBoard || !m_board.hasBoard())
        m_board.startNewBoard(fromLastBoard && m_board.hasBoard());
    if (!m_board.hasBoard())
        return false;
    m_current.emplace(m_ids.next(), m_clock.now(), m_board.citizenId());
    m_speakerId = m_current->citizenId();
    save();
    return true;
}

QString ConversationController::addPerson(const QString &roleKey, const QString &name)
{
    const auto role = Perspective::kindFromKey(roleKey);
    if (!m_current || !role || *role == Perspective::Kind::Citizen)
        return {};
    // Someone already on her board (from before) joins as they are: their fiches stay theirs.
    QString id;
    if (m_board.board()) {
        for (const Perspective &perspective : m_board.board()->perspectives()) {
            if (perspective.kind() == *role
                && perspective.displayName().compare(name.trimmed(), Qt::CaseInsensitive) == 0
                && !m_current->participant(perspective.id()))
                id = perspective.id();
        }
    }
    if (id.isEmpty()) {
        id = m_board.addPerspective(roleKey, name.trimmed());
        if (!id.isEmpty())
            m_newOnBoard.insert(id);
    }
    if (id.isEmpty())
        return {};
    if (m_current->join(m_current->citizenId(), {id, *role, name}) != Conversation::Result::Ok)
        return {};
    save();
    return id;
}

bool ConversationController::removePerson(const QString &perspectiveId)
{
    if (!m_current
        || m_current->leave(m_current->citizenId(), perspectiveId) != Conversation::Result::Ok)
        return false;
    const auto saidSomething = std::ranges::any_of(m_current->items(),
        [&](const Conversation::Item &item) { return item.perspectiveId == perspectiveId; });
    const bool hasFiches
        = m_board.board() && !m_board.board()->placementsBy(perspectiveId).isEmpty();
    if (!saidSomething && !hasFiches && m_newOnBoard.remove(perspectiveId))
        m_board.removePerspective(perspectiveId);
    if (m_speakerId == perspectiveId)
        m_speakerId = m_current->citizenId();
    save();
    return true;
}

QVariantMap ConversationController::roleCard(const QString &roleKey) const
{
    const auto role = Perspective::kindFromKey(roleKey);
    const auto card = role ? ConversationCards::roleCard(*role) : std::nullopt;
    if (!card)
        return {};
    return {{QStringLiteral("title"), card->title()},
        {QStringLiteral("explanation"), card->explanation()}};
}

void ConversationController::setSpeaker(const QString &perspectiveId)
{
    if (!m_current || perspectiveId == m_speakerId)
        return;
    if (perspectiveId != m_current->citizenId() && !m_current->participant(perspectiveId))
        return;
    m_speakerId = perspectiveId;
    emit changed();
}

void ConversationController::setFeeling(const QString &domainId, const QString &feeling)
{
    if (!m_current)
        return;
    m_board.setFeeling(m_speakerId, domainId, feeling);
    recordBySpeaker(domainId);
}

void ConversationController::setWish(const QString &domainId, const QString &wish)
{
    if (!m_current)
        return;
    m_board.setWish(m_speakerId, domainId, wish);
    recordBySpeaker(domainId);
}

void ConversationController::setNote(const QString &domainId, const QString &note)
{
    if (!m_current)
        return;
    m_board.setNote(m_speakerId, domainId, note);
    recordBySpeaker(domainId);
}

QString ConversationController::addExperience(const QString &domainId, const QString &text)
{
    if (!m_current || !m_notes || !m_board.board()
        || m_board.board()->mayAddExperience(m_speakerId, domainId) != Board::Result::Ok)
        return {};
    const std::optional<ExperienceNote> note
        = ExperienceNote::create(m_ids.next(), m_speakerId, domainId, text, m_clock.now());
    if (!note)
        return {};
    // Written at once like every word; it waits for her decision at the closing.
    m_notes->save(*note);
    (void)m_current->recordItem(
        {Conversation::Item::Kind::Experience, m_speakerId, domainId, note->id()});
    save();
    return note->id();
}

QVariantList ConversationController::experiences(const QString &domainId) const
{
    QVariantList list;
    if (!m_notes)
        return list;
    for (const ExperienceNote &note : m_notes->all()) {
        if (note.domainId() != domainId)
            continue;
        const auto who = m_current ? m_current->participant(note.perspectiveId()) : std::nullopt;
        list.append(
            QVariantMap {{QStringLiteral("id"), note.id()}, {QStringLiteral("text"), note.text()},
                {QStringLiteral("who"),
                    who ? person(who->perspectiveId, who->role, who->name)
                        : person(note.perspectiveId(), Perspective::Kind::Peer, {})}});
    }
    return list;
}

bool ConversationController::changeWho(
    const QString &domainId, const QString &fromPerspectiveId, const QString &toPerspectiveId)
{
    if (!m_current || !m_board.changeFichePerson(fromPerspectiveId, toPerspectiveId, domainId))
        return false;
    if (m_current->moveFiche(m_current->citizenId(), domainId, fromPerspectiveId, toPerspectiveId)
        == Conversation::Result::Ok)
        save();
    return true;
}

bool ConversationController::keepWords(const QString &domainId, const QString &words)
{
    const QString kept = words.trimmed();
    if (!m_current || kept.isEmpty() || !m_board.isChosen(domainId))
        return false;
    const QString before
        = m_board.fiche(m_speakerId, domainId).value(QStringLiteral("note")).toString();
    setNote(domainId, before.isEmpty() ? kept : before + QLatin1Char('\n') + kept);
    return true;
}

void ConversationController::useCard(const QString &key)
{
    if (m_current && ConversationCards::find(key)
        && m_current->recordCard(key, true) == Conversation::Result::Ok)
        save();
}

void ConversationController::skipCard(const QString &key)
{
    if (m_current && ConversationCards::find(key)
        && m_current->recordCard(key, false) == Conversation::Result::Ok)
        save();
}

void ConversationController::decide(int index, bool keep)
{
    if (!m_current)
        return;
    const auto decision = keep ? Conversation::Decision::Keep : Conversation::Decision::Remove;
    if (m_current->decide(m_current->citizenId(), index, decision) == Conversation::Result::Ok)
        save();
}

bool ConversationController::close()
{
    if (!m_current || !m_current->isDecided())
        return false;
    // Through the board and the notes' store, as any removal she makes: saved at once and
    // securely deleted.
    ConversationClosing::remove(*m_current,
        {[this](const QString &perspectiveId, const QString &domainId) {
             m_board.removeFiche(perspectiveId, domainId);
         },
            [this](const QString &noteId) {
                if (m_notes)
                    m_notes->remove(noteId);
            }});
    if (m_current->close(m_current->citizenId(), m_clock.now()) != Conversation::Result::Ok)
        return false;
    m_closedKept.clear();
    const QList<Conversation::Item> items = m_current->items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (m_current->decision(i) == Conversation::Decision::Keep)
            m_closedKept.append(itemWords(items.at(i)));
    }
    save();
    m_closed = m_current;
    m_current.reset();
    // What was typed and never kept goes with the conversation.
    if (m_drafts) {
        for (const QString &box : kDraftBoxes) {
            if (!m_drafts->note(draftKey(box)).isEmpty())
                m_drafts->save(draftKey(box), {});
        }
        if (!m_drafts->note(kMomentKey).isEmpty())
            m_drafts->save(kMomentKey, {}); // the summary still shows it; no restart resumes it
    }
    m_speakerId.clear();
    setPaused(false);
    setTurned(false);
    emit changed();
    emit conversationClosed();
    return true;
}

QString ConversationController::addAgreement(const QString &domainId, const QString &goal,
    const QString &step, const QString &helperId, const QString &byWhenIso)
{
    if (!m_current)
        return {};
    const QString goalId = m_goals.addGoal(domainId, goal);
    if (goalId.isEmpty())
        return {};
    // The goal is open in the goals' controller now: what follows is added to it.
    if (!step.trimmed().isEmpty())
        (void)m_goals.addStep(step.trimmed());
    if (!helperId.isEmpty() && helperId != m_current->citizenId())
        m_goals.setWhoHelps(personTitle(helperId));
    if (!byWhenIso.isEmpty())
        m_goals.setByWhen(byWhenIso);
    m_goals.close();
    emit changed();
    return goalId;
}

QString ConversationController::addMoment()
{
    if (!m_current && !m_closed)
        return {};
    if (!m_momentId.isEmpty() && !m_checkIns.whenTextOf(m_momentId).isEmpty())
        return m_momentId;
    const QString id = m_checkIns.addCheckIn();
    if (id.isEmpty())
        return {};
    QStringList others = peopleWords(m_current ? *m_current : *m_closed);
    others.removeFirst(); // not "Ik": the others she meets again
    if (!others.isEmpty())
        m_checkIns.setWithWhom(others.join(QStringLiteral(", ")));
    rememberMoment(id);
    emit changed();
    return id;
}

void ConversationController::rememberMoment(const QString &id)
{
    m_momentId = id;
    // Kept only while a conversation is open: a closed one is never resumed.
    if (m_drafts && (m_current || id.isEmpty()) && m_drafts->note(kMomentKey) != id)
        m_drafts->save(kMomentKey, id);
}

QString ConversationController::draft(const QString &box) const
{
    return m_drafts && kDraftBoxes.contains(box) ? m_drafts->note(draftKey(box)) : QString();
}

void ConversationController::keepDraft(const QString &box, const QString &words)
{
    // Only while a conversation is going on: the closing empties the boxes.
    if (!m_drafts || !m_current || !kDraftBoxes.contains(box) || draft(box) == words)
        return;
    m_drafts->save(draftKey(box), words);
}

void ConversationController::removePast(const QString &conversationId)
{
    if (!m_repository || (m_current && m_current->id() == conversationId))
        return;
    const auto conversation = m_repository->load(conversationId);
    if (!conversation || !conversation->isClosed())
        return;
    m_repository->remove(conversationId);
    emit changed();
}

QString ConversationController::personTitle(const QString &perspectiveId) const
{
    const auto who = m_current ? m_current->participant(perspectiveId) : std::nullopt;
    return who ? titleOf(*who) : QString();
}

QString ConversationController::titleOf(const Conversation::Participant &who)
{
    // As on her board: "Sanne (ervaringswerker)".
    return FicheDescriber::title(Perspective(who.perspectiveId, who.role, who.name));
}

QString ConversationController::itemWords(const Conversation::Item &item) const
{
    // What was said, as she decided on it: the note's words, or the fiche's answer and note.
    QString said;
    if (item.kind == Conversation::Item::Kind::Experience) {
        const auto note = m_notes ? m_notes->load(item.noteId) : std::nullopt;
        said = note ? note->text() : QString();
    } else if (m_board.board()) {
        if (const auto placement = m_board.board()->placement(item.perspectiveId, item.domainId)) {
            said = FicheDescriber::answerWords(*placement);
            if (!placement->note().isEmpty())
                said += (said.isEmpty() ? QString() : QStringLiteral(" ")) + placement->note();
        }
    }
    //: What she kept at the closing: %1 is who said it, %2 the leefgebied.
    const QString who
        = tr("%1 bij %2").arg(personTitle(item.perspectiveId), m_board.domainName(item.domainId));
    return said.isEmpty() ? who : who + QStringLiteral(": ") + said;
}

void ConversationController::recordBySpeaker(const QString &domainId)
{
    // Only a fiche that is there (the board refuses one on a domain she did not choose).
    if (m_speakerId == m_current->citizenId() || m_board.fiche(m_speakerId, domainId).isEmpty())
        return;
    if (m_current->recordItem({Conversation::Item::Kind::Fiche, m_speakerId, domainId, {}})
        == Conversation::Result::Ok)
        save();
}

void ConversationController::save()
{
    if (m_repository && m_current)
        m_repository->save(*m_current);
    emit changed();
}

} // namespace mapje
