import QtQuick
import Mapje

// A picture from assets/, drawn sharp at its size; decorative, the text next to it says it all.
Image {
    id: root

    property int size: Theme.iconSize

    width: size
    height: size
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    // Decoded off the GUI thread: the first frame and a page never wait for a picture; the size is
    // fixed, so nothing moves when it arrives.
    asynchronous: true
    Accessible.ignored: true
}
