pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Large print for the person across the table: one leefgebied at a time, everyone's fiche on it
// in big letters. "Vorige" and "Volgende" go through her leefgebieden in her order.
MapjePage {
    id: root

    objectName: "conversationLargePrintPage"
    title: qsTr("Groot lezen")
    escapeGoesBack: false
    onEscapePressed: Conversation.paused = true

    QtObject {
        id: d
        property int current: 0
        readonly property string domainKey: Board.chosenKeys[d.current] ?? ""

        function go(step: int) {
            d.current = Math.max(0, Math.min(Board.chosenKeys.length - 1, d.current + step));
            root.scrollToTop();
        }
    }

    MapjeLabel {
        visible: Board.chosenKeys.length > 1
        color: Theme.textMuted
        //: Which leefgebied of the chosen ones this is, e.g. "2 van 4".
        text: qsTr("%1 van %2").arg(d.current + 1).arg(Board.chosenKeys.length)
    }
    // The picture above the name: both large, the name keeps the whole width.
    ColumnLayout {
        visible: d.domainKey !== ""
        Layout.fillWidth: true
        spacing: Theme.spacing
        MapjeIcon {
            source: d.domainKey !== "" ? "qrc:/Mapje/assets/domains/" + d.domainKey + ".svg" : ""
            size: Theme.iconSizeLarge * 2
        }
        MapjeLabel {
            Layout.fillWidth: true
            preferredPixelSize: Theme.fontTitle * 1.5
            font.bold: true
            text: Board.domainName(d.domainKey)
            Accessible.role: Accessible.Heading
        }
    }
    Repeater {
        model: d.domainKey !== "" ? Conversation.people : []
        LargeFicheLines {
            domainKey: d.domainKey
        }
    }

    actions: [
        PauseButton {},
        MapjeButton {
            objectName: "previousButton"
            Layout.fillWidth: true
            enabled: d.current > 0
            text: qsTr("Vorige")
            onClicked: d.go(-1)
        },
        MapjeButton {
            objectName: "nextButton"
            Layout.fillWidth: true
            enabled: d.current < Board.chosenKeys.length - 1
            primary: true
            text: qsTr("Volgende")
            onClicked: d.go(1)
        }
    ]
}
