pragma ComponentBehavior: Bound

import QtQml
import QtQuick
import QtQuick.Controls.Basic
import Mapje

// The window and its navigation; each page does one thing.
ApplicationWindow {
    id: root

    // Opens a page by name; used by the pages' own buttons and by the screenshot mode.
    function showPage(name: string) {
        root.showPageWith(name, {});
    }

    // Opens a page by name with initial properties (which domain, whose fiche).
    function showPageWith(name: string, properties: var) {
        const pages = {
            "choosePin": choosePinPage,
            "forgotPin": forgotPinPage,
            "changePin": changePinPage,
            "language": languagePage,
            "settings": settingsPage,
            "chooseDomains": chooseDomainsPage,
            "domainInfo": domainInfoPage,
            "feelings": feelingsPage,
            "order": orderPage,
            "perspectives": perspectivesPage,
            "history": historyPage,
            "glossary": glossaryPage,
            "explanation": explanationPage,
            "goals": goalsPage,
            "goal": goalPage,
            "checkIns": checkInsPage,
            "checkIn": checkInPage,
            "checkInFlow": checkInFlowPage,
            "appointments": appointmentsPage,
            "appointment": appointmentPage,
            "appointmentAfter": appointmentAfterPage,
            "rights": rightsPage,
            "reminders": remindersPage,
            "calendar": calendarPage,
            "timeline": timelinePage,
            "summary": summaryPage,
            "show": showMapjePage,
            "preview": previewPage
        };
        if (pages[name])
            stack.push(pages[name], properties);
    }

    // Back to the first page of this stage (home when open), as after "Klaar" on every page.
    function showHome() {
        stack.pop(null, StackView.Immediate);
    }

    function pageForStage(): Component {
        switch (Vault.stage) {
        case Vault.Locked:
            return unlockPage;
        case Vault.Open:
            return homePage;
        case Vault.Damaged:
            return damagedPage;
        case Vault.TooNew:
            return tooNewPage;
        default:
            return welcomePage;
        }
    }

    width: 360
    height: 640
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Mapje")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    // A kiosk screen is read from further away than a phone in the hand.
    Binding {
        target: Theme
        property: "screenScale"
        value: root.width >= 1200 && root.height >= 800 ? 1.5 : 1.0
    }

    // Ctrl+Z and Ctrl+Shift+Z take back or redo a change on the board.
    Shortcut {
        sequences: ["Ctrl+Z"]
        enabled: Vault.stage === Vault.Open && Board.canUndo
        onActivated: Board.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: Vault.stage === Vault.Open && Board.canRedo
        onActivated: Board.redo()
    }

    Connections {
        target: Vault
        function onStageChanged() {
            stack.replace(null, root.pageForStage(), {}, StackView.Immediate);
        }
    }

    // Every page can ask for a hard word's explanation (MapjePage.explanationRequested).
    Connections {
        target: stack.currentItem as MapjePage
        function onExplanationRequested(id: string) {
            root.showPageWith("explanation", {
                "entryId": id
            });
        }
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        // Arabic: every page mirrors, rows run from the right.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        initialItem: root.pageForStage()
        focus: true

        // Calm, short fades instead of sliding pages.
        pushEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.motionDuration }
        }
        pushExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.motionDuration }
        }
        popEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.motionDuration }
        }
        popExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.motionDuration }
        }
    }

    Component {
        id: welcomePage
        WelcomePage {
            onStartRequested: root.showPage("choosePin")
            onGlossaryRequested: root.showPage("glossary")
            onLanguageRequested: root.showPage("language")
            onDisplayRequested: root.showPage("settings")
        }
    }
    Component {
        id: choosePinPage
        ChoosePinPage {
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: unlockPage
        UnlockPage {
            onForgotRequested: root.showPage("forgotPin")
            onLanguageRequested: root.showPage("language")
            onDisplayRequested: root.showPage("settings")
        }
    }
    Component {
        id: forgotPinPage
        ForgotPinPage {
            onBackRequested: stack.pop()
        }
    }
    Component {
        id: homePage
        HomePage {
            onChangePinRequested: root.showPage("changePin")
            onLanguageRequested: root.showPage("language")
            onDisplayRequested: root.showPage("settings")
            onBoardPageRequested: name => root.showPage(name)
            onGlossaryRequested: root.showPage("glossary")
            onPageRequested: name => root.showPage(name)
            onLookBackRequested: id => root.showPageWith("checkInFlow", {
                    "checkInId": id
                })
        }
    }
    Component {
        id: goalsPage
        GoalsPage {
            onGoalRequested: id => root.showPageWith("goal", {
                    "goalId": id
                })
            onDone: stack.pop()
        }
    }
    Component {
        id: goalPage
        GoalPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: checkInsPage
        CheckInsPage {
            onCheckInRequested: id => root.showPageWith("checkIn", {
                    "checkInId": id
                })
            onLookBackRequested: id => root.showPageWith("checkInFlow", {
                    "checkInId": id
                })
            onDone: stack.pop()
        }
    }
    Component {
        id: checkInPage
        CheckInPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: checkInFlowPage
        CheckInFlowPage {
            onBoardRequested: root.showPage("feelings")
            onDone: stack.pop()
        }
    }
    Component {
        id: appointmentsPage
        AppointmentsPage {
            onAppointmentRequested: id => root.showPageWith("appointment", {
                    "appointmentId": id
                })
            onAfterRequested: id => root.showPageWith("appointmentAfter", {
                    "appointmentId": id
                })
            onRightsRequested: root.showPage("rights")
            onDone: stack.pop()
        }
    }
    Component {
        id: appointmentPage
        AppointmentPage {
            onRightsRequested: root.showPage("rights")
            onDone: stack.pop()
        }
    }
    Component {
        id: appointmentAfterPage
        AppointmentAfterPage {
            onGoalRequested: id => root.showPageWith("goal", {
                    "goalId": id
                })
            onCheckInRequested: id => root.showPageWith("checkIn", {
                    "checkInId": id
                })
            onDone: stack.pop()
        }
    }
    Component {
        id: rightsPage
        RightsPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: remindersPage
        RemindersPage {
            onCalendarRequested: root.showPage("calendar")
            onDone: stack.pop()
        }
    }
    Component {
        id: calendarPage
        CalendarPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: summaryPage
        SummaryPage {
            onShowRequested: root.showPage("show")
            onPreviewRequested: root.showPage("preview")
            onDone: stack.pop()
        }
    }
    Component {
        id: showMapjePage
        ShowPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: previewPage
        PreviewPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: timelinePage
        TimelinePage {
            onDone: stack.pop()
        }
    }
    Component {
        id: chooseDomainsPage
        ChooseDomainsPage {
            onInfoRequested: key => root.showPageWith("domainInfo", {
                    "domainKey": key
                })
            onDone: stack.pop()
        }
    }
    Component {
        id: domainInfoPage
        DomainInfoPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: feelingsPage
        FeelingsPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: orderPage
        OrderPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: perspectivesPage
        PerspectivesPage {
            onFichesRequested: (perspectiveId, title) => root.showPageWith("feelings", {
                    "perspectiveId": perspectiveId,
                    "perspectiveTitle": title
                })
            onDone: stack.pop()
        }
    }
    Component {
        id: historyPage
        HistoryPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: changePinPage
        ChangePinPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: languagePage
        LanguagePage {
            onDone: stack.pop()
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: glossaryPage
        GlossaryPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: explanationPage
        ExplanationPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: damagedPage
        DamagedPage {}
    }
    Component {
        id: tooNewPage
        TooNewPage {}
    }
}
