pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Waar wil je als eerste aan werken?": the citizen puts the chosen domains in order, by drag or
// with "Hoger" / "Lager", and hears the new place.
MapjePage {
    id: root

    signal done

    objectName: "orderPage"
    title: qsTr("Waar wil je als eerste aan werken?")

    QtObject {
        id: d
        property string announcement: ""
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.")
    }

    // A Repeater in a Column: a moved row keeps its item (and its focus), and the Repeater puts
    // the item where the row now is among its siblings, so the column shows it there and Tab
    // goes through the rows in the order they are shown.
    Column {
        id: list
        objectName: "orderList"
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        // The row under a point of the scene, or -1.
        function rowAt(scenePosition: point): int {
            for (let i = 0; i < rows.count; ++i) {
                const row = rows.itemAt(i);
                const inRow = row.mapFromItem(null, scenePosition.x, scenePosition.y);
                if (inRow.y >= 0 && inRow.y < row.height)
                    return i;
            }
            return -1;
        }

        Repeater {
            id: rows
            model: Board.chosen

            delegate: OrderRow {
                id: orderRow
                width: list.width
                // The row with the focus moved once the column placed it again: keep it in view.
                onYChanged: root.keepFocusInView()
                onMoved: announcement => d.announcement = announcement
                onDroppedAt: scenePosition => {
                    const target = list.rowAt(scenePosition);
                    if (target >= 0 && target !== orderRow.index)
                        d.announcement = Board.moveTo(orderRow.key, target);
                }
            }
        }
    }

    // Screen readers read a changed alert: this is how the new place is said aloud.
    Text {
        objectName: "announcement"
        Layout.fillWidth: true
        text: d.announcement
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
