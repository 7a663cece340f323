# Taking a kiosk session along to one's own phone: the kiosk's page with the QR code and the check,
# the phone's page that receives and previews, and the camera page (the only QML file that imports
# QtMultimedia, loaded when she scans).
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    HandoffSendPage.qml
    HandoffReceivePage.qml
    HandoffPreviewItem.qml
    HandoffScanPage.qml
)
