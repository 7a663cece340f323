import QtQuick
import QtQuick.Layouts
import Mapje

// One agreed moment: day, time, with whom, where, and whether to be reminded. Saved at once.
MapjePage {
    id: root

    required property string checkInId

    signal done
    // "Deel met de gemeente": she first sees what would go.
    signal sharePreviewRequested(string kind, string itemId)

    objectName: "checkInPage"
    title: qsTr("Afgesproken moment")

    Component.onCompleted: {
        CheckIns.open(root.checkInId);
        withWhomField.text = CheckIns.currentWithWhom;
        whereField.text = CheckIns.currentWhere;
    }

    MapjeHeading {
        text: root.title
    }
    MapjeDateField {
        objectName: "dateField"
        label: qsTr("Welke dag?")
        firstYear: Number(CheckIns.todayIso.substring(0, 4))
        isoDate: CheckIns.currentDateIso
        onPicked: isoDate => CheckIns.setDate(isoDate)
    }
    MapjeTimeField {
        objectName: "timeField"
        label: qsTr("Hoe laat?")
        isoTime: CheckIns.currentTimeIso
        onPicked: isoTime => CheckIns.setTime(isoTime)
    }
    MapjeTextField {
        id: withWhomField
        objectName: "withWhomField"
        label: qsTr("Met wie?")
        field.onTextChanged: CheckIns.setWithWhom(withWhomField.text)
    }
    MapjeTextField {
        id: whereField
        objectName: "whereField"
        label: qsTr("Waar?")
        field.onTextChanged: CheckIns.setWhere(whereField.text)
    }
    MapjeSwitch {
        objectName: "remindSwitch"
        text: qsTr("Herinner mij hieraan")
        description: qsTr("Een dag van tevoren en een uur van tevoren.")
        checked: CheckIns.currentRemind
        onClicked: CheckIns.setRemind(!CheckIns.currentRemind)
    }
    MapjeNotice {
        objectName: "unsavedNotice"
        visible: CheckIns.unsaved
        text: qsTr("Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.")
    }
    ShareSection {
        objectName: "checkInShareSection"
        kind: "checkIn"
        itemId: root.checkInId
        onPreviewRequested: root.sharePreviewRequested("checkIn", root.checkInId)
    }
    MapjeRemoveQuestion {
        buttonText: qsTr("Dit moment weghalen")
        question: qsTr("Wil je dit moment weghalen? Je kunt dit niet terugzetten.")
        onConfirmed: {
            CheckIns.remove(root.checkInId);
            root.done();
        }
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
