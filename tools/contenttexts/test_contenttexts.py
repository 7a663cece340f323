"""Self-test of the content check: the shipped files pass and give what lupdate read before, and
each kind of broken file stops the build with the file, the place and what is wrong."""

import glob
import io
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import contenttexts  # noqa: E402

CONTENT = os.path.join(HERE, "..", "..", "app", "core", "content")

GOOD_GLOSSARY = {
    "context": "Glossary",
    "notes": {"word": "A word people meet in the Dutch social domain."},
    "entries": [
        {"id": "bijstand", "forms": ["bijstand"], "word": "Bijstand",
         "explanation": "Geld van de gemeente.", "meaning": "Je moet werk zoeken.",
         "whereToGo": "Het wijkteam."},
        {"id": "wmo", "forms": ["Wmo"], "word": {"source": "Wmo", "disambiguation": "the law"},
         "explanation": "Een \"wet\" over\\hulp.", "meaning": "Hulp thuis.", "whereToGo": "Het Wmo-loket."},
    ],
}


class ShippedContent(unittest.TestCase):
    def test_every_shipped_file_has_a_schema_and_passes(self):
        files = sorted(glob.glob(os.path.join(CONTENT, "*.json")))
        self.assertIn("glossary.json", [os.path.basename(f) for f in files])
        for path in files:
            context, texts = contenttexts.read_content(path)
            self.assertTrue(context)
            self.assertTrue(texts, path)

    def test_glossary_words_carry_their_note(self):
        _, texts = contenttexts.read_content(os.path.join(CONTENT, "glossary.json"))
        words = [text for text in texts if text.note]
        self.assertEqual(len(words), 60)
        self.assertTrue(all(text.context == "Glossary" for text in texts))


class Broken(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def write(self, data, name="glossary.json"):
        path = os.path.join(self.folder.name, name)
        with open(path, "w", encoding="utf-8") as file:
            file.write(data if isinstance(data, str) else json.dumps(data, indent=4))
        return path

    def problem(self, data, name="glossary.json"):
        path = self.write(data, name)
        err = io.StringIO()
        self.assertEqual(contenttexts.main(["--out", os.path.join(self.folder.name, "out.cpp"), path], err), 1)
        self.assertFalse(os.path.exists(os.path.join(self.folder.name, "out.cpp")), "nothing is written")
        message = err.getvalue()
        self.assertTrue(message.startswith(f"error: {path}"), message)
        return message

    def changed(self, change):
        data = json.loads(json.dumps(GOOD_GLOSSARY))
        change(data)
        return data

    def test_good_file_passes(self):
        path = self.write(GOOD_GLOSSARY)
        self.assertEqual(contenttexts.main(["--out", os.path.join(self.folder.name, "out.cpp"), path], io.StringIO()), 0)

    def test_not_json_says_line_and_column(self):
        message = self.problem('{\n  "context": "Glossary",\n  "entries": [\n}')
        self.assertIn("glossary.json:4:1: not JSON", message)

    def test_missing_field(self):
        message = self.problem(self.changed(lambda d: d["entries"][1].pop("meaning")))
        self.assertIn('entries[1]: the field "meaning" is missing', message)

    def test_unknown_field_such_as_a_typo(self):
        message = self.problem(self.changed(lambda d: d["entries"][0].update(explenation="x")))
        self.assertIn('entries[0]: unknown field "explenation"', message)

    def test_empty_text(self):
        message = self.problem(self.changed(lambda d: d["entries"][0].update(word=" ")))
        self.assertIn("entries[0].word: must be a Dutch text that is not empty", message)

    def test_text_of_the_wrong_type(self):
        message = self.problem(self.changed(lambda d: d["entries"][0].update(forms="bijstand")))
        self.assertIn("entries[0].forms: must be a list of plain words", message)

    def test_empty_list(self):
        message = self.problem(self.changed(lambda d: d.update(entries=[])))
        self.assertIn("entries: must be a list of objects, not empty", message)

    def test_key_used_twice(self):
        message = self.problem(self.changed(lambda d: d["entries"][1].update(id="bijstand")))
        self.assertIn('entries[1].id: "bijstand" is also the id of entries[0]', message)

    def test_field_written_twice(self):
        message = self.problem('{"context": "Glossary", "context": "Glossary", "entries": []}')
        self.assertIn('the field "context" is written twice', message)

    def test_no_context(self):
        message = self.problem(self.changed(lambda d: d.pop("context")))
        self.assertIn("the Linguist context is missing", message)

    def test_note_for_a_field_that_is_no_text(self):
        message = self.problem(self.changed(lambda d: d["notes"].update(id="x")))
        self.assertIn('notes.id: no text field is called "id"', message)

    def test_file_without_schema(self):
        message = self.problem({"context": "X"}, "recipes.json")
        self.assertIn("no schema for this file", message)

    def test_block_of_neither_kind(self):
        rights = {
            "context": "RightsPage", "title": "Je rechten",
            "intro": [{"paragraph": "Tekst.", "list": ["a"]}],
            "rights": [{"key": "a", "heading": "Kop", "body": [{"list": ["a"]}], "law": "Wet: Awb"}],
            "closing": [{"paragraph": "Tekst.", "links": "yes"}],
        }
        message = self.problem(rights, "rights.json")
        self.assertIn("intro[0]: must be {paragraph, links} or {list}", message)
        rights["intro"] = [{"paragraph": "Tekst.", "links": True}]
        message = self.problem(rights, "rights.json")
        self.assertIn("closing[0].links: must be true or false", message)


class Generated(unittest.TestCase):
    def test_what_lupdate_reads(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "glossary.json")
            with open(path, "w", encoding="utf-8") as file:
                json.dump(GOOD_GLOSSARY, file)
            code = contenttexts.cpp_for([(path, contenttexts.read_content(path))])
        self.assertIn('    //: A word people meet in the Dutch social domain.\n'
                      '    {QT_TRANSLATE_NOOP("Glossary", "Bijstand"), nullptr},', code)
        # A disambiguation goes with the text; the escapes keep quotes and backslashes as written.
        self.assertIn('QT_TRANSLATE_NOOP3("Glossary", "Wmo", "the law"),', code)
        self.assertIn(r'"Een \"wet\" over\\hulp."', code)
        self.assertEqual(code.count("//:"), 2)


if __name__ == "__main__":
    unittest.main()
