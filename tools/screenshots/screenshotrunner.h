#pragma once

#include <QSize>
#include <QString>

class QQuickWindow;

namespace mapje {

class Composition;

/** Renders the main screens to PNG without a display, for docs/screenshots and for review. */
class ScreenshotRunner {
public:
    explicit ScreenshotRunner(QString outputDirectory);

    /** Returns 0 when every picture was written. */
    [[nodiscard]] int run();

private:
    bool shootSize(QSize size);
    /** The board pages, filled the way a real conversation fills them, in one palette. */
    bool shootBoard(QSize size, bool highContrast);
    /** The board and a hard word's explanation in another language (Arabic mirrors the page). */
    bool shootLanguage(QSize size, const QString &language);
    /** Goals, agreed moments, reminders, the agenda file and the timeline. */
    bool shootPlans(QSize size);
    /** Composing the mapje, "Laat zien" and the preview of the real PDF pages. */
    bool shootMapje(QSize size);
    /** Preparing an appointment, what was agreed afterwards, and your rights. */
    bool shootAppointment(QSize size);
    /** Samen praten: who is here, a role card, the rules, the conversation's board with three
     * people, one leefgebied side by side, a card, the pause, "Draai om", large print, the
     * closing, the agreements, the summary and earlier conversations. */
    bool shootConversation(QSize size);
    bool save(QQuickWindow *window, const QString &name, QSize size);

    QString m_outputDirectory;
};

} // namespace mapje
