#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <chrono>

namespace mapje {

/**
 * Reads the kiosk's QR code from the camera, for the page that takes a kiosk session along:
 *
 *     QrScanner { videoSink: viewfinder.videoSink; onFound: (text) => … }
 *
 * videoSink is a QVideoSink (a VideoOutput's), typed as QObject so that the app does not link
 * Qt Multimedia: the reading lives in a plugin loaded when a sink is first set, and the page
 * that shows the camera is the only one that imports QtMultimedia
 * (docs/decisions/qr-code-libraries.md). At most a few frames a second are read, each off the
 * GUI thread; found is emitted once for each text, however many frames show it.
 */
class QrScanner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // null stops the reading.
    Q_PROPERTY(QObject *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // A frame is being read.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Why the sink is not read, for the log (not translated): the camera plugin did not load, or
    // videoSink is no QVideoSink; empty while all is well.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    /** At most four frames a second: a code held still is read within a moment, and a phone's
     * processor stays free for the page. */
    static constexpr std::chrono::milliseconds FrameInterval {250};

    explicit QrScanner(QObject *parent = nullptr);

    [[nodiscard]] QObject *videoSink() const { return m_videoSink; }
    void setVideoSink(QObject *sink);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /** Forgets the texts found, so a code seen again is found again (after a failed hand-off). */
    Q_INVOKABLE void forgetFound();

signals:
    void found(const QString &text);
    void videoSinkChanged();
    void busyChanged();
    void lastErrorChanged();

private:
    void stopWatching();
    void setBusy(bool busy);
    void setLastError(const QString &error);
    void take(const QString &text);

    QPointer<QObject> m_videoSink;
    QObject *m_watcher = nullptr;
    QSet<QString> m_found;
    QString m_lastError;
    bool m_busy = false;
};

} // namespace mapje
