pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The mapje to carry along: the citizen chooses item by item what goes in. Others' views are out
// until the citizen puts them in. Nothing leaves the device from here.
MapjePage {
    id: root

    signal showRequested
    signal previewRequested

    objectName: "summaryPage"
    title: qsTr("Je mapje meenemen")

    function sectionTitle(kind: string): string {
        switch (kind) {
        case "domain":
            return qsTr("Wat belangrijk is voor mij");
        case "goal":
            return qsTr("Mijn doelen");
        default:
            return qsTr("Mijn afspraak");
        }
    }

    Component.onCompleted: {
        Summary.refresh();
        nameField.text = Summary.ownerName;
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.")
    }
    MapjeLabel {
        objectName: "emptyLabel"
        visible: Summary.items.count === 0
        text: qsTr("Er is nog niets om mee te nemen. Begin met je bord.")
    }
    MapjeTextField {
        id: nameField
        objectName: "ownerNameField"
        label: qsTr("Je naam bovenaan (als je wilt)")
        // Optional: it does not take the focus, so the page opens at its heading.
        field.focus: false
        field.onTextChanged: Summary.setOwnerName(nameField.text)
    }

    Repeater {
        model: Summary.items

        // A Column, not a layout: the switch takes its width from here, so nothing can loop.
        Column {
            id: entry

            required property string key
            required property string kind
            required property string title
            required property string detail
            required property bool included
            required property bool nested
            required property bool startsSection

            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            MapjeHeading {
                visible: entry.startsSection
                width: entry.width
                level: 2
                text: root.sectionTitle(entry.kind)
            }
            MapjeSwitch {
                objectName: "include_" + entry.key
                // Another person's view stands in under its domain.
                x: entry.nested ? Theme.spacingLarge : 0
                width: entry.width - x
                text: entry.title
                description: entry.detail
                checked: entry.included
                onClicked: Summary.setIncluded(entry.key, !entry.included)
            }
        }
    }

    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "showButton"
            primary: true
            enabled: Summary.shown.count > 0
            //: Shows the mapje large on this screen, for the person across the desk.
            text: qsTr("Laat zien")
            onClicked: root.showRequested()
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "previewButton"
            enabled: Summary.shown.count > 0
            text: qsTr("Bewaar of druk af")
            onClicked: root.previewRequested()
        }
    ]
}
