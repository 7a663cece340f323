pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Wat wil ik vragen?": the citizen's own questions in their order, a field for a new one, and
// questions many people ask, to pick from. A picked question becomes the citizen's own.
ColumnLayout {
    id: root

    // After a question is added the button has nothing to add and turns off: the focus goes back
    // to the box for the next question, so it never falls nowhere.
    function addQuestion() {
        if (Appointments.addQuestion(newQuestion.text)) {
            newQuestion.text = "";
            newQuestion.area.forceActiveFocus();
        }
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeHeading {
        level: 2
        text: qsTr("Wat wil ik vragen?")
    }
    MapjeLabel {
        text: qsTr("Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.")
    }
    Repeater {
        model: Appointments.questions

        AppointmentQuestionRow {
            count: Appointments.questions.count
            onTextEdited: (index, text) => Appointments.setQuestionText(index, text)
            onMoveUpRequested: index => Appointments.moveQuestionUp(index)
            onMoveDownRequested: index => Appointments.moveQuestionDown(index)
            onRemoveRequested: index => Appointments.removeQuestion(index)
        }
    }
    // Several lines, growing with the words: a long question stays in sight as a whole.
    MapjeTextArea {
        id: newQuestion
        objectName: "newQuestion"
        label: Appointments.questions.count === 0 ? qsTr("Wat wil je vragen?") : qsTr("Wat wil je nog meer vragen?")
    }
    MapjeButton {
        objectName: "addQuestionButton"
        enabled: newQuestion.text.trim() !== ""
        text: qsTr("Vraag toevoegen")
        onClicked: root.addQuestion()
    }
    MapjeLabel {
        visible: Appointments.suggestions.count > 0
        font.bold: true
        text: qsTr("Vragen die veel mensen stellen. Kies er een als je wilt:")
    }
    Repeater {
        model: Appointments.suggestions

        // A wrapper, so the role "text" does not meet the button's own text.
        Item {
            id: suggestion

            required property string key
            required property string text

            Layout.fillWidth: true
            implicitHeight: pick.implicitHeight

            MapjeButton {
                id: pick
                objectName: "suggestion_" + suggestion.key
                width: Math.min(implicitWidth, suggestion.width)
                text: "+ " + suggestion.text
                //: A button that adds a suggested question to the citizen's own questions.
                Accessible.name: qsTr("Vraag toevoegen: %1").arg(suggestion.text)
                // The picked suggestion leaves this list: the focus goes to the box for a question.
                onClicked: {
                    if (Appointments.pickSuggestion(suggestion.key))
                        newQuestion.area.forceActiveFocus();
                }
            }
        }
    }
}
