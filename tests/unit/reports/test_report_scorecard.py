from reader.core.reports import build_scorecard
from reader.core.reports.labels import REPORT_KINDS


def test_counts_by_kind(handmade):
    s = build_scorecard(handmade.claims)
    assert s.total == 7
    assert [k.kind for k in s.by_kind] == list(REPORT_KINDS)
    assert s.count("anonymous") == 2
    assert s.count("named_person") == 2
    assert s.count("named_organization") == 1
    assert s.count("unnamed_official") == 1
    assert s.count("none") == 1
    assert s.count("media") == 0 and s.count("document") == 0
    assert abs(s.share("anonymous") - 2 / 7) < 1e-9
    assert abs(sum(k.share for k in s.by_kind) - 1.0) < 1e-9


def test_quotes_unnamed_and_vias(handmade):
    s = build_scorecard(handmade.claims)
    assert s.direct_quotes == 2
    assert s.unnamed == 4  # two anonymous, one unnamed official, one with no source
    assert s.named == 3
    assert abs(s.unnamed_share - 4 / 7) < 1e-9
    assert s.with_via == 2
    assert [c.text for c in s.via_chains] == [
        "مصادر ← وكالة فرانس برس (AFP)", "مصدر مقرب من المنظمين ← فايننشال تايمز (Financial Times)"]
    assert all(c.claims == 1 for c in s.via_chains)
    # تشاو تشيجو twice (once implied), the ministry, the official, two anonymous ones
    assert s.distinct_sources == 5


def test_statuses_default_to_unreviewed(handmade):
    claims = handmade.claims
    s = build_scorecard(claims, {claims[0].key: "verified", claims[3].key: "disputed"})
    assert dict(s.by_status) == {"unreviewed": 5, "verified": 1, "disputed": 1}
    assert [status for status, _ in s.by_status] == ["unreviewed", "verified", "disputed"]


def test_empty_article():
    s = build_scorecard([])
    assert s.total == 0 and s.unnamed_share == 0.0 and s.via_chains == ()
    assert all(k.count == 0 and k.share == 0.0 for k in s.by_kind)


def test_via_chains_name_the_outlet_canonically():
    from reader.core.reports.scorecard import outlet_name

    assert outlet_name("الأوقات المالية") == "الأوقات المالية (Financial Times)"
    assert outlet_name("للصحيفة") == "للصحيفة"
