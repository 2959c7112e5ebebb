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


def test_inna_with_no_clause_after_it_begins_a_name():
    from reader.core.model import Entity

    text = "وتقول إن ماري هيل، من شركة ريسيرش بلس لوكالة الصحافة الفرنسية: «الانقسام واضح»."
    a = text.index("ماري")
    ents = [Entity(a, a + len("ماري هيل"), "ماري هيل", "PER", "ماري هيل")]
    (r,) = recs(text, ents)
    assert (r.source, r.kind, r.via, r.claim) == ("إن ماري هيل", "named_person", "وكالة الصحافة الفرنسية",
                                                  "الانقسام واضح")


def test_a_short_name_quoted_again_keeps_the_interview_via():
    text = ("قال الخبير سامي العلي لوكالة الصحافة الفرنسية إن السوق منقسمة.\n"
            "وقال وزير الطاقة إن الاجتماع سيعقد قريبا.\n"
            "وقال العلي إن «الأسعار المنخفضة قد تبطئ الإنتاج».\n"
            "ودعا العلي الحكومات إلى التنسيق.")
    first, _, quoted, call = recs(text)
    assert (quoted.resolved, quoted.via) == ("سامي العلي", "وكالة الصحافة الفرنسية")
    assert (call.resolved, call.via) == ("سامي العلي", "")


def test_a_fronted_interview_with_a_publication_no_list_knows():
    (r,) = recs("وفي تصريح له لجلوبال فاينانس أوضح المدير المالي للشركة فهد السالم أن الشركة لا تنوي الاقتراض.")
    assert (r.source, r.via) == ("فهد السالم", "جلوبال فاينانس")
