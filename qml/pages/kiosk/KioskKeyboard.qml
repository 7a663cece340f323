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
    // The keyboard's height follows its width: across a whole lying screen it took more than half
    // of it, and the question of the field went under the page's top (the walk, in Arabic). At
    // most a little wider than the screen is high (about a third of the height), centred; its
    // keys stay larger than a fingertip.
    width: root.parent ? Math.min(root.parent.width, Math.round(1.1 * root.parent.height)) : 0
    x: root.parent ? Math.round((root.parent.width - root.width) / 2) : 0
    y: root.parent ? root.parent.height - root.occupiedHeight : 0
    visible: root.shown

    // Beside a narrower keyboard, its own dark grey to the screen's edges.
    Rectangle {
        z: -1
        x: -root.x
        width: root.parent ? root.parent.width : 0
        height: root.height
        color: Theme.keyboardEdge
    }

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
