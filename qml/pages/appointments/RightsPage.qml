pragma ComponentBehavior: Bound

import QtQuick
import Mapje

// Your rights at an appointment with the municipality, in B1 Dutch, each with the law it comes
// from. Only what the law says (Awb, AVG); hard words link to their explanation.
MapjePage {
    id: root

    objectName: "rightsPage"
    title: qsTr("Je rechten bij een afspraak")

    MapjeHeading {
        text: root.title
    }
    MapjeRichLabel {
        text: qsTr("Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.")
        onExplanationRequested: id => root.explanationRequested(id)
    }

    // 1: bring someone along (Awb 2:1).
    MapjeHeading {
        objectName: "right_bringSomeone"
        level: 2
        text: qsTr("Je mag iemand meenemen")
    }
    MapjeRichLabel {
        text: qsTr("Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeLabel {
        objectName: "law_bringSomeone"
        color: Theme.textMuted
        //: The law that gives this right; keep the article number as it is.
        text: qsTr("Wet: Awb, artikel 2:1")
    }

    // 2: the decision on paper (Awb 1:3).
    MapjeHeading {
        objectName: "right_onPaper"
        level: 2
        text: qsTr("Je mag het op papier vragen")
    }
    MapjeLabel {
        text: qsTr("Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: \"Kan ik dat op papier krijgen?\"")
    }
    MapjeLabel {
        objectName: "law_onPaper"
        color: Theme.textMuted
        //: The law that gives this right; keep the article number as it is.
        text: qsTr("Wet: Awb, artikel 1:3")
    }

    // 3: object to a decision (Awb 6:5, 6:7, 6:8).
    MapjeHeading {
        objectName: "right_objection"
        level: 2
        text: qsTr("Je mag het oneens zijn met een besluit")
    }
    MapjeRichLabel {
        text: qsTr("Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeLabel {
        text: qsTr("Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:")
    }
    Repeater {
        model: [qsTr("je naam en adres"), qsTr("de datum"), qsTr("over welk besluit het gaat"), qsTr("waarom je het er niet mee eens bent"), qsTr("je handtekening")]

        MapjeLabel {
            required property string modelData
            text: "• " + modelData
        }
    }
    MapjeRichLabel {
        text: qsTr("Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeLabel {
        objectName: "law_objection"
        color: Theme.textMuted
        //: The law that gives this right; keep the article numbers as they are.
        text: qsTr("Wet: Awb, artikelen 6:5, 6:7 en 6:8")
    }

    // 4: see what the municipality keeps about you (AVG 15, 12 lid 3).
    MapjeHeading {
        objectName: "right_access"
        level: 2
        text: qsTr("Je mag zien wat de gemeente over je weet")
    }
    MapjeRichLabel {
        text: qsTr("Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeLabel {
        objectName: "law_access"
        color: Theme.textMuted
        //: The law that gives this right; keep the article numbers as they are.
        text: qsTr("Wet: AVG, artikel 15 en artikel 12 lid 3")
    }

    MapjeRichLabel {
        text: qsTr("Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
}
