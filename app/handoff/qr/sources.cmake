# The hand-off's QR code, in three parts (CMakeLists.txt says why): drawing and reading a picture,
# the camera's plugin, and the plugin's interface with its loader.
set(mapje_handoffqr_sources
    qrcodeimage.h qrcodeimage.cpp
    qrreader.h qrreader.cpp
)
set(mapje_qrvideo_plugin_sources
    qrvideoreaderplugin.cpp
    qrframewatcher.h qrframewatcher.cpp
    videoframegrey.h videoframegrey.cpp
)
set(mapje_handoffqrvideo_sources
    qrvideoreader.h qrvideoreader.cpp
)
set(mapje_folder_sources
    ${mapje_handoffqr_sources} ${mapje_qrvideo_plugin_sources} ${mapje_handoffqrvideo_sources})
