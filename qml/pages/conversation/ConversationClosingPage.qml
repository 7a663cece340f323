pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The closing. "Wat nemen we mee?": everything the others added in this conversation, one item at
// a time, and she keeps it or removes it. Then the agreements: who does what before when, each a
// goal with its first step, and a moment to look back together with its reminder. Then the
// conversation ends and what she removed is deleted.
MapjePage {
    id: root

    // The agreed moment was made: its own page sets the day and the time.
    signal momentRequested(string checkInId)
    signal summaryRequested

    objectName: "conversationClosingPage"
    title: qsTr("Afronden")
    hasPreviousStep: d.step === 1 && Conversation.closingItems.length > 0
    onPreviousStepRequested: d.show(0)
    escapeGoesBack: false
    onEscapePressed: Conversation.paused = true

    QtObject {
        id: d
        // 0: what we take along; 1: the agreements.
        // Opened again after a break: on at the first item still to decide, or at the agreements
        // when every item has her decision.
        property int step: Conversation.firstUndecided >= 0 ? 0 : 1
        property int current: Math.max(0, Conversation.firstUndecided)
        readonly property bool hasEntry: d.current < Conversation.closingItems.length
        readonly property var entry: d.hasEntry ? Conversation.closingItems[d.current] : ({})
        // Board.revision ties this to every change on the board.
        readonly property var fiche: d.hasEntry && d.entry.kind === "fiche" && Board.revision >= 0
                                     ? Board.fiche(d.entry.who.id, d.entry.domainId) : ({})
        property int agreementDomain: -1
        property int helper: -1
        property string byWhen: ""
        property string made: ""
        // "Gesprek afronden" with words that are no goal yet: she is asked first (nothing typed
        // is lost without her yes).
        property bool askingUnsaved: false
        readonly property bool unsavedWords: goalWords.text.trim() !== "" || stepWords.text.trim() !== ""

        function close() {
            if (d.unsavedWords && !d.askingUnsaved) {
                d.askingUnsaved = true;
                finishAgreementButton.forceActiveFocus(Qt.TabFocusReason);
                root.scrollToEnd(unsavedNotice);
                return;
            }
            d.askingUnsaved = false;
            if (Conversation.close())
                root.summaryRequested();
        }

        // Back to what is still missing for the goal: the leefgebied, else the words.
        function finishAgreement() {
            d.askingUnsaved = false;
            if (d.agreementDomain < 0)
                agreementDomainBox.forceActiveFocus(Qt.TabFocusReason);
            else
                goalWords.area.forceActiveFocus(Qt.TabFocusReason);
        }

        // A new step starts at its top with the page holding the focus: the Return that kept
        // the last item never lands on "Gesprek afronden".
        function show(step: int) {
            d.step = step;
            root.startStep();
        }

        function decide(keep: bool) {
            Conversation.decide(d.current, keep);
            const undecided = Conversation.firstUndecided;
            if (undecided >= 0) {
                d.current = undecided;
                root.scrollToTop();
            } else {
                // The last item: on to the agreements, the focus not on "Gesprek afronden".
                d.show(1);
            }
        }

        function addAgreement() {
            const helperId = d.helper >= 0 ? Conversation.people[d.helper].id : "";
            const id = Conversation.addAgreement(Board.chosenKeys[d.agreementDomain], goalWords.text,
                                                 stepWords.text, helperId, d.byWhen);
            if (id === "")
                return;
            d.made = qsTr("Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.");
            goalWords.text = "";
            stepWords.text = "";
            d.agreementDomain = -1;
            d.helper = -1;
            d.byWhen = "";
        }
    }

    // The agreement's words wait as drafts in the vault while she types (closing Mapje loses
    // nothing).
    Component.onCompleted: {
        goalWords.text = Conversation.draft("agreementGoal");
        stepWords.text = Conversation.draft("agreementStep");
    }

    // What we take along.
    MapjeHeading {
        visible: d.step === 0
        text: qsTr("Wat nemen we mee?")
    }
    MapjeLabel {
        visible: d.step === 0
        text: qsTr("Dit zeiden de anderen. Jij beslist wat blijft.")
    }
    MapjeLabel {
        objectName: "position"
        visible: d.step === 0 && Conversation.closingItems.length > 1
        color: Theme.textMuted
        //: Which item of the ones to go through this is, e.g. "2 van 5".
        text: qsTr("%1 van %2").arg(d.current + 1).arg(Conversation.closingItems.length)
    }
    MapjeCard {
        objectName: "closingItem"
        visible: d.step === 0 && d.hasEntry
        // Who said it on a line of its own: a long name may need smaller letters on a phone.
        MapjeLabel {
            Layout.fillWidth: true
            font.bold: true
            text: d.hasEntry ? d.entry.who.title : ""
        }
        MapjeLabel {
            Layout.fillWidth: true
            //: What an item of the closing is about: %1 is a leefgebied, e.g. "Geld".
            text: d.hasEntry ? qsTr("Over: %1").arg(d.entry.domain) : ""
        }
        MapjeLabel {
            visible: d.hasEntry && d.entry.kind === "experience"
            Layout.fillWidth: true
            text: d.hasEntry ? qsTr("Wat mij hielp: “%1”").arg(d.entry.text) : ""
        }
        MapjeLabel {
            visible: (d.fiche.answerWords ?? "") !== ""
            Layout.fillWidth: true
            text: d.fiche.answerWords ?? ""
        }
        MapjeLabel {
            visible: (d.fiche.note ?? "") !== ""
            Layout.fillWidth: true
            font.italic: !Language.rightToLeft
            text: "“" + (d.fiche.note ?? "") + "”"
        }
        MapjeLabel {
            visible: d.hasEntry && d.entry.decision !== "undecided"
            Layout.fillWidth: true
            color: Theme.textMuted
            text: d.hasEntry && d.entry.decision === "keep" ? qsTr("Je koos: bewaren.") : qsTr("Je koos: weghalen.")
        }
    }
    // The agreements.
    MapjeHeading {
        visible: d.step === 1
        text: qsTr("Wat spreken we af?")
    }
    MapjeLabel {
        visible: d.step === 1
        text: qsTr("Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.")
    }
    MapjeComboBox {
        id: agreementDomainBox
        objectName: "agreementDomain"
        placeholder: qsTr("Kies")
        visible: d.step === 1
        label: qsTr("Waar gaat de afspraak over?")
        model: Board.chosen
        textRole: "name"
        currentIndex: d.agreementDomain
        onActivated: index => d.agreementDomain = index
    }
    MapjeTextArea {
        id: goalWords
        objectName: "agreementGoal"
        area.onTextChanged: Conversation.keepDraft("agreementGoal", goalWords.text)
        visible: d.step === 1
        label: qsTr("Wat wil je bereiken? In je eigen woorden.")
    }
    MapjeTextField {
        id: stepWords
        objectName: "agreementStep"
        field.onTextChanged: Conversation.keepDraft("agreementStep", stepWords.text)
        visible: d.step === 1
        label: qsTr("Wat is de eerste stap?")
        field.focus: false
    }
    MapjeComboBox {
        objectName: "agreementHelper"
        placeholder: qsTr("Kies")
        visible: d.step === 1
        label: qsTr("Wie doet het, of wie helpt?")
        model: Conversation.people
        textRole: "title"
        currentIndex: d.helper
        onActivated: index => d.helper = index
    }
    MapjeDateField {
        objectName: "agreementByWhen"
        visible: d.step === 1
        label: qsTr("Voor wanneer?")
        isoDate: d.byWhen
        startIso: Goals.todayIso
        firstYear: Number(Goals.todayIso.substring(0, 4)) || 2026
        onPicked: isoDate => d.byWhen = isoDate
    }
    MapjeButton {
        objectName: "addAgreementButton"
        visible: d.step === 1
        enabled: d.agreementDomain >= 0 && goalWords.text.trim() !== ""
        text: qsTr("Maak er een doel van")
        onClicked: d.addAgreement()
    }
    // Why "Maak er een doel van" cannot be pressed yet, once she has written something.
    MapjeLabel {
        objectName: "agreementMissing"
        visible: d.step === 1 && d.unsavedWords && (d.agreementDomain < 0 || goalWords.text.trim() === "")
        text: d.agreementDomain < 0 ? qsTr("Kies eerst waar de afspraak over gaat.")
                                    : qsTr("Schrijf eerst wat je wilt bereiken.")
    }
    MapjeNotice {
        objectName: "agreementNotice"
        visible: d.step === 1 && d.made !== ""
        text: d.made
    }
    MapjeNotice {
        visible: d.step === 1 && Goals.notice !== ""
        text: Goals.notice
    }
    MapjeLabel {
        visible: d.step === 1
        font.bold: true
        text: qsTr("Wanneer kijken jullie samen terug?")
    }
    MapjeLabel {
        objectName: "momentLine"
        visible: d.step === 1 && Conversation.momentWhen !== ""
        text: qsTr("Jullie kijken samen terug op %1.").arg(Conversation.momentWhen)
    }
    MapjeButton {
        objectName: "addMomentButton"
        visible: d.step === 1
        text: Conversation.momentId === "" ? qsTr("Spreek een moment af") : qsTr("Bekijk het moment")
        Accessible.description: qsTr("Met een herinnering. Je kiest de dag en de tijd.")
        onClicked: {
            const id = Conversation.addMoment();
            if (id !== "")
                root.momentRequested(id);
        }
    }

    MapjeNotice {
        id: unsavedNotice
        objectName: "unsavedAgreementNotice"
        visible: d.step === 1 && d.askingUnsaved && d.unsavedWords
        text: qsTr("Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.")
    }
    Flow {
        visible: d.step === 1 && d.askingUnsaved && d.unsavedWords
        Layout.fillWidth: true
        spacing: Theme.spacing
        MapjeButton {
            id: finishAgreementButton
            objectName: "finishAgreementButton"
            primary: true
            text: qsTr("Eerst de afspraak afmaken")
            onClicked: d.finishAgreement()
        }
        MapjeButton {
            objectName: "closeAnywayButton"
            text: qsTr("Toch afronden")
            onClicked: d.close()
        }
    }

    actions: [
        PauseButton {},
        MapjeButton {
            objectName: "keepItemButton"
            visible: d.step === 0 && d.hasEntry
            Layout.fillWidth: true
            primary: true
            text: qsTr("Bewaren")
            onClicked: d.decide(true)
        },
        MapjeButton {
            objectName: "removeItemButton"
            visible: d.step === 0 && d.hasEntry
            Layout.fillWidth: true
            text: qsTr("Weghalen")
            onClicked: d.decide(false)
        },
        MapjeButton {
            objectName: "closeConversationButton"
            visible: d.step === 1
            Layout.fillWidth: true
            primary: true
            enabled: Conversation.readyToClose
            text: qsTr("Gesprek afronden")
            onClicked: d.close()
        }
    ]
}
