pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A choice from a list that opens on tap, Space or Enter; the arrow keys change it too. The label
// stays visible above the box and is its name for a screen reader; the chosen value is the
// description. Set `model` (an array, or a list model with `textRole`), bind `currentIndex`, and
// act on `activated(index)` (the citizen chose) — never on currentIndexChanged.
ComboBox {
    id: root

    required property string label
    // Shown while nothing is chosen yet ("Kies"), so an empty box never looks broken. Keep it
    // one short word: a hint that wraps under a wrapped label makes the box's height loop.
    property string placeholder: ""
    // What the box shows and a screen reader reads: the choice, or the hint while there is none.
    readonly property string shownText: root.currentIndex < 0 ? root.placeholder : root.displayText

    // The widest entry sets the width, so the box does not jump when the choice changes. Reads
    // the model, so new words (another language) are measured again. Measured as the open list
    // shows the chosen entry (a tick, bold), so that entry never wraps onto a second line.
    readonly property real widestText: {
        let widest = 0;
        // Read here so the width follows a new model and a new text size.
        if (root.model === undefined || root.model === null || root.font.pixelSize <= 0
                || chosenMetrics.font.pixelSize <= 0)
            return widest;
        for (let i = 0; i < root.count; ++i)
            widest = Math.max(widest, chosenMetrics.advanceWidth(d.tick + root.textAt(i)));
        widest = Math.max(widest, chosenMetrics.advanceWidth(root.placeholder));
        return Math.ceil(widest);
    }

    // Enter opens the list too, as Space does. ComboBox itself closes an open list on the release of
    // Enter, so a closed list opens on the release, not on the press.
    function enterPressed(event: KeyEvent) {
        d.openOnRelease = !root.popup.visible;
        event.accepted = d.openOnRelease;
    }

    function enterReleased(event: KeyEvent) {
        const opening = d.openOnRelease && (event.key === Qt.Key_Return || event.key === Qt.Key_Enter);
        event.accepted = opening;
        if (opening) {
            d.openOnRelease = false;
            root.popup.open();
        }
    }

    // The label's one-line width from its metrics: the label itself wraps to the box's width, and
    // its own implicit width would then follow the box (a binding loop).
    implicitWidth: Math.max(Math.ceil(labelMetrics.advanceWidth),
                            Theme.touchTarget + implicitIndicatorWidth,
                            root.widestText + leftPadding + rightPadding)
    implicitHeight: topInset + Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
    Layout.maximumWidth: Window.width > 0 ? Window.width - 2 * Theme.spacingLarge : implicitWidth
    // The box sits under the label; the label takes part of the control, so tapping it opens too.
    topInset: labelText.height + Theme.spacingSmall
    topPadding: topInset + Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    leftPadding: Theme.spacing + (root.mirrored ? indicator.width + Theme.spacingSmall : 0)
    rightPadding: Theme.spacing + (root.mirrored ? 0 : indicator.width + Theme.spacingSmall)
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    // The list that opens is Basic's own, in Mapje's colours; it opens on the chosen entry.
    palette.window: Theme.surface
    palette.mid: Theme.border
    palette.text: Theme.text
    Accessible.role: Accessible.ComboBox
    // Without this, Qt names a combo box by its value.
    Accessible.name: root.label
    Accessible.description: root.shownText
    // With the list open, Enter takes the highlighted entry (ComboBox's own handling).
    Keys.onReturnPressed: event => root.enterPressed(event)
    Keys.onEnterPressed: event => root.enterPressed(event)
    Keys.onReleased: event => root.enterReleased(event)

    QtObject {
        id: d
        property bool openOnRelease: false
        // Before the chosen entry in the open list.
        readonly property string tick: "✓ "
    }

    FontMetrics {
        id: chosenMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    TextMetrics {
        id: labelMetrics
        font: labelText.font
        text: root.label
    }

    Label {
        id: labelText
        width: root.width
        text: root.label
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        Accessible.ignored: true
    }

    contentItem: Text {
        text: root.shownText
        font.pixelSize: root.font.pixelSize
        font.family: root.font.family
        // The "Kies …" hint is quieter than a real answer; its words say it is not one.
        color: root.currentIndex < 0 ? Theme.textMuted : Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true
    }

    indicator: Text {
        x: root.mirrored ? Theme.spacing : root.width - width - Theme.spacing
        y: root.topInset + (root.height - root.topInset - height) / 2
        text: "▾"
        font.pixelSize: Theme.fontLarge
        font.family: Theme.fontFamily
        color: Theme.text
        Accessible.ignored: true
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.accentSoft : Theme.surface
        opacity: root.enabled ? 1 : 0.5
        border.width: Theme.borderWidth
        border.color: root.activeFocus ? Theme.accent : Theme.border

        FocusFrame {
            visible: root.visualFocus
        }
    }

    delegate: ItemDelegate {
        id: entry

        required property int index
        // The same words the box shows, whether the model is an array or a list model.
        readonly property string entryText: root.textAt(entry.index)

        width: ListView.view ? ListView.view.width : implicitWidth
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
        // The list opens in the window's overlay, outside the mirrored page: it mirrors with the
        // box itself, so Arabic entries start on the right.
        LayoutMirroring.enabled: root.mirrored
        LayoutMirroring.childrenInherit: true
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        highlighted: root.highlightedIndex === entry.index
        font: root.font
        text: entry.entryText
        Accessible.role: Accessible.ListItem
        Accessible.name: entry.entryText
        Accessible.selected: root.currentIndex === entry.index

        contentItem: Text {
            // The chosen entry has a tick and bold words, never colour alone.
            text: (root.currentIndex === entry.index ? d.tick : "") + entry.text
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            font.bold: root.currentIndex === entry.index
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
        background: Rectangle {
            color: entry.highlighted || entry.down ? Theme.accentSoft : Theme.surface
            border.width: entry.highlighted ? Theme.borderWidth : 0
            border.color: Theme.accent
        }
    }
}
