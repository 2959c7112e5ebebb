from report_fixtures import TEXT, make_claim

from reader.core.analysis import Analysis
from reader.core.model import Entity
from reader.core.reports.who_said_what import canonical_source, collect_sources


def test_sources_across_articles(handmade):
    # a second article where the same speaker is given in another form, and an outlet
    t2 = "وقال تشاوْ تشيجو إن الأسعار مستقرة. وذكرت أليباي أن الخدمة تعمل."
    c1 = make_claim(t2, "وقال", "تشاوْ تشيجو", "named_person", "الأسعار مستقرة")
    c2 = make_claim(t2, "وذكرت", "أليباي", "named_organization", "الخدمة تعمل")
    a = t2.index("أليباي")
    second = Analysis(text=t2, claims=(c1, c2),
                      entities=(Entity(a, a + 6, "أليباي", "ORG", "Alipay"),))
    entries = collect_sources([("d1", "one", handmade.analysis), ("d2", "two", second)])
    by_name = {e.name: e for e in entries}
    zhao = by_name["تشاو تشيجو"]
    assert zhao.claims == 3 and zhao.articles == 2 and zhao.kind == "named_person"
    assert [m.doc_id for m in zhao.mentions] == ["d1", "d1", "d2"]
    assert entries[0] is zhao  # most claims first
    # the entity's canonical name is used for the source
    assert by_name["Alipay"].forms == ("أليباي",)
    assert by_name["Alipay"].mentions[0].claim is c2
    # a claim with no source is not listed
    assert sum(e.claims for e in entries) == 6 + 2


def test_partial_overlap_does_not_rename_a_source():
    t = "وقالت الجهة المنظمة للسوق في الصين إن القواعد جديدة."
    c = make_claim(t, "وقالت", "الجهة المنظمة للسوق في الصين", "named_organization", "القواعد جديدة")
    s = t.index("الصين")
    china = Entity(s, s + 5, "الصين", "LOC", "الصين")
    assert canonical_source(c, [china]) == "الجهة المنظمة للسوق في الصين"
    whole = Entity(c.source.start, c.source.end, c.source.text, "ORG", "هيئة تنظيم السوق")
    assert canonical_source(c, [whole]) == "هيئة تنظيم السوق"


def test_numbers_do_not_name_sources():
    t = TEXT
    c = make_claim(t, "قالت", "مصادر", "anonymous", "الحكومة تريد إنهاء الاحتكار")
    money = Entity(c.source.start, c.source.end, "مصادر", "MONEY", "x")
    assert canonical_source(c, [money]) == "مصادر"


def _naive_source(claim, entities):
    """canonical_source as it was: every entity compared with every claim."""
    from reader.core.reports.who_said_what import MIN_COVER, SPEAKER_TYPES, _key

    src = claim.source
    name = src and (src.resolved or src.text).strip()
    speakers = [e for e in entities if e.type in SPEAKER_TYPES]
    same = [e for e in speakers if _key(name or "") in (_key(e.text), _key(e.canonical))]
    if not name or same:
        return same[0].canonical or same[0].text if name else ""
    wanted = _key(name)
    if src.end > src.start and _key(src.text) == wanted:  # the entity covering most of it
        cover, _first, best = max(((min(e.end, src.end) - max(e.start, src.start), -i, e)
                                   for i, e in enumerate(speakers)), default=(0, 0, None),
                                  key=lambda t: t[:2])
        if cover > 0 and cover / (src.end - src.start) >= MIN_COVER:
            return best.canonical or best.text
    return name


def _book(articles: int):
    """The analyses of the sample and the attribution test sets, one after the other as
    in one long text."""
    import json
    from pathlib import Path

    from reader.core.analysis import analyze
    from reader.core.importers import import_file
    from reader.core.resources import sample_article

    data = Path(__file__).parents[2] / "data" / "attribution"
    texts = [import_file(sample_article()).text] + [
        json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(data.glob("*/*.json"))
        if p.parent.name not in ("anercorp", "news")][:articles]  # (those hold offsets, no text)
    return [analyze(t) for t in texts]


def test_sources_are_named_as_before_on_real_analyses():
    for a in _book(40):
        assert [canonical_source(c, a.entities) for c in a.claims] == [
            _naive_source(c, a.entities) for c in a.claims]


def test_naming_the_sources_of_a_book_is_linear(monkeypatch):
    """A 10 MB book has ~90,000 entities and ~15,000 claims: comparing each claim with each
    entity took over 5 minutes. Count the names folded for a long analysis."""
    from dataclasses import replace

    import reader.core.reports.who_said_what as wsw
    from reader.core.analysis import Analysis

    parts = _book(30)
    entities, claims, shift = [], [], 0
    for _ in range(10):
        for a in parts:
            entities += [replace(e, start=e.start + shift, end=e.end + shift) for e in a.entities]
            claims += [replace(c, start=c.start + shift, end=c.end + shift,
                               source=c.source and replace(c.source, start=c.source.start + shift,
                                                           end=c.source.end + shift))
                       for c in a.claims]
            shift += len(a.text)
    book = Analysis(text="", entities=tuple(entities), claims=tuple(claims))
    folded = []
    real = wsw.fold
    monkeypatch.setattr(wsw, "fold", lambda text: folded.append(1) or real(text))
    entries = collect_sources([("book", "a book", book)])
    assert sum(e.claims for e in entries) == sum(1 for c in claims if c.source is not None)
    assert len(claims) > 1000 and len(entities) > 2000
    assert len(folded) < 4 * (len(entities) + len(claims))  # was claims x entities x 2
