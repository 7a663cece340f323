"""Self-test of the language checks: each rule catches what it should, a good B1 text passes."""

import io
import os
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import glossary  # noqa: E402
import languagecheck  # noqa: E402
import pseudo  # noqa: E402
import textrules  # noqa: E402
import translations  # noqa: E402
from tsfile import read_ts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def ts_file(folder, name, messages, language="nl_NL"):
    """Writes a small .ts; messages are (context, source, translation or [forms] or None)."""
    body = []
    for context, source, translation in messages:
        body.append(f"<context><name>{context}</name>")
        if isinstance(translation, list):
            forms = "".join(f"<numerusform>{form}</numerusform>" for form in translation)
            body.append(f'<message numerus="yes"><source>{source}</source><translation>{forms}</translation></message>')
        elif translation is None:
            body.append(f'<message><source>{source}</source><translation type="unfinished"></translation></message>')
        else:
            body.append(f"<message><source>{source}</source><translation>{translation}</translation></message>")
        body.append("</context>")
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as file:
        file.write(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}" '
                   f'sourcelanguage="nl_NL">{"".join(body)}</TS>')
    return path


class CheckTexts(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def run_check(self, source, context="TestPage"):
        path = ts_file(self.folder.name, "mapje_nl.ts", [(context, source, source)])
        out = io.StringIO()
        code = languagecheck.main(["check", "--ts", path], out)
        return code, out.getvalue()

    def test_good_b1_text_passes(self):
        code, out = self.run_check("Jij kiest wat belangrijk is. Je doet het in je eigen tempo.")
        self.assertEqual(code, 0, out)
        self.assertIn("0 errors", out)
        self.assertIn("TestPage", out)

    def test_sentence_over_twenty_words_fails(self):
        long = ("Als je morgen naar de gemeente gaat voor je gesprek met de klantmanager neem dan je "
                "brieven en je vragen en je agenda mee.")
        code, out = self.run_check(long)
        self.assertEqual(code, 1, out)
        self.assertIn("sentence of 24 words", out)

    def test_twenty_words_pass(self):
        twenty = " ".join(["Je"] + ["kiest"] * 18 + ["zelf."])
        self.assertEqual(textrules.word_count(twenty), 20)
        code, out = self.run_check(twenty)
        self.assertNotIn("sentence of", out)

    def test_jargon_fails(self):
        for text, phrase in [("Indien je vragen hebt, bel ons.", "indien"),
                             ("Je dient het formulier op tijd te sturen.", "dient … te"),
                             ("Dit is in het kader van je uitkering.", "in het kader van"),
                             ("Lees de brief, welke je kreeg.", ", welke")]:
            code, out = self.run_check(text)
            self.assertEqual(code, 1, out)
            self.assertIn(f"'{phrase}' is officialese", out)

    def test_jargon_is_whole_words(self):
        entries = textrules.read_jargon(os.path.join(HERE, "jargon-nl.txt"))
        self.assertGreaterEqual(len(entries), 40)
        self.assertEqual(textrules.jargon_in("Je bent al klaar. Welke kies je?", entries), [])
        self.assertEqual(textrules.jargon_in("De uren en het UWV.", entries), [])

    def test_borderline_word_only_warns(self):
        code, out = self.run_check("Je kunt echter later kiezen.")
        self.assertEqual(code, 0, out)
        self.assertIn("warning:", out)

    def test_misspelling_fails(self):
        code, out = self.run_check("Je kiest wat belangrijjk is.")
        self.assertEqual(code, 1, out)
        self.assertIn("spelling: 'belangrijjk'", out)

    def test_placeholders_tags_and_urls_are_not_spelled(self):
        code, out = self.run_check('Kijk op <a href="https://www.example.nl">www.example.nl</a> voor %1.')
        self.assertEqual(code, 0, out)

    def test_project_words_are_accepted(self):
        code, out = self.run_check("Je WIA-uitkering staat in Mapje.")
        self.assertEqual(code, 0, out)


class CheckTranslations(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        self.source = ts_file(self.folder.name, "mapje_nl.ts", [
            ("Page", "Welkom, %1", "Welkom, %1"),
            ("Page", "Nog %n minuten", ["Nog %n minuut", "Nog %n minuten"]),
        ])

    def problems(self, messages):
        path = ts_file(self.folder.name, "mapje_en.ts", messages, "en_GB")
        return translations.check_files(self.source, [self.source, path])

    def test_complete_file_passes(self):
        self.assertEqual(self.problems([("Page", "Welkom, %1", "Welcome, %1"),
                                        ("Page", "Nog %n minuten", ["%n minute left", "%n minutes left"])]), [])

    def test_broken_placeholder_fails(self):
        problems = self.problems([("Page", "Welkom, %1", "Welcome, %2"),
                                  ("Page", "Nog %n minuten", ["One minute left", "%n minutes left"])])
        self.assertTrue(any("%1 missing" in p for p in problems), problems)
        self.assertTrue(any("%2 not in the source" in p for p in problems), problems)
        self.assertTrue(any("%n missing in \"One minute left\"" in p for p in problems), problems)

    def test_unfinished_and_missing_fail(self):
        problems = self.problems([("Page", "Welkom, %1", None)])
        self.assertTrue(any("unfinished" in p for p in problems), problems)
        self.assertTrue(any("Nog %n minuten" in p and "missing" in p for p in problems), problems)

    def test_command_exit_code(self):
        path = ts_file(self.folder.name, "mapje_en.ts", [("Page", "Welkom, %1", "Welcome")], "en_GB")
        out = io.StringIO()
        self.assertEqual(languagecheck.main(["translations", path, "--source", self.source], out), 1)


class CheckGlossary(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        self.glossary = os.path.join(self.folder.name, "glossary.json")
        with open(self.glossary, "w", encoding="utf-8") as file:
            file.write(textwrap.dedent('''\
                {
                    "context": "Glossary",
                    "notes": {"word": "A word people meet in the Dutch social domain."},
                    "entries": [
                        {
                            "id": "bijstand",
                            "forms": ["bijstand", "bijstandsuitkering"],
                            "word": "Bijstand",
                            "explanation": "Geld van de gemeente om van te leven.",
                            "whereToGo": "Het wijkteam."
                        }
                    ]
                }'''))
        self.qml = os.path.join(self.folder.name, "Page.qml")
        with open(self.qml, "w", encoding="utf-8") as file:
            file.write(textwrap.dedent('''\
                import QtQuick
                MapjePage {
                    // qsTr("bijstand in a comment is not shown")
                    MapjeLabel { text: qsTr("Je krijgt bijstand.") }
                    MapjeRichLabel { text: qsTr("Je bijstandsuitkering komt op de 1e.") }
                    MapjeLabel {
                        text: Glossary.linkify(qsTr("Vraag bijstand aan."))
                    }
                    MapjeButton { text: qsTr("Geen moeilijk woord") }
                }'''))

    def test_terms_not_explanations(self):
        self.assertEqual(glossary.read_glossary_terms(self.glossary), ["Bijstand", "bijstand", "bijstandsuitkering"])

    def test_unlinked_word_is_found(self):
        problems = glossary.unlinked([self.qml], glossary.read_glossary_terms(self.glossary), {})
        self.assertEqual([(p.text, p.element, term) for p, term in problems],
                         [("Je krijgt bijstand.", "MapjeLabel", "bijstand")])

    def test_allow_list_with_reason(self):
        allowed = {"Je krijgt bijstand.": "a test"}
        self.assertEqual(glossary.unlinked([self.qml], glossary.read_glossary_terms(self.glossary), allowed), [])

    def test_missing_glossary_is_an_error_when_required(self):
        errors, warnings = languagecheck.check_glossary("/nonexistent/glossary.json", self.folder.name, "", True)
        self.assertIn("glossary not found", errors[0])

    def test_broken_glossary_is_an_error_that_says_where(self):
        with open(self.glossary, "w", encoding="utf-8") as file:
            file.write('{"context": "Glossary", "entries": [\n  {"id": "bijstand",}\n]}')
        errors, warnings = languagecheck.check_glossary(self.glossary, self.folder.name, "", True)
        self.assertEqual(len(errors), 1)
        self.assertIn("glossary.json:2:", errors[0])
        self.assertIn("not JSON", errors[0])

    def rights(self):
        path = os.path.join(self.folder.name, "rights.json")
        with open(path, "w", encoding="utf-8") as file:
            file.write(textwrap.dedent('''\
                {
                    "context": "RightsPage",
                    "notes": {"law": "The law that gives this right."},
                    "title": "Je rechten",
                    "intro": [{"paragraph": "Over bijstand mag je vragen stellen.", "links": true}],
                    "rights": [
                        {
                            "key": "help",
                            "heading": "Je mag om bijstand vragen",
                            "body": [
                                {"paragraph": "Dat kan bij de gemeente.", "links": false},
                                {"list": ["je naam", "je bijstandsuitkering"]}
                            ],
                            "law": {"source": "Wet: bijstand, artikel 1", "note": "Keep the number."}
                        }
                    ],
                    "closing": [{"paragraph": "Vraag bijstand op tijd aan.", "links": false}]
                }'''))
        return path

    def test_content_text_shown_without_links_is_found(self):
        found = glossary.unlinked_content([self.rights()], glossary.read_glossary_terms(self.glossary), {})
        self.assertEqual([(text.where, text.text, term) for text, term in found], [
            ("rights[0].heading", "Je mag om bijstand vragen", "bijstand"),
            ("rights[0].body[1].list[1]", "je bijstandsuitkering", "bijstandsuitkering"),
            ("rights[0].law", "Wet: bijstand, artikel 1", "bijstand"),
            ("closing[0].paragraph", "Vraag bijstand op tijd aan.", "bijstand"),
        ])

    def test_content_errors_name_the_place_and_allow_list_applies(self):
        allowed = {"Je mag om bijstand vragen": "a test", "je bijstandsuitkering": "a test",
                   "Vraag bijstand op tijd aan.": "a test"}
        allow = os.path.join(self.folder.name, "allow.txt")
        with open(allow, "w", encoding="utf-8") as file:
            file.writelines(f"{text} | {reason}\n" for text, reason in allowed.items())
        errors, _ = languagecheck.check_glossary(self.glossary, self.folder.name, allow, True, [self.rights()])
        self.assertEqual(len(errors), 2, errors)  # Page.qml's "Je krijgt bijstand." and the law
        self.assertIn("rights.json: rights[0].law: 'bijstand' is a glossary word", errors[1])


class Pseudo(unittest.TestCase):
    def test_forty_percent_longer_and_intact(self):
        for text in ["Welkom bij Mapje", "Plaats %1: %2", 'Lees <a href="x">dit</a> eerst.', "Nog %n minuten"]:
            result = pseudo.pseudo(text)
            shown = lambda s: len(textrules.TAG.sub("", s))  # noqa: E731
            self.assertGreaterEqual(shown(result), 1.4 * shown(text), result)
            self.assertEqual(translations.placeholders(result), translations.placeholders(text))
            self.assertEqual(translations.tags(result), translations.tags(text))

    def test_pseudo_ts_keeps_plural_forms(self):
        with tempfile.TemporaryDirectory() as folder:
            source = ts_file(folder, "mapje_nl.ts", [("Page", "Nog %n minuten", ["Nog %n minuut", "Nog %n minuten"])])
            output = os.path.join(folder, "mapje_xx.ts")
            pseudo.write_pseudo_ts(source, output)
            _, messages = read_ts(output)
            self.assertEqual(len(messages[0].translations), 2)
            self.assertEqual(translations.check_files(source, [output]), [])


if __name__ == "__main__":
    unittest.main()
