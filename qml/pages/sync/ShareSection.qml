pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// On an item's own page (the board, a goal): whether it is shared and how it stands, in calm
// words, with "Deel met de gemeente", "Deel de nieuwe versie" and "Haal terug". Shows nothing
// when Mapje is not paired and the item was never shared.
ColumnLayout {
    id: root

    // "board" or "goal", and which one ("" for the current board).
    required property string kind
    property string itemId: ""
    readonly property var status: Sync.revision >= 0 ? Sync.itemStatus(root.kind, root.itemId) : ({})

    // She wants to see what would go before saying yes.
    signal previewRequested

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    visible: Sync.paired || root.status.shared === true

    MapjeLabel {
        objectName: "shareState"
        visible: root.status.stateText !== ""
        color: Theme.textMuted
        // On home, among other buttons, the line says it is about her board.
        //: %1 is where her shared board stands, e.g. "Gedeeld op maandag 7 december 2026 om 10:15."
        text: root.kind === "board" ? qsTr("Je bord: %1").arg(root.status.stateText ?? "") : root.status.stateText ?? ""
    }
    MapjeNotice {
        objectName: "changedSinceShare"
        visible: root.status.changedSinceShare === true
        text: qsTr("Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.")
    }
    MapjeButton {
        objectName: "shareButton"
        visible: Sync.paired && (root.status.shared !== true || root.status.changedSinceShare === true)
        text: root.kind === "board" ? (root.status.changedSinceShare === true ? qsTr("Deel je nieuwe bord met de gemeente")
                                                                              : qsTr("Deel je bord met de gemeente"))
                                    : root.status.changedSinceShare === true ? qsTr("Deel de nieuwe versie") : qsTr("Deel met de gemeente")
        onClicked: root.previewRequested()
    }
    WithdrawQuestion {
        objectName: "withdraw"
        visible: root.status.shared === true
        shareId: root.status.shareId ?? ""
    }
}
