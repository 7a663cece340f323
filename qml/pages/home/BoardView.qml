pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The board as it is: the chosen leefgebieden in the citizen's order, with every fiche on them.
ColumnLayout {
    id: root

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeLabel {
        visible: Board.chosen.count === 0
        text: qsTr("Je hebt nog niets gekozen.")
    }

    // A ListView, not a Repeater: it shows a moved domain in its new place at once.
    ListView {
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        spacing: Theme.spacing
        model: Board.chosen

        delegate: Rectangle {
            id: card

            required property string key
            required property string name
            required property url iconSource
            required property int place
            required property var fiches

            objectName: "card_" + key
            width: ListView.view.width
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: cardColumn
                // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                // The name beside the picture when it has room, else under it: a long name never
                // has to break a word on a phone with large letters.
                GridLayout {
                    Layout.fillWidth: true
                    // The window, not the card: see FicheRow (no polish loop).
                    columns: card.Window.width >= 2 * Theme.iconSizeLarge + 8 * Theme.fontLarge + 4 * Theme.spacingLarge ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacingSmall
                    Row {
                        spacing: Theme.spacing
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: card.place + "."
                            color: Theme.text
                            font.pixelSize: Theme.fontLarge
                            font.family: Theme.fontFamily
                            font.bold: true
                            Accessible.ignored: true
                        }
                        MapjeIcon {
                            source: card.iconSource
                            size: Theme.iconSizeLarge
                        }
                    }
                    MapjeHeading {
                        level: 2
                        text: card.name
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Plaats %1: %2").arg(card.place).arg(card.name)
                    }
                }
                MapjeLabel {
                    visible: card.fiches.length === 0
                    color: Theme.textMuted
                    text: qsTr("Nog niets ingevuld.")
                }
                // By count, not by the list: a changed fiche updates its row in place, only a fiche
                // added or removed makes or drops a row.
                Repeater {
                    model: card.fiches.length
                    FicheRow {
                        required property int index
                        fiche: card.fiches[index]
                        domainKey: card.key
                    }
                }
            }
        }
    }
}
