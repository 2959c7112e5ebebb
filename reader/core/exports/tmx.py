"""Translation memory as TMX 1.4 (translate-toolkit), written and read.

Each unit carries its source and target (``xml:lang`` from the article's languages), its note,
and its dates (``creationdate``/``changedate``, TMX's ``YYYYMMDDThhmmssZ``) and author
(``creationid``), so that importing a file into an empty library gives back the same units.
"""

from __future__ import annotations

from datetime import datetime, timezone

from lxml import etree

from ..errors import DocumentError
from ..translation.model import MemoryUnit

_TMX_TIME = "%Y%m%dT%H%M%SZ"
PROP_CREATED = "x-reader-created"
PROP_UPDATED = "x-reader-modified"


def _tmx_time(iso: str) -> str:
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return when.astimezone(timezone.utc).strftime(_TMX_TIME)


def _iso_time(tmx: str | None) -> str:
    if not tmx:
        return ""
    try:
        when = datetime.strptime(tmx, _TMX_TIME).replace(tzinfo=timezone.utc)
    except ValueError:
        return ""
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def export_tmx(units: list[MemoryUnit], source_lang: str = "ar") -> bytes:
    from translate.storage import tmx

    store = tmx.tmxfile(sourcelanguage=source_lang)
    for u in units:
        if not u.source.strip() or not u.target.strip():
            continue
        unit = store.addsourceunit(u.source, u.source_lang)
        unit.settarget(u.target, u.target_lang, append=True)
        if u.note:
            unit.addnote(u.note)
        element = unit.xmlelement
        for attribute, value in (("creationdate", _tmx_time(u.created)),
                                 ("changedate", _tmx_time(u.updated)), ("creationid", u.author)):
            if value:
                element.set(attribute, value)
        # TMX dates have whole seconds; the exact times go in properties (before the tuvs).
        first_tuv = element.find("tuv")
        for kind, value in ((PROP_CREATED, u.created), (PROP_UPDATED, u.updated)):
            if value:
                prop = etree.Element("prop", type=kind)
                prop.text = value
                first_tuv.addprevious(prop)
    header = store.document.getroot().find("header")
    header.set("creationtool", "Arabic News Reader")
    return bytes(store)


def parse_tmx(data: bytes, name: str) -> list[MemoryUnit]:
    """Units of a TMX file with a source and a target; DocumentError naming ``name``."""
    from translate.misc.xml_helpers import parse_xml
    from translate.storage import tmx

    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"the file is not well-formed XML ({exc.msg})", name) from None
    if root.tag != "tmx":
        raise DocumentError("the file is not TMX (its root element is not <tmx>)", name)
    header = root.find("header")
    default_source = header.get("srclang", "") if header is not None else ""
    try:
        store = tmx.tmxfile.parsestring(data)
    except (ValueError, AssertionError, StopIteration) as exc:
        raise DocumentError(f"the TMX file cannot be read ({exc})", name) from None
    units = []
    for unit in store.units:
        element = unit.xmlelement
        source_lang = element.get("srclang") or default_source
        tuvs = [(tuv.get("{http://www.w3.org/XML/1998/namespace}lang") or tuv.get("lang") or "",
                 "".join(tuv.find("seg").itertext()) if tuv.find("seg") is not None else "")
                for tuv in element.iterfind("tuv")]
        if len(tuvs) < 2:
            continue
        source = next(((lang, text) for lang, text in tuvs if _same_lang(lang, source_lang)), tuvs[0])
        for lang, text in tuvs:
            if (lang, text) == source or not text.strip() or not source[1].strip():
                continue
            props = {p.get("type"): (p.text or "") for p in element.iterfind("prop")}
            created = _exact(props.get(PROP_CREATED), element.get("creationdate"))
            updated = _exact(props.get(PROP_UPDATED), element.get("changedate")) or created
            units.append(MemoryUnit(source[1], text, source[0], lang, unit.getnotes(), "tmx", "", "",
                                    element.get("creationid", ""), created, updated))
    return units


def _exact(prop: str | None, tmx_date: str | None) -> str:
    """The exact time of a property when it agrees with the TMX date, else the TMX date."""
    coarse = _iso_time(tmx_date)
    if prop and (not coarse or _tmx_time(prop) == tmx_date):
        return prop if _tmx_time(prop) else coarse
    return coarse


def _same_lang(a: str, b: str) -> bool:
    return bool(a and b) and a.lower().split("-")[0] == b.lower().split("-")[0]
