// What the accessibility audit and the keyboard-only test both ask of the focused control: it
// stands fully in view (inside every clipping area around it, inside the window, not under the
// page's header) and its focus ring is drawn.
.pragma library

function rectOf(item) {
    return item.mapToItem(null, 0, 0, item.width, item.height);
}

// Fully inside; a control taller than the view (a long card at 200 % on a phone) cannot be, so
// then its top must show and it must fill the rest of the view.
function inside(inner, outer) {
    const slack = 1;
    const across = inner.x >= outer.x - slack && inner.x + inner.width <= outer.x + outer.width + slack;
    if (inner.height > outer.height + slack)
        return across && inner.y >= outer.y - slack && inner.y <= outer.y + slack + outer.height / 2;
    return across && inner.y >= outer.y - slack && inner.y + inner.height <= outer.y + outer.height + slack;
}

function overlaps(a, b) {
    const slack = 1;
    return a.x + a.width > b.x + slack && b.x + b.width > a.x + slack && a.y + a.height > b.y + slack
            && b.y + b.height > a.y + slack;
}

function isWithin(item, ancestor) {
    for (let p = item; p; p = p.parent) {
        if (p === ancestor)
            return true;
    }
    return false;
}

// The ring the base controls draw (FocusFrame, objectName "focusFrame"), in the control itself:
// not the ring of a smaller control inside it (a tile's link).
function focusFrameOf(item) {
    if (item.objectName === "focusFrame")
        return item;
    for (let i = 0; i < item.children.length; ++i) {
        const child = item.children[i];
        if (child.focusPolicy !== undefined || child.activeFocusOnTab === true)
            continue;
        const found = focusFrameOf(child);
        if (found)
            return found;
    }
    return null;
}

function shownOpacity(item) {
    let opacity = 1;
    for (let p = item; p; p = p.parent)
        opacity *= p.opacity;
    return opacity;
}

// Calls report(item, rule, detail) with rule "focus view" or "focus ring" for each problem; page
// is the shown page (its header, if it has one, covers what scrolls under it).
// The question of a focused text box (MapjeTextArea, MapjeTextField: a holder with a `label`
// above its box) is in view with it when the two fit the scrolling area together: a person who
// Tabs into a box reads what it asks.
function questionHolderOf(item, page) {
    if (item.cursorPosition === undefined)
        return null;
    for (let p = item.parent; p && p !== page; p = p.parent) {
        if (typeof p.label === "string")
            return p.label !== "" ? p : null;
    }
    return null;
}

function checkQuestionShown(item, page, r, report) {
    const holder = questionHolderOf(item, page);
    if (!holder)
        return;
    let view = null;
    for (let p = item.parent; p && !view; p = p.parent) {
        if (p.clip && p.contentY !== undefined)
            view = rectOf(p);
    }
    const q = rectOf(holder);
    const firstLine = Qt.rect(q.x, q.y, q.width, Math.min(q.height, 30));
    if (view && r.y + r.height - q.y <= view.height && !inside(firstLine, view))
        report(item, "question out of view", "the question \"" + holder.label + "\" of the focused box is not in view");
}

function checkFocused(item, page, window, report) {
    if (!item.visible || item.width <= 0 || item.height <= 0) {
        report(item, "focus view", "the focused control is not shown");
        return;
    }
    const r = rectOf(item);
    const where = Math.round(r.x) + "," + Math.round(r.y) + " " + Math.round(r.width) + "×" + Math.round(r.height);
    let clipped = false;
    for (let p = item.parent; p; p = p.parent) {
        if (!p.clip)
            continue;
        clipped = true;
        if (!inside(r, rectOf(p))) {
            report(item, "focus view", where + " is not fully inside the visible part of " + (p.objectName || String(p)));
            break;
        }
    }
    // A clipping area (the page's scroll view) lies inside the window; without one, the window.
    if (!clipped && !inside(r, Qt.rect(0, 0, window.width, window.height)))
        report(item, "focus view", where + " is outside the window");
    const header = page.header;
    if (header && header.visible && header.height > 0 && !isWithin(item, header) && overlaps(r, rectOf(header)))
        report(item, "focus view", where + " lies under the page header");
    checkQuestionShown(item, page, r, report);
    const frame = focusFrameOf(item);
    if (!frame) {
        report(item, "focus ring", "has no focus ring");
        return;
    }
    const f = rectOf(frame);
    if (!frame.visible || shownOpacity(frame) < 0.5 || f.width < 1 || f.height < 1 || frame.border.width < 1) {
        report(item, "focus ring", "the focus ring is not drawn");
        return;
    }
    // The ring lies just outside the control: a control flush with the edge of the scrolling
    // area (the last row above the page's actions) shows without the ring that says it is the one.
    for (let p = item.parent; p; p = p.parent) {
        if (p.clip && !inside(f, rectOf(p))) {
            report(item, "focus ring", "the focus ring is cut by the edge of " + (p.objectName || String(p)));
            break;
        }
    }
}
