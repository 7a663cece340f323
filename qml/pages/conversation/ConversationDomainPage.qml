pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One leefgebied in the conversation: everyone's fiche side by side (hers first), then the
// questions for whoever speaks now, and for an ervaringswerker "Wat mij hielp". She can say a
// fiche is someone else's when "Wie vertelt nu?" was wrong.
MapjePage {
    id: root

    required property string domainKey

    objectName: "conversationDomainPage"
    title: Board.domainName(root.domainKey)
    maxContentWidth: root.Window.width >= 1024 ? Math.round(1200 * Theme.screenScale) : Theme.contentMaxWidth
    escapeGoesBack: false
    onEscapePressed: Conversation.paused = true

    QtObject {
        id: d
        readonly property var speaker: Conversation.speaker
        readonly property bool speakerIsCitizen: d.speaker.role === "citizen"
        // Board.revision ties this to every change on the board.
        readonly property var fiche: Board.revision >= 0 ? Board.fiche(Conversation.speakerId, root.domainKey) : ({})
        // Side by side on a big screen, as many as fit with room for about twenty letters each
        // (large text makes fewer columns, never cut words).
        readonly property int columns: root.Window.width >= 1024
                                       ? Math.max(1, Math.min(3, Conversation.people.length,
                                                              Math.floor(root.contentColumn.width / (20 * Theme.fontBody))))
                                       : 1
    }

    // Another speaker: the note box shows their words, not the last speaker's.
    Connections {
        target: Conversation
        function onSpeakerIdChanged() {
            questions.showNote(d.fiche.note ?? "");
        }
    }
    Component.onCompleted: questions.showNote(d.fiche.note ?? "")

    // A Row, not a RowLayout: the picture never slides under a name that wraps.
    Row {
        Layout.fillWidth: true
        spacing: Theme.spacing
        MapjeIcon {
            id: domainIcon
            anchors.verticalCenter: parent.verticalCenter
            source: "qrc:/Mapje/assets/domains/" + root.domainKey + ".svg"
            size: Theme.iconSizeLarge
        }
        MapjeHeading {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - domainIcon.width - parent.spacing
            text: root.title
        }
    }
    // Side by side: her fiche next to each other person's.
    GridLayout {
        Layout.fillWidth: true
        columns: d.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: Conversation.people
            PersonFicheCard {
                Layout.preferredWidth: (root.contentColumn.width - (d.columns - 1) * Theme.spacing) / d.columns
                Layout.alignment: Qt.AlignTop
                domainKey: root.domainKey
            }
        }
    }

    MapjeHeading {
        level: 2
        text: d.speakerIsCitizen ? qsTr("Wat jij vindt") : qsTr("Wat %1 vindt").arg(d.speaker.inSentence ?? "")
    }
    FicheQuestions {
        id: questions
        fiche: d.fiche
        isCitizen: d.speakerIsCitizen
        perspectiveTitle: d.speaker.inSentence ?? ""
        onFeelingChosen: key => Conversation.setFeeling(root.domainKey, key)
        onWishChosen: key => Conversation.setWish(root.domainKey, key)
        onNoteEdited: text => Conversation.setNote(root.domainKey, text)
    }
    ExperienceSection {
        visible: d.speaker.role === "peer"
        domainKey: root.domainKey
        speakerTitle: d.speaker.inSentence ?? ""
    }
    MapjeNotice {
        objectName: "boardNotice"
        visible: Board.notice !== ""
        text: Board.notice
    }

    actionsAbove: [
        SpeakerChoice {}
    ]
    actions: [
        PauseButton {}
    ]
}
