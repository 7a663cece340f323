#include "ui/handoff/qrscanner.h"

#include "handoff/qr/qrvideoreader.h"

namespace mapje {

namespace {

/** Gives member the value; true when that changed it, so the caller says so. */
template<typename T> bool changed(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

} // namespace

QrScanner::QrScanner(QObject *parent) : QObject(parent)
{
}

void QrScanner::setVideoSink(QObject *sink)
{
    if (sink == m_videoSink)
        return;
    stopWatching();
    if (m_videoSink)
        disconnect(m_videoSink, &QObject::destroyed, this, nullptr);
    m_videoSink = sink;
    emit videoSinkChanged();
    if (!sink) {
        setLastError({});
        return;
    }
    // A sink that goes (its page closes) stops the reading as null would.
    connect(sink, &QObject::destroyed, this, [this] {
        stopWatching();
        emit videoSinkChanged();
    });

    QrVideoReader *reader = QrVideoReader::instance();
    if (!reader) {
        setLastError(QStringLiteral("the QR code camera plugin did not load"));
        return;
    }
    m_watcher = reader->watch(
        sink, FrameInterval, this, [this](const QString &text) { take(text); },
        [this](bool busy) { setBusy(busy); });
    setLastError(m_watcher ? QString()
                           : QStringLiteral("videoSink is a %1, not a QVideoSink")
                                 .arg(QString::fromLatin1(sink->metaObject()->className())));
}

void QrScanner::forgetFound()
{
    m_found.clear();
}

void QrScanner::stopWatching()
{
    delete m_watcher;
    m_watcher = nullptr;
    setBusy(false);
}

void QrScanner::setBusy(bool busy)
{
    if (changed(m_busy, busy))
        emit busyChanged();
}

void QrScanner::setLastError(const QString &error)
{
    if (changed(m_lastError, error))
        emit lastErrorChanged();
}

void QrScanner::take(const QString &text)
{
    if (m_found.contains(text))
        return;
    m_found.insert(text);
    emit found(text);
}

} // namespace mapje
