# The check-ins feature: agreed moments and the look back.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    CheckInFlowPage.qml
    CheckInGoalCard.qml
    CheckInPage.qml
    CheckInsPage.qml
)
