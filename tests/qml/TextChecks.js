// What the accessibility audit and the pseudo-locale test both look for in a page's texts.
.pragma library

function isText(item) {
    return item.elide !== undefined && item.truncated !== undefined && item.contentWidth !== undefined
            && item.font !== undefined && typeof item.text === "string";
}

// An item by its objectName or text, and the nearest named item around it.
function describe(item) {
    let own = item.objectName;
    if (!own && typeof item.text === "string" && item.text !== "")
        own = "\"" + item.text.slice(0, 40) + "\"";
    if (!own)
        own = String(item).replace(/\(0x[0-9a-f]+\)/, "").replace(/_QMLTYPE_\d+/, "");
    for (let p = item.parent; p; p = p.parent) {
        if (p.objectName && p.objectName !== "pageStack")
            return own + " in " + p.objectName;
    }
    return own;
}

// Text cut off: wider than its box, elided, or outside its clipping ancestor. Calls
// report(item, "clipped", detail) for each.
function checkClipped(text, report) {
    if (text.text.trim() === "")
        return;
    if (text.truncated) {
        report(text, "clipped", "text is elided or cut to fewer lines");
        return;
    }
    const elideNone = 0; // Text.ElideNone; a library script has no QtQuick import
    if (text.elide === elideNone && text.contentWidth > text.width + 1) {
        report(text, "clipped", "text " + Math.round(text.contentWidth) + " px wide in a box of "
               + Math.round(text.width) + " px");
        return;
    }
    let clipper = text.parent;
    while (clipper && !clipper.clip)
        clipper = clipper.parent;
    if (!clipper)
        return;
    const w = Math.max(text.width, text.contentWidth);
    const h = Math.max(text.height, text.contentHeight);
    if (clipper.contentY !== undefined && clipper.contentItem !== undefined) {
        // A Flickable: what lies beyond its view can be scrolled to, but not beyond its content.
        const r = text.mapToItem(clipper.contentItem, 0, 0, w, h);
        const maxX = Math.max(clipper.width, clipper.contentWidth);
        if (r.x < -1 || r.x + r.width > maxX + 1 || r.y + r.height > clipper.contentHeight + 1)
            report(text, "clipped", "text lies outside what " + describe(clipper) + " can scroll to");
        return;
    }
    const r = text.mapToItem(clipper, 0, 0, w, h);
    if (r.x < -1 || r.y < -1 || r.x + r.width > clipper.width + 1 || r.y + r.height > clipper.height + 1)
        report(text, "clipped", "text " + Math.round(r.width) + "×" + Math.round(r.height)
               + " does not fit in " + describe(clipper));
}

// Visits every visible item under item, item first.
function walk(item, visit) {
    if (!item.visible || item.opacity === 0)
        return;
    visit(item);
    for (let i = 0; i < item.children.length; ++i)
        walk(item.children[i], visit);
}
