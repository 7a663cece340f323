// The plugin behind QrVideoReader: the only code of the app that links Qt Multimedia.
#include <QVideoSink>

#include "handoff/qr/qrframewatcher.h"
#include "handoff/qr/qrvideoreader.h"

class QrVideoReaderPlugin : public QObject, public mapje::QrVideoReader {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QrVideoReader_iid)
    Q_INTERFACES(mapje::QrVideoReader)

public:
    QObject *watch(QObject *videoSink, std::chrono::milliseconds interval, QObject *context,
        Found found, BusyChanged busyChanged) override
    {
        auto *sink = qobject_cast<QVideoSink *>(videoSink);
        if (!sink)
            return nullptr;
        return new mapje::QrFrameWatcher(
            sink, interval, std::move(found), std::move(busyChanged), context);
    }
};

#include "qrvideoreaderplugin.moc"
