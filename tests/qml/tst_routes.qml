import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// Every page name the app opens has a route in PageNavigator, every route's file loads, and a
// name without a route is said out loud instead of doing nothing.
TestCase {
    id: testCase
    name: "Routes"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // A navigator of its own, on a stack no page is pushed on in these tests.
    StackView {
        id: spareStack
        width: 0
        height: 0
    }
    PageNavigator {
        id: navigator
        stack: spareStack
    }

    function init() {
        Harness.reset();
    }

    function test_knownRouteOpens() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        Flow.waitForPage(testCase, window, "welcomePage");
        window.showPage("settings");
        Flow.waitForPage(testCase, window, "settingsPage");
        const stack = Flow.find(testCase, window, "pageStack");
        tryVerify(() => !stack.busy);
        compare(stack.depth, 2);
    }

    function test_everyRouteFileLoads() {
        const routes = navigator.routes();
        const names = Object.keys(routes);
        verify(names.length > 20, "routes: " + names.length);
        for (const name of names) {
            // Where PageNavigator.qml resolves it: next to it in the module.
            const component = Qt.createComponent("qrc:/Mapje/" + routes[name].file);
            verify(component !== null, name);
            compare(component.status, Component.Ready, name + ": " + component.errorString());
            component.destroy();
        }
    }

    // Each page name written in the QML (showPage, showPageWith, open, pageRequested with a
    // literal name) is a route.
    function test_everyNameUsedHasARoute() {
        const sources = Harness.qmlSources();
        verify(sources["Main.qml"] !== undefined, "the module's QML files should be readable");
        verify(sources["pages/home/HomePage.qml"] !== undefined);
        const routes = navigator.routes();
        const pattern = /\b(?:showPage|showPageWith|open|pageRequested)\(\s*"([^"]*)"/g;
        let used = 0;
        for (const path in sources) {
            pattern.lastIndex = 0;
            for (let match = pattern.exec(sources[path]); match !== null; match = pattern.exec(sources[path])) {
                ++used;
                verify(routes[match[1]] !== undefined, path + " opens \"" + match[1] + "\", which has no route");
            }
        }
        verify(used > 20, "page names found: " + used);
        // Home's "Volgende stap" opens the name Board.nextStep gives (from C++).
        for (const name of ["chooseDomains", "feelings", "goals"])
            verify(routes[name] !== undefined, name);
    }

    // The self-test: an unknown name gives exactly this warning, and opens nothing.
    function test_unknownNameIsSaid() {
        const message = "PageNavigator: no page is called noSuchPage";
        Harness.expectWarning(message);
        ignoreWarning(message);
        navigator.open("noSuchPage", {});
        compare(spareStack.depth, 0);
    }
}
