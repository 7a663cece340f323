import QtQuick
import QtQuick.Templates as T
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Mapje

// The kiosk's own keyboard on the screen (its compositor has none): the layouts of the offered
// languages, following the language chosen. It stands in the overlay, above the covers, so a
// question on the whole screen never blocks it; Main keeps the page above it, so it never covers
// the field being typed in. Only a kiosk loads this file (and with it Qt Virtual Keyboard).
InputPanel {
    id: root

    // The height the keyboard takes from the bottom of the window now (0 while it is hidden).
    readonly property real occupiedHeight: root.shown ? root.height : 0
    // Never over "Ben je er nog?": its answer must be where a visitor can tap it.
    readonly property bool shown: root.active && !Kiosk.asking

    objectName: "kioskKeyboard"
    parent: T.Overlay.overlay
    z: 2000
    x: 0
    width: root.parent ? root.parent.width : 0
    y: root.parent ? root.parent.height - root.occupiedHeight : 0
    visible: root.shown

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: Kiosk.keyboardLocales
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: Kiosk.keyboardLocale(Language.current)
    }
    // No word list: nothing is learned from what a visitor types (the fields also ask for that).
    Binding {
        target: VirtualKeyboardSettings
        property: "wordCandidateList.alwaysVisible"
        value: false
    }
}
