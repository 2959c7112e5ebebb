"""Article metadata from a web page: title, outlet, date, author, canonical URL.

Sources, best first: Open Graph and article:* meta tags, JSON-LD (schema.org NewsArticle
and friends), other common meta names (Dublin Core, parsely, sailthru), then the page
itself (<title> without its " - Outlet" suffix, <time datetime>, the first <h1>, a byline).

The outlet and the author are chosen among all the names the page gives: an Arabic one
first (many Arabic sites give their name in English in og:site_name and in Arabic in
application-name or their JSON-LD publisher), and an "author" that is the site's own name
is no author (a byline element, "بقلم: ...", is looked for then).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import islice

from reader.core.importers.base import clean_line
from reader.core.text import fold

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "headline")
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "publication_date",
)
_AUTHOR_KEYS = (
    "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author",
)
_URL_KEYS = ("og:url",)
#: class or id of an element holding the author's name (a byline).
_BYLINE_MARK_RE = re.compile(r"author|byline|writer|kateb|katib", re.IGNORECASE)
#: What stands before the name in a byline: "بقلم:", "كتب -", "By".
_BYLINE_LEAD_RE = re.compile(
    r"^\s*(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|تحرير|by|written by)\s*[:\-–—]?\s*", re.IGNORECASE
)
#: A byline longer than this is a biography or a list, not a name.
_BYLINE_MAX_WORDS = 6
#: A byline is near the top of the page: only so many elements are looked at.
_BYLINE_SEARCH_ELEMENTS = 20_000
_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "OpinionNewsArticle", "BlogPosting", "Report", "WebPage", "BackgroundNewsArticle")
_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " ｜ ")


@dataclass
class PageMeta:
    title: str = ""
    h1: str = ""
    outlet: str = ""
    date: str = ""
    author: str = ""
    url: str = ""


def page_metadata(tree) -> PageMeta:
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = clean_line(meta.get("content") or "")
        if key and content and key.lower() not in metas:
            metas[key.lower()] = content
    ld = _json_ld(tree)

    def first(keys) -> str:
        return next((metas[k] for k in keys if metas.get(k)), "")

    outlets = [metas.get(k, "") for k in _OUTLET_KEYS[:2]] + [ld.get("publisher", "")]
    outlets += [metas.get(k, "") for k in _OUTLET_KEYS[2:]]
    outlet = _prefer_arabic(o for o in outlets if not o.startswith("@"))  # not a Twitter handle
    title_el = tree.find(".//title")
    page_title = clean_line(title_el.text_content()) if title_el is not None else ""
    h1 = next((clean_line(el.text_content()) for el in tree.iter("h1")), "")
    title = first(_TITLE_KEYS[:1]) or page_title or ld.get("headline", "") or first(_TITLE_KEYS[1:])
    title = strip_outlet(title, outlet) or h1

    date = first(_DATE_KEYS[:2]) or ld.get("date", "") or first(_DATE_KEYS[2:])
    if not date:
        for el in tree.iter("time"):
            date = (el.get("datetime") or "").strip()
            if date:
                break
    authors = [ld.get("author", "")] + [metas.get(k, "") for k in _AUTHOR_KEYS]
    site_names = {fold(o) for o in outlets if o}
    authors = [a for a in authors if a and not a.startswith(("http://", "https://"))
               and fold(a) not in site_names]  # the site's own name is no author
    if not authors or not _has_arabic(" ".join(authors)):
        authors.append(_byline(tree))
    author = _prefer_arabic(authors)
    url = ""
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower().split() == ["canonical"] and link.get("href"):
            url = link.get("href").strip()
            break
    url = url or first(_URL_KEYS) or ld.get("url", "")
    return PageMeta(title=title, h1=h1, outlet=outlet, date=date, author=author, url=url)


def _prefer_arabic(names) -> str:
    """The first name in Arabic, else the first name."""
    names = [n for n in names if n]
    return next((n for n in names if _has_arabic(n)), names[0] if names else "")


def _byline(tree) -> str:
    """The author's name from the first byline element (class/id author, byline, writer;
    itemprop or rel "author"), without its "بقلم:" or "By"."""
    for el in islice(tree.iter(), _BYLINE_SEARCH_ELEMENTS):
        if not isinstance(el.tag, str):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not (el.get("itemprop") == "author" or el.get("rel") == "author"
                or _BYLINE_MARK_RE.search(marks)):
            continue
        name = _BYLINE_LEAD_RE.sub("", clean_line(el.text_content()))
        if name and len(name.split()) <= _BYLINE_MAX_WORDS and any(ch.isalpha() for ch in name):
            return name
    return ""


def strip_outlet(title: str, outlet: str) -> str:
    """The title without the outlet's name added before or after it.

    Without a known outlet, a short last part after " | " (up to four words), or after a dash
    (up to three words, when the rest has at least four), is taken for the site name.
    """
    title = clean_line(title)
    if outlet:
        key = fold(outlet)
        for sep in _SEPARATORS:
            if sep in title:
                head, _, tail = title.rpartition(sep)
                if fold(tail.strip()) == key and head.strip():
                    return head.strip()
                lead, _, rest = title.partition(sep)
                if fold(lead.strip()) == key and rest.strip():
                    return rest.strip()
    for sep in _SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        words_tail, words_head = len(tail.split()), len(head.split())
        if sep.strip() == "|" and words_tail <= 4 and words_head >= 2:
            return head.strip()
        if words_tail <= 3 and words_head >= 4 and sep.strip() in "-–—":
            return head.strip()
    return title


def _json_ld(tree) -> dict[str, str]:
    """headline, date, author, publisher, url from the page's JSON-LD (first article found)."""
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except json.JSONDecodeError:
            continue  # a broken block in someone else's page; the rest may still be good
        objects.extend(_objects(data))
    ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    found: dict[str, str] = {}
    for obj in objects:
        types = obj.get("@type")
        types = [t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)]
        if any(t in _ARTICLE_TYPES for t in types):
            for key, value in (
                ("headline", _name(obj.get("headline") or obj.get("name"), ids)),
                ("date", _name(obj.get("datePublished") or obj.get("dateCreated"), ids)),
                ("author", _name(obj.get("author") or obj.get("creator"), ids)),
                ("publisher", _name(obj.get("publisher") or obj.get("sourceOrganization"), ids)),
                ("url", _name(obj.get("url") or obj.get("mainEntityOfPage"), ids, url=True)),
            ):
                if value and key not in found:
                    found[key] = value
    if "publisher" not in found:
        for obj in objects:
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(t in ("NewsMediaOrganization", "Organization") for t in types):
                name = _name(obj.get("name"), ids)
                if name:
                    found["publisher"] = name
                    break
    return found


def _objects(data, depth: int = 0):
    """Every JSON object in ``data`` (lists and @graph included), depth-limited."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _name(value, ids: dict, url: bool = False, depth: int = 0) -> str:
    """A display string from a JSON-LD value: a string, {"name": ...}, a reference
    {"@id": ...} to another object, or a list of those."""
    if depth > 3:
        return ""
    if isinstance(value, str):
        return clean_line(value)
    if isinstance(value, dict):
        if value.get("name"):
            return _name(value["name"], ids, url, depth + 1)
        ref = value.get("@id")
        if isinstance(ref, str):
            if ref in ids and ids[ref] is not value and ids[ref].get("name"):
                return _name(ids[ref]["name"], ids, url, depth + 1)
            return clean_line(ref) if url else ""
        return ""
    if isinstance(value, list):
        names = [n for n in (_name(v, ids, url, depth + 1) for v in value) if n]
        if url:
            return names[0] if names else ""
        return "، ".join(names) if any(_has_arabic(n) for n in names) else ", ".join(names)
    return ""


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06FF" for ch in text)
