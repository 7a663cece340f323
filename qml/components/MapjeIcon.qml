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
    asynchronous: false
    Accessible.ignored: true
}
