.pragma library

// Which pages an audit opens, taken from PageNavigator's routes, so a new page is audited
// without being listed anywhere. Only what a route cannot say is given here:
//   stages        the vault's stages the audit visits, in order ("" is each stage's own page);
//   stageOf       { page: stage } for a page opened before the vault is open ("open" if absent);
//   propertiesOf  { page: properties or a function that returns them } for a page that needs
//                 input to show its content (which domain, which goal);
//   extraVisits   { stage: [entries] } visited after the routes: a page opened once more with
//                 other properties, or with "then" (an action whose result is audited).
// Returns { stage: [entries] }: a page name, or { "name", "properties", "then" }.
function pagesByStage(routes, stages, stageOf, propertiesOf, extraVisits) {
    const pages = {};
    for (const stage of stages)
        pages[stage] = [""];
    for (const name of Object.keys(routes)) {
        const stage = stageOf[name] || "open";
        if (pages[stage] === undefined)
            throw new Error("page " + name + " is audited in stage " + stage + ", which the audit does not visit");
        pages[stage].push(propertiesOf[name] === undefined ? name : { "name": name, "properties": propertiesOf[name] });
    }
    for (const stage in extraVisits) {
        for (const entry of extraVisits[stage]) {
            if (routes[entry.name] === undefined)
                throw new Error("an extra visit opens " + entry.name + ", which has no route");
            pages[stage].push(entry);
        }
    }
    // A name in the options that is no route is an option left behind by a removed page.
    for (const name of Object.keys(stageOf).concat(Object.keys(propertiesOf))) {
        if (routes[name] === undefined)
            throw new Error("the audit names page " + name + ", which has no route");
    }
    return pages;
}
