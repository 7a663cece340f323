pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Samen praten": the citizen starts a conversation with others at this screen. First on which
// board, then who is here (each role with what it does here), then the ground rules on one calm
// screen. The conversation is kept from its first step, so nobody added is lost if Mapje closes.
MapjePage {
    id: root

    // The conversation's own board, once everyone is here.
    signal boardRequested
    signal pastRequested

    objectName: "conversationStartPage"
    title: qsTr("Samen praten")
    hasPreviousStep: d.step === 2
    onPreviousStepRequested: d.show(1)

    QtObject {
        id: d
        // 0: which board; 1: who is here; 2: the ground rules.
        property int step: Conversation.active ? 1 : 0
        // The role about to be added; "" until she picks one (nothing is chosen for her).
        property string role: ""

        // A new step starts at its top with the page holding the focus: a second Return never
        // lands on the next step's main action.
        function show(step: int) {
            d.step = step;
            root.startStep();
        }

        function add() {
            const fromButton = addButton.activeFocus;
            if (d.role !== "" && Conversation.addPerson(d.role, nameField.text) !== "") {
                nameField.clear();
                d.role = "";
                // "Voeg toe" turns off now: the keyboard goes back to the roles, never on to
                // someone's "Haal weg", where one more Return would take that person away.
                if (fromButton)
                    d.backToRoles();
                else
                    root.keepInViewWithFocus(hereList, nameField.field);
            }
        }

        // The keyboard on the first role ("Wie is er nog meer?"), with the list of who is here
        // in view along with it when both fit: after adding or taking someone away.
        function backToRoles() {
            const first = roleButtons.itemAt(0);
            if (!first)
                return;
            first.forceActiveFocus(Qt.TabFocusReason);
            root.keepInViewWithFocus(hereList, first);
        }

        function begin(fromLastBoard: bool) {
            if (Conversation.start(fromLastBoard))
                d.show(1);
        }
    }

    // Which board.
    MapjeHeading {
        visible: d.step === 0
        text: root.title
    }
    MapjeRichLabel {
        visible: d.step === 0
        onExplanationRequested: id => root.explanationRequested(id)
        text: qsTr("Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.")
    }
    MapjeLinkButton {
        objectName: "pastConversationsLink"
        visible: d.step === 0 && Conversation.pastConversations.length > 0
        text: qsTr("Eerdere gesprekken")
        onClicked: root.pastRequested()
    }

    // Who is here.
    MapjeHeading {
        visible: d.step === 1
        text: qsTr("Wie is er bij het gesprek?")
    }
    MapjeLabel {
        visible: d.step === 1
        text: qsTr("Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.")
    }
    MapjeLabel {
        visible: d.step === 1 && Conversation.knownPeople.length > 0
        font.bold: true
        text: qsTr("Was je eerder samen met een van hen?")
    }
    Repeater {
        model: d.step === 1 ? Conversation.knownPeople : []
        MapjeButton {
            required property var modelData
            required property int index
            objectName: "knownPerson_" + index
            Layout.fillWidth: true
            text: qsTr("%1 is er ook").arg(modelData.title)
            // The button goes once they are here: the keyboard goes back to the roles.
            onClicked: {
                if (Conversation.addPerson(modelData.role, modelData.name) !== "")
                    d.backToRoles();
            }
        }
    }
    MapjeLabel {
        visible: d.step === 1
        font.bold: true
        text: qsTr("Wie is er nog meer?")
    }
    MapjeChoiceGrid {
        visible: d.step === 1
        Repeater {
            id: roleButtons
            model: [
                { key: "close", label: qsTr("Iemand dicht bij mij") },
                { key: "professional", label: qsTr("Hulpverlener") },
                { key: "peer", label: qsTr("Ervaringswerker") }
            ]
            MapjeChoiceButton {
                required property var modelData
                Layout.fillWidth: true
                objectName: "role_" + modelData.key
                text: modelData.label
                iconSource: "qrc:/Mapje/assets/perspectives/" + modelData.key + ".svg"
                chosen: d.role === modelData.key
                onClicked: d.role = modelData.key
            }
        }
    }
    // What this role does here, as soon as she picks it.
    RoleCard {
        visible: d.step === 1 && d.role !== ""
        roleKey: d.role
    }
    MapjeTextField {
        id: nameField
        objectName: "personName"
        visible: d.step === 1
        label: qsTr("Voornaam (mag leeg blijven)")
        field.focus: false
        onAccepted: d.add()
    }
    MapjeButton {
        id: addButton
        objectName: "addPersonButton"
        visible: d.step === 1
        enabled: d.role !== ""
        text: qsTr("Voeg toe")
        onClicked: d.add()
    }

    // Who is here so far, just below "Voeg toe" so the one just added shows where she looks.
    // Someone added by mistake (or who went home) can leave again; what they said stays hers to
    // keep or remove at the end.
    ColumnLayout {
        id: hereList
        visible: d.step === 1
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        Repeater {
            model: d.step === 1 ? Conversation.others : []
            ColumnLayout {
                id: here
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                MapjeLabel {
                    objectName: "here_" + here.modelData.role
                    text: qsTr("Is er: %1").arg(here.modelData.title)
                }
                MapjeLinkButton {
                    objectName: "leave_" + here.modelData.role
                    text: qsTr("Haal weg")
                    Accessible.name: qsTr("Haal %1 weg uit het gesprek").arg(here.modelData.title)
                    // The button goes with the person: the keyboard goes back to the roles.
                    onClicked: {
                        d.backToRoles();
                        Conversation.removePerson(here.modelData.id);
                    }
                }
            }
        }
    }

    // The ground rules, and what each role here does.
    MapjeHeading {
        visible: d.step === 2
        text: qsTr("Zo praten we samen")
    }
    Repeater {
        model: d.step === 2 ? Conversation.groundRules : []
        MapjeLabel {
            required property string modelData
            preferredPixelSize: Theme.fontLarge
            font.bold: true
            text: modelData
        }
    }
    Repeater {
        model: d.step === 2 ? Conversation.rolesHere : []
        RoleCard {
            required property string modelData
            roleKey: modelData
        }
    }

    actions: [
        MapjeButton {
            objectName: "startWithBoardButton"
            visible: d.step === 0 && Board.hasBoard
            Layout.fillWidth: true
            primary: true
            //: %1 is the date of her board, e.g. "3 december 2026".
            text: qsTr("Begin met je bord van %1").arg(Board.dateText)
            onClicked: d.begin(false)
        },
        MapjeButton {
            objectName: "startNewBoardButton"
            visible: d.step === 0
            Layout.fillWidth: true
            primary: !Board.hasBoard
            text: Board.hasBoard ? qsTr("Begin met een nieuw bord") : qsTr("Beginnen")
            // A new board takes along what she chose last time, as every new board does.
            onClicked: d.begin(Board.hasBoard)
        },
        MapjeButton {
            objectName: "nextButton"
            visible: d.step === 1
            Layout.fillWidth: true
            primary: true
            text: qsTr("Verder")
            onClicked: d.show(2)
        },
        MapjeButton {
            objectName: "beginButton"
            visible: d.step === 2
            Layout.fillWidth: true
            primary: true
            text: qsTr("We beginnen")
            onClicked: root.boardRequested()
        }
    ]
}
