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

    // A ListView, not a Repeater: it keeps each row (and its focus) when the row moves.
    ListView {
        id: list
        objectName: "orderList"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        // No current row: a ListView gives its current row the focus after a move, which would
        // take it from the button that was pressed.
        currentIndex: -1
        spacing: Theme.spacingSmall
        model: Board.chosen

        delegate: OrderRow {
            id: orderRow
            width: ListView.view.width
            onMoved: announcement => d.announcement = announcement
            onDroppedAt: scenePosition => {
                const inList = list.mapFromItem(null, scenePosition.x, scenePosition.y);
                const target = list.indexAt(inList.x, inList.y + list.contentY);
                if (target >= 0 && target !== orderRow.index)
                    d.announcement = Board.moveTo(orderRow.key, target);
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
