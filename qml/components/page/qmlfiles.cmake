# The parts of MapjePage, each with one job: its focus rules, its header, its actions.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    PageActions.qml
    PageFocusKeeper.qml
    PageHeader.qml
)
