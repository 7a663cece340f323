pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Wat neem ik mee?": the citizen's own list (papers she ticked among the suggestions, and her own
// things); tick what is packed. Papers people are often asked for are offered as suggestions, each
// with a short explanation, none ticked: she ticks the ones she brings. One that does not apply
// can go from her list, and comes back among the suggestions.
ColumnLayout {
    id: root

    // After a thing is added the button turns off: the focus goes back to the field.
    function addThing() {
        if (Appointments.addToBring(newThing.text)) {
            newThing.clear();
            newThing.field.forceActiveFocus();
        }
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeHeading {
        level: 2
        text: qsTr("Wat neem ik mee?")
    }
    MapjeLabel {
        objectName: "emptyListLabel"
        visible: Appointments.toBring.count === 0
        //: While nothing is on the list of things to bring yet.
        text: qsTr("Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.")
    }
    MapjeLabel {
        visible: Appointments.toBring.count > 0
        text: qsTr("Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.")
    }
    Repeater {
        id: things
        model: Appointments.toBring

        // A Column, not a ColumnLayout: Qt 6.4 layouts misplace wrapped texts.
        Column {
            id: thing

            required property string key
            required property string name
            required property string explanation
            required property bool packed

            // Where the focus goes when this thing was just put on the list.
            readonly property Item tick: packTick

            objectName: "thing_" + key
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2

            StepTick {
                id: packTick
                objectName: "pack_" + thing.key
                width: thing.width
                stepText: thing.name
                done: thing.packed
                onToggleRequested: Appointments.setPacked(thing.key, !thing.packed)
            }
            MapjeLabel {
                visible: thing.explanation !== ""
                width: thing.width
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: thing.explanation
            }
            MapjeLinkButton {
                objectName: "removeThing_" + thing.key
                //: Takes one thing away from the list of things to bring.
                text: qsTr("Weghalen")
                Accessible.name: qsTr("Weghalen van je lijst: %1").arg(thing.name)
                onClicked: Appointments.removeToBring(thing.key)
            }
        }
    }
    MapjeTextField {
        id: newThing
        objectName: "newThing"
        label: qsTr("Wil je nog iets anders meenemen?")
        field.focus: false
        onAccepted: root.addThing()
        onTextChanged: Appointments.clearNotice()
    }
    MapjeButton {
        objectName: "addThingButton"
        enabled: newThing.text.trim() !== ""
        text: qsTr("Op je lijst zetten")
        onClicked: root.addThing()
    }
    MapjeNotice {
        objectName: "bringNotice"
        visible: Appointments.notice !== ""
        text: Appointments.notice
    }
    MapjeLabel {
        objectName: "offerLabel"
        visible: Appointments.documentSuggestions.count > 0
        font.bold: true
        //: Above papers many people are asked for; none is ticked until the citizen ticks it.
        text: qsTr("Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:")
    }
    Repeater {
        model: Appointments.documentSuggestions

        // A Column, not a ColumnLayout: Qt 6.4 layouts misplace wrapped texts.
        Column {
            id: document

            required property string key
            required property string text
            required property string explanation

            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2

            // Not ticked: a suggestion. Ticking puts it on her list, where the focus follows it.
            StepTick {
                objectName: "offer_" + document.key
                width: document.width
                stepText: document.text
                done: false
                Accessible.name: qsTr("Neem ik mee: %1").arg(document.text)
                onToggleRequested: {
                    const key = document.key;
                    Appointments.addDocument(key);
                    Qt.callLater(() => {
                        for (let i = 0; i < things.count; ++i) {
                            const item = things.itemAt(i);
                            if (item && item.key === key)
                                item.tick.forceActiveFocus(Qt.TabFocusReason);
                        }
                    });
                }
            }
            MapjeLabel {
                visible: document.explanation !== ""
                width: document.width
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: document.explanation
            }
        }
    }
}
