import QtQuick
import QtQuick.Layouts
import Mapje

// "Laat zien": the mapje on this screen for the person across the desk, large and calm, one
// thing at a time, readable at arm's length.
MapjePage {
    id: root

    objectName: "showPage"
    title: qsTr("Mijn mapje")
    maxContentWidth: Theme.contentMaxWidth * 1.5

    QtObject {
        id: d

        property int current: 0
        readonly property int last: Math.max(0, Summary.shown.count - 1)
        // Read again when the list changes length; the choices do not change while this page is open.
        readonly property var item: Summary.shown.count >= 0 ? Summary.shown.at(Math.min(current, last)) : ({})
        readonly property bool hasItem: item.title !== undefined
    }

    MapjeLabel {
        color: Theme.textMuted
        //: Where the reader is in the mapje, e.g. "2 van 5". Not about the person.
        text: qsTr("%1 van %2").arg(Math.min(d.current, d.last) + 1).arg(Summary.shown.count)
    }
    // A Flow, and pictures never wider than a third of the window: at 200 % text on a phone
    // nothing may push the page wider than the screen.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeIcon {
            visible: d.hasItem && String(d.item.iconSource) !== ""
            source: d.hasItem ? d.item.iconSource : ""
            size: Math.min(Theme.iconSize * 3, Window.width / 3)
        }
        MapjeIcon {
            visible: d.hasItem && String(d.item.faceSource) !== ""
            source: d.hasItem ? d.item.faceSource : ""
            size: Math.min(Theme.iconSize * 3, Window.width / 3)
        }
    }
    MapjeHeading {
        objectName: "showTitle"
        font.pixelSize: Math.round(Theme.fontTitle * 1.4)
        text: d.hasItem ? d.item.title : ""
    }
    // Everything the item says, line by line, as large as the title of a page.
    Repeater {
        objectName: "showLines"
        model: d.hasItem ? d.item.lines : []

        MapjeLabel {
            required property string modelData

            font.pixelSize: Theme.fontTitle
            text: modelData
        }
    }

    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "previousButton"
            enabled: d.current > 0
            text: qsTr("Vorige")
            onClicked: d.current -= 1
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "nextButton"
            enabled: d.current < d.last
            primary: true
            text: qsTr("Volgende")
            onClicked: d.current += 1
        }
    ]
}
