import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A page of Mapje: one column of content, centred, scrollable, never wider than reads well.
Page {
    id: root

    default property alias content: column.data
    property alias contentColumn: column
    // Pages with tiles may use more of a large screen than pages of text.
    property int maxContentWidth: Theme.contentMaxWidth

    // A hard word's link or "Uitleg" button was used; Main opens the explanation of that id.
    signal explanationRequested(string id)

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingLarge, (flick.width - width) / 2)
            y: Theme.spacingLarge
            width: Math.min(root.maxContentWidth, flick.width - 2 * Theme.spacingLarge)
            spacing: Theme.spacingLarge
        }
    }
}
