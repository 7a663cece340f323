import QtQuick
import QtTest
import MapjeTest

// Checks on the text of every QML file of the module, for mistakes that only show at run time on
// the one page and in the one state where the line runs.
TestCase {
    name: "Sources"

    // The values inside one .arg( … ) call: its text up to the matching ")", with the commas at
    // its own depth, outside strings.
    function argumentsAt(text, open) {
        let depth = 0;
        let quote = "";
        let commas = 0;
        for (let i = open; i < text.length; ++i) {
            const c = text[i];
            if (quote !== "") {
                if (c === "\\")
                    ++i;
                else if (c === quote)
                    quote = "";
                continue;
            }
            if (c === "\"" || c === "'" || c === "`")
                quote = c;
            else if (c === "(" || c === "[" || c === "{")
                ++depth;
            else if (c === ")" || c === "]" || c === "}") {
                if (--depth === 0)
                    return commas + 1;
            } else if (c === "," && depth === 1)
                ++commas;
        }
        return -1;
    }

    // QML's String.arg takes one value: qsTr("%1: %2").arg(a, b) prints "Invalid arguments" and
    // shows the raw text, on the page where it runs. Each value needs its own .arg().
    function test_argTakesOneValue() {
        const sources = Harness.qmlSources();
        let calls = 0;
        for (const path in sources) {
            const text = sources[path];
            for (let at = text.indexOf(".arg("); at >= 0; at = text.indexOf(".arg(", at + 1)) {
                ++calls;
                const values = argumentsAt(text, at + 4);
                const line = text.substring(0, at).split("\n").length;
                compare(values, 1, path + ":" + line + " gives .arg() " + values + " values");
            }
        }
        verify(calls > 50, ".arg() calls found: " + calls);
    }

    // The check itself: it sees two values, and one with commas inside a call or a string.
    function test_theCheckCounts() {
        compare(argumentsAt(".arg(a, b)", 4), 2);
        compare(argumentsAt(".arg(f(a, b))", 4), 1);
        compare(argumentsAt(".arg(\"a, b\")", 4), 1);
        compare(argumentsAt(".arg(list.join(\", \"))", 4), 1);
    }
}
