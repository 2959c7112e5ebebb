"""attribution-1.6: a cue line ending with a colon and the quotation on the next line, a name in
apposition closed by the colon, an age clause between the subject and إن, a prepositional cue
ending the sentence before a short tail, a plan as a document, relations (زميله) as sources and
a platform (على منصة «…»:) before a quotation."""

from reader.core.attribution import ANALYZER_VERSION, detect_claims

from attr_helpers import recs


def test_version_is_at_least_1_7():
    # bumped by issue 9 (real news): stored analyses of 1.6 are recomputed
    assert ANALYZER_VERSION >= "attribution-1.7"


def test_colon_at_line_end_takes_the_quotation_on_the_next_line():
    text = "وقال وزير المالية سامي الخطيب:\n«النمو سيستمر هذا العام»."
    (r,) = recs(text)
    assert (r.source, r.kind, r.claim, r.direct) == ("سامي الخطيب", "named_person", "النمو سيستمر هذا العام", True)
    (c,) = detect_claims(text)
    assert text[c.start:c.end] == "النمو سيستمر هذا العام" and c.cue.text == "وقال"


def test_colon_line_with_a_name_in_apposition_and_curly_quotes_then_an_implied_speaker():
    text = "ارتفعت الأسعار.\nوقالت رئيسة جمعية المزارعين، ليلى منصور:\n“المحصول هذا العام ضعيف”.\nوأضافت أن الأمطار تأخرت."
    first, second = recs(text)
    assert (first.source, first.claim, first.direct) == ("ليلى منصور", "المحصول هذا العام ضعيف", True)
    assert (second.source, second.resolved, second.claim) == ("", "ليلى منصور", "الأمطار تأخرت")


def test_colon_line_without_a_quotation_on_the_next_line_stays_apart():
    # the next line is not a quotation: no claim is taken from it
    assert recs("وقال الوزير كريم حداد:\nالجلسة تبدأ غدا.") == []


def test_name_in_apposition_closed_by_a_colon_on_one_line():
    (r,) = recs("وقال مدير المصنع، هشام العلي: «سنضاعف الإنتاج».")
    assert (r.source, r.claim, r.direct) == ("هشام العلي", "سنضاعف الإنتاج", True)


def test_age_clause_between_the_subject_and_the_complementizer():
    (r,) = recs("وقال العامل، البالغ من العمر 35 عاما، في اتصال هاتفي إن الأجور لا تكفي.")
    assert (r.claim, r.kind) == ("الأجور لا تكفي", "anonymous")
    (r,) = recs("وقالت منى سليم، البالغة من العمر 60 عاما، إن الحي غمرته المياه.")
    assert (r.source, r.claim) == ("منى سليم", "الحي غمرته المياه")


def test_prepositional_cue_ending_the_sentence_before_a_short_tail():
    (r,) = recs("ارتفع عدد المصابين إلى 120 شخصا، حسبما أعلنت وزارة الصحة مساء الخميس.")
    assert (r.source, r.claim) == ("وزارة الصحة", "ارتفع عدد المصابين إلى 120 شخصا")
    (r,) = recs("وتعتزم البلاد مضاعفة إنتاج الكهرباء، وفقا لخطة رسمية أقرت قبل عامين.")
    assert (r.source, r.kind, r.claim) == ("خطة رسمية", "document", "وتعتزم البلاد مضاعفة إنتاج الكهرباء")


def test_prepositional_cue_in_the_middle_still_takes_the_whole_sentence():
    (r,) = recs("تراجع، بحسب بيانات الوزارة، الإنتاج بنسبة 5%.")
    assert r.claim == "تراجع، بحسب بيانات الوزارة، الإنتاج بنسبة 5%"


def test_a_colleague_on_a_platform_before_a_quotation():
    (r,) = recs("وكتب زميله السابق في الفريق على منصة «إكس»: «ستبقى قدوتنا».")
    assert (r.kind, r.claim, r.direct, r.via) == ("unnamed_official", "ستبقى قدوتنا", True, "")
    (r,) = recs("وكتب المدرب على منصة «إكس»: «يوم حزين للرياضة».")
    assert (r.claim, r.direct) == ("يوم حزين للرياضة", True)
