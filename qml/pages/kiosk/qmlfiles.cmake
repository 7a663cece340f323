# The lobby kiosk: the welcome, the bar with "Klaar — alles wissen", "Ben je er nog?", the
# keyboard on the screen, and the admin pages.
set(mapje_folder_qml_files
    KioskWelcomePage.qml
    KioskBar.qml
    KioskEndCover.qml
    KioskIdleCover.qml
    KioskKeyboard.qml
    KioskAdminPinPage.qml
    KioskAdminPage.qml
)
