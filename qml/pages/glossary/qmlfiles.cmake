# The glossary and a hard word's explanation.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    ExplanationPage.qml
    GlossaryPage.qml
)
