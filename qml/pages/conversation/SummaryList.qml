pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// A heading with its lines; not shown when there is nothing to say.
ColumnLayout {
    id: root

    required property string heading
    required property var lines

    Layout.fillWidth: true
    visible: root.lines.length > 0
    spacing: Theme.spacingSmall

    MapjeHeading {
        level: 2
        text: root.heading
    }
    Repeater {
        model: root.lines
        MapjeLabel {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
        }
    }
}
