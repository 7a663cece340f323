# The mapje: composing, showing, the PDF preview.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    PreviewPage.qml
    ShowPage.qml
    SummaryPage.qml
)
