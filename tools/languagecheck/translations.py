"""Every .ts file complete, and placeholders and tags intact in every translation."""

import collections
import re

from tsfile import read_ts

PLACEHOLDER = re.compile(r"%L?(\d+)|%(n)")
TAG_NAME = re.compile(r"<\s*(/?\s*[A-Za-z][\w-]*)")


def placeholders(text):
    return collections.Counter((digits or n) for digits, n in PLACEHOLDER.findall(text))


def tags(text):
    return collections.Counter(name.replace(" ", "").lower() for name in TAG_NAME.findall(text))


def check_message(message, language):
    """Problems with one translated message, as sentences."""
    problems = []
    where = f"[{message.context}] \"{message.source}\""
    if message.translation_type == "unfinished":
        problems.append(f"{where}: unfinished")
    if message.translation_type in ("vanished", "obsolete"):
        problems.append(f"{where}: {message.translation_type} (run the update_translations target)")
    if not message.translations or any(not form.strip() for form in message.translations):
        if not problems:
            problems.append(f"{where}: empty translation")
        return problems
    wanted = set(placeholders(message.source))
    wanted_tags = tags(message.source)
    for form in message.translations:
        have = set(placeholders(form))
        if wanted - have:
            missing = ", ".join("%" + p for p in sorted(wanted - have))
            problems.append(f"{where}: {missing} missing in \"{form}\"")
        if have - wanted:
            extra = ", ".join("%" + p for p in sorted(have - wanted))
            problems.append(f"{where}: {extra} not in the source, in \"{form}\"")
        if tags(form) != wanted_tags:
            problems.append(f"{where}: tags differ from the source in \"{form}\"")
    return problems


def check_files(source_ts, ts_files):
    """Problems in every .ts file; each must hold every message of the source-language file."""
    _, source_messages = read_ts(source_ts)
    expected = {(m.context, m.source) for m in source_messages}
    problems = []
    for path in ts_files:
        language, messages = read_ts(path)
        found = {(m.context, m.source) for m in messages}
        for context, source in sorted(expected - found):
            problems.append(f"{path}: [{context}] \"{source}\": missing (run the update_translations target)")
        for message in messages:
            problems.extend(f"{path}: {problem}" for problem in check_message(message, language))
    return problems
