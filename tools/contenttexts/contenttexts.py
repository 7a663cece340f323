#!/usr/bin/env python3
"""Mapje's shipped content: checks the data files and writes what Qt Linguist's lupdate reads.

  contenttexts.py --out build/app/core/contenttexts.cpp app/core/content/*.json

The content (glossary, leefgebieden, help places, documents, suggested questions, rights,
conversation cards) lives in JSON files with the Dutch source texts; Mapje reads them from its
resource at run time and translates each text with QCoreApplication::translate(context, source,
disambiguation). lupdate reads C++, not JSON, so this writes one QT_TRANSLATE_NOOP
(QT_TRANSLATE_NOOP3 with a disambiguation) per text, in the file's context, with its
translator's note as a //: comment.

Each file is checked against its schema below first: a broken file stops the build with the file,
the place in it and what is wrong (exit code 1), so nothing ships empty or half read.
"""

import argparse
import json
import os
import sys

# What a field holds.
TEXT = "a Dutch text"  # "…", or {"source": "…", "note": "…", "disambiguation": "…"}
TEXTS = "a list of Dutch texts"
KEY = "a key"  # a plain string that never changes, unique in its list
WORDS = "a list of plain words"  # not translated (the forms of a glossary word)
FLAG = "true or false"


class OneOf:
    """An object that has exactly the fields of one of these schemas."""

    def __init__(self, *schemas):
        self.schemas = schemas


# A paragraph whose hard words link to their explanation (links: true) or not; or a list.
BLOCK = OneOf({"paragraph": TEXT, "links": FLAG}, {"list": TEXTS})

# Every field a file holds besides "context" (its Linguist context), "about" (what it is, for
# whoever edits it) and "notes" (a translator's note for every text of one field name). A list
# holds one or more objects of the schema inside it.
SCHEMAS = {
    "glossary.json": {
        "entries": [{"id": KEY, "forms": WORDS, "word": TEXT, "explanation": TEXT,
                     "meaning": TEXT, "whereToGo": TEXT}],
    },
    "lifedomains.json": {
        "domains": [{"id": KEY, "name": TEXT, "explanation": TEXT, "questions": TEXTS}],
    },
    "helpplaces.json": {
        "domains": [{"domain": KEY, "places": TEXTS}],
    },
    "documents.json": {
        "documents": [{"key": KEY, "name": TEXT, "explanation": TEXT}],
    },
    "questions.json": {
        "questions": [{"key": KEY, "text": TEXT}],
    },
    "conversationcards.json": {
        "cards": [{"key": KEY, "text": TEXT}],
        "roles": [{"role": KEY, "title": TEXT, "explanation": TEXT}],
        "groundRules": TEXTS,
    },
    "rights.json": {
        "title": TEXT,
        "intro": [BLOCK],
        "rights": [{"key": KEY, "heading": TEXT, "body": [BLOCK], "law": TEXT}],
        "closing": [BLOCK],
    },
}
COMMON = {"context", "about", "notes"}


class ContentError(Exception):
    """A broken data file: the message names the file, the place and what is wrong."""


class Text:
    def __init__(self, context, source, note="", disambiguation=""):
        self.context = context
        self.source = source
        self.note = note
        self.disambiguation = disambiguation


def _load(path):
    def no_duplicates(pairs):
        seen = {}
        for key, value in pairs:
            if key in seen:
                raise ContentError(f"{path}: the field \"{key}\" is written twice in one object")
            seen[key] = value
        return seen

    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as problem:
        raise ContentError(f"{path}:{problem.lineno}:{problem.colno}: not JSON: {problem.msg}") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise ContentError(f"{path}: cannot be read: {problem}") from None


def _fields_of(schema, kind):
    """Every field name in the schema whose value is of this kind (TEXT or TEXTS)."""
    found = set()
    if isinstance(schema, OneOf):
        for inner in schema.schemas:
            found |= _fields_of(inner, kind)
    elif isinstance(schema, list):
        found |= _fields_of(schema[0], kind)
    elif isinstance(schema, dict):
        for name, inner in schema.items():
            if inner in kind:
                found.add(name)
            found |= _fields_of(inner, kind)
    return found


class _Reader:
    def __init__(self, path, context, notes):
        self.path = path
        self.context = context
        self.notes = notes
        self.texts = []

    def fail(self, where, what):
        raise ContentError(f"{self.path}: {where}: {what}")

    def text(self, value, where, field):
        note, disambiguation = self.notes.get(field, ""), ""
        if isinstance(value, dict):
            unknown = set(value) - {"source", "note", "disambiguation"}
            if unknown:
                self.fail(where, f"unknown field \"{sorted(unknown)[0]}\" (a text has source, note, disambiguation)")
            for name in ("note", "disambiguation"):
                if name in value and not (isinstance(value[name], str) and value[name].strip()):
                    self.fail(f"{where}.{name}", "must be a text that is not empty")
            note = value.get("note", note)
            disambiguation = value.get("disambiguation", "")
            value = value.get("source")
            where += ".source"
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "must be a Dutch text that is not empty")
        if value != value.strip():
            self.fail(where, "starts or ends with a space")
        self.texts.append(Text(self.context, value, note, disambiguation))

    def check(self, value, schema, where, field=""):
        if schema == TEXT:
            self.text(value, where, field)
        elif schema in (TEXTS, WORDS):
            if not isinstance(value, list) or not value:
                self.fail(where, f"must be {schema}, not empty")
            for i, item in enumerate(value):
                if schema == TEXTS:
                    self.text(item, f"{where}[{i}]", field)
                elif not isinstance(item, str) or not item.strip():
                    self.fail(f"{where}[{i}]", "must be a word that is not empty")
        elif schema == KEY:
            if not isinstance(value, str) or not value.strip() or value != value.strip():
                self.fail(where, "must be a key: a text without spaces around it, not empty")
        elif schema == FLAG:
            if not isinstance(value, bool):
                self.fail(where, "must be true or false")
        elif isinstance(schema, list):
            if not isinstance(value, list) or not value:
                self.fail(where, "must be a list of objects, not empty")
            keys = {}
            for i, item in enumerate(value):
                self.check(item, schema[0], f"{where}[{i}]")
                for name, kind in _object_schema(schema[0], item).items():
                    if kind == KEY:
                        if item[name] in keys:
                            self.fail(f"{where}[{i}].{name}",
                                      f"\"{item[name]}\" is also the {name} of {where}[{keys[item[name]]}]")
                        keys[item[name]] = i
        else:
            self.object(value, _object_schema(schema, value, where, self), where)

    def object(self, value, schema, where, common=frozenset()):
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
        for name in value:
            if name not in schema and name not in common:
                self.fail(where, f"unknown field \"{name}\" (expected: {', '.join(schema)})")
        for name, inner in schema.items():
            if name not in value:
                self.fail(where, f"the field \"{name}\" is missing")
            self.check(value[name], inner, f"{where}.{name}" if where else name, name)


def _object_schema(schema, value, where="", reader=None):
    if not isinstance(schema, OneOf):
        return schema
    if isinstance(value, dict):
        for inner in schema.schemas:
            if set(inner) == set(value):
                return inner
    if reader is None:
        return {}
    shapes = " or ".join("{" + ", ".join(inner) + "}" for inner in schema.schemas)
    reader.fail(where, f"must be {shapes}")
    return {}


def read_content(path):
    """Checks one data file and returns its context and its Texts, in the order they are written.
    Raises ContentError for a broken file."""
    name = os.path.basename(path)
    schema = SCHEMAS.get(name)
    if schema is None:
        raise ContentError(f"{path}: no schema for this file: add one to SCHEMAS in {os.path.basename(__file__)}")
    data = _load(path)
    if not isinstance(data, dict):
        raise ContentError(f"{path}: the file must hold one JSON object")
    context = data.get("context")
    if not isinstance(context, str) or not context.strip():
        raise ContentError(f"{path}: context: the Linguist context is missing (\"context\": \"…\")")
    if not isinstance(data.get("about", ""), str):
        raise ContentError(f"{path}: about: must be a text")
    notes = data.get("notes", {})
    translated = _fields_of(schema, (TEXT, TEXTS))
    if not isinstance(notes, dict):
        raise ContentError(f"{path}: notes: must be an object of field name and note")
    for field, note in notes.items():
        if field not in translated:
            raise ContentError(f"{path}: notes.{field}: no text field is called \"{field}\" "
                               f"(texts: {', '.join(sorted(translated))})")
        if not isinstance(note, str) or not note.strip():
            raise ContentError(f"{path}: notes.{field}: must be a text that is not empty")
    reader = _Reader(path, context, notes)
    reader.object(data, schema, "", COMMON)
    return context, reader.texts


def cpp_string(text):
    """A C++ string literal in UTF-8 that lupdate and the compiler read as the same text."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def cpp_for(files):
    """The generated C++: per file an array of its texts, each marked for lupdate."""
    lines = [
        "// Generated by tools/contenttexts/contenttexts.py from app/core/content: do not edit.",
        "// What lupdate reads for the shipped content; Mapje reads the JSON files themselves and",
        "// translates with QCoreApplication::translate(context, source, disambiguation). Compiled, so",
        "// every text is a valid C++ string.",
        "#include <QtGlobal>",
        "",
        "namespace {",
        "",
        "struct ContentSource {",
        "    const char *source;",
        "    const char *disambiguation;",
        "};",
    ]
    for path, (context, texts) in files:
        name = os.path.splitext(os.path.basename(path))[0]
        lines += ["", f"// {os.path.basename(path)}", f"[[maybe_unused]] const ContentSource {name}[] = {{"]
        for text in texts:
            if text.note:
                lines.append(f"    //: {' '.join(text.note.split())}")
            if text.disambiguation:
                lines.append(f"    QT_TRANSLATE_NOOP3({cpp_string(context)}, {cpp_string(text.source)}, "
                             f"{cpp_string(text.disambiguation)}),")
            else:
                lines.append(f"    {{QT_TRANSLATE_NOOP({cpp_string(context)}, {cpp_string(text.source)}), nullptr}},")
        lines.append("};")
    lines += ["", "} // namespace", ""]
    return "\n".join(lines)


def write_if_changed(path, content):
    """Keeps the file's time when nothing changed, so nothing is rebuilt for nothing."""
    try:
        with open(path, encoding="utf-8") as file:
            if file.read() == content:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(content)


def main(argv=None, err=sys.stderr):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", help="the C++ file to write; without it, only check")
    parser.add_argument("files", nargs="+", help="the data files (app/core/content/*.json)")
    args = parser.parse_args(argv)
    try:
        files = [(path, read_content(path)) for path in args.files]
    except ContentError as problem:
        err.write(f"error: {problem}\n")
        return 1
    if args.out:
        write_if_changed(args.out, cpp_for(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
