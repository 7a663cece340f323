pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One hard word explained in three short parts. Hard words inside the explanation link on.
MapjePage {
    id: root

    required property string entryId
    // Glossary.revision ties this to the language.
    readonly property var info: Glossary.revision >= 0 ? Glossary.entry(root.entryId) : ({})


    objectName: "explanationPage"
    title: info.word ?? ""

    MapjeHeading {
        objectName: "explanationWord"
        text: root.title
    }
    Repeater {
        model: [
            { key: "explanation", heading: qsTr("Wat is het?") },
            { key: "meaning", heading: qsTr("Wat betekent het voor jou?") },
            { key: "whereToGo", heading: qsTr("Waar kan je terecht?") }
        ]
        ColumnLayout {
            id: part
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            MapjeLabel {
                objectName: "heading_" + part.modelData.key
                font.bold: true
                text: part.modelData.heading
                Accessible.role: Accessible.Heading
            }
            MapjeRichLabel {
                objectName: "part_" + part.modelData.key
                text: root.info[part.modelData.key] ?? ""
                exceptKey: root.entryId
                onExplanationRequested: id => root.explanationRequested(id)
            }
        }
    }
}
