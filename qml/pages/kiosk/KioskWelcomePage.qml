pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The first screen of a lobby kiosk: who offers it, what happens here in three short sentences,
// the languages by their own names (flags are not languages), and one way in. No pressure: the
// screen waits, and a language left chosen goes back to the first after a while.
MapjePage {
    id: root

    signal adminRequested

    objectName: "kioskWelcomePage"
    title: qsTr("Welkom")

    Image {
        objectName: "kioskLogo"
        visible: String(Kiosk.logo) !== ""
        source: Kiosk.logo
        Layout.preferredHeight: Theme.touchTarget * 2
        Layout.preferredWidth: Theme.touchTarget * 6
        sourceSize.height: Theme.touchTarget * 2
        fillMode: Image.PreserveAspectFit
        horizontalAlignment: Image.AlignLeft
        Accessible.ignored: true
    }
    MapjeLabel {
        objectName: "kioskMunicipality"
        text: Kiosk.municipality
    }
    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Hier maak je je eigen overzicht voor een gesprek met de gemeente.")
    }
    MapjeLabel {
        text: qsTr("Jij kiest wat je invult. Je hoeft niets te laten zien.")
    }
    MapjeLabel {
        text: qsTr("Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.")
    }
    MapjeHeading {
        level: 2
        text: qsTr("Kies je taal")
    }
    Flow {
        id: languageChoices
        objectName: "kioskLanguages"
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: Kiosk.languages
            delegate: MapjeChoiceButton {
                required property var modelData
                objectName: "kioskLanguage_" + modelData.code
                width: Math.min(implicitWidth, languageChoices.width)
                text: modelData.name
                chosen: Language.current === modelData.code
                onClicked: Language.choose(modelData.code)
            }
        }
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "kioskBeginButton"
            primary: true
            text: qsTr("Beginnen")
            focus: true
            onClicked: Kiosk.begin(Language.current)
        },
        MapjeLinkButton {
            objectName: "kioskAdminButton"
            //: For the service desk's staff only; opens the question for the admin PIN.
            text: qsTr("Beheer")
            onClicked: root.adminRequested()
        }
    ]
}
