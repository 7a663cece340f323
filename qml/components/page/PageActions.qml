import QtQuick
import QtQuick.Layouts
import Mapje

// A page's main actions ("Klaar", "Volgende") below its content, never scrolled away: side by
// side when they fit, else one under the other.
Rectangle {
    id: root

    // The action buttons, in order.
    property alias actions: actionsGrid.data
    // A choice that stays in view above the buttons ("Wie vertelt nu?" in a conversation). In a
    // Column: its height follows its width, which would loop the grid's layout.
    property alias above: aboveColumn.data
    // Where they stand, for reading the page aloud in the order shown.
    readonly property Item grid: actionsGrid
    // The choice above the buttons, for reading the page aloud in the order it stands.
    readonly property Item aboveItem: aboveColumn

    function fitInOneRow(): bool {
        let needed = 0;
        let shown = 0;
        for (let i = 0; i < actionsGrid.children.length; ++i) {
            const action = actionsGrid.children[i];
            if (!action.visible)
                continue;
            needed += action.implicitWidth;
            ++shown;
        }
        return needed + Math.max(0, shown - 1) * actionsGrid.columnSpacing <= actionsGrid.width;
    }

    objectName: "pageActions"
    // Not visibleChildren: a hidden footer hides its children, which would keep it hidden.
    visible: actionsGrid.children.length > 0
    // On a big screen the choice above stands beside the buttons, so the content keeps its room.
    readonly property bool sideBySide: aboveColumn.children.length > 0 && width >= 1024
    readonly property real halfWidth: Math.min(Theme.contentMaxWidth, (width - 2 * Theme.spacingLarge - Theme.spacing) / 2)
    // Both columns' places from the bar's width alone (from each other they would loop).
    readonly property real columnWidth: Math.min(Theme.contentMaxWidth, width - 2 * Theme.spacingLarge)
    readonly property real leftX: sideBySide ? (width - 2 * halfWidth - Theme.spacing) / 2
                                             : Math.max(Theme.spacingLarge, (width - columnWidth) / 2)
    implicitHeight: visible ? (sideBySide ? Math.max(aboveColumn.height, actionsGrid.implicitHeight)
                                          : aboveColumn.height + actionsGrid.implicitHeight) + 2 * Theme.spacingSmall : 0
    color: Theme.background

    // A quiet line tells the actions apart from the content scrolling above them.
    Rectangle {
        width: parent.width
        height: Theme.borderWidth
        color: Theme.border
    }
    Column {
        id: aboveColumn
        x: root.leftX
        y: Theme.spacingSmall
        width: root.sideBySide ? root.halfWidth : root.columnWidth
        spacing: Theme.spacingSmall
        bottomPadding: children.length > 0 && !root.sideBySide ? Theme.spacingSmall : 0
    }
    GridLayout {
        id: actionsGrid
        x: root.sideBySide ? root.leftX + root.halfWidth + Theme.spacing : root.leftX
        // Beside the choice, the buttons stand level with its box, below its question.
        y: root.sideBySide ? Theme.spacingSmall + Math.max(0, aboveColumn.height - implicitHeight)
                           : Theme.spacingSmall + aboveColumn.height
        // As wide as a column of text: a lone "Klaar" never stretches across a kiosk screen.
        width: root.sideBySide ? root.halfWidth : root.columnWidth
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        columns: root.fitInOneRow() ? Math.max(1, actionsGrid.visibleChildren.length) : 1
    }
}
