pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Conversation cards, one at a time: questions that start from what goes well and what she
// wants, never from what is wrong, and no numbers. She takes a card or skips it; what is said can
// be kept in her own words on a leefgebied, or become a goal.
MapjePage {
    id: root

    objectName: "conversationCardsPage"
    title: qsTr("Gesprekskaartjes")
    escapeGoesBack: false
    onEscapePressed: Conversation.paused = true

    QtObject {
        id: d
        // The card being talked about (taken, its words not yet kept), else the first new one.
        property string answering: ""
        readonly property var card: {
            const cards = Conversation.cards;
            const taken = cards.find(card => card.key === d.answering);
            return taken ?? cards.find(card => card.state === "new") ?? null;
        }
        // Which leefgebied the words go with; -1 until she picks one.
        property int domainIndex: -1
        property string kept: ""

        // Her words are kept: the message shows, and the keyboard waits on "Volgend kaartje"
        // (the button she pressed is gone with the words).
        function wayOn() {
            root.scrollToEnd(keptNotice);
            nextCardButton.forceActiveFocus(Qt.TabFocusReason);
        }

        function next() {
            d.answering = "";
            d.kept = "";
            d.domainIndex = -1;
            words.text = "";
            root.scrollToTop();
        }
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        visible: d.card === null
        text: qsTr("Jullie hebben alle kaartjes gehad.")
    }
    MapjeCard {
        objectName: "conversationCard"
        visible: d.card !== null
        MapjeLabel {
            objectName: "cardText"
            Layout.fillWidth: true
            preferredPixelSize: Theme.fontLarge
            text: d.card ? d.card.text : ""
        }
    }
    MapjeButton {
        objectName: "skipCardButton"
        visible: d.card !== null && d.answering === ""
        text: qsTr("Sla over")
        onClicked: {
            Conversation.skipCard(d.card.key);
            d.next();
        }
    }

    // What was said, in the speaker's own words.
    // Written to the vault as she types (a draft), so closing Mapje loses nothing; shown again
    // after the unlock with whatever card is next.
    Component.onCompleted: words.text = Conversation.draft("cardWords")

    MapjeTextArea {
        id: words
        objectName: "cardWords"
        visible: d.answering !== "" || words.text !== ""
        area.onTextChanged: Conversation.keepDraft("cardWords", words.text)
        label: qsTr("Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.")
    }
    MapjeComboBox {
        objectName: "cardDomain"
        placeholder: qsTr("Kies")
        visible: words.text.trim() !== ""
        label: qsTr("Waar hoort het bij?")
        model: Board.chosen
        textRole: "name"
        currentIndex: d.domainIndex
        onActivated: index => d.domainIndex = index
    }
    ColumnLayout {
        visible: words.text.trim() !== ""
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        MapjeButton {
            objectName: "keepWordsButton"
            Layout.fillWidth: true
            enabled: d.domainIndex >= 0
            text: qsTr("Bewaar het daar")
            onClicked: {
                if (Conversation.keepWords(Board.chosenKeys[d.domainIndex], words.text)) {
                    d.kept = qsTr("Bewaard bij %1.").arg(Board.domainName(Board.chosenKeys[d.domainIndex]));
                    words.text = "";
                    d.wayOn();
                }
            }
        }
        MapjeButton {
            objectName: "makeGoalButton"
            Layout.fillWidth: true
            enabled: d.domainIndex >= 0
            text: qsTr("Maak er een doel van")
            onClicked: {
                if (Goals.addGoal(Board.chosenKeys[d.domainIndex], words.text) !== "") {
                    Goals.close();
                    d.kept = qsTr("Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.").arg(Board.domainName(Board.chosenKeys[d.domainIndex]));
                    words.text = "";
                    d.wayOn();
                }
            }
        }
    }
    MapjeNotice {
        id: keptNotice
        objectName: "keptNotice"
        visible: d.kept !== ""
        text: d.kept
    }
    MapjeNotice {
        visible: Goals.notice !== ""
        text: Goals.notice
    }

    actionsAbove: [
        SpeakerChoice {}
    ]
    actions: [
        PauseButton {},
        MapjeButton {
            objectName: "useCardButton"
            visible: d.card !== null && d.answering === ""
            Layout.fillWidth: true
            primary: true
            text: qsTr("Dit kaartje nemen we")
            onClicked: {
                // Remembered before it is marked used: else the next new card takes its place.
                const key = d.card.key;
                d.answering = key;
                d.kept = "";
                Conversation.useCard(key);
                // Her words come next: the keyboard waits in the box, not on "Volgend kaartje"
                // (a second Return would skip the card she just took).
                words.area.forceActiveFocus(Qt.TabFocusReason);
            }
        },
        MapjeButton {
            id: nextCardButton
            objectName: "nextCardButton"
            visible: d.answering !== ""
            Layout.fillWidth: true
            primary: true
            text: qsTr("Volgend kaartje")
            onClicked: d.next()
        }
    ]
}
