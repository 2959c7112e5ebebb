"""Issue 9 (real news): quotations right after the source, unclosed quotations, a speaker going
on in quotes after لكنه, negated views, roles and titles in apposition. Sentences written for
these tests."""

from reader.core.attribution.quotes import find_quotes

from attr_helpers import recs


def test_an_unclosed_quotation_ends_at_its_paragraph():
    text = "وقال مدير الأسواق ببنك أجنبي “من المرجح أن ترتفع الفائدة.\n\nوتراجعت الأسهم أمس."
    (q,) = find_quotes(text)
    assert text[q.open] == "“" and text[q.close] == "." and text.find("\n") > q.close
    (r,) = recs(text)
    assert (r.source, r.claim, r.direct) == ("مدير الأسواق ببنك أجنبي", "من المرجح أن ترتفع الفائدة", True)


def test_a_closing_mark_alone_opens_nothing():
    assert find_quotes("قال إنه سيعود.”\nثم غادر.") == []


def test_a_quotation_after_a_relative_clause_of_anonymity():
    (r,) = recs("وقال المصرفي الذي رفض نشر اسمه بسبب حساسية الموضوع “السيولة تتراجع.”")
    assert (r.source, r.kind, r.claim, r.direct) == ("المصرفي", "anonymous", "السيولة تتراجع", True)


def test_lakinnahu_adds_a_quotation_of_his_own():
    first, second = recs("وقال المدير سامي العلي إنه لا يتوقع خسائر جديدة لكنه أضاف “الضغط على السيولة كبير.”")
    assert first.claim == "لا يتوقع خسائر جديدة"
    assert (second.cue, second.resolved, second.claim, second.direct) == (
        "أضاف", "سامي العلي", "الضغط على السيولة كبير", True)


def test_a_negated_view_is_still_a_claim():
    (r,) = recs("وحتى الآن لا يتوقع المصرفيون أزمة في السيولة.")
    assert (r.cue, r.source, r.kind, r.claim) == ("يتوقع", "المصرفيون", "anonymous", "أزمة في السيولة")
    (r,) = recs("ولم يستبعد المحللون أن تنخفض الأسعار.")
    assert (r.cue, r.source, r.claim) == ("يستبعد", "المحللون", "تنخفض الأسعار")
    assert recs("ولا يقول التقرير شيئا عن الأسعار.") == []


def test_a_role_in_apposition_runs_to_the_colon():
    (r,) = recs("وقال سامي العلي، رئيس مؤسسة النخبة للاستشارات المالية: «المشكلة في السيولة».")
    assert (r.source, r.claim, r.direct) == ("سامي العلي", "المشكلة في السيولة", True)


def test_a_role_with_a_firm_no_list_knows_before_the_quotation():
    (r,) = recs("وقال المهندس سامي العلي المحلل في كيو.إن.بي كابيتال “الهامش يرتبط بالفائدة.”")
    assert (r.source, r.claim) == ("سامي العلي", "الهامش يرتبط بالفائدة")
