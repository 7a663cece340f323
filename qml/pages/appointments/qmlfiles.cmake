# The appointments feature: preparing, afterwards, rights.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    AgreedGoalSection.qml
    AgreedStepSection.qml
    AppointmentAfterPage.qml
    AppointmentBringSection.qml
    AppointmentPage.qml
    AppointmentQuestionRow.qml
    AppointmentQuestionsSection.qml
    AppointmentRemoveSection.qml
    AppointmentsPage.qml
    RightsPage.qml
)
