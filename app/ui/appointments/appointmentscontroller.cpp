#include "ui/appointments/appointmentscontroller.h"

#include "core/clock.h"
#include "core/documentcatalogue.h"
#include "core/idgenerator.h"
#include "core/questioncatalogue.h"
#include "storage/appointmentrepository.h"
#include "ui/shared/localtimes.h"

namespace mapje {

using Step = ListRows::Step;

AppointmentsController::AppointmentsController(
    const Clock &clock, IdGenerator &ids, QTimeZone zone, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_ids(ids),
      m_zone(std::move(zone)),
      m_list(new AppointmentsModel(clock, this)),
      m_questions(new AppointmentQuestionsModel(this)),
      m_suggestions(new SuggestionsModel(this)),
      m_toBring(new ThingsToBringModel(this)),
      m_documentSuggestions(new SuggestionsModel(this))
{
    connect(m_saveRetry, &SaveRetry::unsavedChanged, this, &AppointmentsController::unsavedChanged);
}

void AppointmentsController::setRepository(AppointmentRepository *repository)
{
    m_repository = repository;
    m_saveRetry->follow(repository);
    m_current.reset();
    setNotice({});
    reload();
    show({});
    emit unsavedChanged();
}

QString AppointmentsController::todayIso() const
{
    return LocalTimes::isoDate(m_clock.now(), m_zone);
}

QString AppointmentsController::currentDateIso() const
{
    if (!m_current || !m_current->hasWhen())
        return {};
    return m_current->day(m_zone).toString(Qt::ISODate);
}

QString AppointmentsController::currentTimeIso() const
{
    if (!m_current)
        return {};
    if (!m_current->hasWhen())
        return m_timeBeforeDay;
    return m_current->hasTime() ? LocalTimes::isoTime(m_current->when(), m_zone) : QString();
}

bool AppointmentsController::currentHasTime() const
{
    return m_current && m_current->hasTime();
}

QString AppointmentsController::currentWhenText() const
{
    if (!m_current || !m_current->hasWhen())
        return {};
    if (currentHasTime())
        return LocalTimes::dateTimeText(m_current->when(), m_zone);
    //: The day of an appointment when the citizen picked no time yet; %1 is the day in words,
    //: e.g. "maandag 29 maart 2027".
    return tr("%1, nog geen tijd gekozen").arg(LocalTimes::dateText(m_current->day(m_zone)));
}

QString AppointmentsController::currentWhere() const
{
    return m_current ? m_current->where() : QString();
}

QString AppointmentsController::currentWithWhom() const
{
    return m_current ? m_current->withWhom() : QString();
}

QString AppointmentsController::currentWantThemToKnow() const
{
    return m_current ? m_current->wantThemToKnow() : QString();
}

QString AppointmentsController::currentComesWithMe() const
{
    return m_current ? m_current->comesWithMe() : QString();
}

QString AppointmentsController::currentAgreed() const
{
    return m_current ? m_current->agreed() : QString();
}

bool AppointmentsController::currentHasPassed() const
{
    return m_current && m_current->hasPassed(m_clock, m_zone);
}

bool AppointmentsController::unsaved() const
{
    return m_repository && m_repository->hasUnsavedChanges();
}

QString AppointmentsController::addAppointment()
{
    if (!m_repository)
        return {};
    // Empty: the citizen picks the day, says yes to a reminder and ticks what she brings.
    const Appointment appointment(m_ids.next(), QDateTime());
    m_current = appointment;
    m_timeBeforeDay.clear();
    setNotice({});
    m_repository->save(appointment);
    reload();
    show({});
    return appointment.id();
}

void AppointmentsController::open(const QString &id)
{
    m_current = m_repository && !id.isEmpty() ? m_repository->load(id) : std::nullopt;
    m_timeBeforeDay.clear();
    setNotice({});
    show({});
}

void AppointmentsController::close()
{
    m_current.reset();
    m_timeBeforeDay.clear();
    setNotice({});
    show({});
}

void AppointmentsController::remove(const QString &id)
{
    if (!m_repository || id.isEmpty())
        return;
    m_repository->remove(id);
    if (currentId() == id) {
        m_current.reset();
        show({});
    }
    reload();
}

void AppointmentsController::setDate(const QString &isoDate)
{
    // The time she picked stays (also one picked before the day); without one, none is chosen:
    // the appointment keeps the day alone.
    const QString time = currentTimeIso();
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    const QDateTime when = time.isEmpty() ? QDateTime() : LocalTimes::toUtc(isoDate, time, m_zone);
    if (time.isEmpty() ? !day.isValid() : !when.isValid())
        return;
    if (edit([&](Appointment &appointment) {
            if (time.isEmpty())
                appointment.setDayWithoutTime(day);
            else
                appointment.setWhen(when);
            return true;
        }))
        setNotice({}); // a day is there now: "choose a day first" no longer applies
}

void AppointmentsController::setTime(const QString &isoTime)
{
    if (m_current && !m_current->hasWhen()) {
        // No day yet: the time waits for it, so the first day keeps what she picked.
        if (QTime::fromString(isoTime, QStringLiteral("HH:mm")).isValid()
            && isoTime != m_timeBeforeDay) {
            m_timeBeforeDay = isoTime;
            emit currentChanged();
        }
        return;
    }
    const QDateTime when = LocalTimes::toUtc(currentDateIso(), isoTime, m_zone);
    if (when.isValid())
        edit([&](Appointment &appointment) {
            appointment.setWhen(when);
            return true;
        });
}

void AppointmentsController::setWhere(const QString &where)
{
    edit([&](Appointment &appointment) {
        appointment.setWhere(where);
        return true;
    });
}

void AppointmentsController::setWithWhom(const QString &withWhom)
{
    edit([&](Appointment &appointment) {
        appointment.setWithWhom(withWhom);
        return true;
    });
}

void AppointmentsController::setWantThemToKnow(const QString &text)
{
    edit([&](Appointment &appointment) {
        appointment.setWantThemToKnow(text);
        return true;
    });
}

void AppointmentsController::setComesWithMe(const QString &text)
{
    edit([&](Appointment &appointment) {
        appointment.setComesWithMe(text);
        return true;
    });
}

void AppointmentsController::setRemind(bool remind)
{
    if (remind && m_current && !m_current->hasWhen()) {
        //: The citizen switched the reminder on before she picked the day of the appointment.
        setNotice(tr("Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren."));
        emit currentChanged(); // the switch shows what is stored: off
        return;
    }
    setNotice({});
    edit([&](Appointment &appointment) {
        appointment.setRemind(remind);
        return true;
    });
}

void AppointmentsController::setAgreed(const QString &text)
{
    edit([&](Appointment &appointment) {
        appointment.setAgreed(text);
        return true;
    });
}

bool AppointmentsController::addQuestion(const QString &text)
{
    const int row = m_current ? int(m_current->questions().size()) : 0;
    return edit([&](Appointment &appointment) { return appointment.addQuestion(text); },
        {Step::Insert, row});
}

void AppointmentsController::setQuestionText(int index, const QString &text)
{
    edit([&](Appointment &appointment) { return appointment.setQuestionText(index, text); });
}

void AppointmentsController::removeQuestion(int index)
{
    edit([&](Appointment &appointment) { return appointment.removeQuestion(index); },
        {Step::Remove, index});
}

void AppointmentsController::moveQuestionUp(int index)
{
    edit([&](Appointment &appointment) { return appointment.moveQuestion(index, index - 1); },
        {Step::Move, index - 1});
}

void AppointmentsController::moveQuestionDown(int index)
{
    edit([&](Appointment &appointment) { return appointment.moveQuestion(index, index + 1); },
        {Step::Move, index});
}

bool AppointmentsController::pickSuggestion(const QString &key)
{
    const std::optional<QuestionCatalogue::Question> suggestion = QuestionCatalogue::find(key);
    if (!suggestion || !m_current || m_current->pickedSuggestions().contains(key))
        return false;
    const int row = int(m_current->questions().size());
    // The words in the language of this moment: from now on they are the citizen's own.
    return edit(
        [&](Appointment &appointment) { return appointment.addQuestion(suggestion->text(), key); },
        {Step::Insert, row});
}

bool AppointmentsController::addToBring(const QString &text)
{
    if (!m_current)
        return false;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setNotice(tr("Schrijf eerst wat je wilt meenemen."));
        return false;
    }
    if (m_current->toBring().contains(trimmed)) {
        setNotice(tr("Dat staat al op je lijst."));
        return false;
    }
    setNotice({});
    return edit([&](Appointment &appointment) { return appointment.addToBring(trimmed); });
}

void AppointmentsController::addDocument(const QString &key)
{
    if (!DocumentCatalogue::find(key))
        return;
    edit([&](Appointment &appointment) { return appointment.addToBring(key); });
}

void AppointmentsController::setPacked(const QString &key, bool packed)
{
    edit([&](Appointment &appointment) { return appointment.setPacked(key, packed); });
}

void AppointmentsController::removeToBring(const QString &key)
{
    if (!m_current)
        return;
    const qsizetype index = m_current->toBring().indexOf(key);
    edit([&](Appointment &appointment) { return appointment.removeToBring(index); });
}

void AppointmentsController::clearNotice()
{
    setNotice({});
}

void AppointmentsController::refresh()
{
    m_list->refreshWords();
    emit listChanged();
    emit currentChanged();
}

void AppointmentsController::retranslate()
{
    m_list->refreshWords();
    m_toBring->retranslate();
    showSuggestions();
    emit listChanged();
    emit currentChanged();
}

bool AppointmentsController::edit(const Change &change, Step questionStep)
{
    if (!m_repository || !m_current)
        return false;
    const Appointment before = *m_current;
    if (!change(*m_current) || *m_current == before) {
        m_current = before;
        return false;
    }
    m_repository->save(*m_current);
    reload();
    show(questionStep);
    return true;
}

void AppointmentsController::show(Step questionStep)
{
    const QString id = currentId();
    m_questions->setQuestions(
        id, m_current ? m_current->questions() : QList<Appointment::Question>(), questionStep);
    m_toBring->setItems(id, m_current ? m_current->toBring() : QStringList(),
        m_current ? m_current->packed() : QStringList());
    showSuggestions();
    emit currentChanged();
}

void AppointmentsController::showSuggestions()
{
    QList<SuggestionsModel::Suggestion> questions;
    QList<SuggestionsModel::Suggestion> documents;
    if (m_current) {
        const QStringList picked = m_current->pickedSuggestions();
        for (const QuestionCatalogue::Question &question : QuestionCatalogue::questions()) {
            if (!picked.contains(question.key))
                questions.append({question.key, question.text(), {}});
        }
        const QStringList onList = m_current->toBring();
        for (const DocumentCatalogue::Document &document : DocumentCatalogue::documents()) {
            if (!onList.contains(document.key))
                documents.append({document.key, document.name(), document.explanation()});
        }
    }
    m_suggestions->setSuggestions(questions);
    m_documentSuggestions->setSuggestions(documents);
}

void AppointmentsController::reload()
{
    m_list->setAppointments(m_repository ? m_repository->all() : QList<Appointment>(), m_zone);
    emit listChanged();
}

void AppointmentsController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

} // namespace mapje
