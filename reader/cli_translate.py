"""The translator's commands: ``reader export DOC --format xliff|xliff2|tmx|tbx|docx|html``
and ``reader import-translations FILE``. No Qt."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

from .core.display import display_name
from .core.errors import ReaderError
from .terminal import error, write_out

#: Export formats of a document's translation, and what each writes.
TRANSLATION_FORMATS = ("xliff", "xliff2", "tmx", "tbx", "docx", "html")
BINARY_FORMATS = ("docx",)


def article_terms(translations, doc, target_lang: str):
    """The translator's terms found in ``doc``, then the names in it with a known Latin
    spelling (as terms of domain PER, ORG, LOC or MISC), each once."""
    from .core.translation.model import Term
    from .core.translation.termbase import EntityNames, OwnTerms

    terms = translations.terms()
    own = OwnTerms(terms, target_lang).find(doc.text)
    wanted = {h.ref for h in own}
    out = [t for t in terms if t.uuid in wanted]
    seen = {(t.source, t.target) for t in out}
    for hit in EntityNames().find(doc.text):
        if (hit.source, hit.target) in seen:
            continue
        seen.add((hit.source, hit.target))
        ident = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"reader-entity:{hit.source}\t{hit.target}"))
        out.append(Term(ident, hit.source, hit.target, "ar", target_lang, "", hit.domain,
                        "", doc.updated, doc.updated))
    return out


def export_translation(store, doc, fmt: str) -> tuple[bytes, str]:
    """The export of ``doc``'s translation as ``fmt``: (data, what was written, for a line)."""
    from .core.translation.library import Translations

    translations = Translations(store)
    info = translations.info(doc.id)
    segments = translations.ensure_segments(doc)
    if fmt in ("xliff", "xliff2"):
        from .core.exports.xliff import export_xliff

        placed = [s for s in segments if not s.orphan]
        return export_xliff(doc, segments, info, "1.2" if fmt == "xliff" else "2.0"), \
            f"{len(placed)} segments"
    if fmt == "tmx":
        from .core.exports.tmx import export_tmx
        from .core.translation.model import MemoryUnit

        units = [MemoryUnit(s.source, s.target, info.source_lang, info.target_lang, s.note,
                            "segment", s.uuid, doc.id, s.author, s.created, s.updated)
                 for s in segments if s.done and s.target.strip()]
        return export_tmx(units, info.source_lang), f"{len(units)} translation units"
    if fmt == "tbx":
        from .core.exports.termbase_files import export_tbx

        terms = article_terms(translations, doc, info.target_lang)
        return export_tbx(terms), f"{len(terms)} terms"
    from .core.exports.bilingual import export_bilingual_docx, export_bilingual_html

    if fmt == "docx":
        return export_bilingual_docx(doc, segments, info), f"{len(segments)} segments"
    if fmt == "html":
        return export_bilingual_html(doc, segments, info).encode("utf-8"), f"{len(segments)} segments"
    raise ReaderError(f"unknown translation format {fmt!r}")


def import_translations_command(store, path: str, doc_ref: str | None):
    from .core.exports.translation_import import import_translations
    from .core.translation.library import Translations

    document = store.resolve(doc_ref) if doc_ref else None
    return import_translations(Translations(store), path, document)


def run_export(store, args) -> int:
    """``reader export DOC --format xliff|xliff2|tmx|tbx|docx|html``."""
    if args.format in BINARY_FORMATS and not args.output:
        raise ReaderError(f"a {args.format.upper()} export needs a file: add -o FILE.{args.format}")
    doc = store.resolve(args.doc)
    data, what = export_translation(store, doc, args.format)
    if not args.output:
        write_out(data.decode("utf-8"))
        return 0
    try:
        Path(args.output).write_bytes(data)
    except OSError as exc:
        raise ReaderError(f"cannot write the export ({exc.strerror})",
                          display_name(args.output)) from None
    error(f"wrote {what} to {display_name(args.output)}")
    return 0


def run_import(store, args) -> int:
    """``reader import-translations FILE [--doc DOC]``."""
    result = import_translations_command(store, args.file, args.doc)
    where = f" ({result.document.title})" if result.document is not None else ""
    write_out(f"{display_name(args.file)}{where}: {result.line()}\n")
    return 0
