#include "ui/shared/saveretry.h"

namespace mapje {

namespace {
constexpr int kRetryIntervalMs = 5000;
}

SaveRetry::SaveRetry(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kRetryIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_retry)
            m_retry();
    });
}

void SaveRetry::onUnsavedChanged(bool unsaved)
{
    if (unsaved)
        m_timer.start();
    else
        m_timer.stop();
    emit unsavedChanged();
}

} // namespace mapje
