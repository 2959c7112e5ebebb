"""The translator's terms as TBX (translate-toolkit) and as CSV, written and read.

Each term keeps its id, source and target (with their languages), note, domain (TBX's
``subjectField``), author and times, so that a file read into an empty library gives the
same terms back. The CSV has a header row and a UTF-8 byte order mark (spreadsheets need it
for Arabic); its columns are :data:`CSV_FIELDS`, of which only ``source`` and ``target`` are
required when reading.
"""

from __future__ import annotations

import csv
import io

from lxml import etree

from ..errors import DocumentError
from ..model import new_uuid, now_iso
from ..translation.model import Term

CSV_FIELDS = ["id", "source", "target", "source_lang", "target_lang", "note", "domain",
              "author", "created", "modified"]
_MAX_FIELD = 10_000


def export_terms_csv(terms: list[Term]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for t in terms:
        if not t.deleted:
            writer.writerow([t.uuid, t.source, t.target, t.source_lang, t.target_lang, t.note,
                             t.domain, t.author, t.created, t.updated])
    return out.getvalue()


def parse_terms_csv(text: str, name: str) -> list[Term]:
    text = text.lstrip("\ufeff")
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        raise DocumentError(f"the CSV file cannot be read ({exc})", name) from None
    if not rows or not {"source", "target"} <= set(rows[0]):
        raise DocumentError("the CSV file has no 'source' and 'target' columns", name)
    now = now_iso()
    out = []
    for number, row in enumerate(rows, 2):
        values = {k: (row.get(k) or "").strip() for k in CSV_FIELDS}
        if any(len(v) > _MAX_FIELD for v in values.values()):
            raise DocumentError(f"line {number}: a field is longer than {_MAX_FIELD} characters", name)
        if not values["source"] or not values["target"]:
            continue
        out.append(Term(values["id"] or new_uuid(), values["source"], values["target"],
                        values["source_lang"] or "ar", values["target_lang"] or "en",
                        values["note"], values["domain"], values["author"],
                        values["created"] or now, values["modified"] or values["created"] or now))
    return out


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def export_tbx(terms: list[Term]) -> bytes:
    from translate.storage import tbx

    live = [t for t in terms if not t.deleted]
    store = tbx.tbxfile(sourcelanguage=live[0].source_lang if live else "ar")
    for t in live:
        unit = store.addsourceunit(t.source)
        unit.settarget(t.target, t.target_lang)
        unit.setid(t.uuid)
        entry = unit.xmlelement
        for lang_set in entry.iterfind("langSet"):
            if lang_set.get(_XML_LANG) == store.sourcelanguage:
                lang_set.set(_XML_LANG, t.source_lang)
        if t.domain:
            descrip = etree.SubElement(entry, "descrip", type="subjectField")
            descrip.text = t.domain
        if t.note:
            unit.addnote(t.note)
        for kind, date in (("origination", t.created), ("modification", t.updated)):
            if date:
                group = etree.SubElement(entry, "transacGrp")
                etree.SubElement(group, "transac", type="transactionType").text = kind
                if t.author:
                    etree.SubElement(group, "transacNote", type="responsibility").text = t.author
                etree.SubElement(group, "date").text = date
        # TBX puts an entry's descriptions, notes and transactions before its langSets.
        first = entry.find("langSet")
        for child in [c for c in entry if c.tag != "langSet"]:
            first.addprevious(child)
    return bytes(store)


def parse_tbx(data: bytes, name: str) -> list[Term]:
    from translate.misc.xml_helpers import parse_xml

    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"the file is not well-formed XML ({exc.msg})", name) from None
    if etree.QName(root).localname not in ("martif", "tbx"):
        raise DocumentError("the file is not TBX (its root element is not <martif> or <tbx>)", name)
    source_default = root.get(_XML_LANG) or "ar"
    now = now_iso()
    out = []
    for entry in root.iter("{*}termEntry", "{*}conceptEntry"):
        langs = []
        for lang_set in entry.iterfind("{*}langSet"):
            lang = lang_set.get(_XML_LANG) or ""
            terms = [("".join(t.itertext())).strip() for t in lang_set.iter("{*}term")]
            terms = [t for t in terms if t]
            if lang and terms:
                langs.append((lang, terms[0]))
        if len(langs) < 2:
            continue
        source = next((p for p in langs if p[0].split("-")[0] == source_default.split("-")[0]), langs[0])
        target = next(p for p in langs if p is not source)
        notes = [("".join(n.itertext())).strip() for n in entry.iterfind("{*}note")]
        domain = next((("".join(d.itertext())).strip() for d in entry.iterfind("{*}descrip")
                       if d.get("type") == "subjectField"), "")
        dates, author = {}, ""
        for group in entry.iterfind("{*}transacGrp"):
            kind = group.findtext("{*}transac") or ""
            dates[kind.strip()] = (group.findtext("{*}date") or "").strip()
            author = author or (group.findtext("{*}transacNote") or "").strip()
        created = dates.get("origination") or now
        out.append(Term(entry.get("id") or new_uuid(), source[1], target[1], source[0], target[0],
                        "\n".join(n for n in notes if n), domain, author, created,
                        dates.get("modification") or created))
    return out
