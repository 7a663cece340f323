#!/usr/bin/env python3
"""Mapje's language checks (docs/principles.md: plain Dutch at level B1).

  languagecheck.py check --ts translations/mapje_nl.ts --qml qml
          --glossary app/core/content/glossary.json --content app/core/content/rights.json
      Every Dutch source text: no sentence over 20 words, no officialese (jargon-nl.txt), no
      glossary word without its link (in QML and in the content a page shows), no spelling error
      (hunspell, Dutch, plus words-nl.txt).
      Prints per context (page or class) the sentences, their average length, the longest one
      and the share of long words (13 letters or more).
  languagecheck.py translations translations/*.ts --source translations/mapje_nl.ts
      Every .ts complete (nothing unfinished or empty or missing), placeholders and tags intact.
  languagecheck.py pseudo --ts translations/mapje_nl.ts --out build/mapje_xx.ts
      Writes a pseudo-translation: every text 40 % longer, for the clipping test.

Exit code 1 on any error; warnings are printed but pass.
"""

import argparse
import glob
import os
import sys

import glossary
import pseudo
import spelling
import textrules
import translations
from tsfile import read_ts

HERE = os.path.dirname(os.path.abspath(__file__))


def report_contexts(messages, out):
    """Prints the figures per context and a total line."""
    rows = {}
    for message in messages:
        rows.setdefault(message.context, []).append(message)
    out.write(f"{'context':<22} {'sentences':>9} {'avg words':>9} {'long words':>10}  longest sentence\n")
    totals = [0, 0, 0, 0]  # sentences, words, plain words, long words
    for context in sorted(rows):
        lengths, plain_words, longest = [], [], (0, "")
        for message in rows[context]:
            for sentence in textrules.sentences(message.source):
                count = textrules.word_count(sentence)
                lengths.append(count)
                plain_words += textrules.words_in(sentence)
                longest = max(longest, (count, sentence), key=lambda item: item[0])
        long_words = sum(1 for word in plain_words if textrules.is_long_word(word))
        average = sum(lengths) / len(lengths) if lengths else 0
        share = 100 * long_words / len(plain_words) if plain_words else 0
        out.write(f"{context:<22} {len(lengths):>9} {average:>9.1f} {share:>9.1f}%  "
                  f"{longest[0]}: {longest[1]}\n")
        totals = [totals[0] + len(lengths), totals[1] + sum(lengths), totals[2] + len(plain_words),
                  totals[3] + long_words]
    average = totals[1] / totals[0] if totals[0] else 0
    share = 100 * totals[3] / totals[2] if totals[2] else 0
    out.write(f"{'TOTAL':<22} {totals[0]:>9} {average:>9.1f} {share:>9.1f}%\n")


def check_texts(messages, jargon, word_list, dictionary=None):
    """(errors, warnings) for the Dutch source texts."""
    errors, warnings = [], []
    all_words = {}
    for message in messages:
        where = f"[{message.context}] \"{message.source}\""
        for sentence in textrules.sentences(message.source):
            count = textrules.word_count(sentence)
            if count > textrules.MAX_SENTENCE_WORDS:
                errors.append(f"{where}: sentence of {count} words (max {textrules.MAX_SENTENCE_WORDS}): {sentence}")
            for word in textrules.words_in(sentence):
                all_words.setdefault(word, message)
        for level, phrase, advice in textrules.jargon_in(message.source, jargon):
            (errors if level == "error" else warnings).append(f"{where}: '{phrase}' is officialese; say: {advice}")
    try:
        for word in spelling.misspelled(all_words, word_list, dictionary):
            message = all_words[word]
            errors.append(f"[{message.context}] \"{message.source}\": spelling: '{word}' "
                          "(fix it, or add an accepted term to words-nl.txt)")
    except spelling.SpellingUnavailable as problem:
        errors.append(f"spelling: {problem}")
    return errors, warnings


def check_glossary(glossary_path, qml_dir, allow_path, require, content_files=()):
    errors, warnings = [], []
    if not os.path.exists(glossary_path):
        (errors if require else warnings).append(f"glossary not found: {glossary_path}")
        return errors, warnings
    try:
        terms = glossary.read_glossary_terms(glossary_path)
    except glossary.ContentError as problem:
        errors.append(f"glossary: {problem}")
        return errors, warnings
    if not terms:
        errors.append(f"{glossary_path}: no glossary words found (each entry has \"forms\" and a \"word\")")
        return errors, warnings
    qml_files = sorted(glob.glob(os.path.join(qml_dir, "**", "*.qml"), recursive=True))
    allowed = glossary.read_allow_list(allow_path)
    for text, term in glossary.unlinked(qml_files, terms, allowed):
        errors.append(f"{os.path.relpath(text.file)}:{text.line}: '{term}' is a glossary word, but "
                      f"{text.element or 'this element'} does not link it (use MapjeRichLabel, or add "
                      f"the text to {os.path.basename(allow_path)} with a reason): \"{text.text}\"")
    try:
        for text, term in glossary.unlinked_content(content_files, terms, allowed):
            errors.append(f"{os.path.relpath(text.file)}: {text.where}: '{term}' is a glossary word, but "
                          f"the page does not link it (make it a paragraph with \"links\": true, or add "
                          f"the text to {os.path.basename(allow_path)} with a reason): \"{text.text}\"")
    except glossary.ContentError as problem:
        errors.append(f"content: {problem}")
    return errors, warnings


def finish(errors, warnings, out):
    for warning in warnings:
        out.write(f"warning: {warning}\n")
    for error in errors:
        out.write(f"error: {error}\n")
    out.write(f"{len(errors)} errors, {len(warnings)} warnings\n")
    return 1 if errors else 0


def main(argv=None, out=sys.stdout):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check")
    check.add_argument("--ts", required=True, help="the source-language .ts (mapje_nl.ts)")
    check.add_argument("--qml", help="folder with the QML files, for the glossary rule")
    check.add_argument("--glossary", help="app/core/content/glossary.json")
    check.add_argument("--content", nargs="*", default=[],
                       help="content files a page shows (app/core/content/rights.json): a text that is "
                            "no paragraph with \"links\": true may hold no glossary word")
    check.add_argument("--require-glossary", action="store_true", help="a missing glossary is an error")
    check.add_argument("--jargon", default=os.path.join(HERE, "jargon-nl.txt"))
    check.add_argument("--words", default=os.path.join(HERE, "words-nl.txt"))
    check.add_argument("--allow", default=os.path.join(HERE, "glossary-allow.txt"))
    check.add_argument("--dictionary", help="hunspell dictionary (default: nl_NL, else nl)")
    complete = commands.add_parser("translations")
    complete.add_argument("files", nargs="+")
    complete.add_argument("--source", required=True, help="the source-language .ts (mapje_nl.ts)")
    make_pseudo = commands.add_parser("pseudo")
    make_pseudo.add_argument("--ts", required=True)
    make_pseudo.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    if args.command == "pseudo":
        pseudo.write_pseudo_ts(args.ts, args.out)
        return 0
    if args.command == "translations":
        # Patterns are expanded here, so a .ts added after the build is checked too.
        files = sorted({path for pattern in args.files for path in (glob.glob(pattern) or [pattern])})
        problems = translations.check_files(args.source, files)
        out.write(f"checked {len(files)} .ts files: {', '.join(os.path.basename(f) for f in files)}\n")
        return finish(problems, [], out)

    _, messages = read_ts(args.ts)
    report_contexts(messages, out)
    errors, warnings = check_texts(messages, textrules.read_jargon(args.jargon),
                                   spelling.read_word_list(args.words), args.dictionary)
    if args.glossary and args.qml:
        more_errors, more_warnings = check_glossary(args.glossary, args.qml, args.allow, args.require_glossary,
                                                    args.content)
        errors += more_errors
        warnings += more_warnings
    return finish(errors, warnings, out)


if __name__ == "__main__":
    sys.exit(main())
