#include "ui/checkins/checkinscontroller.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "storage/checkinrepository.h"
#include "ui/shared/localtimes.h"

namespace mapje {

namespace {
constexpr int kDaysAhead = 7;
const QString kDefaultTime = QStringLiteral("10:00");
} // namespace

CheckInsController::CheckInsController(
    const Clock &clock, IdGenerator &ids, QTimeZone zone, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_ids(ids),
      m_zone(std::move(zone)),
      m_list(new CheckInsModel(clock, this))
{
    connect(m_saveRetry, &SaveRetry::unsavedChanged, this, &CheckInsController::unsavedChanged);
}

void CheckInsController::setRepository(CheckInRepository *repository)
{
    m_repository = repository;
    m_saveRetry->follow(repository);
    m_current.reset();
    reload();
    emit currentChanged();
    emit unsavedChanged();
}

QString CheckInsController::todayIso() const
{
    return LocalTimes::isoDate(m_clock.now(), m_zone);
}

QString CheckInsController::dueCheckInId() const
{
    for (const CheckIn &checkIn : m_all) {
        if (checkIn.hasPassed(m_clock) && !checkIn.isCompleted())
            return checkIn.id();
    }
    return {};
}

QString CheckInsController::currentDateIso() const
{
    return m_current ? LocalTimes::isoDate(m_current->when(), m_zone) : QString();
}

QString CheckInsController::currentTimeIso() const
{
    return m_current ? LocalTimes::isoTime(m_current->when(), m_zone) : QString();
}

QString CheckInsController::currentWhenText() const
{
    return m_current ? LocalTimes::dateTimeText(m_current->when(), m_zone) : QString();
}

QString CheckInsController::whenTextOf(const QString &id) const
{
    const auto checkIn = m_repository && !id.isEmpty() ? m_repository->load(id) : std::nullopt;
    return checkIn ? LocalTimes::dateTimeText(checkIn->when(), m_zone) : QString();
}

QString CheckInsController::currentWithWhom() const
{
    return m_current ? m_current->withWhom() : QString();
}

QString CheckInsController::currentWhere() const
{
    return m_current ? m_current->where() : QString();
}

QString CheckInsController::currentWhatChanged() const
{
    return m_current ? m_current->whatChanged() : QString();
}

bool CheckInsController::currentHasPassed() const
{
    return m_current && m_current->hasPassed(m_clock);
}

bool CheckInsController::unsaved() const
{
    return m_repository && m_repository->hasUnsavedChanges();
}

QString CheckInsController::addCheckIn()
{
    if (!m_repository)
        return {};
    const QDate day = LocalTimes::localDate(m_clock.now(), m_zone).addDays(kDaysAhead);
    CheckIn checkIn(
        m_ids.next(), LocalTimes::toUtc(day.toString(Qt::ISODate), kDefaultTime, m_zone));
    checkIn.setRemind(true);
    m_current = checkIn;
    m_repository->save(checkIn);
    reload();
    emit currentChanged();
    return checkIn.id();
}

void CheckInsController::open(const QString &id)
{
    m_current = m_repository ? m_repository->load(id) : std::nullopt;
    emit currentChanged();
}

void CheckInsController::setDate(const QString &isoDate)
{
    const QDateTime when = LocalTimes::toUtc(isoDate, currentTimeIso(), m_zone);
    if (when.isValid())
        edit([&](CheckIn &checkIn) { checkIn.setWhen(when); });
}

void CheckInsController::setTime(const QString &isoTime)
{
    const QDateTime when = LocalTimes::toUtc(currentDateIso(), isoTime, m_zone);
    if (when.isValid())
        edit([&](CheckIn &checkIn) { checkIn.setWhen(when); });
}

void CheckInsController::setWithWhom(const QString &withWhom)
{
    edit([&](CheckIn &checkIn) { checkIn.setWithWhom(withWhom); });
}

void CheckInsController::setWhere(const QString &where)
{
    edit([&](CheckIn &checkIn) { checkIn.setWhere(where); });
}

void CheckInsController::setRemind(bool remind)
{
    edit([&](CheckIn &checkIn) { checkIn.setRemind(remind); });
}

void CheckInsController::setWhatChanged(const QString &text)
{
    edit([&](CheckIn &checkIn) { checkIn.setWhatChanged(text); });
}

void CheckInsController::complete()
{
    const QDateTime now = m_clock.now();
    edit([&](CheckIn &checkIn) {
        checkIn.setCompletedAt(now);
        checkIn.setBoardDate(LocalTimes::localDate(now, m_zone));
    });
}

void CheckInsController::remove(const QString &id)
{
    if (!m_repository)
        return;
    m_repository->remove(id);
    if (m_current && m_current->id() == id) {
        m_current.reset();
        emit currentChanged();
    }
    reload();
}

void CheckInsController::refresh()
{
    m_list->refreshWords();
    emit listChanged();
    emit currentChanged();
}

void CheckInsController::edit(const std::function<void(CheckIn &)> &change)
{
    if (!m_repository || !m_current)
        return;
    const CheckIn before = *m_current;
    change(*m_current);
    if (*m_current == before)
        return;
    m_repository->save(*m_current);
    reload();
    emit currentChanged();
}

void CheckInsController::reload()
{
    m_all = m_repository ? m_repository->all() : QList<CheckIn>();
    m_list->setCheckIns(m_all, m_zone);
    emit listChanged();
}

} // namespace mapje
