pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Wat neem ik mee?": papers people are often asked for, each with a short explanation, and the
// citizen's own things; tick what is packed. A paper that does not apply can go, and come back.
ColumnLayout {
    id: root

    function addThing() {
        if (Appointments.addToBring(newThing.text))
            newThing.clear();
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeHeading {
        level: 2
        text: qsTr("Wat neem ik mee?")
    }
    MapjeLabel {
        text: qsTr("Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.")
    }
    Repeater {
        model: Appointments.toBring

        // A Column, not a ColumnLayout: Qt 6.4 layouts misplace wrapped texts.
        Column {
            id: thing

            required property string key
            required property string name
            required property string explanation
            required property bool packed

            objectName: "thing_" + key
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2

            StepTick {
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
        visible: Appointments.documentSuggestions.count > 0
        font.bold: true
        text: qsTr("Weer op je lijst zetten:")
    }
    Repeater {
        model: Appointments.documentSuggestions

        Item {
            id: document

            required property string key
            required property string text

            Layout.fillWidth: true
            implicitHeight: putBack.implicitHeight

            MapjeButton {
                id: putBack
                objectName: "putBack_" + document.key
                width: Math.min(implicitWidth, document.width)
                text: "+ " + document.text
                Accessible.name: qsTr("Weer op je lijst zetten: %1").arg(document.text)
                onClicked: Appointments.addDocument(document.key)
            }
        }
    }
}
