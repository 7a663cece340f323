# The goals feature: the list, one goal, its steps.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    GoalCard.qml
    GoalPage.qml
    GoalRemoveSection.qml
    GoalStateSection.qml
    GoalStepsSection.qml
    GoalsPage.qml
    StepRow.qml
)
