#include "ui/kiosk/activitywatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace mapje {

ActivityWatcher::ActivityWatcher(QObject *parent) : QObject(parent)
{
}

void ActivityWatcher::watchApplication()
{
    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ActivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TabletPress:
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mapje
