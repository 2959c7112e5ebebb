"""`reader vocab ...`: the learner's saved words from the command line.

    reader vocab add DOC --word WORD      save a word with its first sentence in that article
    reader vocab list                     the saved words (status, gloss, due)
    reader vocab export --format apkg|csv -o FILE
    reader vocab import FILE.csv          a word list (word, gloss)
    reader vocab status WORD known        set a word's status (new, learning1-4, known, ignored)

Loads no Qt. Saving looks the word up with the morphological analyser (about a second the
first time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .core.errors import ReaderError


def add_parser(sub, add_db) -> None:
    p = sub.add_parser("vocab", help="saved words: add, list, export (Anki, CSV), import")
    vsub = p.add_subparsers(dest="vocab_command", metavar="ACTION", required=True)

    a = vsub.add_parser("add", help="save a word with its first sentence in an article")
    a.add_argument("doc", metavar="DOC", help="an article in the library (id, id prefix or title) or a file")
    a.add_argument("--word", required=True, help="the word (diacritics, letter variants and clitics ignored)")
    a.add_argument("--gloss", default="", help="your own gloss (default: the glossary's)")
    add_db(a)

    a = vsub.add_parser("list", help="list the saved words")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.add_argument("--due", action="store_true", help="only words due for review")
    add_db(a)

    a = vsub.add_parser("export", help="export the saved words as an Anki deck or CSV")
    a.add_argument("--format", choices=("apkg", "csv"), required=True)
    a.add_argument("-o", "--output", metavar="FILE", help="the file (required for apkg)")
    add_db(a)

    a = vsub.add_parser("import", help="import a CSV word list (columns word, gloss)")
    a.add_argument("file", metavar="FILE.csv")
    add_db(a)

    a = vsub.add_parser("status", help="set the status of a word and all its forms")
    a.add_argument("word")
    a.add_argument("status", choices=("new", "learning1", "learning2", "learning3", "learning4",
                                      "known", "ignored"))
    add_db(a)


def run(args, open_store) -> int:
    handler = {"add": _add, "list": _list, "export": _export, "import": _import,
               "status": _status}[args.vocab_command]
    with open_store(args) as store:
        return handler(args, store)


def _document(args, store):
    if Path(args.doc).is_file():
        from .core.importers import import_file

        return store.import_document(import_file(args.doc)).document
    return store.resolve(args.doc)


def _analysis(word: str):
    from .core.vocab.morphology import default_morphology

    return default_morphology().analyse(word)


def _add(args, store) -> int:
    from .core.vocab import library
    from .core.vocab.saving import locate, make_saved_word

    doc = _document(args, store)
    found = locate(doc.text, args.word)
    if found is None:
        raise ReaderError(f"the word {args.word!r} does not occur in '{doc.title}'; check it "
                          "with `reader show`")
    start, end, entry = found
    analysis = _analysis(doc.text[start:end]) if entry is None or entry.words == 1 else None
    word = make_saved_word(doc, start, end, analysis, entry, gloss=args.gloss)
    existing = library.saved_for_key(store, word.lemma_key)
    if existing is not None:
        print(f"already saved: {existing.word}  ({existing.gloss or '-'})")
        return 0
    library.put_saved(store, word)
    print(f"saved {word.word}  lemma {word.lemma}  root {word.root or '-'}  "
          f"{word.gloss or '(no gloss)'}\n  {word.sentence}")
    return 0


def _list(args, store) -> int:
    from .core.vocab import library

    words = library.due_words(store) if args.due else library.saved_words(store)
    statuses = library.statuses(store, [w.lemma_key for w in words])
    if args.json:
        rows = [dict(w.to_dict(), status=statuses.get(w.lemma_key, "new")) for w in words]
        for row in rows:
            row.pop("card", None)
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not words:
        print("No saved words yet; save one with `reader vocab add DOC --word WORD`."
              if not args.due else "Nothing is due for review.")
    for w in words:
        print(f"{w.word:16}  {statuses.get(w.lemma_key, 'new'):9}  due {w.due[:16]}  "
              f"{w.gloss or '-'}  [{w.doc_title or '-'}]")
    return 0


def _export(args, store) -> int:
    from .core.vocab import library

    words = library.saved_words(store)
    if args.format == "apkg":
        if not args.output:
            raise ReaderError("an Anki deck needs a file: add -o WORDS.apkg")
        from .core.vocab.anki import write_apkg

        n = write_apkg(words, args.output)
        print(f"wrote {n} words to {args.output}", file=sys.stderr)
        return 0
    from .core.vocab.csv_io import export_csv

    data = export_csv(words, library.statuses(store, [w.lemma_key for w in words]))
    if args.output:
        try:
            Path(args.output).write_text(data, encoding="utf-8", newline="")
        except OSError as exc:
            raise ReaderError(f"cannot write the export ({exc.strerror})", args.output) from exc
        print(f"wrote {len(words)} words to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(data.lstrip("\ufeff"))
    return 0


def _import(args, store) -> int:
    from .core.vocab.importing import import_word_list

    added, skipped = import_word_list(store, args.file, _analysis)
    print(f"{args.file}: {len(added)} words added, {skipped} already saved")
    return 0


def _status(args, store) -> int:
    from .core.vocab import library

    a = _analysis(args.word)
    before = library.set_statuses(store, {a.key: (a.lemma, args.status)})
    print(f"{a.lemma}: {before[a.key]} -> {args.status}")
    return 0
