"""``reader import-translations``: bring back a translation (XLIFF), a memory (TMX) or
terms (TBX, CSV) into the library.

- XLIFF 1.2 or 2.x: each unit goes onto the segment with its id; a unit whose id is not one
  of the article's segments (a file another tool renumbered) goes onto the first unmatched
  segment with the same source (compared folded). Its target, state and note replace the
  segment's; a unit whose source is not the segment's (the article was revised since the
  export) is marked for review. The article is the one the file names
  (``original="urn:uuid:..."``, or its SHA-256), or the one given with ``--doc``.
- TMX: units are added to the translation memory (the same pair only once).
- TBX or a terms CSV: terms merged into the termbase (by id; newer wins).

Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..display import display_name
from ..errors import DocumentError, ReaderError
from ..model import Document
from ..text import fold

#: Largest file read.
MAX_FILE_BYTES = 100 * 1024 * 1024
KINDS = ("xliff", "tmx", "tbx", "csv")


@dataclass
class TranslationImport:
    kind: str
    document: Document | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        if n:
            self.counts[key] = self.counts.get(key, 0) + n

    def line(self) -> str:
        order = ["updated", "unchanged", "marked for review", "not in the article", "added",
                 "already known"]
        parts = [f"{self.counts[k]} {k}" for k in order if self.counts.get(k)]
        what = {"xliff": "segments", "tmx": "memory units", "tbx": "terms", "csv": "terms"}[self.kind]
        return f"{what}: " + (", ".join(parts) if parts else "nothing to import")


def read_bytes(path: str | Path) -> bytes:
    path = Path(path)
    name = display_name(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError("the file does not exist", name) from None
    except IsADirectoryError:
        raise DocumentError("this is a folder; give an .xlf, .tmx, .tbx or .csv file", name) from None
    except OSError as exc:
        raise DocumentError(f"cannot read the file ({exc.strerror or exc})", name) from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(f"the file is too large (the limit is {MAX_FILE_BYTES // 1048576} MB)", name)
    return data


def detect_kind(data: bytes, name: str) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        for marker, kind in ((b"<xliff", "xliff"), (b"<tmx", "tmx"), (b"<martif", "tbx"), (b"<tbx", "tbx")):
            if marker in head:
                return kind
        raise DocumentError("the XML file is not XLIFF, TMX or TBX", name)
    first_line = head.split(b"\n", 1)[0]
    if b"source" in first_line and b"target" in first_line:
        return "csv"
    raise DocumentError("the file is not XLIFF, TMX, TBX or a terms CSV (with source and target columns)", name)


def import_translations(translations, path: str | Path, document: Document | None = None
                        ) -> TranslationImport:
    """Import the file at ``path`` through ``translations`` (a
    :class:`~reader.core.translation.library.Translations`)."""
    name = display_name(path)
    data = read_bytes(path)
    kind = detect_kind(data, name)
    result = TranslationImport(kind)
    if kind == "xliff":
        from .xliff import parse_xliff

        _apply_xliff(translations, parse_xliff(data, name), document, name, result)
    elif kind == "tmx":
        from .tmx import parse_tmx

        added, known = translations.add_memory_units(parse_tmx(data, name))
        result.add("added", added)
        result.add("already known", known)
    else:
        from .termbase_files import parse_tbx, parse_terms_csv

        if kind == "tbx":
            terms = parse_tbx(data, name)
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise DocumentError("the CSV file is not UTF-8", name) from None
            terms = parse_terms_csv(text, name)
        for outcome, n in translations.merge_terms(terms).items():
            result.add({"added": "added", "updated": "updated"}.get(outcome, "unchanged"), n)
    return result


def _find_document(translations, content, name: str) -> Document:
    store = translations.store
    if content.original.startswith("urn:uuid:"):
        try:
            return store.document(content.original[len("urn:uuid:"):])
        except ReaderError:
            pass
    if content.sha256:
        found = store.find_document_by_hash(content.sha256)
        if found is not None:
            return found
    raise DocumentError("the file does not name an article of this library; choose the article "
                        "with --doc", name)


def _apply_xliff(translations, content, document: Document | None, name: str,
                 result: TranslationImport) -> None:
    doc = document or _find_document(translations, content, name)
    result.document = doc
    info = translations.info(doc.id)
    if content.target_lang and content.target_lang.lower() != info.target_lang.lower():
        if any(s.target for s in translations.segments(doc.id)):
            raise DocumentError(
                f"the file is a translation into {content.target_lang}, but '{doc.title}' is "
                f"being translated into {info.target_lang}", name)
        translations.set_target_lang(doc.id, content.target_lang)
    segments = [s for s in translations.ensure_segments(doc) if not s.orphan]
    by_id = {s.uuid: s for s in segments}
    used: set[str] = set()
    changes = []
    for unit in content.units:
        seg = by_id.get(unit.id) if unit.id not in used else None
        if seg is None:
            key = fold(" ".join(unit.source.split()))
            seg = next((s for s in segments if s.uuid not in used
                        and fold(" ".join(s.source.split())) == key), None)
        if seg is None:
            result.add("not in the article")
            continue
        used.add(seg.uuid)
        source_changed = fold(" ".join(unit.source.split())) != fold(" ".join(seg.source.split()))
        needs = unit.needs_review if unit.needs_review is not None else seg.needs_review
        previous = seg.previous_source
        if source_changed:
            needs, previous = True, seg.previous_source or unit.source
        elif unit.needs_review is False:
            previous = ""
        elif unit.needs_review and unit.previous_source:
            previous = unit.previous_source
        state = seg.evolve(target=unit.target, status=unit.status, note=unit.note,
                           needs_review=needs, previous_source=previous)
        if state == seg:
            result.add("unchanged")
            continue
        changes.append((state, seg))
        result.add("marked for review" if source_changed else "updated")
    if changes:
        translations.restore(changes)
