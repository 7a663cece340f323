import QtQuick
import QtQuick.Controls.Basic

// Where each page lives and what its own requests open. Pages other than the stage pages (which
// Main declares) load from their file only when first opened, so start-up stays quick.
QtObject {
    id: root

    required property StackView stack

    // Opens a page by name with initial properties (which domain, whose fiche).
    function open(name: string, properties: var) {
        const route = root.routes()[name];
        // A name with no route is a mistake in the app: say so (the QML tests fail on it).
        if (!route) {
            console.warn("PageNavigator: no page is called", name);
            return;
        }
        // A page opened on top of another shows "Terug".
        const page = root.stack.push(Qt.resolvedUrl(route.file), Object.assign({
            "canGoBack": true
        }, properties));
        if (!page)
            return;
        const handlers = route.on || {};
        for (const signalName in handlers)
            page[signalName].connect(handlers[signalName]);
        // Every page but the stage pages returns with "done" or "Terug" (backRequested).
        if (page.done)
            page.done.connect(() => root.stack.pop());
        if (page.backRequested)
            page.backRequested.connect(() => root.stack.pop());
    }

    // Where each page lives and what its own requests open.
    function routes(): var {
        return {
            "choosePin": { "file": "pages/vault/ChoosePinPage.qml" },
            "kioskAdminPin": {
                "file": "pages/kiosk/KioskAdminPinPage.qml",
                "on": {
                    "adminOpened": () => {
                        root.stack.pop(StackView.Immediate);
                        root.open("kioskAdmin", {});
                    }
                }
            },
            "kioskAdmin": { "file": "pages/kiosk/KioskAdminPage.qml" },
            "forgotPin": { "file": "pages/vault/ForgotPinPage.qml" },
            "changePin": { "file": "pages/vault/ChangePinPage.qml" },
            "language": { "file": "pages/settings/LanguagePage.qml" },
            "settings": { "file": "pages/settings/SettingsPage.qml" },
            "glossary": { "file": "pages/glossary/GlossaryPage.qml" },
            "explanation": { "file": "pages/glossary/ExplanationPage.qml" },
            "chooseDomains": {
                "file": "pages/board/ChooseDomainsPage.qml",
                "on": { "infoRequested": key => root.open("domainInfo", { "domainKey": key }) }
            },
            "domainInfo": { "file": "pages/board/DomainInfoPage.qml" },
            "feelings": { "file": "pages/board/FeelingsPage.qml" },
            "order": { "file": "pages/board/OrderPage.qml" },
            "perspectives": {
                "file": "pages/board/PerspectivesPage.qml",
                "on": {
                    "fichesRequested": (perspectiveId, title) => root.open("feelings", {
                        "perspectiveId": perspectiveId,
                        "perspectiveTitle": title
                    })
                }
            },
            "history": { "file": "pages/board/HistoryPage.qml" },
            "goals": {
                "file": "pages/goals/GoalsPage.qml",
                "on": { "goalRequested": id => root.open("goal", { "goalId": id }) }
            },
            "goal": {
                "file": "pages/goals/GoalPage.qml",
                "on": {
                    "boardRequested": () => root.open("chooseDomains", {}),
                    "sharePreviewRequested": (kind, id) => root.open("sharePreview", {
                        "kind": kind,
                        "itemId": id
                    })
                }
            },
            "checkIns": {
                "file": "pages/checkins/CheckInsPage.qml",
                "on": {
                    "checkInRequested": id => root.open("checkIn", { "checkInId": id }),
                    "lookBackRequested": id => root.open("checkInFlow", { "checkInId": id })
                }
            },
            "checkIn": {
                "file": "pages/checkins/CheckInPage.qml",
                "on": {
                    "sharePreviewRequested": (kind, id) => root.open("sharePreview", {
                        "kind": kind,
                        "itemId": id
                    })
                }
            },
            "checkInFlow": {
                "file": "pages/checkins/CheckInFlowPage.qml",
                "on": { "boardRequested": () => root.open("feelings", {}) }
            },
            "appointments": {
                "file": "pages/appointments/AppointmentsPage.qml",
                "on": {
                    "appointmentRequested": id => root.open("appointment", { "appointmentId": id }),
                    "afterRequested": id => root.open("appointmentAfter", { "appointmentId": id }),
                    "rightsRequested": () => root.open("rights", {})
                }
            },
            "appointment": {
                "file": "pages/appointments/AppointmentPage.qml",
                "on": {
                    "rightsRequested": () => root.open("rights", {}),
                    "cannotComeRequested": id => root.open("cannotCome", { "proposalId": id }),
                    "sharePreviewRequested": (kind, id) => root.open("sharePreview", {
                        "kind": kind,
                        "itemId": id
                    })
                }
            },
            "appointmentAfter": {
                "file": "pages/appointments/AppointmentAfterPage.qml",
                "on": {
                    "goalRequested": id => root.open("goal", { "goalId": id }),
                    "checkInRequested": id => root.open("checkIn", { "checkInId": id })
                }
            },
            "rights": { "file": "pages/appointments/RightsPage.qml" },
            "reminders": {
                "file": "pages/reminders/RemindersPage.qml",
                "on": { "calendarRequested": () => root.open("calendar", {}) }
            },
            "calendar": { "file": "pages/reminders/CalendarPage.qml" },
            "timeline": { "file": "pages/timeline/TimelinePage.qml" },
            "summary": {
                "file": "pages/summary/SummaryPage.qml",
                "on": {
                    "showRequested": () => root.open("show", {}),
                    "previewRequested": () => root.open("preview", {})
                }
            },
            "show": { "file": "pages/summary/ShowPage.qml" },
            "conversationStart": {
                "file": "pages/conversation/ConversationStartPage.qml",
                "on": {
                    // The start is done: the conversation's board takes its place.
                    "boardRequested": () => {
                        root.stack.pop(null);
                        root.open("conversation", {});
                    },
                    "pastRequested": () => root.open("pastConversations", {})
                }
            },
            "conversation": {
                "file": "pages/conversation/ConversationBoardPage.qml",
                "on": {
                    "domainRequested": key => root.open("conversationDomain", { "domainKey": key }),
                    "cardsRequested": () => root.open("conversationCards", {}),
                    "largePrintRequested": () => root.open("conversationLargePrint", {}),
                    "closingRequested": () => root.open("conversationClosing", {}),
                    "chooseRequested": () => root.open("chooseDomains", {})
                }
            },
            "conversationDomain": { "file": "pages/conversation/ConversationDomainPage.qml" },
            "conversationCards": { "file": "pages/conversation/ConversationCardsPage.qml" },
            "conversationLargePrint": { "file": "pages/conversation/ConversationLargePrintPage.qml" },
            "conversationClosing": {
                "file": "pages/conversation/ConversationClosingPage.qml",
                "on": {
                    "momentRequested": id => root.open("checkIn", { "checkInId": id }),
                    // The conversation is over: its summary, on top of home.
                    "summaryRequested": () => {
                        root.stack.pop(null);
                        root.open("conversationSummary", {});
                    }
                }
            },
            "conversationSummary": {
                "file": "pages/conversation/ConversationSummaryPage.qml",
                "on": {
                    "mapjeRequested": () => root.open("summary", {}),
                    "homeRequested": () => root.stack.pop(null)
                }
            },
            "pastConversations": { "file": "pages/conversation/PastConversationsPage.qml" },
            "sharing": {
                "file": "pages/sync/SharingPage.qml",
                "on": { "pageRequested": name => root.open(name, {}) }
            },
            "pair": { "file": "pages/sync/PairPage.qml" },
            "handoffSend": { "file": "pages/handoff/HandoffSendPage.qml" },
            "handoffReceive": {
                "file": "pages/handoff/HandoffReceivePage.qml",
                "on": { "scanRequested": () => root.open("handoffScan", {}) }
            },
            "handoffScan": { "file": "pages/handoff/HandoffScanPage.qml" },
            "sharePreview": { "file": "pages/sync/SharePreviewPage.qml" },
            "shared": { "file": "pages/sync/SharedPage.qml" },
            "proposals": {
                "file": "pages/sync/ProposalsPage.qml",
                "on": { "cannotComeRequested": id => root.open("cannotCome", { "proposalId": id }) }
            },
            "cannotCome": { "file": "pages/sync/CannotComePage.qml" },
            "preview": {
                "file": "pages/summary/PreviewPage.qml",
                // After saving or printing: back to the start, where the next step waits.
                "on": { "homeRequested": () => root.stack.pop(null) }
            }
        };
    }
}
