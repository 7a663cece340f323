#pragma once

#include "core/reminder.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace mapje {

/**
 * The kind words of a notification. They may be read on a locked screen, so they never name a
 * domain, a goal, a step, a person or a place: "Je hebt morgen een afspraak." Check-ins and
 * appointments get the same words, so even the kind of meeting stays private.
 */
class ReminderTexts {
public:
    /** The Qt Linguist context of these texts. */
    static constexpr const char *TranslationContext = "ReminderTexts";

    /** The notification's title: the app's name only. */
    [[nodiscard]] static QString title();
    /** One or two short calm sentences, in the current language, with "today"/"tomorrow" by the
     * citizen's wall clock. */
    [[nodiscard]] static QString body(
        const Reminder &reminder, const QDateTime &now, const QTimeZone &zone);
};

} // namespace mapje
