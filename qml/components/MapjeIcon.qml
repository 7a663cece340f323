import QtQuick
import QtQuick.Layouts
import Mapje

// A picture from assets/, drawn sharp at its size; decorative, the text next to it says it all.
Image {
    id: root

    property int size: Theme.iconSize

    width: size
    height: size
    // Known before the picture is decoded (asynchronously): a layout places the text beside it
    // right away, never under a picture that arrives later.
    Layout.preferredWidth: size
    Layout.preferredHeight: size
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    // Decoded off the GUI thread: the first frame and a page never wait for a picture; the size is
    // fixed, so nothing moves when it arrives.
    asynchronous: true
    Accessible.ignored: true
}
