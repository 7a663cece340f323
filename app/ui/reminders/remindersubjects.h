#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "core/appointment.h"
#include "core/checkin.h"
#include "core/goal.h"
#include "core/reminder.h"

namespace mapje {

/**
 * What the citizen asked to be reminded of, read from their check-ins, appointments and steps,
 * with the in-app words for each ("Afspraak met Sanne"). Finished moments, steps already done and
 * steps of goals that are not busy ask for no reminder.
 */
class ReminderSubjects {
    Q_DECLARE_TR_FUNCTIONS(ReminderSubjects)

public:
    [[nodiscard]] static ReminderSubjects read(const QList<CheckIn> &checkIns,
        const QList<Appointment> &appointments, const QList<Goal> &goals);

    [[nodiscard]] QList<ReminderSource> sources() const { return m_sources; }
    /** The words inside the app for one reminder's subject. */
    [[nodiscard]] QString text(const Reminder &reminder) const;

private:
    QList<ReminderSource> m_sources;
    QHash<QString, QString> m_texts; ///< by target id
};

} // namespace mapje
