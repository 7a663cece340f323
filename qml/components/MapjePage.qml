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

    // The page's text as a reader meets it, top to bottom: headings, labels, notices and buttons.
    // Hidden and decorative (Accessible.ignored) items are left out, and of a text field only its
    // name is read, never what was typed. Used by "Lees voor", which hands it to ReadAloud.say.
    function readableText(): string {
        return root.textOf(column);
    }

    function textOf(item: Item): string {
        let text = "";
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (!child.visible)
                continue;
            // Read first, so the button's text follows changes of this text too.
            const shown = typeof child.text === "string" ? child.text : "";
            const typedInto = child.cursorPosition !== undefined;
            const accessible = ReadAloud.accessibilityOf(child);
            if (accessible.ignored)
                continue;
            const name = accessible.exists ? accessible.name : "";
            let piece = "";
            if (name !== "" || (shown !== "" && !typedInto)) {
                piece = name !== "" ? name : shown;
                if (accessible.exists && accessible.description)
                    piece += "\n" + accessible.description;
            } else {
                piece = root.textOf(child);
            }
            if (piece !== "")
                text += (text === "" ? "" : "\n") + piece;
        }
        return text;
    }

    background: Rectangle {
        color: Theme.background
    }
    // On every page, above the content and never scrolled away: reads the page aloud.
    header: Rectangle {
        implicitHeight: readAloudColumn.implicitHeight + Theme.spacingSmall
        color: Theme.background

        ColumnLayout {
            id: readAloudColumn
            x: Math.max(Theme.spacingLarge, (parent.width - width) / 2)
            y: Theme.spacingSmall
            width: Math.min(root.maxContentWidth, parent.width - 2 * Theme.spacingLarge)
            spacing: Theme.spacingSmall

            ReadAloudButton {
                objectName: "readAloudButton"
                Layout.alignment: Qt.AlignRight
                onReadRequested: {
                    if (!ReadAloud.say(root.readableText()))
                        readAloudNotice.visible = true;
                }
            }
            MapjeNotice {
                id: readAloudNotice
                objectName: "readAloudNotice"
                visible: false
                text: ReadAloud.unavailableMessage
            }
        }
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
