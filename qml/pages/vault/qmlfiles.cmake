# The vault's pages: welcome, PIN, unlock, damaged or too new files.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    ChangePinPage.qml
    ChoosePinPage.qml
    DamagedPage.qml
    ForgotPinPage.qml
    TooNewPage.qml
    UnlockPage.qml
    WelcomePage.qml
)
