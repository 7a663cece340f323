import QtQuick
import QtQuick.Layouts
import Mapje

// A few answers (MapjeChoiceButton): side by side only when each fits on one line in its column
// at the letter size asked for; else one under the other, so large text and long words keep
// their room and no word is broken.
GridLayout {
    id: root

    property int maxColumns: 3
    readonly property real widestChoice: {
        let widest = 0;
        for (let i = 0; i < children.length; ++i) {
            if (children[i].naturalWidth !== undefined)
                widest = Math.max(widest, children[i].naturalWidth);
        }
        return widest;
    }

    Layout.fillWidth: true
    columns: maxColumns * widestChoice + (maxColumns - 1) * columnSpacing <= width ? maxColumns : 1
    columnSpacing: Theme.spacingSmall
    rowSpacing: Theme.spacingSmall
}
