"""Reads Qt Linguist .ts files: one Message per <message>, with its context (page or class)."""

from dataclasses import dataclass, field
import xml.etree.ElementTree as ElementTree


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    # One text, or one per plural form for a numerus message.
    translations: list = field(default_factory=list)
    # "unfinished", "vanished", "obsolete" or "" (finished).
    translation_type: str = ""


def read_ts(path):
    """Returns (language, [Message]) for a .ts file."""
    root = ElementTree.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for element in context.iter("message"):
            translation = element.find("translation")
            forms = []
            kind = ""
            if translation is not None:
                kind = translation.get("type", "")
                numerus_forms = translation.findall("numerusform")
                if numerus_forms:
                    forms = [form.text or "" for form in numerus_forms]
                else:
                    forms = [translation.text or ""]
            messages.append(Message(
                context=name,
                source=element.findtext("source", default=""),
                comment=element.findtext("comment", default=""),
                numerus=element.get("numerus") == "yes",
                translations=forms,
                translation_type=kind,
            ))
    return root.get("language", ""), messages
