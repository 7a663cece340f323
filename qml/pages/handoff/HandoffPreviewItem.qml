pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One thing that came from the kiosk, in words, with her choice to keep it.
ColumnLayout {
    id: root

    required property var modelData
    readonly property string itemKey: root.modelData.key

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    MapjeLabel {
        Layout.fillWidth: true
        font.bold: true
        text: root.modelData.title
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: root.modelData.lines
        delegate: MapjeLabel {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
        }
    }
    MapjeSwitch {
        objectName: "keepSwitch_" + root.itemKey
        text: qsTr("Bewaren in mijn Mapje")
        checked: root.modelData.keep === true
        onClicked: HandoffReceive.setKeep(root.itemKey, !checked)
    }
}
