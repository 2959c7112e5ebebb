"""The `reader` command: the GUI with no command, and headless commands on the core.

    reader [FILE ...]                         open the reader window (the sample if none)
    reader import FILE ...                    add articles to the library
    reader list                               the library
    reader search QUERY                       search articles and notes
    reader show DOC                           print an article
    reader annotate DOC --quote TEXT          highlight a passage (with --note, --color)
    reader export DOC --format jsonld|csv|md  export an article's annotations
                  --format xliff|xliff2|tmx|tbx|docx|html   or its translation
    reader import-annotations FILE            merge Web Annotations (JSON-LD)
    reader import-translations FILE           XLIFF, TMX, TBX or terms CSV
    reader analyze FILE --json                entities, claims and noise as JSON
    reader screenshot FILE OUT.png            render the window to a picture
    reader vocab add|list|export|import|status   saved words (reader/cli_vocab.py)
    reader desk init|join|sync|status ...     share work through a PostgreSQL desk

Importing this module loads no Qt; only the GUI commands do. Errors the user can fix are
printed on one line ("reader: <file>: <problem>") with exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .cli_checks import (
    check_text_arguments,
    check_window_arguments,
    refuse_library_input,
    refuse_library_output,
    screenshot_size,
)
from .core.colors import DEFAULT_COLOR, HIGHLIGHT_COLORS
from .core.display import display_name
from .core.errors import ReaderError
from .cli_translate import TRANSLATION_FORMATS
from .terminal import count, discard_output, error, flush_out, write_json_out, write_out

COMMANDS = (
    "import", "list", "search", "show", "annotate", "export", "import-annotations",
    "import-translations", "analyze", "report", "screenshot", "vocab", "desk",
)
EXIT_USER_ERROR = 1


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="library database to use (default: $READER_DB, "
                   "else the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="An offline reader for Arabic news. With no command, opens the reader window.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="add articles to the library (.txt .html .md .docx .epub)")
    p.add_argument("files", nargs="+", metavar="FILE")
    _add_db(p)

    p = sub.add_parser("list", help="list the articles in the library")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)

    p = sub.add_parser("search", help="search articles and notes (ignores diacritics and clitics)")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20, help="most results to show (1-1000)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_db(p)

    p = sub.add_parser("show", help="print an article (id, id prefix or title)")
    p.add_argument("doc", metavar="DOC")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--visual", dest="order", action="store_const", const="visual",
                       help="reshape Arabic and print in visual order (default on a terminal)")
    order.add_argument("--logical", dest="order", action="store_const", const="logical",
                       help="print in logical order (default when piped)")
    p.add_argument("--annotations", action="store_true", help="also list the annotations")
    _add_db(p)

    p = sub.add_parser("annotate", help="highlight a passage of an article, found by its text")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--quote", required=True, help="the passage (diacritics and letter variants ignored)")
    p.add_argument("--occurrence", type=int, default=0, help="which match, when the quote occurs more than once (1, 2, ...)")
    p.add_argument("--note", default="")
    p.add_argument("--color", default=DEFAULT_COLOR, choices=HIGHLIGHT_COLORS)
    p.add_argument("--tag", action="append", default=[], dest="tags")
    p.add_argument("--author", default="")
    _add_db(p)

    p = sub.add_parser("export", help="export an article's annotations or its translation")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--format", choices=("jsonld", "csv", "md", *TRANSLATION_FORMATS),
                   default="jsonld", help="annotations: jsonld (with claim reviews and the "
                   "translation), csv, md; translation: xliff (1.2), xliff2 (2.0), tmx, tbx "
                   "(the article's terms), docx and html (bilingual tables)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--include-deleted", action="store_true", help="include tombstones (for syncing)")
    _add_db(p)

    p = sub.add_parser("import-annotations", help="merge W3C Web Annotations (JSON-LD) into the library")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--doc", metavar="DOC", help="put every annotation on this article")
    _add_db(p)

    p = sub.add_parser("import-translations",
                       help="import a translation (XLIFF), memory (TMX) or terms (TBX, CSV)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--doc", metavar="DOC", help="the article an XLIFF file translates "
                   "(default: the one the file names)")
    _add_db(p)

    p = sub.add_parser("analyze", help="analyse a file: entities, claims, noise")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the JSON contract (the default)")
    _add_db(p)

    p = sub.add_parser("report", help="write an article's attribution report (sourcing scorecard and claims)")
    p.add_argument("doc", metavar="DOC", help="an article in the library (id, id prefix or title) or a file")
    p.add_argument("--format", choices=("html", "md", "pdf"), default="html")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here (default: standard output for html and md; pdf needs a file)")
    _add_db(p)

    p = sub.add_parser("screenshot", help="render the reader window with FILE open to a PNG")
    p.add_argument("file", metavar="FILE")
    p.add_argument("out", metavar="OUT.png")
    p.add_argument("--size", default="1400x900", metavar="WxH")
    p.add_argument("--lang", choices=("en", "ar"))
    p.add_argument("--no-highlights", action="store_true", help="do not add demo highlights")
    p.add_argument("--tab", choices=("annotations", "entities", "sources", "claims"),
                   help="the sidebar tab to show")
    _add_db(p)

    from .cli_vocab import add_parser as add_vocab_parser

    add_vocab_parser(sub, _add_db)
    from .cli_desk import add_parser as add_desk_parser

    add_desk_parser(sub, _add_db)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reader", add_help=False)
    p.add_argument("files", nargs="*")
    p.add_argument("--db")
    p.add_argument("--lang", choices=("en", "ar"))
    return p


def _open_store(args):
    from .core.store import Store

    return Store.open(getattr(args, "db", None))


def cmd_import(args) -> int:
    from .core.importers import import_file
    from .terminal import Progress

    failures = 0
    with _open_store(args) as store:
        progress = Progress(len(args.files), "Importing") if len(args.files) > 1 else None
        for name in args.files:
            try:
                refuse_library_input(name, args.db)
                result = store.import_document(import_file(name))
            except ReaderError as exc:
                failures += 1
                error(f"reader: {exc}")
            else:
                doc = result.document
                line = f"{result.status:9} {doc.id[:8]}  {doc.title}"
                if result.reanchor is not None:
                    r = result.reanchor
                    line += f"  (annotations: {r.kept} kept, {r.moved} moved, {r.orphaned} orphaned)"
                if result.segments is not None:
                    line += f"  (translation: {result.segments.line()})"
                write_out(line + "\n")
            if progress:
                progress.step(Path(name).name)
        if progress:
            progress.finish()
    return EXIT_USER_ERROR if failures else 0


def cmd_list(args) -> int:
    with _open_store(args) as store:
        entries = store.library()
    if args.json:
        write_out(json.dumps([e.__dict__ for e in entries], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not entries:
        write_out("The library is empty; add articles with `reader import FILE`.\n")
    for e in entries:
        words = count(e.words, "word").rjust(12)
        notes = count(e.annotations, "note").ljust(9)
        write_out(f"{e.id[:8]}  {e.date or '-':10}  {e.outlet or '-':20}  {words}  {notes}  "
                  f"{e.title}\n")
    return 0


def cmd_search(args) -> int:
    from .core.store.search import MAX_RESULTS

    if args.limit < 1:
        raise ReaderError(f"--limit must be a number of results from 1 to {MAX_RESULTS}")
    query = " ".join(args.query)
    with _open_store(args) as store:
        hits = store.search(query, limit=min(args.limit, MAX_RESULTS))
    if args.json:
        write_out(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not hits:
        write_out(f"No article or note matches {query!r}.\n")
    for h in hits:
        where = "note" if h.kind == "note" else f"@{h.start}"
        write_out(f"{h.doc_id[:8]}  {where:7}  {h.title}\n          {h.snippet}\n")
    return 0


def cmd_show(args) -> int:
    from .terminal import render, wants_visual

    with _open_store(args) as store:
        doc = store.resolve(args.doc)
        notes = store.annotations(doc.id) if args.annotations else []
    visual = wants_visual(sys.stdout, args.order)
    header = [doc.title]
    meta = " · ".join(x for x in (doc.outlet, doc.date, doc.author) if x)
    if meta:
        header.append(meta)
    out = "\n".join(header) + "\n" + "=" * 40 + "\n" + doc.text
    if notes:
        out += "\n" + "=" * 40 + "\n" + "\n".join(
            f"[{a.color}] {a.quote}" + (f" — {a.note}" if a.note else "") for a in notes
        )
    write_out(render(out, visual) + "\n")
    return 0


def cmd_annotate(args) -> int:
    from .core.text import variant_pattern

    with _open_store(args) as store:
        doc = store.resolve(args.doc)
        start = doc.text.find(args.quote) if args.quote else -1
        matches = []
        if start >= 0:
            pos = start
            while pos >= 0:
                matches.append((pos, pos + len(args.quote)))
                pos = doc.text.find(args.quote, pos + 1)
        else:
            try:
                pattern = variant_pattern(args.quote, clitics=False)
            except ValueError:
                raise ReaderError("the quote is empty; give the words to highlight") from None
            matches = [(m.start(), m.end()) for m in pattern.finditer(doc.text)]
        if not matches:
            raise ReaderError(f"the quote does not occur in '{doc.title}'; check the words with `reader show`")
        if len(matches) > 1 and not args.occurrence:
            raise ReaderError(f"the quote occurs {len(matches)} times; choose one with --occurrence 1..{len(matches)}")
        if args.occurrence and not 1 <= args.occurrence <= len(matches):
            raise ReaderError(f"--occurrence must be between 1 and {len(matches)}")
        s, e = matches[(args.occurrence or 1) - 1]
        a = store.add_annotation(doc.id, s, e, color=args.color, note=args.note,
                                 tags=tuple(args.tags), author=args.author)
    write_out(f"saved {a.uuid}  {s}-{e}  {a.quote}\n")
    return 0


def cmd_export(args) -> int:
    from .core.exports import export

    refuse_library_output(args.output, args.db)
    if args.format in TRANSLATION_FORMATS:
        return _export_translation(args)
    with _open_store(args) as store:
        doc = store.resolve(args.doc)
        items = store.annotations(doc.id, include_deleted=args.include_deleted)
        records = []
        if args.format == "jsonld":
            from .core.exports.webannotation_records import record_items

            records = record_items(store, doc, include_deleted=args.include_deleted)
    data = export(doc, items, args.format, records)
    if args.output:
        try:
            Path(args.output).write_text(data, encoding="utf-8", newline="")
        except OSError as exc:
            raise ReaderError(f"cannot write the export ({exc.strerror})",
                              display_name(args.output)) from None
        error(f"wrote {count(len(items), 'annotation')} to {display_name(args.output)}")
    else:
        write_out(data)
    return 0


def _export_translation(args) -> int:
    from .cli_translate import run_export

    with _open_store(args) as store:
        return run_export(store, args)


def cmd_import_translations(args) -> int:
    from .cli_translate import run_import

    refuse_library_input(args.file, args.db)
    with _open_store(args) as store:
        return run_import(store, args)


def cmd_import_annotations(args) -> int:
    from .core.exports.importing import import_annotations
    from .core.exports.webannotation import read_file

    items = read_file(args.file)
    with _open_store(args) as store:
        target = store.resolve(args.doc) if args.doc else None
        summary = import_annotations(store, items, document=target)
    write_out(f"{display_name(args.file)}: {summary.line()}\n")
    if summary.skipped:
        error(f"reader: {display_name(args.file)}: {summary.problem_line()}")
    return EXIT_USER_ERROR if summary.skipped and not any(
        summary.counts[k] for k in ("added", "updated", "unchanged", "deleted", "kept-deleted")
    ) else 0


def cmd_analyze(args) -> int:
    from .core.analysis import analyze, to_contract
    from .core.importers import import_file

    refuse_library_input(args.file, args.db)
    imported = import_file(args.file)
    teachings = _saved_teachings(args)
    result = analyze(imported.text, noise=imported.noise, teachings=teachings)
    write_json_out(to_contract(result))
    return 0


def _saved_teachings(args):
    """What the user taught the entity recogniser, if a library exists (none is created)."""
    from .core.paths import database_path

    path = database_path(args.db)
    if not path.exists():
        return None
    with _open_store(args) as store:
        loader = getattr(store, "teachings", None)
        return loader() if loader else None


def cmd_report(args) -> int:
    from .ui.analysis.report_export import write_report

    if args.format == "pdf" and not args.output:
        raise ReaderError("a PDF report needs a file: add -o REPORT.pdf")
    refuse_library_output(args.output, args.db)
    if Path(args.doc).is_file():
        refuse_library_input(args.doc, args.db)
    with _open_store(args) as store:
        if Path(args.doc).is_file():
            from .core.importers import import_file

            doc = store.import_document(import_file(args.doc)).document
        else:
            doc = store.resolve(args.doc)
        data = write_report(store, doc, args.format, args.output)
    if args.output:
        error(f"wrote the attribution report of {doc.title!r} to {display_name(args.output)}")
    else:
        write_out(data.decode("utf-8"))
    return 0


def cmd_screenshot(args) -> int:
    w, h = screenshot_size(args.size)
    refuse_library_output(args.out, args.db)
    refuse_library_input(args.file, args.db)
    from .ui.screenshot import run

    return run(args.file, args.out, size=(w, h), db=args.db, lang=args.lang,
               highlights=not args.no_highlights, tab=args.tab)


def cmd_desk(args) -> int:
    from .cli_desk import run

    return run(args, _open_store)


HANDLERS = {
    "import": cmd_import, "list": cmd_list, "search": cmd_search, "show": cmd_show,
    "annotate": cmd_annotate, "export": cmd_export,
    "import-annotations": cmd_import_annotations,
    "import-translations": cmd_import_translations, "analyze": cmd_analyze,
    "report": cmd_report, "screenshot": cmd_screenshot,
    "vocab": lambda args: __import__("reader.cli_vocab", fromlist=["run"]).run(args, _open_store),
    "desk": cmd_desk,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS or any(a in ("-h", "--help", "--version") for a in argv[:1]):
            args = build_parser().parse_args(argv)
            check_text_arguments(args)
            code = HANDLERS[args.command](args)
            flush_out()
            return code
        gui_args = _gui_parser().parse_args(argv)
        check_window_arguments(gui_args.files, gui_args.db, COMMANDS)
        import gc

        gc.disable()  # start-up makes only long-lived objects; run() turns the collector on
        from .ui.app import run

        return run(gui_args.files, db=gui_args.db, lang=gui_args.lang)
    except ReaderError as exc:
        error(f"reader: {exc}")
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        error("reader: interrupted")
        return 130
    except BrokenPipeError:
        discard_output()  # the reader of the pipe has gone (`reader list | head`): fine
        return 0


if __name__ == "__main__":
    sys.exit(main())
