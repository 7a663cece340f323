// What the accessibility audit asks of a page's frame, as it opens: nothing is drawn over the
// scrolling content, the page's main action can be reached without scrolling, and the way back
// has one name ("Terug", at the top).
.pragma library

.import "FocusChecks.js" as FocusChecks

function isButton(item) {
    return item.checkable !== undefined && item.autoRepeat !== undefined && item.pressed !== undefined;
}

function isScrollArea(item) {
    return item.contentItem !== undefined && item.contentY !== undefined && item.contentHeight !== undefined
            && item.originY !== undefined;
}

function isOpaque(item) {
    return item.color !== undefined && item.color.a > 0.5 && item.opacity > 0.5;
}

// A main action: a primary button that is not a choice (a chosen language is drawn the same way).
// A library script cannot read attached properties: accessibleOf(item) gives item.Accessible.
function isMainAction(item, accessibleOf) {
    return isButton(item) && item.primary === true && !accessibleOf(item).checkable;
}

// Words that name a way back; only the page's "Terug" at the top may use them. Dutch, as the
// tests run in the source language.
function namesWayBack(text) {
    return /^(nee, )?terug(\b|,)/i.test(String(text).trim());
}

function scrollAreaOf(page) {
    if (!page.contentItem)
        return null;
    let found = null;
    const look = item => {
        for (let i = 0; i < item.children.length && !found; ++i) {
            const child = item.children[i];
            if (isScrollArea(child))
                found = child;
            else
                look(child);
        }
    };
    look(page.contentItem);
    return found;
}

// An opaque item stacked above the page's scroll area (a "floating" header or bar) hides the
// content that scrolls under it. The page's own header and footer sit beside it, never over it.
function checkNothingOverContent(page, report) {
    const area = scrollAreaOf(page);
    if (!area)
        return;
    const areaRect = FocusChecks.rectOf(area);
    for (let p = area; p && p !== page; p = p.parent) {
        const parent = p.parent;
        if (!parent)
            break;
        const own = Array.prototype.indexOf.call(parent.children, p);
        for (let i = 0; i < parent.children.length; ++i) {
            const other = parent.children[i];
            if (other === p || !other.visible || other.width <= 0 || other.height <= 0 || !isOpaque(other))
                continue;
            const above = other.z > p.z || (other.z === p.z && i > own);
            if (above && FocusChecks.overlaps(FocusChecks.rectOf(other), areaRect))
                report(other, "covers content", "drawn over the scrolling content of the page");
        }
    }
    for (const bar of [page.header, page.footer]) {
        if (bar && bar.visible && bar.height > 0 && FocusChecks.overlaps(FocusChecks.rectOf(bar), areaRect))
            report(bar, "covers content", "the page's header or footer lies over the scrolling content");
    }
}

// A button that cannot be used yet must look it: its words faded (drawn at half strength or
// less), not only its background, or a person presses it again and again and nothing happens.
function checkDisabledLooksDisabled(item, isText, report) {
    if (!isButton(item) || item.enabled || !item.visible || !item.contentItem)
        return;
    const strength = text => {
        let alpha = text.color.a;
        for (let p = text; p && p !== item.parent; p = p.parent)
            alpha *= p.opacity;
        return alpha;
    };
    const look = child => {
        if (isText(child) && child.visible && child.text !== "" && strength(child) > 0.6)
            report(item, "looks usable", "cannot be used, but its words \"" + child.text + "\" are drawn at "
                   + Math.round(strength(child) * 100) + " %");
        for (let i = 0; i < child.children.length; ++i)
            look(child.children[i]);
    };
    look(item.contentItem);
}

// Call right after the page opened, scrolled to its top.
function checkMainActionInView(page, window, visit, accessibleOf, report) {
    visit(page, item => {
        if (!isMainAction(item, accessibleOf) || !item.enabled)
            return;
        const r = FocusChecks.rectOf(item);
        let inView = FocusChecks.inside(r, Qt.rect(0, 0, window.width, window.height));
        for (let p = item.parent; p && inView; p = p.parent) {
            if (p.clip)
                inView = FocusChecks.inside(r, FocusChecks.rectOf(p));
        }
        for (const bar of [page.header, page.footer]) {
            if (bar && bar.visible && !FocusChecks.isWithin(item, bar) && FocusChecks.overlaps(r, FocusChecks.rectOf(bar)))
                inView = false;
        }
        if (!inView)
            report(item, "main action", "\"" + item.text + "\" cannot be reached without scrolling (put it in the page's actions)");
    });
}

// A message that a person's action brought (Accessible.AlertMessage, such as "Je mapje staat in
// …") starts in view: its first line is not scrolled under the header or the actions, nor off
// the window. Call after the action, before any scrolling of one's own.
// While she types, the question of the field she types in stays in view with the field and the
// first line of a message below it, when those fit the view together: the question is the text
// field's own label (MapjeTextArea, MapjeTextField: a holder with a `label` above its box).
function checkQuestionInView(page, window, visit, accessibleOf, report) {
    const area = scrollAreaOf(page);
    const focused = window.activeFocusItem;
    if (!area || !focused || focused.cursorPosition === undefined || !FocusChecks.isWithin(focused, page))
        return;
    let holder = focused.parent;
    while (holder && holder !== page && typeof holder.label !== "string")
        holder = holder.parent;
    if (!holder || holder === page || holder.label === "")
        return;
    const view = FocusChecks.rectOf(area);
    const question = FocusChecks.rectOf(holder);
    let bottom = question.y + question.height;
    visit(page, item => {
        if (accessibleOf(item).role !== 8 /* Accessible.AlertMessage */ || item.height <= 0)
            return;
        const r = FocusChecks.rectOf(item);
        if (r.y >= question.y)
            bottom = Math.max(bottom, r.y + Math.min(r.height, 40));
    });
    const firstLine = Qt.rect(question.x, question.y, question.width, Math.min(question.height, 30));
    if (bottom - question.y <= view.height && !FocusChecks.inside(firstLine, view))
        report(holder, "question out of view", "the question \"" + holder.label + "\" is at y " + Math.round(question.y)
               + " while she types, the view shows " + Math.round(view.y) + " to " + Math.round(view.y + view.height));
}

function checkMessagesInView(page, window, visit, accessibleOf, report) {
    const area = scrollAreaOf(page);
    const view = area ? FocusChecks.rectOf(area) : Qt.rect(0, 0, window.width, window.height);
    visit(page, item => {
        if (accessibleOf(item).role !== 8 /* Accessible.AlertMessage */ || item.height <= 0)
            return;
        const r = FocusChecks.rectOf(item);
        // The first line: the top of the message and a line's height below it.
        const firstLine = Qt.rect(r.x, r.y, r.width, Math.min(r.height, 40));
        if (!FocusChecks.inside(firstLine, view))
            report(item, "message out of view", "its first line is at y " + Math.round(r.y) + ", the view shows "
                   + Math.round(view.y) + " to " + Math.round(view.y + view.height));
    });
}

// One name for the way back: "Terug" at the top of every page opened on top of another, and no
// other button called "Terug", "Nee, terug" and the like.
function checkWayBack(page, visit, report) {
    let header = null;
    if (page.canGoBack === true) {
        const back = findIn(page.header, "backButton");
        if (!back || !back.visible)
            report(page, "way back", "opened on top of another page, but no \"Terug\" at the top");
        header = back;
    }
    visit(page, item => {
        if (isButton(item) && item !== header && namesWayBack(item.text))
            report(item, "way back", "\"" + item.text + "\" is a second way back; the page has \"Terug\" at the top");
    });
}

function findIn(item, name) {
    if (!item)
        return null;
    if (item.objectName === name)
        return item;
    for (let i = 0; i < item.children.length; ++i) {
        const found = findIn(item.children[i], name);
        if (found)
            return found;
    }
    return null;
}
