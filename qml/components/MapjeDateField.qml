import QtQuick
import QtQuick.Layouts
import Mapje

// A day in three choices side by side: day, month (its name in the citizen's language) and year;
// on a narrow screen they wrap. No calendar to fight with and no typing of dates.
// The page binds `isoDate` ("yyyy-MM-dd", or "" for none) to what is stored and stores what comes
// with `picked`. The field shows a pick at once and follows every later change of `isoDate`.
// A day that a month does not have (31 februari) becomes the last day of that month.
// No "today" from JavaScript: the page binds `firstYear` to this year as the app's clock says.
// With no date the boxes stay empty: nothing is chosen for the citizen. The first box they pick
// fills the other parts from `startIso` (the page binds today), and they can change those too.
Column {
    id: root

    property string label
    property string isoDate
    // The first year offered; five more follow. The date's own year is always offered too.
    property int firstYear: isoDate !== "" ? Number(isoDate.substring(0, 4)) : 2026
    // "yyyy-MM-dd": where a first pick takes the parts not yet chosen from; "" is 1 januari.
    property string startIso

    signal picked(string isoDate)

    // A page takes the citizen here when something needs a day first.
    function focusFirstBox() {
        dayBox.forceActiveFocus(Qt.TabFocusReason);
    }

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    // One group for a screen reader: its name, and the chosen day in words.
    Accessible.role: Accessible.Grouping
    Accessible.name: root.label
    Accessible.description: d.shown !== "" ? d.words : ""

    QtObject {
        id: d

        // What the boxes show: follows isoDate, and a pick at once.
        property string shown: root.isoDate
        readonly property string from: shown !== "" ? shown : root.startIso
        readonly property bool chosen: shown !== ""
        readonly property int year: from !== "" ? Number(from.substring(0, 4)) : root.firstYear
        readonly property int month: from !== "" ? Number(from.substring(5, 7)) : 1
        readonly property int day: from !== "" ? Number(from.substring(8, 10)) : 1
        readonly property int startYear: Math.min(root.firstYear, year)
        readonly property var years: {
            const list = [];
            for (let y = startYear; y <= Math.max(root.firstYear + 5, year); ++y)
                list.push(y);
            return list;
        }
        readonly property var days: {
            const list = [];
            for (let n = 1; n <= 31; ++n)
                list.push(n);
            return list;
        }
        // Standalone names ("januari"), in the language the citizen chose.
        readonly property var months: {
            const locale = Qt.locale(Language.current);
            const list = [];
            for (let m = 0; m < 12; ++m)
                list.push(locale.standaloneMonthName(m, Locale.LongFormat));
            return list;
        }
        readonly property string words: day + " " + (months[month - 1] ?? "") + " " + year

        function daysInMonth(y: int, m: int): int {
            if (m === 2)
                return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
            return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
        }

        function pad(n: int): string {
            return n < 10 ? "0" + n : String(n);
        }

        function pick(y: int, m: int, dayOfMonth: int) {
            const iso = y + "-" + pad(m) + "-" + pad(Math.min(dayOfMonth, daysInMonth(y, m)));
            shown = iso;
            // A pick set the box's index itself; from now on the boxes follow `shown` again.
            dayBox.currentIndex = Qt.binding(() => d.chosen ? d.day - 1 : -1);
            monthBox.currentIndex = Qt.binding(() => d.chosen ? d.month - 1 : -1);
            yearBox.currentIndex = Qt.binding(() => d.chosen ? d.year - d.startYear : -1);
            root.picked(iso);
        }
    }

    Connections {
        target: root
        function onIsoDateChanged() {
            d.shown = root.isoDate;
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
            id: dayBox
            objectName: "dayBox"
            width: Math.min(implicitWidth, root.width)
            //: Above the list of days (1 to 31) in a date.
            label: qsTr("Dag")
            //: Shown in an empty part of a date until she picks one.
            placeholder: qsTr("Kies")
            model: d.days
            currentIndex: d.chosen ? d.day - 1 : -1
            onActivated: index => d.pick(d.year, d.month, index + 1)
        }
        MapjeComboBox {
            id: monthBox
            objectName: "monthBox"
            width: Math.min(implicitWidth, root.width)
            //: Above the list of months in a date.
            label: qsTr("Maand")
            //: Shown in an empty part of a date until she picks one.
            placeholder: qsTr("Kies")
            model: d.months
            currentIndex: d.chosen ? d.month - 1 : -1
            // New month names (another language) are a new model: keep showing the same month.
            onModelChanged: monthBox.currentIndex = Qt.binding(() => d.chosen ? d.month - 1 : -1)
            onActivated: index => d.pick(d.year, index + 1, d.day)
        }
        MapjeComboBox {
            id: yearBox
            objectName: "yearBox"
            width: Math.min(implicitWidth, root.width)
            //: Above the list of years in a date.
            label: qsTr("Jaar")
            //: Shown in an empty part of a date until she picks one.
            placeholder: qsTr("Kies")
            model: d.years
            currentIndex: d.chosen ? d.year - d.startYear : -1
            // Other years on offer are a new model: keep showing the same year.
            onModelChanged: yearBox.currentIndex = Qt.binding(() => d.chosen ? d.year - d.startYear : -1)
            onActivated: index => d.pick(d.years[index], d.month, d.day)
        }
    }
}
