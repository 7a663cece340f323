import QtQuick
import QtQuick.Layouts
import Mapje

// The board part of the home page: start a board, or see it and choose the next step.
ColumnLayout {
    id: root

    signal pageRequested(string name)
    signal explanationRequested(string id)

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeRichLabel {
        objectName: "boardIntro"
        visible: !Board.hasBoard
        text: qsTr("Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeButton {
        objectName: "makeBoardButton"
        visible: !Board.hasBoard
        primary: true
        text: qsTr("Maak je bord")
        onClicked: {
            Board.startNewBoard(false);
            root.pageRequested("chooseDomains");
        }
    }

    MapjeLabel {
        visible: Board.hasBoard
        font.bold: true
        text: qsTr("Je bord van %1").arg(Board.dateText)
    }
    Flow {
        visible: Board.hasBoard && (Board.canUndo || Board.canRedo)
        Layout.fillWidth: true
        spacing: Theme.spacing
        // Quiet links: taking a step back should be easy to find, not the loudest thing here.
        MapjeLinkButton {
            objectName: "undoButton"
            enabled: Board.canUndo
            // The arrow points back the way the text runs: to the right in Arabic.
            text: (Language.rightToLeft ? "↷ " : "↶ ") + qsTr("Terugzetten")
            Accessible.name: qsTr("Terugzetten")
            onClicked: Board.undo()
        }
        MapjeLinkButton {
            objectName: "redoButton"
            enabled: Board.canRedo
            text: qsTr("Opnieuw doen") + (Language.rightToLeft ? " ↶" : " ↷")
            Accessible.name: qsTr("Opnieuw doen")
            onClicked: Board.redo()
        }
    }
    MapjeNotice {
        objectName: "homeBoardNotice"
        visible: Board.hasBoard && Board.notice !== ""
        text: Board.notice
    }
    MapjeNotice {
        objectName: "boardUnsavedNotice"
        visible: Board.unsaved
        text: qsTr("Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.")
    }
    BoardView {
        visible: Board.hasBoard
    }
    // One action under the other: few choices side by side, and room for long words. The next
    // step stands out at the top of the home page.
    ColumnLayout {
        visible: Board.hasBoard
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        MapjeButton {
            objectName: "chooseDomainsButton"
            text: qsTr("Kies wat belangrijk is")
            onClicked: root.pageRequested("chooseDomains")
        }
        MapjeButton {
            objectName: "feelingsButton"
            visible: Board.chosen.count > 0
            text: qsTr("Hoe voelt het?")
            onClicked: root.pageRequested("feelings")
        }
        MapjeButton {
            objectName: "orderButton"
            visible: Board.chosen.count > 1
            text: qsTr("Wat komt eerst?")
            onClicked: root.pageRequested("order")
        }
        MapjeButton {
            objectName: "perspectivesButton"
            visible: Board.chosen.count > 0
            text: qsTr("Anderen erbij")
            onClicked: root.pageRequested("perspectives")
        }
        MapjeButton {
            objectName: "historyButton"
            text: qsTr("Eerdere borden")
            onClicked: root.pageRequested("history")
        }
        MapjeButton {
            objectName: "newBoardButton"
            visible: !Board.isToday
            text: qsTr("Nieuw bord voor vandaag")
            onClicked: Board.startNewBoard(true)
        }
    }
}
