pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One leefgebied at a time: a face for how it feels, whether to change something, and a note in
// one's own words. For the citizen, or for someone the citizen added ("Fiche van Sanne").
MapjePage {
    id: root

    // Whose fiche is placed: the citizen's by default.
    property string perspectiveId: Board.citizenId
    property string perspectiveTitle: ""
    readonly property bool isCitizen: perspectiveId === Board.citizenId

    signal done

    objectName: "feelingsPage"
    title: d.domainName
    maxContentWidth: Theme.contentMaxWidth

    QtObject {
        id: d
        property int current: 0
        readonly property string domainKey: Board.chosenKeys[current] ?? ""
        readonly property string domainName: Board.domainName(domainKey)
        // Board.revision ties this to every change on the board.
        readonly property var fiche: Board.revision >= 0 ? Board.fiche(root.perspectiveId, domainKey) : ({})

        function go(step: int) {
            current = Math.max(0, Math.min(Board.chosenKeys.length - 1, current + step));
            questions.showNote(fiche.note ?? "");
            // The next leefgebied starts with its name, not where the last one was left.
            root.scrollToTop();
        }
    }

    Component.onCompleted: questions.showNote(d.fiche.note ?? "")

    MapjeLabel {
        visible: !root.isCitizen
        font.bold: true
        text: qsTr("Wat %1 vindt").arg(root.perspectiveTitle)
    }
    MapjeLabel {
        visible: Board.chosenKeys.length === 0
        text: qsTr("Je hebt nog niets gekozen. Kies eerst wat belangrijk is.")
    }
    MapjeLabel {
        objectName: "position"
        visible: Board.chosenKeys.length > 1
        color: Theme.textMuted
        //: Which leefgebied of the chosen ones this is, e.g. "2 van 4".
        text: qsTr("%1 van %2").arg(d.current + 1).arg(Board.chosenKeys.length)
    }
    RowLayout {
        visible: d.domainKey !== ""
        Layout.fillWidth: true
        spacing: Theme.spacing
        MapjeIcon {
            source: d.domainKey !== "" ? "qrc:/Mapje/assets/domains/" + d.domainKey + ".svg" : ""
            size: Theme.iconSizeLarge
        }
        MapjeHeading {
            text: root.title
        }
    }

    FicheQuestions {
        id: questions
        visible: d.domainKey !== ""
        fiche: d.fiche
        isCitizen: root.isCitizen
        perspectiveTitle: root.perspectiveTitle
        onFeelingChosen: key => Board.setFeeling(root.perspectiveId, d.domainKey, key)
        onWishChosen: key => Board.setWish(root.perspectiveId, d.domainKey, key)
        onNoteEdited: text => Board.setNote(root.perspectiveId, d.domainKey, text)
    }

    MapjeNotice {
        objectName: "boardNotice"
        visible: Board.notice !== ""
        text: Board.notice
    }
    TextMetrics {
        id: nextWords
        font: wayOnButton.font
        text: qsTr("Volgende")
    }
    // "Vorige" at the start and the way on at the end: a second click on the same spot never
    // goes back. On the last leefgebied the way on is "Klaar", in the same button, so the
    // keyboard focus stays on it.
    actions: [
        MapjeButton {
            objectName: "previousButton"
            Layout.fillWidth: true
            enabled: d.current > 0
            text: qsTr("Vorige")
            onClicked: d.go(-1)
        },
        MapjeButton {
            id: wayOnButton
            readonly property bool isLast: d.current >= Board.chosenKeys.length - 1
            objectName: isLast ? "doneButton" : "nextButton"
            Layout.fillWidth: true
            // Always as wide as "Volgende": "Klaar" on the last leefgebied must not let the
            // buttons move into one row, which would put "Vorige" where "Volgende" was.
            implicitWidth: Math.max(Theme.touchTarget, Math.max(contentItem.implicitWidth, nextWords.advanceWidth)
                                    + 2 * Theme.spacingLarge)
            primary: true
            text: isLast ? qsTr("Klaar") : qsTr("Volgende")
            onClicked: {
                if (isLast)
                    root.done();
                else
                    d.go(1);
            }
        }
    ]
}
