#pragma once

#include <QObject>
#include <QTimeZone>
#include <functional>
#include <optional>

#include "core/checkin.h"
#include "ui/checkins/checkinsmodel.h"
#include "ui/shared/saveretry.h"

namespace mapje {

class CheckInRepository;
class Clock;
class IdGenerator;

/**
 * The agreed moments (afgesproken momenten): when, with whom, where, a reminder or not; and at
 * the moment itself, "what changed?" in the citizen's own words. Every change is saved at once.
 */
class CheckInsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(mapje::CheckInsModel *list READ list CONSTANT)
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY listChanged)
    Q_PROPERTY(QString dueCheckInId READ dueCheckInId NOTIFY listChanged)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(QString currentDateIso READ currentDateIso NOTIFY currentChanged)
    Q_PROPERTY(QString currentTimeIso READ currentTimeIso NOTIFY currentChanged)
    Q_PROPERTY(QString currentWhenText READ currentWhenText NOTIFY currentChanged)
    Q_PROPERTY(QString currentWithWhom READ currentWithWhom NOTIFY currentChanged)
    Q_PROPERTY(QString currentWhere READ currentWhere NOTIFY currentChanged)
    Q_PROPERTY(bool currentRemind READ currentRemind NOTIFY currentChanged)
    Q_PROPERTY(QString currentWhatChanged READ currentWhatChanged NOTIFY currentChanged)
    Q_PROPERTY(bool currentHasPassed READ currentHasPassed NOTIFY currentChanged)
    Q_PROPERTY(bool currentCompleted READ currentCompleted NOTIFY currentChanged)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)

public:
    CheckInsController(const Clock &clock, IdGenerator &ids, QTimeZone zone, QObject *parent);

    /** Connected when the vault opens, nullptr before it closes. */
    void setRepository(CheckInRepository *repository);
    void setRetryInterval(int milliseconds) { m_saveRetry->setInterval(milliseconds); }

    [[nodiscard]] CheckInsModel *list() const { return m_list; }
    [[nodiscard]] QString todayIso() const;
    /** The earliest moment that has come and was not looked back on yet; "" when none. */
    [[nodiscard]] QString dueCheckInId() const;
    [[nodiscard]] QString currentId() const { return m_current ? m_current->id() : QString(); }
    [[nodiscard]] QString currentDateIso() const;
    [[nodiscard]] QString currentTimeIso() const;
    [[nodiscard]] QString currentWhenText() const;
    /** When a moment is, in words ("" when there is no such moment): for a summary. */
    [[nodiscard]] QString whenTextOf(const QString &id) const;
    [[nodiscard]] QString currentWithWhom() const;
    [[nodiscard]] QString currentWhere() const;
    [[nodiscard]] bool currentRemind() const { return m_current && m_current->remind(); }
    [[nodiscard]] QString currentWhatChanged() const;
    [[nodiscard]] bool currentHasPassed() const;
    [[nodiscard]] bool currentCompleted() const { return m_current && m_current->isCompleted(); }
    [[nodiscard]] bool unsaved() const;

    /** A new moment a week from today at 10:00, with a reminder; returns its id. */
    Q_INVOKABLE QString addCheckIn();
    Q_INVOKABLE void open(const QString &id);
    Q_INVOKABLE void setDate(const QString &isoDate);
    Q_INVOKABLE void setTime(const QString &isoTime);
    Q_INVOKABLE void setWithWhom(const QString &withWhom);
    Q_INVOKABLE void setWhere(const QString &where);
    Q_INVOKABLE void setRemind(bool remind);
    /** The citizen's own words at the moment itself. */
    Q_INVOKABLE void setWhatChanged(const QString &text);
    /** The look back is done; the board of today is the one this moment looks back on. */
    Q_INVOKABLE void complete();
    Q_INVOKABLE void remove(const QString &id);
    /** The clock moved (a timer, or a test): moments that came are shown as such. */
    Q_INVOKABLE void refresh();
    /** Reads the list again after another part of Mapje added one (a proposal taken over). */
    void reload();
    void retranslate() { m_list->refreshWords(); }

signals:
    void listChanged();
    void currentChanged();
    void unsavedChanged();

private:
    void edit(const std::function<void(CheckIn &)> &change);

    const Clock &m_clock;
    IdGenerator &m_ids;
    QTimeZone m_zone;
    CheckInRepository *m_repository = nullptr;
    std::optional<CheckIn> m_current;
    QList<CheckIn> m_all;
    SaveRetry *m_saveRetry = new SaveRetry(this);
    CheckInsModel *m_list;
};

} // namespace mapje
