import QtQuick
import QtQuick.Layouts
import Mapje

// A time of day in two choices: the hour (0 to 23) and the minutes in steps of five.
// The page binds `isoTime` ("HH:mm", or "" for none) to what is stored and stores what comes with
// `picked`. The field shows a pick at once and follows every later change of `isoTime`.
// Minutes between the steps (10:07) show as the step before them until the citizen picks.
Column {
    id: root

    property string label
    property string isoTime

    signal picked(string isoTime)

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    // One group for a screen reader: its name, and the chosen time.
    Accessible.role: Accessible.Grouping
    Accessible.name: root.label
    Accessible.description: d.shown !== "" ? d.pad(d.hour) + ":" + d.pad(d.minute) : ""

    QtObject {
        id: d

        // What the boxes show: follows isoTime, and a pick at once. Nine o'clock while there is none.
        property string shown: root.isoTime
        readonly property int hour: shown !== "" ? Number(shown.substring(0, 2)) : 9
        readonly property int minute: shown !== "" ? Number(shown.substring(3, 5)) : 0
        readonly property var hours: {
            const list = [];
            for (let h = 0; h < 24; ++h)
                list.push(pad(h));
            return list;
        }
        readonly property var minutes: {
            const list = [];
            for (let m = 0; m < 60; m += 5)
                list.push(pad(m));
            return list;
        }

        function pad(n: int): string {
            return n < 10 ? "0" + n : String(n);
        }

        function pick(h: int, m: int) {
            const iso = pad(h) + ":" + pad(m);
            shown = iso;
            // A pick set the box's index itself; from now on the boxes follow `shown` again.
            hourBox.currentIndex = Qt.binding(() => d.hour);
            minuteBox.currentIndex = Qt.binding(() => Math.floor(d.minute / 5));
            root.picked(iso);
        }
    }

    Connections {
        target: root
        function onIsoTimeChanged() {
            d.shown = root.isoTime;
        }
    }

    MapjeLabel {
        visible: root.label !== ""
        width: root.width
        text: root.label
        Accessible.ignored: true
    }
    Flow {
        width: root.width
        spacing: Theme.spacingSmall

        MapjeComboBox {
            id: hourBox
            objectName: "hourBox"
            width: Math.min(implicitWidth, root.width)
            //: Above the list of hours (00 to 23) in a time of day.
            label: qsTr("Uur")
            model: d.hours
            currentIndex: d.hour
            onActivated: index => d.pick(index, d.minute)
        }
        MapjeComboBox {
            id: minuteBox
            objectName: "minuteBox"
            width: Math.min(implicitWidth, root.width)
            //: Above the list of minutes (00, 05, … 55) in a time of day.
            label: qsTr("Minuut")
            model: d.minutes
            currentIndex: Math.floor(d.minute / 5)
            onActivated: index => d.pick(d.hour, index * 5)
        }
    }
}
