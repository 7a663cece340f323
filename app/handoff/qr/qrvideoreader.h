#pragma once

#include <QObject>
#include <QString>
#include <QtPlugin>
#include <chrono>
#include <functional>

namespace mapje {

/**
 * Reads QR codes from the frames a camera shows in a QVideoSink. Qt Multimedia and zxing-cpp
 * are needed only when someone scans, so they live in a plugin that is loaded on first use
 * (docs/decisions/qr-code-libraries.md); the caller passes the sink as a plain QObject and never
 * links Qt Multimedia itself.
 */
class QrVideoReader {
public:
    using Found = std::function<void(const QString &text)>;
    using BusyChanged = std::function<void(bool busy)>;

    virtual ~QrVideoReader() = default;

    /**
     * Starts reading the frames of videoSink, which must be a QVideoSink. A frame is read on a
     * pool thread, never on the GUI thread; at most one each interval and none while one is
     * still being read, so a camera's 30 frames a second cost a few reads. found gets the text of
     * each frame with a QR code, busyChanged says when a read starts and ends; both are called in
     * context's thread. Returns the watcher, a child of context: deleting it stops the reading at
     * once (a read under way is dropped, not waited for). nullptr when videoSink is no QVideoSink.
     */
    [[nodiscard]] virtual QObject *watch(QObject *videoSink, std::chrono::milliseconds interval,
        QObject *context, Found found, BusyChanged busyChanged)
        = 0;

    /** Loads the plugin on the first call; nullptr, with a warning, when it cannot be loaded. */
    static QrVideoReader *instance();
};

} // namespace mapje

#define QrVideoReader_iid "nl.mapje.QrVideoReader/1"
Q_DECLARE_INTERFACE(mapje::QrVideoReader, QrVideoReader_iid)
