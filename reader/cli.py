"""The `reader` command: the GUI with no command, and headless commands on the core.

    reader [FILE ...]                         open the reader window (the sample if none)
    reader import FILE ...                    add articles to the library
    reader list                               the library
    reader search QUERY                       search articles and notes
    reader show DOC                           print an article
    reader annotate DOC --quote TEXT          highlight a passage (with --note, --color)
    reader export DOC --format jsonld|csv|md  export an article's annotations
    reader import-annotations FILE            merge Web Annotations (JSON-LD)
    reader analyze FILE --json                entities, claims and noise as JSON
    reader screenshot FILE OUT.png            render the window to a picture
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
from .core.errors import ReaderError

COMMANDS = (
    "import", "list", "search", "show", "annotate", "export", "import-annotations",
    "analyze", "report", "screenshot", "desk",
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
    p.add_argument("--limit", type=int, default=20)
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
    p.add_argument("--color", default="yellow")
    p.add_argument("--tag", action="append", default=[], dest="tags")
    p.add_argument("--author", default="")
    _add_db(p)

    p = sub.add_parser("export", help="export an article's annotations")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--format", choices=("jsonld", "csv", "md"), default="jsonld")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--include-deleted", action="store_true", help="include tombstones (for syncing)")
    _add_db(p)

    p = sub.add_parser("import-annotations", help="merge W3C Web Annotations (JSON-LD) into the library")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--doc", metavar="DOC", help="put every annotation on this article")
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
                result = store.import_document(import_file(name))
            except ReaderError as exc:
                failures += 1
                print(f"reader: {exc}", file=sys.stderr)
            else:
                doc = result.document
                line = f"{result.status:9} {doc.id[:8]}  {doc.title}"
                if result.reanchor is not None:
                    r = result.reanchor
                    line += f"  (annotations: {r.kept} kept, {r.moved} moved, {r.orphaned} orphaned)"
                print(line)
            if progress:
                progress.step(Path(name).name)
        if progress:
            progress.finish()
    return EXIT_USER_ERROR if failures else 0


def cmd_list(args) -> int:
    with _open_store(args) as store:
        entries = store.library()
    if args.json:
        print(json.dumps([e.__dict__ for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("The library is empty; add articles with `reader import FILE`.")
    for e in entries:
        print(f"{e.id[:8]}  {e.date or '-':10}  {e.outlet or '-':20}  {e.words:6} words  "
              f"{e.annotations:3} notes  {e.title}")
    return 0


def cmd_search(args) -> int:
    query = " ".join(args.query)
    with _open_store(args) as store:
        hits = store.search(query, limit=args.limit)
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"No article or note matches {query!r}.")
    for h in hits:
        where = "note" if h.kind == "note" else f"@{h.start}"
        print(f"{h.doc_id[:8]}  {where:7}  {h.title}\n          {h.snippet}")
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
    print(render(out, visual))
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
    print(f"saved {a.uuid}  {s}-{e}  {a.quote}")
    return 0


def cmd_export(args) -> int:
    from .core.exports import export

    with _open_store(args) as store:
        doc = store.resolve(args.doc)
        items = store.annotations(doc.id, include_deleted=args.include_deleted)
    data = export(doc, items, args.format)
    if args.output:
        try:
            Path(args.output).write_text(data, encoding="utf-8", newline="")
        except OSError as exc:
            raise ReaderError(f"cannot write the export ({exc.strerror})", args.output) from exc
        print(f"wrote {len(items)} annotations to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(data)
    return 0


def cmd_import_annotations(args) -> int:
    from .core.exports.importing import import_annotations
    from .core.exports.webannotation import read_file

    items = read_file(args.file)
    with _open_store(args) as store:
        target = store.resolve(args.doc) if args.doc else None
        summary = import_annotations(store, items, document=target)
    print(f"{args.file}: {summary.line()}")
    for problem in summary.problems:
        print(f"reader: {args.file}: {problem}", file=sys.stderr)
    return EXIT_USER_ERROR if summary.problems and not any(
        summary.counts[k] for k in ("added", "updated", "unchanged", "deleted", "kept-deleted")
    ) else 0


def cmd_analyze(args) -> int:
    from .core.analysis import analyze, to_contract
    from .core.importers import import_file

    imported = import_file(args.file)
    teachings = _saved_teachings(args)
    result = analyze(imported.text, noise=imported.noise, teachings=teachings)
    json.dump(to_contract(result), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
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
    with _open_store(args) as store:
        if Path(args.doc).is_file():
            from .core.importers import import_file

            doc = store.import_document(import_file(args.doc)).document
        else:
            doc = store.resolve(args.doc)
        data = write_report(store, doc, args.format, args.output)
    if args.output:
        print(f"wrote the attribution report of {doc.title!r} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0


def cmd_screenshot(args) -> int:
    try:
        w, h = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise ReaderError(f"--size must look like 1400x900, not {args.size!r}") from None
    from .ui.screenshot import run

    return run(args.file, args.out, size=(w, h), db=args.db, lang=args.lang,
               highlights=not args.no_highlights, tab=args.tab)


def cmd_desk(args) -> int:
    from .cli_desk import run

    return run(args, _open_store)


HANDLERS = {
    "import": cmd_import, "list": cmd_list, "search": cmd_search, "show": cmd_show,
    "annotate": cmd_annotate, "export": cmd_export,
    "import-annotations": cmd_import_annotations, "analyze": cmd_analyze,
    "report": cmd_report, "screenshot": cmd_screenshot, "desk": cmd_desk,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS or any(a in ("-h", "--help", "--version") for a in argv[:1]):
            args = build_parser().parse_args(argv)
            return HANDLERS[args.command](args)
        gui_args = _gui_parser().parse_args(argv)
        import gc

        gc.disable()  # start-up makes only long-lived objects; run() turns the collector on
        from .ui.app import run

        return run(gui_args.files, db=gui_args.db, lang=gui_args.lang)
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
