pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Reminders: what is coming, with "later" and "put away" for each, quiet hours, and all off.
MapjePage {
    id: root

    signal calendarRequested

    objectName: "remindersPage"
    title: qsTr("Herinneringen")

    Component.onCompleted: Reminders.checkNow()

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "emptyLabel"
        visible: Reminders.list.count === 0
        text: Reminders.enabled ? qsTr("Er komt nu geen herinnering.") : qsTr("Herinneringen staan uit.")
    }

    Repeater {
        model: Reminders.list

        Rectangle {
            id: card

            required property string key
            required property string text
            required property string whenText
            required property string dueText
            required property bool isDue
            required property bool snoozed

            objectName: "reminder_" + key
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: card.isDue ? Theme.borderWidth * 2 : Theme.borderWidth
            border.color: card.isDue ? Theme.accent : Theme.border

            ColumnLayout {
                id: cardColumn
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                MapjeLabel {
                    font.bold: true
                    text: card.text
                }
                MapjeLabel {
                    text: card.whenText
                }
                MapjeLabel {
                    color: Theme.textMuted
                    text: card.isDue ? qsTr("Deze herinnering is er nu.")
                                     //: %1 is a day and time.
                                     : qsTr("Je krijgt een herinnering op %1.").arg(card.dueText)
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    MapjeButton {
                        objectName: "snoozeHour_" + card.key
                        text: qsTr("Over een uur")
                        Accessible.name: qsTr("Herinner mij over een uur: %1").arg(card.text)
                        onClicked: Reminders.snoozeOneHour(card.key)
                    }
                    MapjeButton {
                        objectName: "snoozeTomorrow_" + card.key
                        text: qsTr("Morgen")
                        Accessible.name: qsTr("Herinner mij morgen: %1").arg(card.text)
                        onClicked: Reminders.snoozeTomorrow(card.key)
                    }
                    MapjeButton {
                        objectName: "dismiss_" + card.key
                        visible: card.isDue
                        text: qsTr("Gezien")
                        Accessible.name: qsTr("Gezien: %1").arg(card.text)
                        onClicked: Reminders.dismiss(card.key)
                    }
                    MapjeButton {
                        objectName: "turnOff_" + card.key
                        text: qsTr("Zet uit")
                        Accessible.name: qsTr("Zet deze herinnering uit: %1").arg(card.text)
                        onClicked: Reminders.turnOff(card.key)
                    }
                }
            }
        }
    }

    MapjeHeading {
        level: 2
        text: qsTr("Zo wil ik herinneringen")
    }
    MapjeSwitch {
        objectName: "enabledSwitch"
        text: qsTr("Herinneringen aan")
        description: qsTr("Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.")
        checked: Reminders.enabled
        onClicked: Reminders.setEnabled(!Reminders.enabled)
    }
    MapjeLabel {
        text: qsTr("Rustige uren: dan krijg je geen melding.")
    }
    MapjeTimeField {
        objectName: "quietStartField"
        label: qsTr("Rustig vanaf")
        isoTime: Reminders.quietStart
        onPicked: isoTime => Reminders.setQuietHours(isoTime, Reminders.quietEnd)
    }
    MapjeTimeField {
        objectName: "quietEndField"
        label: qsTr("Rustig tot")
        isoTime: Reminders.quietEnd
        onPicked: isoTime => Reminders.setQuietHours(Reminders.quietStart, isoTime)
    }
    MapjeLabel {
        objectName: "noNotificationsLabel"
        visible: !Reminders.notificationsAvailable
        color: Theme.textMuted
        text: qsTr("Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.")
    }
    MapjeButton {
        objectName: "calendarButton"
        text: qsTr("Zet afspraken in je agenda")
        onClicked: root.calendarRequested()
    }
}
