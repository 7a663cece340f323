import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// One leefgebied to choose: tap, Space/Enter, or drag it onto the board. A chosen tile shows the
// citizen's round fiche and the word "Gekozen", never colour alone. For the keyboard the tile is
// one stop: the key i opens "Wat betekent dit?", so its link needs no Tab stop of its own.
AbstractButton {
    id: root

    required property string key
    required property string name
    required property url iconSource
    required property bool chosen
    // The control whose keys reach this tile when Tab does not (the grid's one Tab stop); the
    // accessibility audit follows it.
    property Item reachedBy: null

    signal infoRequested(string key)

    implicitWidth: Theme.tileWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.name: name
    Accessible.description: (chosen ? qsTr("Gekozen") : qsTr("Niet gekozen")) + ". "
                            //: Read by a screen reader after "Gekozen": the letter key i explains the leefgebied.
                            + qsTr("Uitleg: druk op i.")
    Accessible.checkable: true
    Accessible.checked: chosen
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_I && event.modifiers === Qt.NoModifier) {
            event.accepted = true;
            root.infoRequested(root.key);
        }
    }

    // Dragging moves the tile's body; dropping it on the board zone chooses the domain.
    DragHandler {
        id: dragHandler
        target: body
        // The page scrolls too; once dragging, the page may not take over.
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onActiveChanged: {
            if (!active) {
                body.Drag.drop();
                body.x = 0;
                body.y = 0;
            }
        }
    }

    Rectangle {
        id: body

        property string domainKey: root.key

        width: root.width
        height: root.height
        z: dragHandler.active ? 10 : 0
        radius: Theme.radius
        color: root.chosen ? Theme.accentSoft : Theme.surface
        border.width: root.chosen ? Theme.borderWidth * 2 : Theme.borderWidth
        border.color: root.chosen ? Theme.accent : Theme.border
        Drag.active: dragHandler.active
        Drag.keys: ["mapje/domain"]
        Drag.hotSpot.x: width / 2
        Drag.hotSpot.y: height / 2

        ColumnLayout {
            id: column
            // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacingSmall
            spacing: Theme.spacingSmall

            MapjeIcon {
                Layout.alignment: Qt.AlignHCenter
                source: root.iconSource
                size: Theme.iconSizeLarge
            }
            Text {
                id: nameText
                Layout.fillWidth: true
                text: root.name
                horizontalAlignment: Text.AlignHCenter
                // Whole words only: "gezondhei-d" split over two lines reads badly.
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: wholeWords.pixelSize
                font.family: Theme.fontFamily
                font.bold: root.chosen
                Accessible.ignored: true

                WholeWordSize {
                    id: wholeWords
                    preferredPixelSize: Theme.fontBody
                    words: root.name
                    lineWidth: nameText.width
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                visible: root.chosen
                spacing: Theme.spacingSmall

                MapjeIcon {
                    source: "qrc:/Mapje/assets/perspectives/citizen.svg"
                    size: Theme.iconSize * 0.75
                }
                Text {
                    text: qsTr("Gekozen")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.fontFamily
                    Accessible.ignored: true
                }
            }
            MapjeLinkButton {
                // The tile's key i reaches it; one Tab stop per tile is enough.
                property Item reachedBy: root

                objectName: "info_" + root.key
                focusPolicy: Qt.NoFocus
                Layout.alignment: Qt.AlignHCenter
                // The tile, not the window, is the limit here: the words wrap inside it.
                Layout.maximumWidth: column.width
                font.pixelSize: Theme.fontSmall
                text: qsTr("Wat betekent dit?")
                Accessible.name: qsTr("Wat betekent %1?").arg(root.name)
                onClicked: root.infoRequested(root.key)
            }
        }

        FocusFrame {
            visible: root.visualFocus
        }
    }
}
