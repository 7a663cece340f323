import QtQuick
import Mapje

// Laid over a text box that grows with its text and so never scrolls itself: the mouse wheel
// scrolls the page around it instead of doing nothing. Presses, taps and the text cursor go
// through to the box below.
MouseArea {
    id: root

    acceptedButtons: Qt.NoButton

    onWheel: wheel => {
        // The nearest area around the box that can scroll up or down.
        for (let p = root.parent; p; p = p.parent) {
            const isFlickable = p.contentItem !== undefined && p.contentY !== undefined
                              && p.contentHeight !== undefined && p.originY !== undefined;
            if (!isFlickable || p.contentHeight <= p.height)
                continue;
            // A wheel step moves as far as three lines of text, as elsewhere on the desktop.
            const step = wheel.pixelDelta.y !== 0 ? wheel.pixelDelta.y
                                                 : wheel.angleDelta.y / 120 * 3 * Theme.fontBody * Theme.lineHeight;
            const top = p.originY;
            const bottom = p.originY + p.contentHeight - p.height;
            p.contentY = Math.max(top, Math.min(bottom, p.contentY - step));
            wheel.accepted = true;
            return;
        }
        wheel.accepted = false;
    }
}
