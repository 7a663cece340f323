pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Your rights at an appointment with the municipality, in B1 Dutch, each with the law it comes
// from. Only what the law says (Awb, AVG); hard words link to their explanation. The words live in
// app/core/content/rights.json (Rights); each block is shown by the element its kind asks for.
MapjePage {
    id: root

    // A text of the rights in the current language. qsTranslate, like qsTr, follows a new language.
    function translated(text: var): string {
        return qsTranslate(Rights.context, text.source, text.disambiguation);
    }

    objectName: "rightsPage"
    title: root.translated(Rights.title)

    MapjeHeading {
        text: root.title
    }

    Repeater {
        model: Rights.blocks

        // One block and the one element that shows it. A Column, not a layout: a text whose
        // height follows its width is then not measured again inside a layout's own pass.
        Column {
            id: block

            required property var modelData
            readonly property string words: root.translated(block.modelData)
            // "heading", "linked" (a paragraph whose hard words link), "paragraph", "item" or "law".
            readonly property string shownAs: block.modelData.kind === "paragraph" && block.modelData.links ? "linked" : block.modelData.kind

            Layout.fillWidth: true

            Repeater {
                model: block.shownAs === "heading" ? 1 : 0

                MapjeHeading {
                    width: block.width
                    objectName: "right_" + block.modelData.right
                    level: 2
                    text: block.words
                }
            }
            Repeater {
                model: block.shownAs === "linked" ? 1 : 0

                MapjeRichLabel {
                    width: block.width
                    text: block.words
                    onExplanationRequested: id => root.explanationRequested(id)
                }
            }
            Repeater {
                model: block.shownAs === "paragraph" || block.shownAs === "item" ? 1 : 0

                MapjeLabel {
                    width: block.width
                    text: (block.shownAs === "item" ? "• " : "") + block.words
                }
            }
            Repeater {
                model: block.shownAs === "law" ? 1 : 0

                MapjeLabel {
                    width: block.width
                    objectName: "law_" + block.modelData.right
                    color: Theme.textMuted
                    text: block.words
                }
            }
        }
    }
}
