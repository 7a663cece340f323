// How a page is laid out, for the accessibility audit and the pseudo-locale test: words stay
// whole, pictures never lie on text, and only what the person chose is shown as chosen.
.pragma library

// Text enums, by value: a library script has no QtQuick import.
const noWrap = 0;
const wrapAnywhere = 3;
const plainText = 0;
const alignLeft = 1;
const alignRight = 2;
const alignHCenter = 4;
const alignBottom = 64;
const alignVCenter = 128;

function isIcon(item) {
    return item.fillMode !== undefined && item.sourceSize !== undefined && item.paintedWidth !== undefined
            && item.status !== undefined && String(item.source) !== "";
}


// Words stay whole at every text size and in every language: a text that wraps must be at least
// as wide as its widest word, or wrapping breaks that word in two. measure(text, font, rich) is
// Harness.widestWord. Calls report(item, "word broken", detail).
function checkWordsWhole(text, measure, report) {
    if (text.wrapMode === noWrap || text.text.trim() === "" || text.width <= 0)
        return;
    if (text.wrapMode === wrapAnywhere) {
        report(text, "word broken", "wraps anywhere, also inside a word");
        return;
    }
    const rich = text.textFormat !== plainText && /<[a-zA-Z\/!]/.test(text.text);
    const room = text.width - (text.leftPadding || 0) - (text.rightPadding || 0);
    const widest = measure(text.text, text.font, rich);
    if (widest > room + 1)
        report(text, "word broken", "a word of " + Math.round(widest) + " px in a line of " + Math.round(room) + " px");
}

// A mark before words (a tick box, a bullet) in the same text as its words stands alone on a
// line when the mark and the first word do not fit on one line together. measure is as in
// checkWordsWhole. Calls report(item, "mark alone", detail).
function checkMarkBesideWord(text, measure, report) {
    const found = /^([☐☑✓•]) +(\S+)/.exec(text.text);
    if (!found || text.wrapMode === noWrap || text.width <= 0)
        return;
    const room = text.width - (text.leftPadding || 0) - (text.rightPadding || 0);
    const together = measure(found[1] + "\u00a0" + found[2], text.font, false);
    if (together > room + 1)
        report(text, "mark alone", "\"" + found[1] + "\" and \"" + found[2] + "\" need " + Math.round(together)
               + " px in a line of " + Math.round(room) + " px: the mark stands alone above its word");
}

// A long word (a file's name) may make its own line's letters smaller, but not a whole message:
// a text in letters under three quarters of its size holds a few words at most. Calls
// report(item, "small letters", detail).
function checkSmallLettersStayShort(text, report) {
    let fit = null;
    for (let i = 0; i < text.data.length; ++i) {
        if (text.data[i].preferredPixelSize !== undefined && text.data[i].smallestShare !== undefined)
            fit = text.data[i];
    }
    if (!fit || text.text.trim() === "" || text.font.pixelSize >= 0.75 * fit.preferredPixelSize)
        return;
    const words = text.text.trim().split(/\s+/).length;
    if (words > 4)
        report(text, "small letters", words + " words at " + text.font.pixelSize + " px instead of "
               + fit.preferredPixelSize + " px, for one long word");
}

// Where a text's letters are, in scene coordinates: its content box placed by its (mirrored)
// alignment inside its padding, not the whole item.
function paintedTextRect(text) {
    const left = text.leftPadding || 0;
    const top = text.topPadding || 0;
    const roomW = text.width - left - (text.rightPadding || 0);
    const roomH = text.height - top - (text.bottomPadding || 0);
    const w = text.contentWidth;
    const h = text.contentHeight;
    const hAlign = text.effectiveHorizontalAlignment;
    let x = left;
    if (hAlign === alignRight)
        x += roomW - w;
    else if (hAlign === alignHCenter)
        x += (roomW - w) / 2;
    let y = top;
    if (text.verticalAlignment === alignBottom)
        y += roomH - h;
    else if (text.verticalAlignment === alignVCenter)
        y += (roomH - h) / 2;
    return text.mapToItem(null, x, y, w, h);
}

// Where a picture is drawn: a fitted picture is centred in its item at its painted size.
function paintedIconRect(icon) {
    const w = icon.paintedWidth > 0 ? Math.min(icon.paintedWidth, icon.width) : icon.width;
    const h = icon.paintedHeight > 0 ? Math.min(icon.paintedHeight, icon.height) : icon.height;
    return icon.mapToItem(null, (icon.width - w) / 2, (icon.height - h) / 2, w, h);
}

function intersect(a, b) {
    const x = Math.max(a.x, b.x);
    const y = Math.max(a.y, b.y);
    return {
        "x": x,
        "y": y,
        "width": Math.min(a.x + a.width, b.x + b.width) - x,
        "height": Math.min(a.y + a.height, b.y + b.height) - y
    };
}

// The part of a scene rectangle of item that its clipping ancestors let through: text scrolled
// out of a view is not painted, so nothing lies on it.
function visiblePart(item, rect) {
    let r = rect;
    for (let p = item.parent; p; p = p.parent) {
        if (p.clip)
            r = intersect(r, p.mapToItem(null, 0, 0, p.width, p.height));
    }
    return r;
}

// No picture lies on text: every visible picture against every visible text of the page, by
// what is painted. Calls report(text, "icon over text", detail) for an overlap over 1 px.
function checkIconsOverText(icons, texts, describe, report) {
    const iconRects = icons.map(icon => ({
                "icon": icon,
                "rect": visiblePart(icon, paintedIconRect(icon))
            }));
    for (const text of texts) {
        if (text.text.trim() === "" || text.contentWidth <= 0)
            continue;
        const t = visiblePart(text, paintedTextRect(text));
        if (t.width <= 1 || t.height <= 1)
            continue;
        for (const entry of iconRects) {
            const overlap = intersect(entry.rect, t);
            if (overlap.width > 1 && overlap.height > 1)
                report(text, "icon over text", describe(entry.icon) + " covers " + Math.round(overlap.width) + "×"
                       + Math.round(overlap.height) + " px of it");
        }
    }
}

// No picture lies on another picture, nor on a button it is not part of: a picture that a layout
// placed before it knew its size ends up over the next row (a domain's picture over a fiche's
// face or its "Invullen"), often where no letters are. Calls report(icon, "icon over icon", detail).
function checkIconsApart(icons, buttons, describe, report) {
    const rects = icons.map(icon => ({
                "item": icon,
                "rect": visiblePart(icon, paintedIconRect(icon))
            }));
    const within = (item, ancestor) => {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true;
        }
        return false;
    };
    for (let i = 0; i < rects.length; ++i) {
        for (let j = i + 1; j < rects.length; ++j) {
            const overlap = intersect(rects[i].rect, rects[j].rect);
            if (overlap.width > 1 && overlap.height > 1)
                report(rects[i].item, "icon over icon", "lies on " + describe(rects[j].item) + " by "
                       + Math.round(overlap.width) + "×" + Math.round(overlap.height) + " px");
        }
        for (const button of buttons) {
            if (within(rects[i].item, button) || !button.visible)
                continue;
            const overlap = intersect(rects[i].rect, visiblePart(button, button.mapToItem(null, 0, 0, button.width, button.height)));
            if (overlap.width > 1 && overlap.height > 1)
                report(rects[i].item, "icon over icon", "lies on " + describe(button) + " by "
                       + Math.round(overlap.width) + "×" + Math.round(overlap.height) + " px");
        }
    }
}

// A choice as the page shows it: a MapjeChoiceButton that is chosen, a checkable control that is
// checked, a tick or a switch that says "checked" to a screen reader (StepTick, MapjeSwitch), or
// a date field that shows a day (MapjeDateField: a pre-filled date is an answer too).
function isDateField(item) {
    return item.isoDate !== undefined && item.startIso !== undefined && item.firstYear !== undefined;
}

// accessibleOf(item) gives the item's Accessible (a library cannot name the attached type itself).
function isChoice(item, accessibleOf) {
    const accessible = accessibleOf ? accessibleOf(item) : null;
    return (item.chosen !== undefined && item.iconSource !== undefined)
            || (item.checkable === true && item.checked !== undefined)
            || (accessible && accessible.checkable === true)
            || isDateField(item);
}

function isShownChosen(item, accessibleOf) {
    const accessible = accessibleOf ? accessibleOf(item) : null;
    return item.chosen === true || (item.checkable === true && item.checked === true)
            || (accessible && accessible.checkable === true && accessible.checked === true)
            || (isDateField(item) && item.isoDate !== "");
}

// The objectNames of the visible choices shown as chosen under item, sorted.
function chosenNames(item, walk, accessibleOf) {
    const names = [];
    walk(item, child => {
        if (isChoice(child, accessibleOf) && isShownChosen(child, accessibleOf))
            names.push(child.objectName);
    });
    return names.sort();
}

// Only what the person chose is chosen: compares what the page shows with what the test clicked.
// Calls report(detail) when they differ. With accessibleOf, ticks and switches count too.
function checkOnlyChosen(item, walk, expected, report, accessibleOf) {
    const shown = chosenNames(item, walk, accessibleOf);
    const wanted = expected.slice().sort();
    if (shown.join(",") !== wanted.join(","))
        report("shows chosen [" + shown.join(", ") + "], the person chose [" + wanted.join(", ") + "]");
}
