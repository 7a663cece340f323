"""Pseudo-localisation: every Dutch source made 40 % longer, placeholders and tags kept, so a test can
see which texts would be cut off in a longer language."""

import math
import re
from xml.sax.saxutils import escape

from tsfile import read_ts

GROWTH = 0.4
KEEP = re.compile(r"(<[^>]+>|&\w+;|%L?\d+|%n|\s+)")
VOWELS = "aeiouAEIOU"


def lengthen_word(word, extra):
    """The word with `extra` more letters: its vowels doubled in turn, or '~' where it has none."""
    if extra <= 0:
        return word
    vowels = [i for i, ch in enumerate(word) if ch in VOWELS]
    if not vowels:
        return word + "~" * extra
    counts = [extra // len(vowels) + (1 if k < extra % len(vowels) else 0) for k in range(len(vowels))]
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if i in vowels:
            out.append(ch.lower() * counts[vowels.index(i)])
    return "".join(out)


def pseudo(text):
    """The text at least 40 % longer in what a reader sees; tags, entities and %1/%n untouched."""
    pieces = KEEP.split(text)
    # Everything but tags counts: spaces, and placeholders (filled in with a name or a number).
    visible = sum(len(p) for p in pieces if p and not p.startswith("<"))
    words = [i for i, p in enumerate(pieces) if p and not KEEP.fullmatch(p)]
    if not words:
        return text
    needed = math.ceil(visible * GROWTH)
    letters = sum(len(pieces[i]) for i in words)
    given = 0
    for n, i in enumerate(words):
        share = needed - given if n == len(words) - 1 else math.ceil(needed * len(pieces[i]) / letters)
        share = max(0, min(share, needed - given))
        pieces[i] = lengthen_word(pieces[i], share)
        given += share
    return "".join(pieces)


def write_pseudo_ts(source_ts, output):
    """A .ts with the source's messages, each translated by pseudo(); plural forms kept."""
    language, messages = read_ts(source_ts)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="{language}">']
    by_context = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context, items in by_context.items():
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in items:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            forms = message.translations if any(f.strip() for f in message.translations) else [message.source]
            if message.numerus:
                lines.append("        <translation>")
                lines += [f"            <numerusform>{escape(pseudo(form))}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation>{escape(pseudo(forms[0]))}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    with open(output, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
