pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Wat betekent dit?": what a leefgebied is about, questions to think about, and where to go.
MapjePage {
    id: root

    required property string domainKey
    readonly property var info: Board.domainInfo(domainKey)
    // Board.revision ties this to every change on the board.
    readonly property bool chosen: Board.revision >= 0 && Board.isChosen(domainKey)


    objectName: "domainInfoPage"
    title: info.name ?? ""

    // The full width, so the name wraps beside the picture instead of running under it.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        MapjeIcon {
            Layout.alignment: Qt.AlignTop
            source: root.info.iconSource ?? ""
            size: Theme.iconSizeLarge
        }
        MapjeHeading {
            text: root.title
        }
    }
    MapjeLabel {
        text: root.info.explanation ?? ""
    }
    MapjeLabel {
        font.bold: true
        text: qsTr("Vragen om over na te denken")
    }
    Repeater {
        model: root.info.questions ?? []
        MapjeLabel {
            required property string modelData
            text: "• " + modelData
            Accessible.name: modelData
        }
    }
    MapjeLabel {
        font.bold: true
        text: qsTr("Waar kan je terecht?")
    }
    Repeater {
        model: root.info.helpPlaces ?? []
        MapjeRichLabel {
            required property string modelData
            prefix: "• "
            text: modelData
            onExplanationRequested: id => root.explanationRequested(id)
        }
    }
    MapjeButton {
        objectName: "toggleChosenButton"
        text: root.chosen ? qsTr("Haal van mijn bord") : qsTr("Zet op mijn bord")
        onClicked: Board.toggleDomain(root.domainKey)
    }
}
