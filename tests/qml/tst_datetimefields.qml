import QtQuick
import QtTest
import Mapje

// MapjeComboBox, MapjeDateField and MapjeTimeField on their own: named by their label for a
// screen reader, driven by keyboard, a day a month does not have becomes its last day, month
// names in the chosen language, and the field always follows the page's value.
TestCase {
    id: testCase
    name: "DateTimeFields"
    when: windowShown
    width: 360
    height: 640

    Component {
        id: dateComponent
        MapjeDateField {
            width: 320
            label: "Wanneer?"
        }
    }
    Component {
        id: timeComponent
        MapjeTimeField {
            width: 320
            label: "Hoe laat?"
        }
    }
    Component {
        id: comboComponent
        MapjeComboBox {
            label: "Kleur"
            model: ["rood", "blauw", "geel"]
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function cleanup() {
        Language.choose("nl");
    }

    function box(field, name: string) {
        const item = findChild(field, name);
        verify(item !== null, "no " + name);
        tryVerify(() => item.width > 0 && !isPolishScheduled(item.parent), 2000, name + " should be laid out");
        return item;
    }

    function test_comboIsNamedByItsLabelAndWorksByKeyboard() {
        const combo = createTemporaryObject(comboComponent, testCase);
        compare(combo.Accessible.name, "Kleur");
        compare(combo.Accessible.role, Accessible.ComboBox);
        compare(combo.Accessible.description, "rood");
        verify(combo.height - combo.topInset >= Theme.minTouchTarget);
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": combo,
                "signalName": "activated"
            });
        combo.forceActiveFocus(Qt.TabFocusReason);
        verify(combo.visualFocus);
        keyClick(Qt.Key_Down);
        compare(combo.currentIndex, 1);
        compare(spy.count, 1);
        // Enter opens the list, arrows move in it, Enter takes the entry.
        keyClick(Qt.Key_Return);
        tryVerify(() => combo.popup.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !combo.popup.visible);
        compare(combo.currentIndex, 2);
        compare(combo.Accessible.description, "geel");
        compare(spy.count, 2);
    }

    function test_dateFollowsTheValueAndClampsTheDay() {
        const field = createTemporaryObject(dateComponent, testCase, {
                "isoDate": "2027-01-31",
                "firstYear": 2026
            });
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": field,
                "signalName": "picked"
            });
        const day = box(field, "dayBox");
        const month = box(field, "monthBox");
        const year = box(field, "yearBox");
        compare(day.displayText, "31");
        compare(month.displayText, "januari");
        compare(year.displayText, "2027");
        compare(year.count, 6); // 2026 up to five years on
        compare(field.Accessible.name, "Wanneer?");
        compare(field.Accessible.description, "31 januari 2027");

        // 31 februari does not exist: the last day of februari instead.
        month.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "2027-02-28");
        compare(day.displayText, "28");
        // 2028 is a leap year; the day the citizen picked is 28 and stays.
        year.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        compare(spy.signalArguments[1][0], "2028-02-28");

        // The page stores and binds: a new value shows at once.
        field.isoDate = "2026-12-05";
        compare(day.displayText, "5");
        compare(month.displayText, "december");
        compare(year.displayText, "2026");
        compare(spy.count, 2); // a new value from the page is not a pick

        // A date before firstYear is still offered, and so is one far ahead.
        field.isoDate = "2035-06-01";
        compare(year.displayText, "2035");
        field.isoDate = "2024-06-01";
        compare(year.displayText, "2024");
        compare(year.textAt(0), "2024");
    }

    function test_monthNamesFollowTheLanguage() {
        const field = createTemporaryObject(dateComponent, testCase, {
                "isoDate": "2026-03-14"
            });
        const month = box(field, "monthBox");
        compare(month.displayText, "maart");
        Language.choose("en");
        compare(month.displayText, "March");
        compare(month.currentIndex, 2);
        Language.choose("nl");
        compare(month.displayText, "maart");
    }

    function test_timeInHoursAndStepsOfFive() {
        const field = createTemporaryObject(timeComponent, testCase, {
                "isoTime": "09:30"
            });
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": field,
                "signalName": "picked"
            });
        const hour = box(field, "hourBox");
        const minute = box(field, "minuteBox");
        compare(hour.count, 24);
        compare(minute.count, 12);
        compare(hour.displayText, "09");
        compare(minute.displayText, "30");
        compare(field.Accessible.description, "09:30");

        minute.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        compare(spy.signalArguments[0][0], "09:35");
        hour.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Up);
        compare(spy.signalArguments[1][0], "08:35");

        field.isoTime = "17:05";
        compare(hour.displayText, "17");
        compare(minute.displayText, "05");
        compare(spy.count, 2);
    }

    // No time: both boxes empty, nothing said as chosen. The first hour fills the minutes with 00
    // and is picked at once; the page's later value is followed.
    function test_noTimeShowsNothingUntilTheFirstPick() {
        const field = createTemporaryObject(timeComponent, testCase, {
                "isoTime": ""
            });
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": field,
                "signalName": "picked"
            });
        const hour = box(field, "hourBox");
        const minute = box(field, "minuteBox");
        compare(hour.currentIndex, -1);
        compare(minute.currentIndex, -1);
        compare(hour.displayText, "");
        compare(minute.displayText, "");
        compare(field.Accessible.description, "");

        hour.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "00:00");
        compare(hour.displayText, "00");
        compare(minute.displayText, "00");
        compare(field.Accessible.description, "00:00");
        keyClick(Qt.Key_Down);
        compare(spy.signalArguments[1][0], "01:00");

        // The page stores the pick, then opens something without a time: empty again.
        field.isoTime = "01:00";
        field.isoTime = "";
        compare(hour.currentIndex, -1);
        compare(minute.currentIndex, -1);
        compare(field.Accessible.description, "");
        compare(spy.count, 2);
    }

    // Minutes picked before any hour wait for it: nothing is picked until she chooses the hour.
    function test_minutesFirstWaitForTheHour() {
        const field = createTemporaryObject(timeComponent, testCase, {
                "isoTime": ""
            });
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": field,
                "signalName": "picked"
            });
        const hour = box(field, "hourBox");
        const minute = box(field, "minuteBox");
        minute.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        compare(minute.displayText, "05");
        compare(hour.currentIndex, -1);
        compare(spy.count, 0);
        compare(field.Accessible.description, "");
        hour.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "00:05");
        compare(minute.displayText, "05");
    }

    // With a start value, the first pick takes the other part from it.
    function test_firstPickTakesTheRestFromTheStart() {
        const field = createTemporaryObject(timeComponent, testCase, {
                "isoTime": "",
                "startTime": "14:30"
            });
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": field,
                "signalName": "picked"
            });
        const hour = box(field, "hourBox");
        const minute = box(field, "minuteBox");
        compare(hour.currentIndex, -1, "a start value is not a choice");
        compare(minute.currentIndex, -1);
        minute.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "14:00");
        compare(hour.displayText, "14");
    }
}
