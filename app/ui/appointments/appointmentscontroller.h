#pragma once

#include <QObject>
#include <QTimeZone>
#include <functional>
#include <optional>

#include "core/appointment.h"
#include "ui/appointments/appointmentquestionsmodel.h"
#include "ui/appointments/appointmentsmodel.h"
#include "ui/appointments/suggestionsmodel.h"
#include "ui/appointments/thingstobringmodel.h"
#include "ui/shared/saveretry.h"

namespace mapje {

class AppointmentRepository;
class Clock;
class IdGenerator;

/**
 * The spreekkamer appointments: prepare one (when, where, with whom, my questions, what to bring,
 * what I want them to know, who comes along, a reminder or not) and afterwards write down what was
 * agreed, in the citizen's own words. Every change is saved at once; nothing typed is lost.
 */
class AppointmentsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(mapje::AppointmentsModel *list READ list CONSTANT)
    Q_PROPERTY(mapje::AppointmentQuestionsModel *questions READ questions CONSTANT)
    Q_PROPERTY(mapje::SuggestionsModel *suggestions READ suggestions CONSTANT)
    Q_PROPERTY(mapje::ThingsToBringModel *toBring READ toBring CONSTANT)
    Q_PROPERTY(mapje::SuggestionsModel *documentSuggestions READ documentSuggestions CONSTANT)
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY listChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(QString currentDateIso READ currentDateIso NOTIFY currentChanged)
    Q_PROPERTY(QString currentTimeIso READ currentTimeIso NOTIFY currentChanged)
    Q_PROPERTY(QString currentWhenText READ currentWhenText NOTIFY currentChanged)
    Q_PROPERTY(bool currentHasTime READ currentHasTime NOTIFY currentChanged)
    Q_PROPERTY(QString currentWhere READ currentWhere NOTIFY currentChanged)
    Q_PROPERTY(QString currentWithWhom READ currentWithWhom NOTIFY currentChanged)
    Q_PROPERTY(QString currentWantThemToKnow READ currentWantThemToKnow NOTIFY currentChanged)
    Q_PROPERTY(QString currentComesWithMe READ currentComesWithMe NOTIFY currentChanged)
    Q_PROPERTY(bool currentRemind READ currentRemind NOTIFY currentChanged)
    Q_PROPERTY(QString currentAgreed READ currentAgreed NOTIFY currentChanged)
    Q_PROPERTY(bool currentHasPassed READ currentHasPassed NOTIFY currentChanged)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    AppointmentsController(const Clock &clock, IdGenerator &ids, QTimeZone zone, QObject *parent);

    /** Connected when the vault opens, nullptr before it closes. */
    void setRepository(AppointmentRepository *repository);
    void setRetryInterval(int milliseconds) { m_saveRetry->setInterval(milliseconds); }

    [[nodiscard]] AppointmentsModel *list() const { return m_list; }
    [[nodiscard]] AppointmentQuestionsModel *questions() const { return m_questions; }
    [[nodiscard]] SuggestionsModel *suggestions() const { return m_suggestions; }
    [[nodiscard]] ThingsToBringModel *toBring() const { return m_toBring; }
    [[nodiscard]] SuggestionsModel *documentSuggestions() const { return m_documentSuggestions; }
    /** Today as "yyyy-MM-dd" by the app's clock, so a date field starts at this year. */
    [[nodiscard]] QString todayIso() const;
    [[nodiscard]] bool hasCurrent() const { return m_current.has_value(); }
    [[nodiscard]] QString currentId() const { return m_current ? m_current->id() : QString(); }
    [[nodiscard]] QString currentDateIso() const;
    /** "HH:mm" the citizen picked; "" while she picked none (also for a day without a time). */
    [[nodiscard]] QString currentTimeIso() const;
    /** Whether the open appointment has a day and a time she picked. */
    [[nodiscard]] bool currentHasTime() const;
    /** The day and time in words; a day without a time says that no time is chosen yet. */
    [[nodiscard]] QString currentWhenText() const;
    [[nodiscard]] QString currentWhere() const;
    [[nodiscard]] QString currentWithWhom() const;
    [[nodiscard]] QString currentWantThemToKnow() const;
    [[nodiscard]] QString currentComesWithMe() const;
    [[nodiscard]] bool currentRemind() const { return m_current && m_current->remind(); }
    [[nodiscard]] QString currentAgreed() const;
    [[nodiscard]] bool currentHasPassed() const;
    [[nodiscard]] bool unsaved() const;
    [[nodiscard]] QString notice() const { return m_notice; }
    /** For tests: the open appointment as it is now. */
    [[nodiscard]] const std::optional<Appointment> &current() const { return m_current; }

    /**
     * A new, empty appointment, and opens it; returns its id ("" while the vault is closed).
     * Nothing is chosen for the citizen: no day, no reminder, nothing on the list to bring (the
     * usual papers are offered as suggestions).
     */
    Q_INVOKABLE QString addAppointment();
    /** Opens an appointment to prepare or to look back on; an unknown id closes the open one. */
    Q_INVOKABLE void open(const QString &id);
    /** Closes the open appointment, as leaving its page does. */
    Q_INVOKABLE void close();
    /** Removes an appointment for good; only the citizen does this. */
    Q_INVOKABLE void remove(const QString &id);

    /** "yyyy-MM-dd" on the citizen's wall clock; the time of day stays (the first day takes the
     * time she picked before it; without one the day is kept with no time chosen). */
    Q_INVOKABLE void setDate(const QString &isoDate);
    /** "HH:mm" on the citizen's wall clock; the day stays. Before a day is picked the time waits
     * for it (on this page, not in the vault). */
    Q_INVOKABLE void setTime(const QString &isoTime);
    Q_INVOKABLE void setWhere(const QString &where);
    Q_INVOKABLE void setWithWhom(const QString &withWhom);
    Q_INVOKABLE void setWantThemToKnow(const QString &text);
    Q_INVOKABLE void setComesWithMe(const QString &text);
    /** A reminder needs a day: without one, a kind notice and nothing changes. */
    Q_INVOKABLE void setRemind(bool remind);
    /** Afterwards: what was agreed, in the citizen's own words. */
    Q_INVOKABLE void setAgreed(const QString &text);

    /** Adds an own question at the end; false (nothing added) when it has no words. */
    Q_INVOKABLE bool addQuestion(const QString &text);
    /** New words for the question at this place; empty words keep the old ones. */
    Q_INVOKABLE void setQuestionText(int index, const QString &text);
    Q_INVOKABLE void removeQuestion(int index);
    /** Moves a question one place up (earlier) or down, so the most important one comes first. */
    Q_INVOKABLE void moveQuestionUp(int index);
    Q_INVOKABLE void moveQuestionDown(int index);
    /** Makes a suggested question the citizen's own (still free to change); false if unknown. */
    Q_INVOKABLE bool pickSuggestion(const QString &key);

    /** Adds an own thing to bring; false with a kind notice when empty or already on the list. */
    Q_INVOKABLE bool addToBring(const QString &text);
    /** Puts a standard document (DocumentCatalogue key) back on the list. */
    Q_INVOKABLE void addDocument(const QString &key);
    /** Ticks a thing to bring as packed, or takes the tick away. */
    Q_INVOKABLE void setPacked(const QString &key, bool packed);
    Q_INVOKABLE void removeToBring(const QString &key);

    Q_INVOKABLE void clearNotice();
    /** The clock moved (a timer, or a test): appointments that came are shown as such. */
    Q_INVOKABLE void refresh();
    /** Reads the list again after another part of Mapje added one (a proposal taken over). */
    void reload();
    /** The language changed: dates, documents and suggestions follow. */
    void retranslate();

signals:
    void listChanged();
    void currentChanged();
    void unsavedChanged();
    void noticeChanged();

private:
    using Change = std::function<bool(Appointment &)>;
    /** Runs one change on the open appointment; when it changed anything, saves and shows it. */
    bool edit(const Change &change, ListRows::Step questionStep = {ListRows::Step::InPlace});
    void show(ListRows::Step questionStep);
    void showSuggestions();
    void setNotice(const QString &notice);

    const Clock &m_clock;
    IdGenerator &m_ids;
    QTimeZone m_zone;
    AppointmentRepository *m_repository = nullptr;
    std::optional<Appointment> m_current;
    QString m_notice;
    QString m_timeBeforeDay; // "HH:mm" picked while the open appointment has no day yet
    SaveRetry *m_saveRetry = new SaveRetry(this);
    AppointmentsModel *m_list;
    AppointmentQuestionsModel *m_questions;
    SuggestionsModel *m_suggestions;
    ThingsToBringModel *m_toBring;
    SuggestionsModel *m_documentSuggestions;
};

} // namespace mapje
