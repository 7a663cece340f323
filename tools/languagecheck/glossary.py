"""Glossary words must be linked: a QML text that uses one is shown by MapjeRichLabel (which runs
Glossary.linkify) or passes through Glossary.linkify itself, or is allowed with a reason."""

import os
import re
from dataclasses import dataclass

NOOP = re.compile(r'QT_TRANSLATE_NOOP\s*\(\s*"Glossary"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')
CPP_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
QSTR = re.compile(r'\bqsTr\s*\(\s*"((?:[^"\\]|\\.)*)"')
LINKING_ELEMENTS = {"MapjeRichLabel"}


def _unescape(text):
    """C++ and JavaScript string escapes that texts use: \\" \\n \\\\."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


# An entry starts {QStringLiteral("id"), {QStringLiteral("form"), …}, …: the forms it matches.
ENTRY_FORMS = re.compile(r'\{\s*QStringLiteral\("[^"]*"\)\s*,\s*\{((?:\s*QStringLiteral\("(?:[^"\\]|\\.)*"\)\s*,?)+)\}')


def read_glossary_terms(path):
    """The words and their forms in glossary.cpp: each entry's forms (the strings it matches), and
    every Glossary string that is a word, not an explanation: at most three words, not ending like
    a sentence."""
    with open(path, encoding="utf-8") as file:
        code = file.read()
    terms = set()
    for match in ENTRY_FORMS.finditer(code):
        terms.update(_unescape(form) for form in CPP_STRING.findall(match.group(1)))
    for match in NOOP.finditer(code):
        text = "".join(_unescape(part) for part in CPP_STRING.findall(match.group(1))).strip()
        if text and len(text.split()) <= 3 and text[-1] not in ".!?:…":
            terms.add(text)
    return sorted(terms, key=lambda term: (term.lower(), term))


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


def unlinked(qml_files, terms, allowed):
    """[(QmlText, term)] for every text with a glossary word that nothing links."""
    pattern = term_pattern(terms)
    if pattern is None:
        return []
    problems = []
    for path in qml_files:
        for text in qml_texts(path):
            match = pattern.search(re.sub(r"<[^>]+>", " ", text.text))
            if not match or text.element in LINKING_ELEMENTS or text.linkified or text.text in allowed:
                continue
            problems.append((text, match.group(0)))
    return problems
