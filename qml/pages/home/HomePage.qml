import QtQuick
import QtQuick.Layouts
import Mapje

// Home: the board of this conversation, what to do with it next, and a notepad that keeps every word.
MapjePage {
    id: root

    signal changePinRequested
    signal languageRequested
    signal displayRequested
    signal boardPageRequested(string name)
    signal glossaryRequested
    signal pageRequested(string name)
    signal lookBackRequested(string checkInId)
    signal sharePreviewRequested(string kind, string itemId)

    objectName: "homePage"
    // Back from a step ("Klaar"), the keyboard focus waits on the next step.
    preferredFocus: nextStepButton
    title: qsTr("Mijn mapje")

    Component.onCompleted: notepad.text = Notes.text

    MapjeHeading {
        text: root.title
    }
    MapjeNotice {
        objectName: "dueCheckInNotice"
        visible: CheckIns.dueCheckInId !== ""
        text: qsTr("Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?")
    }
    MapjeButton {
        objectName: "lookBackButton"
        visible: CheckIns.dueCheckInId !== ""
        primary: true
        text: qsTr("Kijk samen terug")
        onClicked: root.lookBackRequested(CheckIns.dueCheckInId)
    }
    MapjeNotice {
        objectName: "dueReminderNotice"
        visible: Reminders.hasDue
        text: qsTr("Je hebt een herinnering.")
    }
    MapjeButton {
        objectName: "dueReminderButton"
        visible: Reminders.hasDue
        text: qsTr("Bekijk je herinnering")
        onClicked: root.pageRequested("reminders")
    }
    // The one next step, near the top: below the board it would be out of reach on a phone.
    MapjeButton {
        id: nextStepButton
        readonly property var stepNames: ({
                "chooseDomains": qsTr("Kies wat belangrijk is"),
                "feelings": qsTr("Hoe voelt het?"),
                "goals": qsTr("Mijn doelen")
            })
        objectName: "nextStepButton"
        visible: Board.hasBoard && stepNames[Board.nextStep] !== undefined
        primary: true
        //: %1 is the step, e.g. "Hoe voelt het?".
        text: qsTr("Volgende stap: %1").arg(stepNames[Board.nextStep] ?? "")
        onClicked: root.pageRequested(Board.nextStep)
    }
    BoardSection {
        onPageRequested: name => root.boardPageRequested(name)
        onExplanationRequested: id => root.explanationRequested(id)
    }
    // Her board with the municipality: shared or not, only ever after her yes.
    ShareSection {
        objectName: "boardShareSection"
        visible: Board.hasBoard && (Sync.paired || status.shared === true)
        kind: "board"
        onPreviewRequested: root.sharePreviewRequested("board", "")
    }
    // A conversation with others at this screen; one left open goes on where it was.
    MapjeButton {
        objectName: "conversationButton"
        text: Conversation.active ? qsTr("Verder met het gesprek") : qsTr("Samen praten")
        onClicked: root.pageRequested(Conversation.active ? "conversation" : "conversationStart")
    }
    MapjeButton {
        objectName: "goalsButton"
        // The next step once every chosen leefgebied has a face.
        //: Opens the citizen's goals, written after the board in their own words.
        text: qsTr("Mijn doelen")
        onClicked: root.pageRequested("goals")
    }
    MapjeButton {
        objectName: "checkInsButton"
        text: qsTr("Afgesproken momenten")
        onClicked: root.pageRequested("checkIns")
    }
    MapjeButton {
        objectName: "appointmentsButton"
        //: Opens the preparation of an appointment at the municipality (spreekkamer).
        text: qsTr("Afspraak voorbereiden")
        onClicked: root.pageRequested("appointments")
    }
    MapjeButton {
        objectName: "remindersButton"
        // A kiosk session has no future moments, no PIN and no history: not offered there.
        visible: !Kiosk.active
        text: qsTr("Herinneringen")
        onClicked: root.pageRequested("reminders")
    }
    MapjeButton {
        objectName: "summaryButton"
        //: Opens the page where the citizen composes the summary they take to any organisation.
        text: qsTr("Je mapje meenemen")
        onClicked: root.pageRequested("summary")
    }
    MapjeButton {
        objectName: "sharingButton"
        //: Opens pairing, sharing and the proposals of the municipality; %1 says how many are new.
        text: Sync.newProposals > 0 ? qsTr("Delen met de gemeente (%1 nieuw)").arg(Sync.newProposals)
                                    : Sync.configured ? qsTr("Delen met de gemeente") : qsTr("Wat heb ik gedeeld?")
        onClicked: root.pageRequested(Sync.configured ? "sharing" : "shared")
    }
    MapjeButton {
        objectName: "timelineButton"
        visible: !Kiosk.active
        text: qsTr("Tijdlijn")
        onClicked: root.pageRequested("timeline")
    }
    MapjeTextArea {
        id: notepad
        objectName: "notepad"
        label: qsTr("Wat wil je niet vergeten?")
        area.onTextChanged: Notes.save(notepad.text)
    }
    MapjeLabel {
        objectName: "savedLabel"
        visible: !Notes.unsaved
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: Kiosk.active ? qsTr("Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.")
                           : qsTr("Mapje bewaart alles wat je typt meteen op dit apparaat.")
    }
    MapjeNotice {
        objectName: "unsavedNotice"
        visible: Notes.unsaved
        text: qsTr("Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.")
    }
    MapjeNotice {
        objectName: "messageNotice"
        visible: Vault.message !== ""
        text: Vault.message
    }
    MapjeButton {
        objectName: "glossaryButton"
        //: Opens the list of hard words with a short explanation of each.
        text: qsTr("Moeilijke woorden")
        onClicked: root.glossaryRequested()
    }
    MapjeHeading {
        level: 2
        text: qsTr("Instellingen")
    }
    MapjeButton {
        objectName: "changePinButton"
        visible: !Kiosk.active
        text: qsTr("Code wijzigen")
        onClicked: root.changePinRequested()
    }
    MapjeButton {
        objectName: "languageButton"
        text: qsTr("Taal: %1").arg(Language.currentName)
        onClicked: root.languageRequested()
    }
    MapjeButton {
        objectName: "displayButton"
        text: qsTr("Weergave")
        onClicked: root.displayRequested()
    }
    MapjeButton {
        objectName: "lockButton"
        visible: !Kiosk.active
        text: qsTr("Op slot doen")
        onClicked: Vault.lock()
    }
}
