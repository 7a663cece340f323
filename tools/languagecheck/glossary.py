"""Glossary words must be linked: a QML text that uses one is shown by MapjeRichLabel (which runs
Glossary.linkify) or passes through Glossary.linkify itself, or is allowed with a reason; so must a
text of a content file a page shows (rights.json): a paragraph with "links": true, or allowed."""

import json
import os
import re
from dataclasses import dataclass

QSTR = re.compile(r'\bqsTr\s*\(\s*"((?:[^"\\]|\\.)*)"')
LINKING_ELEMENTS = {"MapjeRichLabel"}


def _unescape(text):
    """JavaScript string escapes that texts use: \\" \\n \\\\."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


class ContentError(Exception):
    """A data file of app/core/content that cannot be read as such."""


def _read_json(path):
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    except json.JSONDecodeError as problem:
        raise ContentError(f"{path}:{problem.lineno}:{problem.colno}: not JSON: {problem.msg}") from None


def _source(text):
    """A content text: "…" or {"source": "…", "note": …}."""
    return text.get("source", "") if isinstance(text, dict) else text


def read_glossary_terms(path):
    """The words of the glossary (app/core/content/glossary.json): each entry's forms (the
    strings it matches) and its Dutch word."""
    data = _read_json(path)
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ContentError(f"{path}: no \"entries\" list")
    terms = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise ContentError(f"{path}: an entry is not an object")
        terms.update(form for form in entry.get("forms", []) if isinstance(form, str) and form.strip())
        word = _source(entry.get("word", ""))
        if isinstance(word, str) and word.strip():
            terms.add(word.strip())
    return sorted(terms, key=lambda term: (term.lower(), term))


# Fields of a content file that are no text shown to the citizen.
NOT_SHOWN = {"context", "about", "notes", "key", "id", "forms", "links", "domain"}


@dataclass
class ContentText:
    file: str
    where: str  # e.g. rights[0].law
    text: str
    linked: bool  # the "paragraph" of an object with "links": true


def content_texts(path):
    """Every text of a content file that a page shows (app/core/content/rights.json), with
    whether it is shown with its hard words linked."""
    texts = []

    def walk(value, where, field, owner):
        if isinstance(value, str):
            if field not in NOT_SHOWN:
                linked = field == "paragraph" and owner.get("links") is True
                texts.append(ContentText(path, where, value, linked))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]", field, owner)
        elif isinstance(value, dict):
            if "source" in value and field:
                walk(value["source"], where, field, owner)
                return
            for name, inner in value.items():
                if name not in NOT_SHOWN:
                    walk(inner, f"{where}.{name}" if where else name, name, value)

    walk(_read_json(path), "", "", {})
    return texts


def term_pattern(terms):
    if not terms:
        return None
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)


@dataclass
class QmlText:
    file: str
    line: int
    element: str  # the nearest enclosing QML object type, e.g. MapjeLabel
    text: str
    linkified: bool  # passed through Glossary.linkify(...) where it is written


def _skip_string(code, i):
    quote = code[i]
    i += 1
    while i < len(code) and code[i] != quote:
        i += 2 if code[i] == "\\" else 1
    return i + 1


def qml_texts(path):
    """Every qsTr("…") in a QML file with the object type that holds it."""
    with open(path, encoding="utf-8") as file:
        code = file.read()
    texts = []
    stack = []  # the object type for each open brace, None for a JavaScript block
    i = 0
    while i < len(code):
        ch = code[i]
        if code.startswith("//", i):
            i = code.find("\n", i)
            i = len(code) if i < 0 else i
            continue
        if code.startswith("/*", i):
            end = code.find("*/", i + 2)
            i = len(code) if end < 0 else end + 2
            continue
        if code.startswith("qsTr", i) and (i == 0 or not (code[i - 1].isalnum() or code[i - 1] == "_")):
            match = QSTR.match(code, i)
            if match:
                element = next((name for name in reversed(stack) if name), "")
                line_start = code.rfind("\n", 0, i) + 1
                before = code[line_start:i]
                texts.append(QmlText(path, code.count("\n", 0, i) + 1, element,
                                     _unescape(match.group(1)), "linkify(" in before))
                i = match.end()
                continue
        if ch in "\"'`":
            i = _skip_string(code, i)
            continue
        if ch == "{":
            head = re.search(r"([A-Z][\w.]*)\s*$", code[max(0, i - 200):i])
            stack.append(head.group(1).split(".")[-1] if head else None)
        elif ch == "}" and stack:
            stack.pop()
        i += 1
    return texts


def read_allow_list(path):
    """'exact source text | reason' lines; # starts a comment. Returns {text: reason}."""
    allowed = {}
    if not os.path.exists(path):
        return allowed
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = [part.strip() for part in line.split("|")]
            if len(fields) != 2 or not fields[1]:
                raise ValueError(f"{path}:{number}: expected 'text | reason'")
            allowed[fields[0]] = fields[1]
    return allowed


def _unlinked(texts, terms, allowed, is_linked):
    """[(text, term)] for every text with a glossary word that is not linked nor allowed."""
    pattern = term_pattern(terms)
    if pattern is None:
        return []
    problems = []
    for text in texts:
        match = pattern.search(re.sub(r"<[^>]+>", " ", text.text))
        if match and not is_linked(text) and text.text not in allowed:
            problems.append((text, match.group(0)))
    return problems


def unlinked_content(content_files, terms, allowed):
    """[(ContentText, term)] for every content text with a glossary word that is not linked."""
    texts = [text for path in content_files for text in content_texts(path)]
    return _unlinked(texts, terms, allowed, lambda text: text.linked)


def unlinked(qml_files, terms, allowed):
    """[(QmlText, term)] for every text with a glossary word that nothing links."""
    texts = [text for path in qml_files for text in qml_texts(path)]
    return _unlinked(texts, terms, allowed,
                     lambda text: text.element in LINKING_ELEMENTS or text.linkified)
