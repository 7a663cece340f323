#pragma once

#include "core/conversation/conversation.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace mapje {

class BoardController;
class CheckInsController;
class Clock;
class ConversationRepository;
class ExperienceNoteRepository;
class NoteStore;
class GoalsController;
class IdGenerator;

/**
 * A conversation at one screen, led by the citizen: she says who is here, "Wie vertelt nu?" says
 * under whose name a fiche is written, the cards are picked or skipped, and at the closing she
 * keeps or removes each thing the others added. Everything is written at once (the fiches on her
 * board, the record in the vault), so a conversation survives the app closing and goes on after
 * the unlock. Nothing here belongs to a worker.
 */
class ConversationController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QVariantList people READ people NOTIFY changed)
    Q_PROPERTY(QString speakerId READ speakerId NOTIFY changed)
    Q_PROPERTY(int speakerIndex READ speakerIndex NOTIFY changed)
    Q_PROPERTY(QVariantMap speaker READ speaker NOTIFY changed)
    Q_PROPERTY(QVariantList others READ others NOTIFY changed)
    Q_PROPERTY(QStringList rolesHere READ rolesHere NOTIFY changed)
    Q_PROPERTY(QVariantList cards READ cards NOTIFY changed)
    Q_PROPERTY(QStringList groundRules READ groundRules NOTIFY changed)
    Q_PROPERTY(QVariantList closingItems READ closingItems NOTIFY changed)
    Q_PROPERTY(bool readyToClose READ readyToClose NOTIFY changed)
    Q_PROPERTY(int firstUndecided READ firstUndecided NOTIFY changed)
    Q_PROPERTY(QVariantList knownPeople READ knownPeople NOTIFY changed)
    Q_PROPERTY(QVariantList pastConversations READ pastConversations NOTIFY changed)
    Q_PROPERTY(QVariantMap lastSummary READ lastSummary NOTIFY changed)
    Q_PROPERTY(QString momentId READ momentId NOTIFY changed)
    Q_PROPERTY(QString momentWhen READ momentWhen NOTIFY changed)
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY viewChanged)
    Q_PROPERTY(bool turned READ turned WRITE setTurned NOTIFY viewChanged)

public:
    /** The agreements at the closing become her goals and an agreed moment through the goals'
     * and the moments' own controllers, so they are checked and saved as any goal she makes. */
    struct Helpers {
        BoardController &board;
        GoalsController &goals;
        CheckInsController &checkIns;
    };

    ConversationController(const Clock &clock, IdGenerator &ids, Helpers helpers, QObject *parent);

    /** Connected when the vault opens (a conversation left open goes on), nullptr before it
     * closes: the conversations, the "Wat mij hielp" notes, and the vault's notes where words
     * typed but not yet kept wait (drafts). */
    void setStores(
        ConversationRepository *conversations, ExperienceNoteRepository *notes, NoteStore *drafts);

    [[nodiscard]] bool active() const { return m_current.has_value(); }
    /** Everyone here, the citizen first: { id, role, roleLabel, name, title, inSentence } (title
     * as on her board: "Sanne (ervaringswerker)", "Ik"; inSentence for inside a sentence:
     * "Sanne", "de hulpverlener", "jij"). */
    [[nodiscard]] QVariantList people() const;
    [[nodiscard]] QString speakerId() const { return m_speakerId; }
    /** Where the speaker is in people(); -1 without a conversation. */
    [[nodiscard]] int speakerIndex() const;
    /** The speaker as in people(); empty without a conversation. */
    [[nodiscard]] QVariantMap speaker() const;
    /** Everyone here but her, as in people(). */
    [[nodiscard]] QVariantList others() const;
    /** The roles of the others here, each once, in the order they joined. */
    [[nodiscard]] QStringList rolesHere() const;
    /** Everyone here but one person, as in people(): whose a fiche may be instead. */
    Q_INVOKABLE QVariantList peopleBut(const QString &perspectiveId) const;
    /** The cards in their order: { key, text, state: "new", "used" or "skipped" }. */
    [[nodiscard]] QVariantList cards() const;
    [[nodiscard]] QStringList groundRules() const;
    /** What the others added, to keep or remove: { index, who, domain, domainId, kind, text (a
     * note's words), decision }. */
    [[nodiscard]] QVariantList closingItems() const;
    /** Every item has her decision. */
    [[nodiscard]] bool readyToClose() const;
    /** The first item still waiting for her decision; -1 when there is none. */
    [[nodiscard]] int firstUndecided() const;
    /** People she had with her before and who are not here now, to add again with one tap:
     * { role, roleLabel, name, title }; from her board and earlier conversations, each once. */
    [[nodiscard]] QVariantList knownPeople() const;
    /** Her earlier conversations, newest first: { id, when, people, cards } (people and cards
     * as lists of words). Shown only when she opens them. */
    [[nodiscard]] QVariantList pastConversations() const;
    /** The conversation just closed, for its summary: { when, people, cards, kept, goals,
     * moment }; empty when there is none. */
    [[nodiscard]] QVariantMap lastSummary() const;

    /** The moment made in this conversation to look back together ("" before there is one), and
     * when it is in words. */
    [[nodiscard]] QString momentId() const { return m_momentId; }
    [[nodiscard]] QString momentWhen() const;

    /** The screen is covered (someone may walk in); everything stays as it was. Not kept: a
     * conversation opened again after a restart is not paused. */
    [[nodiscard]] bool paused() const { return m_paused; }
    void setPaused(bool paused);
    /** The whole view turned 180° for the person across a table. */
    [[nodiscard]] bool turned() const { return m_turned; }
    void setTurned(bool turned);

    /** Starts a conversation on her board (a new one, from the last one if she wants). */
    Q_INVOKABLE bool start(bool fromLastBoard);
    /** "peer", "professional" or "close" with an optional first name; returns the person's id.
     * Someone already on her board with that role and name joins as they are, not twice. */
    Q_INVOKABLE QString addPerson(const QString &roleKey, const QString &name);
    /** Someone added by mistake, or who went home: they leave the conversation. What they said
     * stays for her to keep or remove at the end; someone who said nothing yet and was never on
     * her board before leaves no trace on it. */
    Q_INVOKABLE bool removePerson(const QString &perspectiveId);
    /** What this role does here: { title, explanation }; empty for the citizen. */
    Q_INVOKABLE QVariantMap roleCard(const QString &roleKey) const;
    /** "Wie vertelt nu?": whose words the next fiche is. */
    Q_INVOKABLE void setSpeaker(const QString &perspectiveId);
    /** The speaker's fiche on a chosen domain, as on the board. */
    Q_INVOKABLE void setFeeling(const QString &domainId, const QString &feeling);
    Q_INVOKABLE void setWish(const QString &domainId, const QString &wish);
    Q_INVOKABLE void setNote(const QString &domainId, const QString &note);
    /** "Wat mij hielp" by the speaker, who must be an ervaringswerker, on a chosen domain;
     * returns the note's id, or "" when it is not theirs to add or has no words. */
    Q_INVOKABLE QString addExperience(const QString &domainId, const QString &text);
    /** The "Wat mij hielp" notes on a domain: { id, text, who } (who: the person, see people). */
    Q_INVOKABLE QVariantList experiences(const QString &domainId) const;
    /** She says a fiche is someone else's: it moves, with everything on it, and the closing
     * follows. False when that person already has a fiche there. */
    Q_INVOKABLE bool changeWho(
        const QString &domainId, const QString &fromPerspectiveId, const QString &toPerspectiveId);
    /** What was said at a card, kept in the speaker's own words on a domain: added below the
     * note that is there, never over it. */
    Q_INVOKABLE bool keepWords(const QString &domainId, const QString &words);
    Q_INVOKABLE void useCard(const QString &key);
    Q_INVOKABLE void skipCard(const QString &key);
    /** At the closing: keep (true) or remove (false) one item. */
    Q_INVOKABLE void decide(int index, bool keep);
    /** Removes what she chose to remove and ends the conversation; false while undecided. */
    Q_INVOKABLE bool close();
    /** An agreement, "who does what before when", becomes her goal on a domain: her words, the
     * first step, the person who helps and the date. Returns the goal's id, or "" (the goals'
     * notice says why). */
    Q_INVOKABLE QString addAgreement(const QString &domainId, const QString &goal,
        const QString &step, const QString &helperId, const QString &byWhenIso);
    /** The moment to look back together, with its reminder, with everyone here; returns its id
     * so the moment's page can open it. Once made, the same moment (never a second one). */
    Q_INVOKABLE QString addMoment();
    /** Deletes the record of an earlier conversation (not what she kept from it). */
    Q_INVOKABLE void removePast(const QString &conversationId);
    /** Words typed in a box of the conversation and not kept yet ("cardWords", "experience",
     * "agreementGoal", "agreementStep"), written to the vault as she types so that closing
     * Mapje loses nothing; emptied when the conversation ends. */
    Q_INVOKABLE QString draft(const QString &box) const;
    Q_INVOKABLE void keepDraft(const QString &box, const QString &words);

signals:
    void changed();
    /** Paused or turned. */
    void viewChanged();
    /** The closing is done: what she removed is deleted; the vault can empty its log now. */
    void conversationClosed();

private:
    void recordBySpeaker(const QString &domainId);
    [[nodiscard]] QString personTitle(const QString &perspectiveId) const;
    [[nodiscard]] QString itemWords(const Conversation::Item &item) const;
    [[nodiscard]] static QString titleOf(const Conversation::Participant &who);
    [[nodiscard]] QStringList peopleWords(const Conversation &conversation) const;
    [[nodiscard]] QStringList usedCardWords(const Conversation &conversation) const;
    void save();
    void rememberMoment(const QString &id);

    const Clock &m_clock;
    IdGenerator &m_ids;
    BoardController &m_board;
    GoalsController &m_goals;
    CheckInsController &m_checkIns;
    ConversationRepository *m_repository = nullptr;
    ExperienceNoteRepository *m_notes = nullptr;
    NoteStore *m_drafts = nullptr;
    std::optional<Conversation> m_current;
    QString m_speakerId;
    /** People made for this conversation, so one added by mistake leaves no name on her board. */
    QSet<QString> m_newOnBoard;
    /** The last closing, for its summary: the conversation, what she kept and the moment. */
    std::optional<Conversation> m_closed;
    QStringList m_closedKept;
    QString m_momentId;
    bool m_paused = false;
    bool m_turned = false;
};

} // namespace mapje
