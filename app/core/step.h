#pragma once

#include <QDate>
#include <QString>

namespace mapje {

/** A small step towards a goal that the citizen can tick off, so progress is seen without a number.
 */
class Step {
public:
    /** The text is trimmed only; Goal refuses a step whose text is empty. */
    explicit Step(QString id, const QString &text, bool done = false);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] bool isDone() const { return m_done; }
    /** The day the citizen wants a reminder of this step; invalid when they asked for none. */
    [[nodiscard]] QDate remindOn() const { return m_remindOn; }

    void setText(const QString &text) { m_text = text.trimmed(); }
    void tick() { m_done = true; }
    void untick() { m_done = false; }
    void setRemindOn(QDate day) { m_remindOn = day; }

    friend bool operator==(const Step &, const Step &) = default;

private:
    QString m_id;
    QString m_text;
    bool m_done;
    QDate m_remindOn;
};

} // namespace mapje
