# The shared Mapje* base controls and the helpers MapjePage uses.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    FocusFrame.qml
    MapjeBackButton.qml
    MapjeButton.qml
    MapjeCard.qml
    MapjeChoiceButton.qml
    MapjeChoiceGrid.qml
    MapjeComboBox.qml
    MapjeDateField.qml
    MapjeHeading.qml
    MapjeIcon.qml
    MapjeLabel.qml
    MapjeLinkButton.qml
    MapjeNotice.qml
    MapjePage.qml
    MapjeRemoveQuestion.qml
    MapjeRichLabel.qml
    MapjeSwitch.qml
    MapjeTextArea.qml
    MapjeTextField.qml
    MapjeTickLine.qml
    MapjeTimeField.qml
    ReadAloudButton.qml
    StepTick.qml
    WheelToPage.qml
)
