pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The conversation's board: what the people around the table look at. On a big screen (a tablet,
// a laptop, the kiosk) every chosen leefgebied at once as a grid of cards, each with everyone's
// fiche; on a phone one card under the other. "Wie vertelt nu?" and "Pauze" stay in view below.
MapjePage {
    id: root

    signal domainRequested(string domainKey)
    signal cardsRequested
    signal largePrintRequested
    signal closingRequested
    signal chooseRequested

    objectName: "conversationPage"
    title: qsTr("Samen praten")
    // A board for the table uses the whole width of a big screen.
    maxContentWidth: d.wide ? Math.round(1600 * Theme.screenScale) : Theme.contentMaxWidth
    escapeGoesBack: false
    onEscapePressed: Conversation.paused = true

    QtObject {
        id: d
        // A tablet, laptop or kiosk: at least 1024 pixels across.
        readonly property bool wide: root.Window.width >= 1024
        // As many cards side by side as fit at a width where a fiche reads well.
        readonly property int columns: d.wide ? Math.max(2, Math.floor(root.contentColumn.width
                                                    / (Theme.contentMaxWidth / 2 + Theme.spacing))) : 1
    }

    MapjeHeading {
        text: root.title
    }
    // In a row on a big screen, so the board itself starts high; one under the other on a phone.
    GridLayout {
        Layout.fillWidth: true
        columns: d.wide ? 3 : 1
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall
        MapjeButton {
            objectName: "cardsButton"
            Layout.fillWidth: true
            text: qsTr("Kaartjes")
            Accessible.description: qsTr("Vragen om het gesprek te beginnen, één tegelijk.")
            onClicked: root.cardsRequested()
        }
        MapjeButton {
            objectName: "largePrintButton"
            Layout.fillWidth: true
            text: qsTr("Groot lezen")
            Accessible.description: qsTr("Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.")
            onClicked: root.largePrintRequested()
        }
        MapjeButton {
            objectName: "turnButton"
            Layout.fillWidth: true
            text: qsTr("Draai om")
            Accessible.description: qsTr("Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.")
            onClicked: Conversation.turned = !Conversation.turned
        }
    }
    MapjeLabel {
        visible: Board.chosenKeys.length === 0
        text: qsTr("Er staat nog niets op je bord. Kies eerst wat belangrijk is.")
    }
    MapjeButton {
        objectName: "chooseButton"
        visible: Board.chosenKeys.length === 0
        text: qsTr("Kies wat belangrijk is")
        onClicked: root.chooseRequested()
    }
    GridLayout {
        objectName: "conversationGrid"
        Layout.fillWidth: true
        columns: d.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: Board.chosen
            ConversationDomainCard {
                Layout.preferredWidth: (root.contentColumn.width - (d.columns - 1) * Theme.spacing) / d.columns
                Layout.alignment: Qt.AlignTop
                onFillInRequested: key => root.domainRequested(key)
            }
        }
    }

    actionsAbove: [
        SpeakerChoice {}
    ]
    actions: [
        PauseButton {},
        MapjeButton {
            objectName: "closingButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Afronden")
            onClicked: root.closingRequested()
        }
    ]
}
