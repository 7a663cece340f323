pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Prepare an appointment at the municipality, one question at a time: when, where and with whom,
// my questions, what I bring, what I want them to know, and who comes along. Every change is
// saved at once; "Terug" at the top keeps everything.
MapjePage {
    id: root

    required property string appointmentId

    signal rightsRequested
    signal done
    // An appointment the municipality proposed: she asks for another moment.
    signal cannotComeRequested(string proposalId)
    // "Deel met de gemeente": she first sees what would go.
    signal sharePreviewRequested(string kind, string itemId)

    objectName: "appointmentPage"
    title: qsTr("Afspraak voorbereiden")

    Component.onCompleted: {
        Appointments.open(root.appointmentId);
        whereField.text = Appointments.currentWhere;
        withWhomField.text = Appointments.currentWithWhom;
        wantArea.text = Appointments.currentWantThemToKnow;
        comesWithMeField.text = Appointments.currentComesWithMe;
    }

    QtObject {
        id: d

        // 0 when, 1 where and with whom, 2 questions, 3 things to bring, 4 what they should know,
        // 5 who comes along, 6 ready.
        property int stage: 0

        // Each question starts at its top, with its title, not where the last one was left.
        onStageChanged: root.scrollToTop()
        readonly property int lastStage: 6
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        color: Theme.textMuted
        //: Where the citizen is in the preparation, e.g. "Vraag 2 van 6". Not about the person.
        text: qsTr("Vraag %1 van %2").arg(d.stage + 1).arg(d.lastStage)
        visible: d.stage < d.lastStage
    }

    // 0: when.
    ColumnLayout {
        visible: d.stage === 0
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeHeading {
            level: 2
            text: qsTr("Wanneer is je afspraak?")
        }
        // Empty until the citizen picks the day; her first pick fills the rest from today.
        MapjeDateField {
            id: dateField
            objectName: "dateField"
            label: qsTr("Welke dag?")
            firstYear: Number(Appointments.todayIso.substring(0, 4)) || 2026
            startIso: Appointments.todayIso
            isoDate: Appointments.currentDateIso
            onPicked: isoDate => Appointments.setDate(isoDate)
        }
        // Empty until she picks the time: a day alone is kept with no time chosen.
        MapjeTimeField {
            objectName: "timeField"
            label: qsTr("Hoe laat?")
            isoTime: Appointments.currentTimeIso
            onPicked: isoTime => Appointments.setTime(isoTime)
        }
        // Off until she says yes: a reminder is something she agrees to.
        MapjeSwitch {
            objectName: "remindSwitch"
            text: qsTr("Herinner mij hieraan")
            // Said as it is: with no day there is nothing to remind her of yet; a day without a
            // time has no "hour before".
            description: Appointments.currentDateIso === ""
                         //: Under the reminder switch of an appointment that has no day yet.
                         ? qsTr("Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.")
                         : !Appointments.currentHasTime
                           //: Under the reminder switch of an appointment that has a day but no time yet.
                           ? qsTr("Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.")
                           : qsTr("Een dag van tevoren en een uur van tevoren.")
            checked: Appointments.currentRemind
            onClicked: {
                // No day yet: the switch stays off and she is taken to the day, where she can act.
                if (Appointments.currentDateIso === "" && !Appointments.currentRemind)
                    dateField.focusFirstBox();
                else
                    Appointments.setRemind(!Appointments.currentRemind);
            }
        }
        MapjeNotice {
            objectName: "whenNotice"
            visible: Appointments.notice !== ""
            text: Appointments.notice
        }
    }

    // 1: where and with whom.
    ColumnLayout {
        visible: d.stage === 1
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeHeading {
            level: 2
            text: qsTr("Waar en met wie?")
        }
        MapjeTextField {
            id: whereField
            objectName: "whereField"
            label: qsTr("Waar is je afspraak?")
            field.focus: false
            field.onTextChanged: Appointments.setWhere(whereField.text)
        }
        MapjeTextField {
            id: withWhomField
            objectName: "withWhomField"
            label: qsTr("Met wie praat je?")
            field.focus: false
            field.onTextChanged: Appointments.setWithWhom(withWhomField.text)
        }
        MapjeRichLabel {
            label.color: Theme.textMuted
            text: qsTr("Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.")
            onExplanationRequested: id => root.explanationRequested(id)
        }
    }

    // 2: my questions. 3: what I bring.
    AppointmentQuestionsSection {
        visible: d.stage === 2
    }
    AppointmentBringSection {
        visible: d.stage === 3
    }

    // 4: what I want them to know.
    ColumnLayout {
        visible: d.stage === 4
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeHeading {
            level: 2
            text: qsTr("Wat wil ik dat ze weten?")
        }
        MapjeTextArea {
            id: wantArea
            objectName: "wantThemToKnowArea"
            label: qsTr("Wat is belangrijk voor jou? Schrijf het in je eigen woorden.")
            area.onTextChanged: Appointments.setWantThemToKnow(wantArea.text)
        }
    }

    // 5: who comes along.
    ColumnLayout {
        visible: d.stage === 5
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeHeading {
            level: 2
            text: qsTr("Wie gaat er met je mee?")
        }
        MapjeRichLabel {
            text: qsTr("Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.")
            onExplanationRequested: id => root.explanationRequested(id)
        }
        MapjeTextField {
            id: comesWithMeField
            objectName: "comesWithMeField"
            label: qsTr("Wie gaat er mee? (Dat hoeft niet.)")
            field.focus: false
            field.onTextChanged: Appointments.setComesWithMe(comesWithMeField.text)
        }
    }

    // 6: ready.
    ColumnLayout {
        visible: d.stage === d.lastStage
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeLabel {
            objectName: "readyLabel"
            visible: Appointments.currentDateIso !== ""
            font.bold: true
            text: qsTr("Je bent klaar voor je afspraak.")
        }
        MapjeLabel {
            objectName: "whenLabel"
            visible: Appointments.currentDateIso !== ""
            text: Appointments.currentWhenText
        }
        // No day yet: said plainly, with the way to it. Everything else is kept.
        MapjeNotice {
            objectName: "missingDateNotice"
            visible: Appointments.currentDateIso === ""
            //: On the last page of preparing an appointment when no day was picked yet.
            text: qsTr("Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.")
        }
        MapjeButton {
            objectName: "chooseDateButton"
            visible: Appointments.currentDateIso === ""
            //: Goes back to the first question of an appointment: which day.
            text: qsTr("Dag kiezen")
            onClicked: d.stage = 0
        }
        MapjeLabel {
            visible: Appointments.questions.count > 0
            font.bold: true
            text: qsTr("Dit wil je vragen:")
        }
        Repeater {
            model: Appointments.questions

            MapjeLabel {
                required property int index
                required property var model

                objectName: "readyQuestion_" + index
                //: A question in the list on the "ready" page: %1 is its number, %2 the question.
                text: qsTr("%1. %2").arg(index + 1).arg(model.text)
            }
        }
        MapjeLabel {
            text: qsTr("Je kunt alles nog veranderen. Mapje bewaart het meteen.")
        }
    }

    MapjeNotice {
        objectName: "unsavedNotice"
        visible: Appointments.unsaved
        text: qsTr("Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.")
    }
    MapjeLinkButton {
        objectName: "rightsLink"
        visible: d.stage >= 5
        text: qsTr("Wat zijn je rechten bij een afspraak?")
        onClicked: root.rightsRequested()
    }
    // Only for an appointment the municipality proposed and she took over.
    MapjeLabel {
        objectName: "requestText"
        readonly property string proposal: Sync.revision >= 0 ? Sync.proposalOfAppointment(root.appointmentId) : ""
        visible: proposal !== "" && text !== ""
        color: Theme.textMuted
        text: proposal === "" ? "" : Sync.requestText(proposal)
    }
    MapjeButton {
        objectName: "cannotComeButton"
        readonly property string proposal: Sync.revision >= 0 ? Sync.proposalOfAppointment(root.appointmentId) : ""
        visible: proposal !== "" && Sync.paired && !Appointments.currentHasPassed
        text: qsTr("Ik kan niet komen")
        onClicked: root.cannotComeRequested(proposal)
    }
    // At the end of her preparation: she may share it, after seeing it in words.
    ShareSection {
        objectName: "appointmentShareSection"
        visible: d.stage === d.lastStage && (Sync.paired || status.shared === true)
        kind: "appointment"
        itemId: root.appointmentId
        onPreviewRequested: root.sharePreviewRequested("appointment", root.appointmentId)
    }
    AppointmentRemoveSection {
        visible: d.stage === d.lastStage
        onRemoved: root.done()
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "previousButton"
            visible: d.stage > 0
            text: qsTr("Vorige vraag")
            onClicked: d.stage -= 1
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "nextButton"
            visible: d.stage < d.lastStage
            primary: true
            text: d.stage === d.lastStage - 1 ? qsTr("Klaar") : qsTr("Verder")
            onClicked: d.stage += 1
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            visible: d.stage === d.lastStage
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
