#include "ui/reminders/remindersubjects.h"

namespace mapje {

ReminderSubjects ReminderSubjects::read(const QList<CheckIn> &checkIns,
    const QList<Appointment> &appointments, const QList<Goal> &goals)
{
    ReminderSubjects subjects;
    for (const CheckIn &checkIn : checkIns) {
        if (!checkIn.remind() || checkIn.isCompleted())
            continue;
        subjects.m_sources.append({ReminderKind::CheckIn, checkIn.id(), checkIn.when(), {}});
        subjects.m_texts.insert(checkIn.id(),
            checkIn.withWhom().isEmpty() ? tr("Afgesproken moment")
                                         //: %1 is who the citizen meets, in their own words.
                                         : tr("Afgesproken moment met %1").arg(checkIn.withWhom()));
    }
    for (const Appointment &appointment : appointments) {
        if (!appointment.remind())
            continue;
        // A day alone has no moment: the planner reminds her of that day, the day before.
        subjects.m_sources.append({ReminderKind::Appointment, appointment.id(), appointment.when(),
            appointment.dayWithoutTime()});
        subjects.m_texts.insert(appointment.id(),
            appointment.withWhom().isEmpty() ? tr("Afspraak")
                                             //: %1 is who the citizen meets, in their own words.
                                             : tr("Afspraak met %1").arg(appointment.withWhom()));
    }
    for (const Goal &goal : goals) {
        // Reached or stopped goals remind of nothing; a goal without a chosen state still does.
        if (goal.state() == Goal::State::Reached || goal.state() == Goal::State::Stopped)
            continue;
        for (const Step &step : goal.steps()) {
            if (step.isDone() || !step.remindOn().isValid())
                continue;
            subjects.m_sources.append({ReminderKind::Step, step.id(), {}, step.remindOn()});
            //: %1 is a small step in the citizen's own words.
            subjects.m_texts.insert(step.id(), tr("Kleine stap: %1").arg(step.text()));
        }
    }
    return subjects;
}

QString ReminderSubjects::text(const Reminder &reminder) const
{
    return m_texts.value(reminder.targetId);
}

} // namespace mapje
