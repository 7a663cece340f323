pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Earlier boards side by side, in pictures and words. Nothing is computed: no trends, no counts.
MapjePage {
    id: root

    signal done

    objectName: "historyPage"
    title: qsTr("Eerdere borden")
    maxContentWidth: Theme.contentMaxWidth * 2

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        visible: Board.history.count === 0
        text: qsTr("Je hebt nog geen bord gemaakt.")
    }

    // The cards that fill the first screen are made before the page is drawn, the others a row at
    // a time after it: sixty boards of pictures at once would keep a worried person waiting.
    Flow {
        id: cards

        // How many cards exist yet; the slot of a card not made yet is empty and the Flow skips it.
        property int made: 0
        // Whether the made cards reach past the bottom of the page.
        property bool screenFilled: false
        readonly property real cardWidth: Math.min(cards.width, Theme.tileWidth * 2.4)
        readonly property int perRow: Math.max(1, Math.floor((cards.width + cards.spacing) / (cards.cardWidth + cards.spacing)))

        Layout.fillWidth: true
        spacing: Theme.spacing

        onPositioningComplete: {
            if (cards.y + cards.implicitHeight > root.height)
                cards.screenFilled = true;
            else if (cards.made < Board.history.count)
                cards.made += cards.perRow;
        }

        Timer {
            interval: 0
            repeat: true
            running: cards.screenFilled && cards.made < Board.history.count
            onTriggered: cards.made += cards.perRow
        }

        Repeater {
            model: Board.history

            // A Repeater of its own per board, empty until the board's turn comes: it puts the card
            // into the Flow in the board's place.
            Repeater {
                id: slot

                required property int index
                required property string key
                required property string dateText
                required property string summary
                required property var domains

                model: slot.index < cards.made ? 1 : 0

                Rectangle {
                    id: card

                    readonly property string key: slot.key
                    readonly property string dateText: slot.dateText
                    readonly property string summary: slot.summary
                    readonly property var domains: slot.domains

                    objectName: "history_" + key
                    width: cards.cardWidth
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: card.key === Board.boardId ? Theme.borderWidth * 2 : Theme.borderWidth
                    border.color: card.key === Board.boardId ? Theme.accent : Theme.border

                    ColumnLayout {
                        id: cardColumn
                        // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
                        anchors.top: parent.top
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacingSmall

                        MapjeLabel {
                            font.bold: true
                            text: card.dateText
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall
                            Repeater {
                                model: card.domains
                                RowLayout {
                                    id: domainPicture
                                    required property var modelData
                                    spacing: 2
                                    MapjeIcon {
                                        source: domainPicture.modelData.iconSource
                                        size: Theme.iconSize
                                    }
                                    MapjeIcon {
                                        visible: domainPicture.modelData.feeling !== ""
                                        source: domainPicture.modelData.faceSource
                                        size: Theme.iconSize * 0.75
                                    }
                                }
                            }
                        }
                        MapjeLabel {
                            text: card.summary
                        }
                        MapjeButton {
                            objectName: "open_" + card.key
                            visible: card.key !== Board.boardId
                            text: qsTr("Bekijk dit bord")
                            Accessible.name: qsTr("Bekijk het bord van %1").arg(card.dateText)
                            onClicked: {
                                Board.openBoard(card.key);
                                root.done();
                            }
                        }
                        MapjeLabel {
                            visible: card.key === Board.boardId
                            text: qsTr("Dit bord is nu open.")
                        }
                    }
                }
            }
        }
    }
    MapjeButton {
        objectName: "moreButton"
        visible: Board.history.hasMore
        text: qsTr("Toon eerdere borden")
        onClicked: Board.history.showMore()
    }
}
