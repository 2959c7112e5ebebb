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
