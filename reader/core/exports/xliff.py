"""A document's translation as XLIFF 1.2 or 2.0, and reading XLIFF back (translate-toolkit).

Each placed segment is one unit whose id is the segment's uuid, with its source, its target,
its state and its note (``from``/``category`` "translator"). The file names the article
(``original`` in 1.2, ``original`` on ``<file>`` in 2.0: ``urn:uuid:<document id>``), so
that ``reader import-translations`` finds it again. Orphaned segments (no longer in the
article's text) are not written: a CAT tool has nothing to translate there.

States:

=============  ==========================  ===========  (reader extension)
reader         XLIFF 1.2 target ``state``  XLIFF 2.0
=============  ==========================  ===========  ==========================
draft          needs-translation / new     initial
translated     translated                  translated
reviewed       signed-off (approved)       reviewed
=============  ==========================  ===========  ==========================

A segment whose source changed in a revised article is written with 1.2's
``needs-review-translation``, and in both versions with ``reader:needs-review="yes"``; files
from other tools need none of the extension attributes.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..errors import DocumentError
from ..model import Document
from ..translation.model import Segment, TranslationInfo

READER_NS = "https://github.com/arabic-news-reader/reader/ns#"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
VERSIONS = ("1.2", "2.0")
_STATE12 = {"draft": "needs-translation", "translated": "translated", "reviewed": "signed-off"}
_FROM12 = {"new": "draft", "needs-translation": "draft", "needs-adaptation": "draft",
           "needs-l10n": "draft", "needs-review-translation": "translated",
           "needs-review-adaptation": "translated", "needs-review-l10n": "translated",
           "translated": "translated", "signed-off": "reviewed", "final": "reviewed"}
_STATE2 = {"draft": "initial", "translated": "translated", "reviewed": "reviewed"}
_FROM2 = {"initial": "draft", "translated": "translated", "reviewed": "reviewed", "final": "reviewed"}
_SKELETON12 = (f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{XLIFF12_NS}" '
               f'xmlns:reader="{READER_NS}"><file original="document" datatype="plaintext" '
               'source-language="ar"><body/></file></xliff>')


def _placed(segments: list[Segment]) -> list[Segment]:
    return sorted((s for s in segments if not s.deleted and not s.orphan), key=lambda s: s.start)


def export_xliff(doc: Document, segments: list[Segment], info: TranslationInfo,
                 version: str = "1.2") -> bytes:
    if version not in VERSIONS:
        raise ValueError(f"unknown XLIFF version {version!r}; use one of {', '.join(VERSIONS)}")
    return (_export12 if version == "1.2" else _export2)(doc, _placed(segments), info)


def _export12(doc: Document, segments: list[Segment], info: TranslationInfo) -> bytes:
    from translate.storage import xliff

    store = xliff.xlifffile.parsestring(_SKELETON12.encode("utf-8"))
    store.setsourcelanguage(info.source_lang)
    store.settargetlanguage(info.target_lang)
    for seg in segments:
        unit = store.addsourceunit(seg.source, filename="document")
        unit.setid(seg.uuid)
        if seg.target:
            unit.settarget(seg.target, lang=info.target_lang)
            target = unit.xmlelement.find(unit.namespaced("target"))
            state = "needs-review-translation" if seg.needs_review and seg.done else _STATE12[seg.status]
            target.set("state", state)
        if seg.status == "reviewed":
            unit.xmlelement.set("approved", "yes")
        elif "approved" in unit.xmlelement.attrib:
            del unit.xmlelement.attrib["approved"]
        _extensions(unit.xmlelement, seg)
        if seg.note:
            unit.addnote(seg.note, origin="translator")
    root = store.document.getroot()
    _file_details(root, XLIFF12_NS, doc)
    etree.cleanup_namespaces(root, top_nsmap={"reader": READER_NS})
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)


def _extensions(element, seg: Segment) -> None:
    element.set(f"{{{READER_NS}}}status", seg.status)
    if seg.needs_review:
        element.set(f"{{{READER_NS}}}needs-review", "yes")
        if seg.previous_source:
            element.set(f"{{{READER_NS}}}previous-source", seg.previous_source)


def _file_details(root, ns: str, doc: Document) -> None:
    for node in root.iter(f"{{{ns}}}file"):
        node.set("original", f"urn:uuid:{doc.id}")
        if doc.title:
            node.set(f"{{{READER_NS}}}title", doc.title)
        node.set(f"{{{READER_NS}}}sha256", doc.sha256)


def _export2(doc: Document, segments: list[Segment], info: TranslationInfo) -> bytes:
    from translate.storage import xliff2

    store = xliff2.Xliff2File(sourcelanguage=info.source_lang, targetlanguage=info.target_lang)
    store.document.getroot().set("srcLang", info.source_lang)
    store.document.getroot().set("trgLang", info.target_lang)
    for seg in segments:
        unit = store.UnitClass(seg.source)
        store.addunit(unit)
        unit.setid(seg.uuid)
        if seg.target:
            unit.settarget(seg.target)
        unit.xmlelement.set("state", _STATE2[seg.status])
        unit_element = unit.getunitelement()
        _extensions(unit_element, seg)
        if seg.note:
            # XLIFF 2.0 keeps notes in the unit, before its segments (translate-toolkit
            # writes them into the segment).
            notes = etree.SubElement(unit_element, f"{{{XLIFF2_NS}}}notes")
            note = etree.SubElement(notes, f"{{{XLIFF2_NS}}}note", category="translator")
            note.text = seg.note
            unit_element.remove(notes)
            unit_element.insert(0, notes)
    root = store.document.getroot()
    _file_details(root, XLIFF2_NS, doc)
    etree.cleanup_namespaces(root, top_nsmap={"reader": READER_NS})
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)


# --- reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class XliffUnit:
    id: str
    source: str
    target: str
    status: str
    note: str
    needs_review: bool | None  # None: the file does not say
    previous_source: str = ""


@dataclass(frozen=True)
class XliffContent:
    version: str
    original: str  # the article, as the file names it ('' when it does not)
    sha256: str
    source_lang: str
    target_lang: str
    units: tuple[XliffUnit, ...]


def parse_xliff(data: bytes, name: str) -> XliffContent:
    """The units of an XLIFF 1.x or 2.x file; DocumentError naming ``name`` if it is not one."""
    from translate.misc.xml_helpers import parse_xml

    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"the file is not well-formed XML ({exc.msg})", name) from None
    if etree.QName(root).localname != "xliff":
        raise DocumentError("the file is not XLIFF (its root element is not <xliff>)", name)
    version = root.get("version", "")
    try:
        if version.startswith("2.") or etree.QName(root).namespace == XLIFF2_NS:
            return _parse2(data, root)
        return _parse1(data, root)
    except ValueError as exc:
        raise DocumentError(f"the XLIFF file cannot be read ({exc})", name) from None


def _reader_flags(element) -> tuple[str | None, bool | None]:
    status = element.get(f"{{{READER_NS}}}status")
    needs = element.get(f"{{{READER_NS}}}needs-review")
    if needs is None:
        return status, (None if status is None else False)
    return status, needs == "yes"



def _parse1(data: bytes, root) -> XliffContent:
    from translate.storage import xliff

    store = xliff.xlifffile.parsestring(data)
    units = []
    for unit in store.units:
        if not unit.istranslatable():
            continue
        element = unit.xmlelement
        target_node = element.find(unit.namespaced("target"))
        state = target_node.get("state") if target_node is not None else None
        status, needs = _reader_flags(element)
        if status is None:
            status = _FROM12.get(state or "", "draft")
            if element.get("approved") == "yes" and unit.target:
                status = "reviewed"
            if needs is None and state and state.startswith("needs-review"):
                needs = True
        units.append(XliffUnit(_local_id(element.get("id") or unit.getid() or ""), str(unit.source or ""),
                               str(unit.target or ""), status if status in _STATE12 else "draft",
                               unit.getnotes(origin="translator") or unit.getnotes(), needs,
                               element.get(f"{{{READER_NS}}}previous-source", "")))
    file_node = next(root.iter("{*}file"), None)
    return XliffContent("1.2", file_node.get("original", "") if file_node is not None else "",
                        file_node.get(f"{{{READER_NS}}}sha256", "") if file_node is not None else "",
                        store.getsourcelanguage() or "", store.gettargetlanguage() or "", tuple(units))


def _local_id(ident: str) -> str:
    return ident.split("\x04")[-1]


def _parse2(data: bytes, root) -> XliffContent:
    from translate.storage import xliff2

    store = xliff2.Xliff2File.parsestring(data)
    units = []
    for unit in store.units:
        if not unit.istranslatable():
            continue
        unit_element = unit.getunitelement()
        status, needs = _reader_flags(unit_element)
        if status is None:
            status = _FROM2.get(unit.xmlelement.get("state", ""), "draft")
        notes = [n.text or "" for n in unit_element.iterfind("{*}notes/{*}note")]
        segment_notes = unit.getnotes()
        if segment_notes:
            notes.append(segment_notes)
        units.append(XliffUnit(unit.getid() or "", str(unit.source or ""), str(unit.target or ""),
                               status if status in _STATE2 else "draft",
                               "\n".join(n for n in notes if n), needs,
                               unit_element.get(f"{{{READER_NS}}}previous-source", "")))
    file_node = next(root.iter("{*}file"), None)
    return XliffContent("2.0", file_node.get("original", "") if file_node is not None else "",
                        file_node.get(f"{{{READER_NS}}}sha256", "") if file_node is not None else "",
                        root.get("srcLang", ""), root.get("trgLang", "") or "", tuple(units))
