pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One goal: what the citizen wants to be different, on which domain, by when, who helps, small
// steps to tick off, and a state that judges nothing. The goal is written as soon as it has words,
// and every change after that is kept at once.
MapjePage {
    id: root

    // The goal to open; "" starts a new one.
    property string goalId: ""
    // A new goal opened from one leefgebied starts there: the citizen chose it by opening it
    // there. Otherwise no leefgebied is chosen until she picks one.
    property string domainId: ""

    signal done
    // No leefgebied on the board yet: she goes there first.
    signal boardRequested
    // "Deel met de gemeente": she first sees what would go.
    signal sharePreviewRequested(string kind, string itemId)

    objectName: "goalPage"
    title: root.goalId === "" ? qsTr("Nieuw doel") : qsTr("Mijn doel")

    QtObject {
        id: d
        // The domain of a goal that has no words yet: only one the citizen chose, or "".
        property string domain: ""
        readonly property string shownDomain: Goals.hasCurrent ? Goals.currentDomainId : domain
        readonly property int firstYear: Number(Goals.todayIso.substring(0, 4)) || 2026
        // The switch is on but no day is picked yet: the date boxes show, empty.
        property bool choosingDate: false
    }

    // A new goal is written once it has words and a leefgebied the citizen chose, in either order.
    function writeFirstWords() {
        if (!Goals.hasCurrent && d.domain !== "" && ownWords.text.trim() !== "")
            root.goalId = Goals.addGoal(d.domain, ownWords.text);
    }

    Component.onCompleted: {
        Goals.open(root.goalId);
        d.domain = Goals.hasCurrent ? Goals.currentDomainId : root.domainId;
        // Words she typed in a new goal before choosing its leefgebied come back.
        ownWords.text = Goals.hasCurrent || root.domainId !== "" ? Goals.currentOwnWords : Goals.draftWords;
        whoHelps.text = Goals.currentWhoHelps;
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "noDomainsLabel"
        visible: Goals.domainChoices.length === 0
        text: qsTr("Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.")
    }
    MapjeLinkButton {
        objectName: "chooseDomainsButton"
        visible: Goals.domainChoices.length === 0
        text: qsTr("Kies wat belangrijk is")
        onClicked: {
            // As "Maak je bord" on home: there is a board to choose on.
            if (!Board.hasBoard)
                Board.startNewBoard(false);
            root.boardRequested();
        }
    }
    MapjeLabel {
        visible: Goals.domainChoices.length > 0
        font.bold: true
        text: qsTr("Waar gaat je doel over?")
    }
    MapjeChoiceGrid {
        maxColumns: 2
        Repeater {
            id: domainChoices
            model: Goals.domainChoices
            MapjeChoiceButton {
                required property string modelData
                Layout.fillWidth: true
                objectName: "domain_" + modelData
                text: Goals.domainName(modelData)
                iconSource: Goals.domainIcon(modelData)
                chosen: d.shownDomain === modelData
                onClicked: {
                    d.domain = modelData;
                    if (Goals.hasCurrent)
                        Goals.setDomain(modelData);
                    else
                        root.writeFirstWords();
                }
            }
        }
    }
    MapjeTextArea {
        id: ownWords
        objectName: "ownWords"
        visible: Goals.domainChoices.length > 0
        label: qsTr("Wat wil je dat er anders is?")
        area.onTextChanged: {
            if (!Goals.hasCurrent) {
                Goals.keepDraft(ownWords.text);
                root.writeFirstWords();
            } else if (ownWords.text !== Goals.currentOwnWords) {
                Goals.setOwnWords(ownWords.text);
            }
        }
    }
    MapjeLabel {
        objectName: "firstWordsLabel"
        visible: !Goals.hasCurrent && Goals.domainChoices.length > 0 && !chooseDomainLabel.visible
        color: Theme.textMuted
        text: qsTr("Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.")
    }
    // Words but no leefgebied yet: said plainly right below the words, and brought into view
    // with them while she types; nothing is chosen for her.
    MapjeNotice {
        id: chooseDomainLabel
        objectName: "chooseDomainLabel"
        visible: !Goals.hasCurrent && d.domain === "" && ownWords.text.trim() !== ""
        //: The citizen wrote a new goal but did not pick its leefgebied yet.
        text: qsTr("Kies nog waar je doel over gaat. Dan bewaart Mapje het.")
        onVisibleChanged: {
            if (visible)
                root.keepInViewWithFocus(chooseDomainLabel, ownWords.area);
        }
    }
    MapjeNotice {
        objectName: "goalNotice"
        visible: Goals.notice !== ""
        text: Goals.notice
    }
    MapjeNotice {
        objectName: "goalUnsavedNotice"
        visible: Goals.unsaved
        text: qsTr("Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.")
    }

    // Everything below belongs to a goal that has words. Straight in the page's layout, not in a
    // layout of its own: a nested layout full of texts whose height follows their width made the
    // page's layout measure again inside its own pass (Qt's "polish loop").

    // On: the date boxes show, empty until the citizen picks a day. Off: no date.
    MapjeSwitch {
        objectName: "byWhenSwitch"
        visible: Goals.hasCurrent
        text: qsTr("Ik wil een datum kiezen")
        checked: Goals.currentByWhenIso !== "" || d.choosingDate
        onClicked: {
            d.choosingDate = !checked;
            if (Goals.currentByWhenIso !== "")
                Goals.setByWhen("");
        }
    }
    MapjeDateField {
        objectName: "byWhenField"
        visible: Goals.hasCurrent && (Goals.currentByWhenIso !== "" || d.choosingDate)
        label: qsTr("Wanneer wil je dit bereikt hebben?")
        isoDate: Goals.currentByWhenIso
        startIso: Goals.todayIso
        firstYear: d.firstYear
        onPicked: isoDate => Goals.setByWhen(isoDate)
    }
    MapjeNotice {
        objectName: "byWhenPastNotice"
        visible: Goals.hasCurrent && Goals.currentByWhenPast
        //: Under a goal's date that lies before today. Calm: the date is kept.
        text: qsTr("Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.")
    }
    MapjeTextField {
        id: whoHelps
        objectName: "whoHelps"
        visible: Goals.hasCurrent
        label: qsTr("Wie helpt je?")
        field.focus: false
        onTextChanged: {
            if (whoHelps.text.trim() !== Goals.currentWhoHelps)
                Goals.setWhoHelps(whoHelps.text);
        }
    }
    GoalStepsSection {
        visible: Goals.hasCurrent
        todayIso: Goals.todayIso
    }
    GoalStateSection {
        visible: Goals.hasCurrent
    }
    ShareSection {
        objectName: "goalShareSection"
        visible: Goals.hasCurrent && (Sync.paired || status.shared === true)
        kind: "goal"
        itemId: Goals.currentId
        onPreviewRequested: root.sharePreviewRequested("goal", Goals.currentId)
    }
    // A goal written just now has nothing to take away yet; opened again later, it has.
    GoalRemoveSection {
        visible: Goals.hasCurrent && Goals.currentRemovable
        onRemoved: root.done()
    }

    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            primary: true
            text: qsTr("Klaar")
            onClicked: {
                // Her words wait for a leefgebied: "Klaar" takes her to the choice the message
                // asks for instead of leaving without her goal.
                if (chooseDomainLabel.visible && domainChoices.count > 0) {
                    (domainChoices.itemAt(0) as MapjeChoiceButton).forceActiveFocus(Qt.TabFocusReason);
                    return;
                }
                root.done();
            }
        }
    ]
}
