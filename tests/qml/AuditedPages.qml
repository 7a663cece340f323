import QtQuick
import QtQuick.Controls
import QtTest
import Mapje
import MapjeTest
import "AuditPages.js" as AuditPages

// What the page audits share (tst_accessibility, tst_pseudolocale): the vault in each stage with
// content on every page, every route of PageNavigator in the stage it opens from, and a page
// opened, settled and closed again.
Item {
    id: root

    required property TestCase testCase
    // Made when the vault opens, for the pages that show one of them.
    property string goalId
    property string checkInId
    property string appointmentId

    // The pages of each of these stages (AuditPages.js). extraVisits: { stage: [entries] }.
    function pagesByStage(stages, extraVisits) {
        return AuditPages.pagesByStage(navigator.routes(), stages, {
                "choosePin": "none",
                "language": "none",
                "settings": "none",
                "forgotPin": "locked"
            }, {
                "domainInfo": { "domainKey": "money" },
                "explanation": { "entryId": "bijstand" },
                "goal": () => ({ "goalId": root.goalId }),
                "checkIn": () => ({ "checkInId": root.checkInId }),
                "checkInFlow": () => ({ "checkInId": root.checkInId }),
                "appointment": () => ({ "appointmentId": root.appointmentId }),
                "appointmentAfter": () => ({ "appointmentId": root.appointmentId }),
                "conversationDomain": { "domainKey": "money" },
                "sharePreview": { "kind": "board" },
                "cannotCome": { "proposalId": "" }
            }, extraVisits);
    }

    // The vault in this stage; open, with a board, a goal, an agreed moment and an appointment,
    // so every page has content.
    function reachStage(stage: string) {
        if (stage === "none")
            return;
        Vault.createVault("24680");
        root.testCase.tryCompare(Vault, "stage", Vault.Open, 5000);
        if (stage === "open") {
            // A board with three domains, fiches from two people, so every board page has content.
            Board.startNewBoard(false);
            Board.chooseDomain("money");
            Board.chooseDomain("work");
            Board.chooseDomain("health");
            Board.setFeeling(Board.citizenId, "money", "sad");
            Board.setNote(Board.citizenId, "money", "De huur is te hoog");
            const peer = Board.addPerspective("peer", "Sanne");
            Board.setFeeling(peer, "money", "unsure");
            root.goalId = Goals.addGoal("money", "Elke week mijn post openen");
            Goals.open(root.goalId);
            Goals.setByWhen("2027-01-31");
            Goals.toggleStep(Goals.addStep("Een map kopen"));
            Goals.setStepRemindOn(Goals.addStep("Brieven sorteren"), "2026-11-30");
            root.checkInId = CheckIns.addCheckIn();
            CheckIns.setWithWhom("Sanne");
            CheckIns.setWhere("Buurthuis");
            root.appointmentId = Appointments.addAppointment();
            Appointments.setWithWhom("Mevrouw De Vries");
            Appointments.setWhere("Stadskantoor");
            Appointments.setDate("2026-11-30");
            Appointments.pickSuggestion("onPaper");
            Appointments.addDocument("id");
            Appointments.setPacked("id", true);
            Appointments.setAgreed("Ik stuur de brief op.");
            // An earlier conversation (for its summary and the list of earlier ones), and one
            // going on with Sanne's fiche and her "Wat mij hielp".
            Conversation.start(false);
            Conversation.addPerson("professional", "");
            Conversation.useCard("goesWell");
            Conversation.close();
            Conversation.start(false);
            Conversation.setSpeaker(Conversation.addPerson("peer", "Sanne"));
            Conversation.setFeeling("work", "happy");
            Conversation.addExperience("money", "Mij hielp een vaste dag voor de post.");
            Conversation.setSpeaker(Board.citizenId);
            return;
        }
        Vault.lock();
        root.testCase.compare(Vault.stage, Vault.Locked);
        if (stage === "damaged") {
            Harness.damageVault();
            root.testCase.compare(Vault.stage, Vault.Damaged);
        } else if (stage === "tooNew") {
            Harness.makeVaultTooNew();
            root.testCase.compare(Vault.stage, Vault.TooNew);
        }
    }

    // Opens one entry of pagesByStage on top of the stage's page ("" is that page itself).
    function open(window, stack, entry) {
        const name = typeof entry === "string" ? entry : entry.name;
        if (typeof entry !== "string")
            window.showPageWith(name, typeof entry.properties === "function" ? entry.properties() : entry.properties);
        else if (name !== "")
            window.showPage(name);
        root.testCase.tryVerify(() => !stack.busy && (name === "" || stack.depth === 2), 5000,
                                "page " + name + " should open");
    }

    // Back to the stage's page after open().
    function close(stack, entry, stagePage: string) {
        if (entry === "")
            return;
        stack.pop(null, StackView.Immediate);
        root.testCase.tryVerify(() => stack.currentItem.objectName === stagePage && !stack.busy);
    }

    // Layouts and texts re-measure on the next polish: wait until nothing waits for one.
    function polishPending(item): bool {
        if (root.testCase.isPolishScheduled(item))
            return true;
        for (let i = 0; i < item.children.length; ++i) {
            if (root.polishPending(item.children[i]))
                return true;
        }
        return false;
    }

    // Texts that fit their longest word (WholeWordSize) settle a timer's turn after the layout,
    // and the layout once more after them.
    function settle(window) {
        for (let round = 0; round < 2; ++round) {
            root.testCase.wait(round === 0 ? 0 : 20);
            root.testCase.tryVerify(() => !root.polishPending(window.contentItem), 3000, "layouts should settle");
        }
    }

    width: 0
    height: 0

    // A navigator of its own for the list of routes; no page is pushed on its stack.
    StackView {
        id: spareStack
        width: 0
        height: 0
    }
    PageNavigator {
        id: navigator
        stack: spareStack
    }
}
