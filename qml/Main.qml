import QtQuick
import QtQuick.Controls.Basic
import Mapje

ApplicationWindow {
    id: root
    width: 360
    height: 640
    visible: true
    color: Theme.background
    Label { text: Vault ? "vault" : "none" }
}
