#pragma once

#include "core/perspective.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mapje {

/**
 * One conversation at one screen (a tandem, the spreekkamer, a partner at home): who is here,
 * which conversation cards were used or skipped, and what the others added, so that at the end
 * the citizen goes through it and keeps or removes each item. The citizen leads: only she adds
 * people, decides on items and closes. Nothing here belongs to a worker.
 */
class Conversation {
public:
    enum class Result {
        Ok, ///< done
        Unchanged, ///< already so; not a problem
        NotCitizen, ///< only the citizen may do this
        UnknownPerspective, ///< nobody with this id is in the conversation
        AlreadyHere, ///< this person is already in the conversation
        CitizenIsHere, ///< the citizen is always here and cannot be added or leave
        UnknownItem, ///< no item with this number
        NotDecided, ///< an item still waits for keep or remove
        Closed, ///< the conversation is closed; nothing changes any more
    };

    /** Someone at the screen besides the citizen, by role and an optional first name. */
    struct Participant {
        QString perspectiveId;
        Perspective::Kind role = Perspective::Kind::Close;
        QString name;
        friend bool operator==(const Participant &, const Participant &) = default;
    };

    /** A conversation card the citizen picked or skipped, in the order she met them. */
    struct CardUse {
        QString cardId;
        bool used = false;
        friend bool operator==(const CardUse &, const CardUse &) = default;
    };

    /** What another person added: a fiche on a domain, or a "Wat mij hielp" note (by its id). */
    struct Item {
        enum class Kind { Fiche, Experience };
        Kind kind = Kind::Fiche;
        QString perspectiveId;
        QString domainId;
        QString noteId; ///< only for an Experience note
        friend bool operator==(const Item &, const Item &) = default;
    };

    enum class Decision { Undecided, Keep, Remove };

    /** Everything a conversation holds, as the vault keeps it. */
    struct Stored {
        QString id;
        QDateTime startedAt;
        QString citizenId;
        QList<Participant> participants;
        QList<CardUse> cards;
        QList<Item> items;
        QList<Decision> decisions; ///< one per item; missing ones are undecided
        QDateTime closedAt;
    };

    Conversation(QString id, QDateTime startedAt, QString citizenId);
    /** As it was written: the rules were checked when it happened (someone who left may have
     * items; a closed conversation stays closed). */
    [[nodiscard]] static Conversation restored(Stored stored);

    /** Stable text keys for storage: "fiche", "experience"; "undecided", "keep", "remove". */
    [[nodiscard]] static QString itemKindKey(Item::Kind kind);
    [[nodiscard]] static std::optional<Item::Kind> itemKindFromKey(QStringView key);
    [[nodiscard]] static QString decisionKey(Decision decision);
    [[nodiscard]] static std::optional<Decision> decisionFromKey(QStringView key);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QDateTime startedAt() const { return m_startedAt; }
    [[nodiscard]] QString citizenId() const { return m_citizenId; }
    [[nodiscard]] QList<Participant> participants() const { return m_participants; }
    [[nodiscard]] std::optional<Participant> participant(const QString &perspectiveId) const;
    [[nodiscard]] QList<CardUse> cards() const { return m_cards; }
    [[nodiscard]] QList<Item> items() const { return m_items; }
    [[nodiscard]] Decision decision(qsizetype item) const;
    [[nodiscard]] bool isClosed() const { return m_closedAt.isValid(); }
    [[nodiscard]] QDateTime closedAt() const { return m_closedAt; }

    /** The citizen says who is here. */
    [[nodiscard]] Result join(const QString &actorId, const Participant &participant);
    /** Someone leaves; what they added stays to be decided on. */
    [[nodiscard]] Result leave(const QString &actorId, const QString &perspectiveId);

    /** A card was used or skipped; picking a card again after skipping it counts as used. */
    [[nodiscard]] Result recordCard(const QString &cardId, bool used);

    /** Another person added something; the citizen's own words are hers and not reviewed. A
     * second fiche by the same person on the same domain is the same item. */
    [[nodiscard]] Result recordItem(const Item &item);
    /**
     * The citizen said a fiche is someone else's ("Wie vertelt nu?" was wrong): its item follows
     * it. Moved to her, it is no longer the others' to review; moved from her, it is. A decision
     * already made starts over, as the fiche is now someone else's words.
     */
    [[nodiscard]] Result moveFiche(const QString &actorId, const QString &domainId,
        const QString &fromPerspectiveId, const QString &toPerspectiveId);

    /** At the closing: keep or remove one item (the citizen only). */
    [[nodiscard]] Result decide(const QString &actorId, qsizetype item, Decision decision);
    /** Every item has a decision. */
    [[nodiscard]] bool isDecided() const;
    /** The items the citizen chose to remove, to delete from the vault. */
    [[nodiscard]] QList<Item> itemsToRemove() const;

    /** Ends the conversation once every item is decided (the citizen only). */
    [[nodiscard]] Result close(const QString &actorId, const QDateTime &at);

    friend bool operator==(const Conversation &, const Conversation &) = default;

private:
    [[nodiscard]] Result checkOpenAndCitizen(const QString &actorId) const;

    QString m_id;
    QDateTime m_startedAt;
    QString m_citizenId;
    QList<Participant> m_participants;
    QList<CardUse> m_cards;
    QList<Item> m_items;
    QList<Decision> m_decisions; // one per item
    QDateTime m_closedAt;
};

} // namespace mapje
