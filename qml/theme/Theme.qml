pragma Singleton
import QtQuick

QtObject {
    readonly property color background: "#ffffff"
}
