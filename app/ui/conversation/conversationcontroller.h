#pragma once

#include "core/conversation/conversation.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace mapje {

class BoardController;
class Clock;
class ConversationRepository;
class ExperienceNoteRepository;
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
    Q_PROPERTY(QVariantList cards READ cards NOTIFY changed)
    Q_PROPERTY(QStringList groundRules READ groundRules NOTIFY changed)
    Q_PROPERTY(QVariantList closingItems READ closingItems NOTIFY changed)
    Q_PROPERTY(bool readyToClose READ readyToClose NOTIFY changed)

public:
    ConversationController(
        const Clock &clock, IdGenerator &ids, BoardController &board, QObject *parent);

    /** Connected when the vault opens (a conversation left open goes on), nullptr before it
     * closes: the conversations and the "Wat mij hielp" notes. */
    void setStores(ConversationRepository *conversations, ExperienceNoteRepository *notes);

    [[nodiscard]] bool active() const { return m_current.has_value(); }
    /** Everyone here, the citizen first: { id, role, roleLabel, name }. */
    [[nodiscard]] QVariantList people() const;
    [[nodiscard]] QString speakerId() const { return m_speakerId; }
    /** The cards in their order: { key, text, state: "new", "used" or "skipped" }. */
    [[nodiscard]] QVariantList cards() const;
    [[nodiscard]] QStringList groundRules() const;
    /** What the others added, to keep or remove: { index, who, domain, domainId, kind, text (a
     * note's words), decision }. */
    [[nodiscard]] QVariantList closingItems() const;
    /** Every item has her decision. */
    [[nodiscard]] bool readyToClose() const;

    /** Starts a conversation on her board (a new one, from the last one if she wants). */
    Q_INVOKABLE bool start(bool fromLastBoard);
    /** "peer", "professional" or "close" with an optional first name; returns the person's id. */
    Q_INVOKABLE QString addPerson(const QString &roleKey, const QString &name);
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
    Q_INVOKABLE void useCard(const QString &key);
    Q_INVOKABLE void skipCard(const QString &key);
    /** At the closing: keep (true) or remove (false) one item. */
    Q_INVOKABLE void decide(int index, bool keep);
    /** Removes what she chose to remove and ends the conversation; false while undecided. */
    Q_INVOKABLE bool close();

signals:
    void changed();
    /** The closing is done: what she removed is deleted; the vault can empty its log now. */
    void conversationClosed();

private:
    void recordBySpeaker(const QString &domainId);
    void save();

    const Clock &m_clock;
    IdGenerator &m_ids;
    BoardController &m_board;
    ConversationRepository *m_repository = nullptr;
    ExperienceNoteRepository *m_notes = nullptr;
    std::optional<Conversation> m_current;
    QString m_speakerId;
};

} // namespace mapje
