"""Plain-language rules for Dutch text (docs/principles.md): sentences, words, long words, jargon."""

import html
import re
from dataclasses import dataclass

MAX_SENTENCE_WORDS = 20
# A long word has 13 letters or more. In Dutch these are nearly always compounds
# ("zelfredzaamheid", "inkomensondersteuning"), the words that cost a reader under stress most.
# Letters, not syllables: counting them needs no guessing and every reader can check it.
LONG_WORD_LETTERS = 13

PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"<[^>]+>")
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# A word: letters, with inner apostrophes or hyphens (auto's, zo'n, e-mail), or a leading 's.
WORD = re.compile(r"(?:['’]s\b)|[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A sentence ends at . ! ? or … followed by a space, or at a line break.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def plain(text):
    """The text a reader sees: no tags, entities decoded."""
    return html.unescape(TAG.sub(" ", text))


def sentences(text):
    """The sentences of a text, stripped; an empty text has none."""
    parts = SENTENCE_END.split(plain(text))
    return [part.strip() for part in parts if part.strip() and (words_in(part) or PLACEHOLDER.search(part))]


def words_in(sentence):
    """Words of a sentence for spelling and long words: no placeholders, URLs or numbers."""
    cleaned = URL.sub(" ", PLACEHOLDER.sub(" ", sentence))
    return WORD.findall(cleaned)


def word_count(sentence):
    """Words a reader reads: words plus placeholders (a %1 is a name or a number) and numbers."""
    cleaned = URL.sub(" url ", sentence)
    return len(words_in(cleaned)) + len(PLACEHOLDER.findall(cleaned)) + len(re.findall(r"\b\d+\b", cleaned))


def is_long_word(word):
    return sum(1 for ch in word if ch.isalpha()) >= LONG_WORD_LETTERS


@dataclass
class JargonEntry:
    level: str  # "error" or "warn"
    phrase: str
    advice: str
    pattern: re.Pattern


def _phrase_pattern(phrase):
    # "…" in a phrase stands for up to four words in between: "dient … te" finds "dient u dit te".
    parts = [re.escape(part.strip()).replace(r"\ ", r"\s+") for part in phrase.split("…")]
    gap = r"\s+(?:\S+\s+){0,4}?"
    return re.compile(r"(?<![\w-])" + gap.join(parts) + r"(?![\w-])", re.IGNORECASE)


def read_jargon(path):
    """Reads 'level | word or phrase | say instead' lines; # starts a comment."""
    entries = []
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [part.strip() for part in line.split("|")]
            if len(fields) != 3 or fields[0] not in ("error", "warn"):
                raise ValueError(f"{path}:{number}: expected 'error|warn | phrase | advice'")
            entries.append(JargonEntry(fields[0], fields[1], fields[2], _phrase_pattern(fields[1])))
    return entries


# "welke" as a relative pronoun ("de brief, welke je kreeg") is officialese; as a question word
# ("Welke leefgebieden kies je?") it is fine. After a comma it is nearly always the first.
RELATIVE_WELKE = re.compile(r",\s*welke\b", re.IGNORECASE)


def jargon_in(text, entries):
    """[(level, phrase, advice)] for every jargon entry found in the text."""
    found = []
    flat = plain(text)
    for entry in entries:
        if entry.pattern.search(flat):
            found.append((entry.level, entry.phrase, entry.advice))
    if RELATIVE_WELKE.search(flat):
        found.append(("error", ", welke", "die of dat"))
    return found
