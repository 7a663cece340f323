pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Deel met de gemeente": exactly what will be sent, in words. Only "Ja, deel dit" puts it in the
// outbox; others' views go along only when she switches them on.
MapjePage {
    id: root

    // "board" or "goal", and which one ("" for the current board).
    required property string kind
    property string itemId: ""
    // Her choice of the last time she shared it, until she switches it here.
    readonly property var lastShare: Sync.itemStatus(root.kind, root.itemId)
    property bool withOthers: root.lastShare.withOthers ?? false
    readonly property var lines: Sync.revision >= 0 ? Sync.preview(root.kind, root.itemId, root.withOthers) : []

    signal done

    objectName: "sharePreviewPage"
    title: qsTr("Deel met de gemeente")
    preferredFocus: shareButton

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "previewIntro"
        //: %1 is the municipality, e.g. "Gemeente Eindhoven".
        text: qsTr("Dit gaat naar %1:").arg(Sync.municipality)
    }
    MapjeCard {
        objectName: "previewCard"

        Repeater {
            model: root.lines

            MapjeLabel {
                required property string modelData
                required property int index
                objectName: "previewLine_" + index
                text: modelData
            }
        }
    }
    MapjeSwitch {
        objectName: "withOthersSwitch"
        visible: Sync.hasOthers(root.kind, root.itemId)
        text: qsTr("Ook wat anderen op mijn bord zeiden")
        description: qsTr("Staat dit uit, dan gaat alleen wat jij zelf zei.")
        checked: root.withOthers
        onClicked: root.withOthers = !root.withOthers
    }
    MapjeRichLabel {
        objectName: "takeBackNote"
        label.color: Theme.textMuted
        onExplanationRequested: id => root.explanationRequested(id)
        // A kiosk forgets the pairing when she is done: from then on only her klantmanager can
        // remove it (by ending the pairing).
        text: Kiosk.active ? qsTr("Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.")
                           : qsTr("Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.")
    }
    actions: [
        MapjeButton {
            id: shareButton
            Layout.fillWidth: true
            objectName: "confirmShareButton"
            enabled: Sync.paired && root.lines.length > 0
            primary: true
            text: qsTr("Ja, deel dit")
            onClicked: {
                Sync.share(root.kind, root.itemId, root.withOthers);
                root.done();
            }
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "cancelShareButton"
            text: qsTr("Nee, niet delen")
            onClicked: root.done()
        }
    ]
}
