pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Zet in je agenda": first shows exactly what the file will say, then saves it after a yes.
MapjePage {
    id: root

    objectName: "calendarPage"
    title: qsTr("Afspraken in je agenda")

    Component.onCompleted: Calendar.refresh()

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Mapje maakt een bestand voor je agenda. Dit komt erin:")
    }
    MapjeLabel {
        objectName: "emptyLabel"
        visible: Calendar.preview.length === 0
        text: qsTr("Er staan geen afspraken klaar.")
    }
    Repeater {
        model: Calendar.preview

        Rectangle {
            id: item

            required property var modelData

            objectName: "preview_" + item.modelData.key
            Layout.fillWidth: true
            implicitHeight: itemColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: itemColumn
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                MapjeLabel {
                    font.bold: true
                    text: item.modelData.summary
                }
                MapjeLabel {
                    text: item.modelData.whenText
                }
                MapjeLabel {
                    visible: item.modelData.location !== ""
                    //: %1 is the place, in the citizen's own words.
                    text: qsTr("Waar: %1").arg(item.modelData.location)
                }
            }
        }
    }
    MapjeSwitch {
        objectName: "detailsSwitch"
        text: qsTr("Zet ook met wie en waar erin")
        description: qsTr("Iedereen die je agenda ziet, kan dat dan lezen.")
        checked: Calendar.withDetails
        onClicked: Calendar.setWithDetails(!Calendar.withDetails)
    }
    MapjeNotice {
        objectName: "messageNotice"
        visible: Calendar.message !== ""
        text: Calendar.message
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "saveButton"
            primary: true
            enabled: Calendar.preview.length > 0
            text: qsTr("Ja, maak het bestand")
            onClicked: Calendar.save()
        }
    ]
}
