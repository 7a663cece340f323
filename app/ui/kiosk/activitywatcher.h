#pragma once

#include <QObject>

namespace mapje {

/** Tells when someone touches, clicks or types anywhere in the app (the kiosk's idle clock):
 * an event filter on the application that lets every event through. */
class ActivityWatcher : public QObject {
    Q_OBJECT
public:
    explicit ActivityWatcher(QObject *parent = nullptr);

    /** Starts watching the running application's events (QCoreApplication::instance()). */
    void watchApplication();

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace mapje
