#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mapje {

/** The citizen's preparation for a spreekkamer appointment, so nothing is forgotten under stress.
 */
class Appointment {
public:
    explicit Appointment(QString id, QDateTime when);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QDateTime when() const { return m_when; }
    [[nodiscard]] QString where() const { return m_where; }
    [[nodiscard]] QString withWhom() const { return m_withWhom; }
    [[nodiscard]] QStringList myQuestions() const { return m_myQuestions; }
    [[nodiscard]] QStringList toBring() const { return m_toBring; }
    [[nodiscard]] QString wantThemToKnow() const { return m_wantThemToKnow; }
    [[nodiscard]] QString comesWithMe() const { return m_comesWithMe; }
    /** Whether the citizen wants a reminder of this appointment. */
    [[nodiscard]] bool remind() const { return m_remind; }

    void setWhen(const QDateTime &when) { m_when = when; }
    void setWhere(const QString &where) { m_where = where.trimmed(); }
    void setWithWhom(const QString &withWhom) { m_withWhom = withWhom.trimmed(); }
    void setWantThemToKnow(const QString &text) { m_wantThemToKnow = text.trimmed(); }
    void setComesWithMe(const QString &text) { m_comesWithMe = text.trimmed(); }
    void setRemind(bool remind) { m_remind = remind; }

    /** Each item is trimmed; empty items are left out. */
    void setMyQuestions(const QStringList &questions);
    /** Adds a question at the end; false (and nothing added) when it is empty. */
    [[nodiscard]] bool addQuestion(const QString &question);
    /** False when there is no question at this place. */
    [[nodiscard]] bool removeQuestion(qsizetype index);

    /** Each item is trimmed; empty items are left out. */
    void setToBring(const QStringList &items);
    /** Adds a thing to bring at the end; false (and nothing added) when it is empty. */
    [[nodiscard]] bool addToBring(const QString &item);
    /** False when there is no item at this place. */
    [[nodiscard]] bool removeToBring(qsizetype index);

    friend bool operator==(const Appointment &, const Appointment &) = default;

private:
    QString m_id;
    QDateTime m_when;
    QString m_where;
    QString m_withWhom;
    QStringList m_myQuestions;
    QStringList m_toBring;
    QString m_wantThemToKnow;
    QString m_comesWithMe;
    bool m_remind = false;
};

} // namespace mapje
