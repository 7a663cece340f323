#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace mapje {

class Clock;

/**
 * The citizen's preparation for a spreekkamer appointment, so nothing is forgotten under stress;
 * and afterwards, what was agreed, in their own words.
 *
 * Things to bring (toBring) are one list in the citizen's order. A standard document is stored by
 * its DocumentCatalogue key ("id", "bankStatements", …), so it reads right in every language; any
 * other item is the citizen's own words. Items are unique, so an item is also its own key, and
 * packed() holds the items that are ticked (always a part of toBring, in the same order).
 */
class Appointment {
public:
    /** One of "my questions": the citizen's words, and the suggestion it was picked from, if any.
     */
    struct Question {
        QString text;
        /** A QuestionCatalogue key when the citizen picked a suggestion; empty for own questions.
         */
        QString suggestionKey;

        friend bool operator==(const Question &, const Question &) = default;
    };

    /** An appointment at a moment (a day and a time); an invalid moment leaves both open. */
    explicit Appointment(QString id, QDateTime when);

    [[nodiscard]] QString id() const { return m_id; }
    /**
     * The moment when the citizen picked a day and a time. Invalid until she picks the day (a new
     * appointment has no date chosen for her) and for a day alone (see dayWithoutTime()).
     */
    [[nodiscard]] QDateTime when() const { return m_when; }
    /** Whether she picked the day, with or without a time. */
    [[nodiscard]] bool hasWhen() const { return m_when.isValid() || m_day.isValid(); }
    /** Whether she picked a time too; a day alone has none, and Mapje never chooses one. */
    [[nodiscard]] bool hasTime() const { return m_when.isValid(); }
    /** The day she picked without a time; invalid when she picked a time (or no day). */
    [[nodiscard]] QDate dayWithoutTime() const { return m_day; }
    /** The day on the wall clock of this zone; a day alone is that day in every zone. */
    [[nodiscard]] QDate day(const QTimeZone &zone) const;
    /** Its moment, or for a day alone the start of that day in this zone; invalid without a day.
     */
    [[nodiscard]] QDateTime startsAt(const QTimeZone &zone) const;
    [[nodiscard]] QString where() const { return m_where; }
    [[nodiscard]] QString withWhom() const { return m_withWhom; }
    [[nodiscard]] QList<Question> questions() const { return m_questions; }
    /** Only the words of the questions, in the citizen's order. */
    [[nodiscard]] QStringList myQuestions() const;
    /** The suggestion keys of the questions that were picked from the suggestions. */
    [[nodiscard]] QStringList pickedSuggestions() const;
    [[nodiscard]] QStringList toBring() const { return m_toBring; }
    /** The items of toBring() that the citizen ticked as packed, in the list's order. */
    [[nodiscard]] QStringList packed() const;
    [[nodiscard]] bool isPacked(const QString &item) const { return m_packed.contains(item); }
    [[nodiscard]] QString wantThemToKnow() const { return m_wantThemToKnow; }
    [[nodiscard]] QString comesWithMe() const { return m_comesWithMe; }
    /** Afterwards: what was agreed, in the citizen's own words; empty until then. */
    [[nodiscard]] QString agreed() const { return m_agreed; }
    /** Whether the citizen said yes to a reminder of this appointment; off until she does. */
    [[nodiscard]] bool remind() const { return m_remind; }
    /**
     * Whether the appointment lies in the past by this clock, so "what was agreed?" fits: its
     * moment has come, or for a day alone that day is over on the wall clock of this zone.
     */
    [[nodiscard]] bool hasPassed(
        const Clock &clock, const QTimeZone &zone = QTimeZone::utc()) const;

    /** A day and a time she picked (the day alone is gone); invalid: no day chosen. */
    void setWhen(const QDateTime &when)
    {
        m_when = when;
        m_day = QDate();
    }
    /** A day she picked without a time (a moment is gone); invalid: no day chosen. */
    void setDayWithoutTime(QDate day)
    {
        m_day = day;
        m_when = QDateTime();
    }
    void setWhere(const QString &where) { m_where = where.trimmed(); }
    void setWithWhom(const QString &withWhom) { m_withWhom = withWhom.trimmed(); }
    void setWantThemToKnow(const QString &text) { m_wantThemToKnow = text.trimmed(); }
    void setComesWithMe(const QString &text) { m_comesWithMe = text.trimmed(); }
    void setAgreed(const QString &text) { m_agreed = text.trimmed(); }
    void setRemind(bool remind) { m_remind = remind; }

    /** Own questions (no suggestion); each is trimmed, empty ones are left out. */
    void setMyQuestions(const QStringList &questions);
    /** Adds a question at the end; false (and nothing added) when it is empty. */
    [[nodiscard]] bool addQuestion(const QString &question, const QString &suggestionKey = {});
    /** New words for a question; false (old words kept) when empty or there is no such question.
     */
    [[nodiscard]] bool setQuestionText(qsizetype index, const QString &text);
    /** False when there is no question at this place. */
    [[nodiscard]] bool removeQuestion(qsizetype index);
    /** Moves a question to another place; false when either place does not exist. */
    [[nodiscard]] bool moveQuestion(qsizetype from, qsizetype to);

    /** Each item is trimmed; empty items and repeats are left out; ticks of items gone go too. */
    void setToBring(const QStringList &items);
    /** Adds a thing to bring at the end; false (and nothing added) when empty or already there. */
    [[nodiscard]] bool addToBring(const QString &item);
    /** False when there is no item at this place. */
    [[nodiscard]] bool removeToBring(qsizetype index);
    /** Ticks an item as packed or takes the tick away; false when the item is not on the list. */
    [[nodiscard]] bool setPacked(const QString &item, bool packed);

    friend bool operator==(const Appointment &, const Appointment &) = default;

private:
    QString m_id;
    QDateTime m_when; // a day with a time
    QDate m_day; // a day alone; never valid together with m_when
    QString m_where;
    QString m_withWhom;
    QList<Question> m_questions;
    QStringList m_toBring;
    QStringList m_packed; // a part of m_toBring, kept in its order
    QString m_wantThemToKnow;
    QString m_comesWithMe;
    QString m_agreed;
    bool m_remind = false;
};

} // namespace mapje
