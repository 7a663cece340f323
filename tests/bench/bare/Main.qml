import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    width: 360
    height: 640
    visible: true

    Label {
        anchors.centerIn: parent
        text: "Welkom"
    }
}
