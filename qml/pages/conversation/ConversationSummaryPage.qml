pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// After the closing, a short summary: when, who was there, the cards used, what she kept, the
// goals made and the moment to look back. Her mapje, to save or print, is one step away.
MapjePage {
    id: root

    signal mapjeRequested
    signal homeRequested

    readonly property var summary: Conversation.lastSummary

    objectName: "conversationSummaryPage"
    title: qsTr("Wat we hebben gedaan")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Gesprek van %1.").arg(root.summary.when ?? "")
    }
    SummaryList {
        heading: qsTr("Wie er waren")
        lines: root.summary.people ?? []
    }
    SummaryList {
        heading: qsTr("Kaartjes die we gebruikten")
        lines: root.summary.cards ?? []
    }
    SummaryList {
        heading: qsTr("Wat je bewaarde van de anderen")
        lines: root.summary.kept ?? []
    }
    SummaryList {
        heading: qsTr("Wat we afspraken")
        lines: (root.summary.goals ?? []).map(goal => {
            const parts = [qsTr("%1 (%2)").arg(goal.words).arg(goal.domain)];
            for (const step of goal.steps)
                parts.push(qsTr("Eerste stap: %1").arg(step));
            if (goal.whoHelps !== "")
                parts.push(qsTr("Wie helpt: %1").arg(goal.whoHelps));
            if (goal.byWhen !== "")
                parts.push(qsTr("Voor: %1").arg(goal.byWhen));
            return parts.join("\n");
        })
    }
    SummaryList {
        heading: qsTr("Samen terugkijken")
        lines: (root.summary.moment ?? "") !== "" ? [root.summary.moment] : []
    }

    actions: [
        MapjeButton {
            objectName: "mapjeButton"
            Layout.fillWidth: true
            text: qsTr("Je mapje meenemen")
            onClicked: root.mapjeRequested()
        },
        MapjeButton {
            objectName: "doneButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Klaar")
            onClicked: root.homeRequested()
        }
    ]
}
