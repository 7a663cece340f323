#include "ui/conversation/conversationcontroller.h"

#include "core/clock.h"
#include "core/conversation/conversationcards.h"
#include "core/conversation/conversationclosing.h"
#include "core/idgenerator.h"
#include "storage/conversation/conversationrepository.h"
#include "storage/conversation/experiencenoterepository.h"
#include "ui/board/boardcontroller.h"

#include <QCoreApplication>

namespace mapje {

namespace {

QString roleLabel(Perspective::Kind role)
{
    return QCoreApplication::translate(
        Perspective::TranslationContext, Perspective::kindLabelSource(role));
}

QVariantMap person(const QString &id, Perspective::Kind role, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("role"), Perspective::kindKey(role)},
        {QStringLiteral("roleLabel"), roleLabel(role)}, {QStringLiteral("name"), name}};
}

} // namespace

ConversationController::ConversationController(
    const Clock &clock, IdGenerator &ids, BoardController &board, QObject *parent)
    : QObject(parent), m_clock(clock), m_ids(ids), m_board(board)
{
}

void ConversationController::setStores(
    ConversationRepository *conversations, ExperienceNoteRepository *notes)
{
    m_repository = conversations;
    m_notes = notes;
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

bool ConversationController::start(bool fromLastBoard)
{
    if (!m_repository || m_current)
        return false;
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
    const QString id = m_board.addPerspective(roleKey, name.trimmed());
    if (id.isEmpty())
        return {};
    if (m_current->join(m_current->citizenId(), {id, *role, name}) != Conversation::Result::Ok)
        return {};
    save();
    return id;
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
    save();
    m_current.reset();
    m_speakerId.clear();
    emit changed();
    emit conversationClosed();
    return true;
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
