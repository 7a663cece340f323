#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <chrono>
#include <memory>

#include "handoff/qr/qrvideoreader.h"

class QVideoFrame;
class QVideoSink;

namespace mapje {

/**
 * Takes a frame from a video sink now and then and reads it on a pool thread (QrVideoReader's
 * rules). The GUI thread only checks the time and hands the frame over, which shares its buffer:
 * turning it grey and looking for the code both happen on the pool thread.
 */
class QrFrameWatcher : public QObject {
    Q_OBJECT

public:
    QrFrameWatcher(QVideoSink *sink, std::chrono::milliseconds interval, QrVideoReader::Found found,
        QrVideoReader::BusyChanged busyChanged, QObject *parent);
    ~QrFrameWatcher() override;

private:
    /** What a read under way reaches the watcher through, if it still exists. */
    struct Link;

    void take(const QVideoFrame &frame);
    void finish(const QString &text);

    std::shared_ptr<Link> m_link;
    std::chrono::milliseconds m_interval;
    QrVideoReader::Found m_found;
    QrVideoReader::BusyChanged m_busyChanged;
    QElapsedTimer m_sinceLastRead;
    bool m_busy = false;
};

} // namespace mapje
