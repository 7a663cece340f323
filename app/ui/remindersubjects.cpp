#include "ui/remindersubjects.h"

using mapje::ReminderKind;

ReminderSubjects ReminderSubjects::read(const QList<mapje::CheckIn> &checkIns,
    const QList<mapje::Appointment> &appointments, const QList<mapje::Goal> &goals)
{
    ReminderSubjects subjects;
    for (const mapje::CheckIn &checkIn : checkIns) {
        if (!checkIn.remind() || checkIn.isCompleted())
            continue;
        subjects.m_sources.append({ReminderKind::CheckIn, checkIn.id(), checkIn.when(), {}});
        subjects.m_texts.insert(checkIn.id(),
            checkIn.withWhom().isEmpty() ? tr("Afgesproken moment")
                                         //: %1 is who the citizen meets, in their own words.
                                         : tr("Afgesproken moment met %1").arg(checkIn.withWhom()));
    }
    for (const mapje::Appointment &appointment : appointments) {
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
    for (const mapje::Goal &goal : goals) {
        // Reached or stopped goals remind of nothing; a goal without a chosen state still does.
        if (goal.state() == mapje::Goal::State::Reached
            || goal.state() == mapje::Goal::State::Stopped)
            continue;
        for (const mapje::Step &step : goal.steps()) {
            if (step.isDone() || !step.remindOn().isValid())
                continue;
            subjects.m_sources.append({ReminderKind::Step, step.id(), {}, step.remindOn()});
            //: %1 is a small step in the citizen's own words.
            subjects.m_texts.insert(step.id(), tr("Kleine stap: %1").arg(step.text()));
        }
    }
    return subjects;
}

QString ReminderSubjects::text(const mapje::Reminder &reminder) const
{
    return m_texts.value(reminder.targetId);
}
