import QtQuick
import QtQuick.Layouts
import Mapje

// What someone in a role does in this conversation ("Wat doet de ervaringswerker hier?"), in a
// calm box with the role's shape.
MapjeCard {
    id: root

    required property string roleKey
    readonly property var card: Conversation.roleCard(root.roleKey)

    objectName: "roleCard_" + roleKey

    MapjeIconLine {
        iconSource: root.roleKey !== "" ? "qrc:/Mapje/assets/perspectives/" + root.roleKey + ".svg" : ""
        label.font.bold: true
        text: root.card.title ?? ""
    }
    MapjeLabel {
        Layout.fillWidth: true
        text: root.card.explanation ?? ""
    }
}
