pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Boards, goals and agreed moments through time, newest first. It tells, and computes nothing.
MapjePage {
    id: root

    objectName: "timelinePage"
    title: qsTr("Tijdlijn")

    Component.onCompleted: Timeline.refresh()

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "emptyLabel"
        visible: Timeline.entries.count === 0
        text: qsTr("Hier komt te staan wat je maakt en afspreekt.")
    }
    Repeater {
        model: Timeline.entries

        Rectangle {
            id: entry

            required property string key
            required property string kind
            required property string dateText
            required property string title
            required property string text
            required property var icons

            objectName: "entry_" + key
            Layout.fillWidth: true
            implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: entryColumn
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                MapjeLabel {
                    color: Theme.textMuted
                    text: entry.dateText
                }
                MapjeLabel {
                    font.bold: true
                    text: entry.title
                }
                Flow {
                    Layout.fillWidth: true
                    visible: entry.icons.length > 0
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: entry.icons
                        MapjeIcon {
                            required property url modelData
                            source: modelData
                            size: Theme.iconSize
                        }
                    }
                }
                MapjeLabel {
                    visible: entry.text !== ""
                    text: entry.text
                }
            }
        }
    }
}
