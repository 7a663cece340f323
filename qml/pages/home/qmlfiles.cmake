# The home page and the board it shows.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    BoardSection.qml
    BoardView.qml
    FicheRow.qml
    HomePage.qml
)
