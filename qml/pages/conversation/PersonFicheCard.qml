pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One person's fiche on one leefgebied, for side by side: who (shape and name), the face with its
// word, the wish and the note. On someone else's fiche she can say whose it really is.
MapjeCard {
    id: root

    required property var modelData
    required property string domainKey
    // Board.revision ties this to every change on the board.
    readonly property var fiche: Board.revision >= 0 ? Board.fiche(root.modelData.id, root.domainKey) : ({})
    // A fiche is there once anything was answered.
    readonly property bool filled: root.fiche.perspectiveId !== undefined
    // Conversation.people ties this to everyone who joins.
    readonly property var others: Conversation.people.length > 0 ? Conversation.peopleBut(root.modelData.id) : []

    objectName: "personFiche_" + modelData.role + "_" + domainKey

    MapjeIconLine {
        iconSource: "qrc:/Mapje/assets/perspectives/" + root.modelData.role + ".svg"
        label.font.bold: true
        text: root.modelData.title
    }
    MapjeLabel {
        visible: !root.filled
        color: Theme.textMuted
        text: qsTr("Nog niets ingevuld.")
    }
    MapjeIconLine {
        visible: (root.fiche.answerWords ?? "") !== ""
        iconSource: root.fiche.faceSource ?? ""
        text: root.fiche.answerWords ?? ""
    }
    MapjeLabel {
        visible: (root.fiche.note ?? "") !== ""
        Layout.fillWidth: true
        font.italic: !Language.rightToLeft
        text: "“" + (root.fiche.note ?? "") + "”"
    }
    // "Wie vertelt nu?" was wrong: only she moves a fiche, to someone with none here yet.
    MapjeLinkButton {
        id: changeLink
        property bool open: false
        objectName: "changeWho_" + root.modelData.role
        visible: root.filled && !open
        text: qsTr("Is dit van iemand anders?")
        onClicked: open = true
    }
    MapjeLinkButton {
        objectName: "keepWho_" + root.modelData.role
        visible: changeLink.open
        text: qsTr("Niet veranderen")
        onClicked: changeLink.open = false
    }
    Repeater {
        model: changeLink.open ? root.others : []
        MapjeLinkButton {
            required property var modelData
            objectName: "moveTo_" + modelData.role
            text: modelData.role === "citizen" ? qsTr("Het is van jou") : qsTr("Het is van %1").arg(modelData.title)
            onClicked: {
                changeLink.open = false;
                Conversation.changeWho(root.domainKey, root.modelData.id, modelData.id);
            }
        }
    }
}
