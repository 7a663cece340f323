#include "handoff/qr/qrvideoreader.h"

#include "plugins/pluginloader.h"

namespace mapje {

QrVideoReader *QrVideoReader::instance()
{
    static QrVideoReader *const reader
        = qobject_cast<QrVideoReader *>(loadMapjePlugin(QStringLiteral("mapjeqrvideo"),
            QStringLiteral(MAPJE_QR_VIDEO_PLUGIN_DIR), "The QR code camera plugin"));
    return reader;
}

} // namespace mapje
