pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Wat is belangrijk voor jou?": put a fiche on each leefgebied that matters, by tap, drag or
// keyboard (arrows + Space). None, one or all fourteen: all fine.
MapjePage {
    id: root

    signal infoRequested(string key)
    signal done

    objectName: "chooseDomainsPage"
    title: qsTr("Wat is belangrijk voor jou?")
    maxContentWidth: Theme.contentMaxWidth * 2

    QtObject {
        id: d
        readonly property int columns: Math.max(1, Math.floor((grid.width + grid.columnSpacing)
                                                              / (Theme.tileWidth + grid.columnSpacing)))

        // The grid is one Tab stop: the tile last visited. Arrows move within it.
        property int currentIndex: 0

        // Arrow keys move between tiles like on a real board.
        function moveFocus(from: int, step: int) {
            const to = from + step;
            if (to < 0 || to >= tiles.count)
                return;
            // The tile takes the focus first; then it becomes the grid's Tab stop (onActiveFocusChanged).
            const target = tiles.itemAt(to);
            if (target)
                target.forceActiveFocus(Qt.TabFocusReason);
        }
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.")
    }

    BoardDropZone {
        objectName: "boardDropZone"
        Layout.fillWidth: true
    }

    GridLayout {
        id: grid
        Layout.fillWidth: true
        columns: d.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            id: tiles
            model: Board.tiles

            DomainTile {
                required property int index
                objectName: "tile_" + key
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.tileWidth
                Layout.fillHeight: true
                focusPolicy: index === d.currentIndex ? Qt.StrongFocus : Qt.ClickFocus
                reachedBy: index === d.currentIndex ? null : tiles.itemAt(d.currentIndex)
                // A tap leaves the Tab stop where it was: changing it under a pressed finger
                // would disturb a drag that has just begun.
                onActiveFocusChanged: {
                    if (activeFocus && focusReason !== Qt.MouseFocusReason)
                        d.currentIndex = index;
                }
                onClicked: Board.toggleDomain(key)
                onInfoRequested: domainKey => root.infoRequested(domainKey)
                // In Arabic the board runs from the right: the arrow keys follow what is seen.
                Keys.onLeftPressed: d.moveFocus(index, Language.rightToLeft ? 1 : -1)
                Keys.onRightPressed: d.moveFocus(index, Language.rightToLeft ? -1 : 1)
                Keys.onUpPressed: d.moveFocus(index, -d.columns)
                Keys.onDownPressed: d.moveFocus(index, d.columns)
            }
        }
    }

    // Under the tiles: a keyboard user meets it on the way from the grid to "Klaar".
    MapjeLabel {
        objectName: "keyboardHint"
        //: How to choose with a keyboard. "i" is the letter key i.
        text: qsTr("Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.")
    }
    MapjeNotice {
        visible: Board.notice !== ""
        text: Board.notice
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
