pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Weergave": more contrast, larger letters, less motion. Every choice shows at once and is kept
// outside the vault, so the unlock page looks the same.
MapjePage {
    id: root

    objectName: "settingsPage"
    title: qsTr("Weergave")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        // A kiosk forgets every choice when the visitor is done.
        text: Kiosk.active ? qsTr("Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.")
                           : qsTr("Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.")
    }
    MapjeNotice {
        objectName: "unsavedNotice"
        // One file holds every choice on this page, the reading speed too.
        visible: Display.unsaved
        //: Shown when the device refused to store a choice of this page (full or locked disk).
        text: qsTr("Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.")
    }
    MapjeSwitch {
        objectName: "highContrastSwitch"
        text: qsTr("Veel contrast")
        description: qsTr("Zwarte letters op wit, met dikke randen.")
        checked: Display.highContrast
        onClicked: Display.setHighContrast(!Display.highContrast)
    }
    MapjeLabel {
        id: sizeLabel
        font.bold: true
        text: qsTr("Grootte van de letters")
        Accessible.role: Accessible.Heading
    }
    // A Grid, not a GridLayout: Qt 6.4 layouts misplace wrapped buttons whose width follows the row.
    Grid {
        id: sizeGrid

        // Room one button needs for "✓ 125 %" at the current letter size.
        readonly property real neededWidth: Theme.fontBody * 5 + 2 * Theme.spacingLarge
        readonly property int fit: Math.floor((width + spacing) / (neededWidth + spacing))
        readonly property real buttonWidth: (width - (columns - 1) * spacing) / columns

        Layout.fillWidth: true
        // Four in a row when they fit, else two by two, else one below the other.
        columns: fit >= 4 ? 4 : fit >= 2 ? 2 : 1
        spacing: Theme.spacingSmall

        Repeater {
            model: Display.textScales

            MapjeButton {
                required property real modelData
                readonly property bool chosen: Math.abs(modelData - Display.textScale) < 0.01
                readonly property string percent: qsTr("%1 %").arg(Math.round(modelData * 100))

                objectName: "textScale_" + Math.round(modelData * 100)
                width: sizeGrid.buttonWidth
                primary: chosen
                // The choice is said in words too, never by colour alone.
                text: chosen ? "✓ " + percent : percent
                Accessible.name: qsTr("Letters %1").arg(percent)
                Accessible.checkable: true
                Accessible.checked: chosen
                onClicked: Display.setTextScale(modelData)
            }
        }
    }
    MapjeSwitch {
        objectName: "reducedMotionSwitch"
        text: qsTr("Minder beweging")
        description: qsTr("Schermen wisselen meteen, zonder te bewegen.")
        checked: Display.reducedMotion
        onClicked: Display.setReducedMotion(!Display.reducedMotion)
    }
    MapjeLabel {
        font.bold: true
        //: Heading above the three speeds of "Lees voor".
        text: qsTr("Snelheid van voorlezen")
        Accessible.role: Accessible.Heading
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        MapjeChoiceButton {
            objectName: "readAloudSlow"
            text: qsTr("Langzaam")
            chosen: ReadAloud.rate === ReadAloud.Slow
            onClicked: ReadAloud.setRate(ReadAloud.Slow)
        }
        MapjeChoiceButton {
            objectName: "readAloudNormal"
            //: The normal speed of reading aloud.
            text: qsTr("Gewoon")
            chosen: ReadAloud.rate === ReadAloud.Normal
            onClicked: ReadAloud.setRate(ReadAloud.Normal)
        }
        MapjeChoiceButton {
            objectName: "readAloudFast"
            text: qsTr("Snel")
            chosen: ReadAloud.rate === ReadAloud.Fast
            onClicked: ReadAloud.setRate(ReadAloud.Fast)
        }
    }
    MapjeLabel {
        font.bold: true
        //: Heading above when a conversation with others pauses by itself.
        text: qsTr("Pauze als niemand kijkt")
        Accessible.role: Accessible.Heading
    }
    MapjeLabel {
        text: qsTr("Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.")
    }
    MapjeChoiceGrid {
        maxColumns: 2
        Repeater {
            model: Display.pauseChoices
            MapjeChoiceButton {
                required property int modelData
                Layout.fillWidth: true
                objectName: "pauseAfter_" + modelData
                text: modelData === 0 ? qsTr("Nooit") : modelData < 60 ? qsTr("Na %1 seconden").arg(modelData)
                                                                       : qsTr("Na %n minuten", "", modelData / 60)
                chosen: Display.pauseWhenAwaySeconds === modelData
                onClicked: Display.setPauseWhenAwaySeconds(modelData)
            }
        }
    }
    MapjeNotice {
        objectName: "previewNotice"
        //: A sample sentence, shown with the chosen contrast and letter size.
        text: qsTr("Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?")
    }
}
