import QtQuick
import QtQuick.Layouts
import Mapje

// On every page, above the content and never scrolled away: the way back and "Lees voor", and
// why reading aloud does not work here once it was refused.
Rectangle {
    id: root

    // A page opened on top of another shows "Terug" at the start.
    required property bool canGoBack
    // As wide as the page's column of content.
    required property real columnWidth
    property bool readAloudRefused: false
    // The content is scrolled up under the header: a quiet line shows where it continues, so a
    // line cut at the edge does not look covered by the buttons.
    property bool contentScrolled: false

    signal backClicked
    signal readRequested

    implicitHeight: headerColumn.implicitHeight + Theme.spacingSmall
    color: Theme.background

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth
        color: Theme.border
        visible: root.contentScrolled
    }

    ColumnLayout {
        id: headerColumn
        x: Math.max(Theme.spacingLarge, (parent.width - width) / 2)
        y: Theme.spacingSmall
        width: Math.min(root.columnWidth, parent.width - 2 * Theme.spacingLarge)
        spacing: Theme.spacingSmall

        // Side by side when both fit; with large text on a phone one under the other, so no
        // word has to break.
        GridLayout {
            Layout.fillWidth: true
            // "Terug" at the start, "Lees voor" at the end, room between them.
            columns: backLoader.visible && backLoader.implicitWidth + readAloudButton.implicitWidth
                     + Theme.spacing > headerColumn.width ? 1 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingSmall

            // Made only on a page opened on top of another: a stage page, the first one drawn,
            // has no way back to build.
            Loader {
                id: backLoader
                // Room of its own in the row, but never wider than its words.
                Layout.fillWidth: true
                Layout.maximumWidth: Math.min(implicitWidth, headerColumn.width)
                Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
                active: root.canGoBack
                visible: root.canGoBack
                sourceComponent: MapjeBackButton {
                    objectName: "backButton"
                }
                // Connected here: the header's ids are out of reach inside the component.
                onLoaded: (backLoader.item as MapjeBackButton).clicked.connect(root.backClicked)
            }
            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: 0
            }
            ReadAloudButton {
                id: readAloudButton
                objectName: "readAloudButton"
                Layout.fillWidth: true
                Layout.maximumWidth: Math.min(implicitWidth, headerColumn.width)
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                onReadRequested: root.readRequested()
            }
        }
        // Made only once "Lees voor" was refused, not on every page at start.
        Loader {
            Layout.fillWidth: true
            active: root.readAloudRefused
            visible: root.readAloudRefused
            sourceComponent: MapjeNotice {
                objectName: "readAloudNotice"
                text: ReadAloud.unavailableMessage
            }
        }
    }
}
