#include "export/mapjeoutput.h"

#include "plugins/pluginloader.h"

namespace mapje {

MapjeOutput *MapjeOutput::instance()
{
    static MapjeOutput *const output
        = qobject_cast<MapjeOutput *>(loadMapjePlugin(QStringLiteral("mapjeoutput"),
            QStringLiteral(MAPJE_OUTPUT_PLUGIN_DIR), "The mapje's PDF and print plugin"));
    return output;
}

} // namespace mapje
