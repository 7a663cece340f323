import QtQuick
import QtQuick.Layouts
import Mapje

// A time of day in two choices: the hour (0 to 23) and the minutes in steps of five.
// The page binds `isoTime` ("HH:mm", or "" for none) to what is stored and stores what comes with
// `picked`. The field shows a pick at once and follows every later change of `isoTime`.
// Minutes between the steps (10:07) show as the step before them until the citizen picks.
// With no time the boxes stay empty: nothing is chosen for the citizen. Her first pick of the hour
// fills the minutes from `startTime` (":00" when there is none) and is stored; minutes she picks
// before any hour wait for it, unless `startTime` gives the hour.
Column {
    id: root

    property string label
    property string isoTime
    // "HH:mm": where a first pick takes the part not yet chosen from; "" is none.
    property string startTime

    signal picked(string isoTime)

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    // One group for a screen reader: its name, and the chosen time.
    Accessible.role: Accessible.Grouping
    Accessible.name: root.label
    Accessible.description: d.chosen ? d.pad(d.hour) + ":" + d.pad(d.minute) : ""

    QtObject {
        id: d

        // What the boxes show: follows isoTime, and a pick at once.
        property string shown: root.isoTime
        // Minutes picked while no time is chosen and no start gives the hour: -1 for none.
        property int waitingMinute: -1
        readonly property bool chosen: shown !== ""
        readonly property string from: chosen ? shown : root.startTime
        readonly property int hour: from !== "" ? Number(from.substring(0, 2)) : 0
        readonly property int minute: chosen || from !== "" ? Number(from.substring(3, 5)) : Math.max(waitingMinute, 0)
        readonly property int minuteIndex: chosen ? Math.floor(minute / 5) : (waitingMinute >= 0 ? waitingMinute / 5 : -1)
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

        function pickHour(h: int) {
            pick(h, !chosen && waitingMinute >= 0 ? waitingMinute : minute);
        }

        function pickMinute(m: int) {
            if (!chosen && root.startTime === "") {
                // No hour yet, and none to take: the minutes wait for her hour.
                waitingMinute = m;
                follow();
                return;
            }
            pick(hour, m);
        }

        function pick(h: int, m: int) {
            const iso = pad(h) + ":" + pad(m);
            waitingMinute = -1;
            shown = iso;
            follow();
            root.picked(iso);
        }

        // A pick set the box's index itself; from now on the boxes follow `shown` again.
        function follow() {
            hourBox.currentIndex = Qt.binding(() => d.chosen ? d.hour : -1);
            minuteBox.currentIndex = Qt.binding(() => d.minuteIndex);
        }
    }

    Connections {
        target: root
        function onIsoTimeChanged() {
            d.waitingMinute = -1;
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
            currentIndex: d.chosen ? d.hour : -1
            onActivated: index => d.pickHour(index)
        }
        MapjeComboBox {
            id: minuteBox
            objectName: "minuteBox"
            width: Math.min(implicitWidth, root.width)
            //: Above the list of minutes (00, 05, … 55) in a time of day.
            label: qsTr("Minuut")
            model: d.minutes
            currentIndex: d.minuteIndex
            onActivated: index => d.pickMinute(index * 5)
        }
    }
}
