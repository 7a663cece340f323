#include "handoff/qr/qrframewatcher.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

#include "handoff/qr/qrreader.h"
#include "handoff/qr/videoframegrey.h"

namespace mapje {

// A read is not waited for when the watcher goes (that would hold up the page that closes): it
// finishes on its own and posts its text only while the watcher is still there.
struct QrFrameWatcher::Link {
    QMutex mutex;
    QrFrameWatcher *watcher = nullptr;
};

QrFrameWatcher::QrFrameWatcher(QVideoSink *sink, std::chrono::milliseconds interval,
    QrVideoReader::Found found, QrVideoReader::BusyChanged busyChanged, QObject *parent)
    : QObject(parent),
      m_link(std::make_shared<Link>()),
      m_interval(interval),
      m_found(std::move(found)),
      m_busyChanged(std::move(busyChanged))
{
    m_link->watcher = this;
    connect(sink, &QVideoSink::videoFrameChanged, this, &QrFrameWatcher::take);
}

QrFrameWatcher::~QrFrameWatcher()
{
    const QMutexLocker lock(&m_link->mutex);
    m_link->watcher = nullptr;
}

void QrFrameWatcher::take(const QVideoFrame &frame)
{
    if (m_busy || !frame.isValid())
        return;
    if (m_sinceLastRead.isValid() && !m_sinceLastRead.hasExpired(m_interval.count()))
        return;
    m_sinceLastRead.start();
    m_busy = true;
    m_busyChanged(true);
    QThreadPool::globalInstance()->start([link = m_link, frame] {
        const QString text = QrReader::read(VideoFrameGrey::of(frame));
        const QMutexLocker lock(&link->mutex);
        if (QrFrameWatcher *watcher = link->watcher)
            QMetaObject::invokeMethod(
                watcher, [watcher, text] { watcher->finish(text); }, Qt::QueuedConnection);
    });
}

void QrFrameWatcher::finish(const QString &text)
{
    m_busy = false;
    // Either answer may make the page drop this watcher: nothing of it is touched after that.
    const QPointer<QrFrameWatcher> alive(this);
    const QrVideoReader::Found found = m_found;
    m_busyChanged(false);
    if (alive && !text.isEmpty())
        found(text);
}

} // namespace mapje
