// Small steps the flow tests share: find an item by objectName, type into a field, press a button.
.pragma library

// Looks on the page that is shown first: pages below it in the stack have items of the same name.
function find(testCase, window, name) {
    const stack = testCase.findChild(window.contentItem, "pageStack");
    let item = stack && stack.currentItem ? testCase.findChild(stack.currentItem, name) : null;
    if (item === null)
        item = testCase.findChild(window.contentItem, name);
    testCase.verify(item !== null, "no item named " + name);
    return item;
}

function typeInto(testCase, window, name, text) {
    const field = find(testCase, window, name + "Input");
    field.forceActiveFocus();
    testCase.tryVerify(() => field.activeFocus, 1000, name + " should take focus");
    field.selectAll();
    testCase.keyClick(Qt.Key_Backspace);
    for (let i = 0; i < text.length; ++i)
        testCase.keyClick(text[i]);
    testCase.compare(field.text, text);
}

// Scrolls the page so the item is on screen, as a person would before tapping it. A list inside
// the page is scrolled first, then the page around it.
function ensureVisible(item) {
    for (let p = item.parent; p; p = p.parent) {
        if (p.contentItem !== undefined && p.contentY !== undefined && p.contentHeight !== undefined) {
            const pos = item.mapToItem(p.contentItem, 0, 0);
            if (pos.y < p.contentY)
                p.contentY = pos.y;
            else if (pos.y + item.height > p.contentY + p.height)
                p.contentY = Math.min(pos.y + item.height - p.height, p.contentHeight - p.height);
        }
    }
}

// A Flow or layout that just got new items places them at its next polish; until then a button
// may stand where it will not be.
function waitForPolish(testCase, item) {
    for (let p = item; p; p = p.parent) {
        const parentItem = p;
        if (testCase.isPolishScheduled(parentItem))
            testCase.tryVerify(() => !testCase.isPolishScheduled(parentItem), 2000, "layout settles");
    }
}

function press(testCase, window, name) {
    const button = find(testCase, window, name);
    testCase.verify(button.visible, name + " should be visible");
    testCase.verify(button.enabled, name + " should be enabled");
    waitForPolish(testCase, button);
    ensureVisible(button);
    testCase.mouseClick(button);
}

// Chooses an entry the way a person does: tap the box, arrow to the entry, Enter; the box then
// shows that entry. A box that just appeared is laid out on the next polish.
function pick(testCase, box, index) {
    testCase.tryVerify(() => box.visible && box.width > 0 && !testCase.isPolishScheduled(box.parent), 2000,
                       box.objectName + " should be laid out");
    ensureVisible(box);
    testCase.mouseClick(box);
    testCase.tryVerify(() => box.popup.opened, 2000, box.objectName + " should open its list");
    while (box.highlightedIndex < index)
        testCase.keyClick(Qt.Key_Down);
    while (box.highlightedIndex > index)
        testCase.keyClick(Qt.Key_Up);
    testCase.keyClick(Qt.Key_Return);
    testCase.tryVerify(() => !box.popup.visible, 2000, box.objectName + " should close its list");
    testCase.compare(box.currentIndex, index);
}

function currentPage(testCase, window) {
    const stack = testCase.findChild(window.contentItem, "pageStack");
    return stack && stack.currentItem ? stack.currentItem.objectName : "";
}

// The page is shown and its transition is over, so it takes input.
function waitForPage(testCase, window, name) {
    const stack = testCase.findChild(window.contentItem, "pageStack");
    testCase.tryVerify(() => stack.currentItem && stack.currentItem.objectName === name && !stack.busy,
                       5000, "page " + name + " should be shown");
}
