"""attribution-3.12, from ANERcorp's development passages and this session's probe batches (every
sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_relative_clause_where_a_named_speaker_spoke():
    rs = _all("وفي المؤتمر الصحفي الذي أعلن فيه محمد الجدعان أن العجز تراجع، عرضت الوزارة أرقامها.")
    r = next(r for r in rs if r.cue == "أعلن")
    assert (r.source, r.kind) == ("محمد الجدعان", "named_person")


def test_a_relative_clause_in_which_its_antecedent_spoke_still_has_it():
    rs = _all("وأصدرت الشركة بيانا أعلنت فيه أن الأرباح ارتفعت.")
    assert [(r.cue, r.source) for r in rs] == [("أعلنت", "الشركة")]


def test_all_of_a_group_with_a_broken_plural():
    rs = _all("وكانت جميع البنوك قد أكدت أن السيولة كافية. وترى كافة الأطراف أن الاتفاق متوازن.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("أكدت", "جميع البنوك", "anonymous"), ("وترى", "كافة الأطراف", "anonymous")]


def test_a_name_that_begins_with_lam_keeps_it():
    rs = _all('وقالت المؤسسة والرئيسة التنفيذية للمنصة، لينا حدادين، في مقابلة مع "ومضة"، إن السوق كبيرة. '
              'تستعد منصة التعليم الإلكتروني الأردنية "ليرنيكس" لافتتاح مكتبها، وفق ما أعلنته الشركة الأربعاء.')
    assert [(r.source, r.resolved) for r in rs] == [("لينا حدادين", "لينا حدادين"), ("الشركة", "ليرنيكس")]


def test_asking_not_to_be_named_is_no_part_of_the_claim():
    rs = _all("وقال ثلاثة مديري صناديق في دبي إنهم رفعوا مراكزهم تحسبا لنتائج قوية، مفضلين عدم ذكر أسمائهم "
              "لأنهم غير مخولين بالتصريح.")
    assert rs[0].claim == "رفعوا مراكزهم تحسبا لنتائج قوية"


def test_the_quote_ends_where_the_narrator_goes_on():
    rs = _all("بدوره، اعتبر النائب بدر العنزي أن «الحكومة تحتج بالعجز»، وهنا قاطعه وزير المالية عبدالعزيز الرشيد "
              "قائلاً: «هذا الكلام غير دقيق». فرد العنزي: «دع الأرقام تتكلم»، ليتدخل رئيس المجلس طالباً من النائب "
              "التزام الوقت.")
    assert [(r.cue, r.resolved, r.claim, r.direct) for r in rs] == [
        ("اعتبر", "بدر العنزي", "الحكومة تحتج بالعجز", True),
        ("قائلاً", "عبدالعزيز الرشيد", "هذا الكلام غير دقيق", True),
        ("فرد", "بدر العنزي", "دع الأرقام تتكلم", True)]


def test_the_participle_after_but_is_the_second_clauses_subjects():
    rs = _all("وهنا طلب وزير المالية الكلمة للرد، غير أن رئيس المجلس محمد البراك رفض قائلاً: «لكل نائب حقه».")
    assert [(r.cue, r.resolved) for r in rs] == [("قائلاً", "محمد البراك")]
