"""Spelling through hunspell with Debian's Dutch dictionary (hunspell-nl) and a project word list."""

import os
import shutil
import subprocess

DICTIONARY_DIRS = ["/usr/share/hunspell", "/usr/share/myspell/dicts"]


class SpellingUnavailable(Exception):
    pass


def find_dictionary(names=("nl_NL", "nl")):
    for name in names:
        for folder in DICTIONARY_DIRS:
            if os.path.exists(os.path.join(folder, name + ".dic")):
                return os.path.join(folder, name)
    raise SpellingUnavailable("no Dutch hunspell dictionary; install the Debian package hunspell-nl")


def read_word_list(path):
    """Accepted words, one a line; # starts a comment. A word in lower case is accepted in any case
    (it may start a sentence); a word with capitals only as written (DigiD)."""
    words = set()
    with open(path, encoding="utf-8") as file:
        for line in file:
            word = line.split("#", 1)[0].strip()
            if word:
                words.add(word)
    return words


def accepted(word, word_list):
    return word in word_list or word.lower() in word_list


def misspelled(words, word_list, dictionary=None):
    """The words hunspell does not know and the project list does not accept, sorted."""
    if shutil.which("hunspell") is None:
        raise SpellingUnavailable("hunspell not found; install the Debian packages hunspell and hunspell-nl")
    candidates = sorted({word for word in words if not accepted(word, word_list)})
    if not candidates:
        return []
    dictionary = dictionary or find_dictionary()
    result = subprocess.run(
        ["hunspell", "-d", dictionary, "-i", "utf-8", "-l"],
        input="\n".join(candidates) + "\n", capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise SpellingUnavailable("hunspell failed: " + result.stderr.strip())
    unknown = {line.strip() for line in result.stdout.splitlines() if line.strip()}
    # hunspell may split a word at a hyphen; report the word as written.
    return sorted(word for word in candidates if word in unknown or any(part in unknown for part in word.split("-")))
