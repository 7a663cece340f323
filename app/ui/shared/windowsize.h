#pragma once

#include <QSize>

namespace mapje {

/** How large the window opens: a comfortable, upright window on a desktop screen, the whole
 * screen on a phone-sized one, and exactly the size asked for when a test or a person asks. */
class WindowSize {
public:
    /** The smallest window Mapje's pages are made for (a phone held upright). */
    static constexpr QSize Phone {360, 640};

    /** For a screen with this much room (without panels); leaves a margin around the window. */
    [[nodiscard]] static QSize forScreen(const QSize &available);
    /** "WIDTHxHEIGHT" (as "360x640"); an empty size when the text is not that. */
    [[nodiscard]] static QSize parse(const QString &text);
};

} // namespace mapje
