"""attribution-3.1, from reading the predictions on unannotated ANERcorp training sentences
(real general news), the cue words the annotated ANERcorp dev passages miss, and short
articles written for this round (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_who_made_a_statement_named_with_lam_speaks_in_it():
    rs = _all("وجاء ذلك ردا على تصريحات لوزير المالية محمد الجدعان أكد فيها أن العجز سينخفض.")
    assert [(r.source, r.kind, r.claim) for r in rs] == [
        ("محمد الجدعان", "named_person", "العجز سينخفض")]
    # an honorific after the lam, and the post after the name
    rs = _all("وافتتح الحفل بكلمة لمعالي الدكتور ماجد القصبي وزير التجارة حيث أكد فيها أن السوق تنمو.")
    assert [(r.source, r.claim) for r in rs] == [("ماجد القصبي", "السوق تنمو")]
    # a letter "to" someone: the addressee does not speak in it
    rs = _all("قال المدير إن الأمور جيدة. وبعث برسالة لوزير المالية محمد الجدعان أكد فيها أن العجز سينخفض.")
    assert [r.resolved for r in rs] == ["المدير", "المدير"]


def test_the_resumptive_fihi_is_no_part_of_the_claim():
    rs = _all("وصل المبعوث الدولي تيري لارسن إلى بيروت. وادلى بتصريح اكد فيه اصرار الامم المتحدة على دعم الحكومة.")
    assert rs[-1].claim == "اصرار الامم المتحدة على دعم الحكومة"
    assert rs[-1].resolved == "تيري لارسن"


def test_a_headline_run_into_the_story_ends_where_a_bare_verb_its_named_subject_and_inna_begin():
    rs = _all("صندوق النقد يتوقع تباطؤ النمو العالمي بسبب الحرب قال صندوق النقد الدولي إن الاقتصاد العالمي "
              "سينمو بنسبة ثلاثة في المئة.")
    assert [(r.cue, r.claim) for r in rs] == [
        ("يتوقع", "تباطؤ النمو العالمي بسبب الحرب"),
        ("قال", "الاقتصاد العالمي سينمو بنسبة ثلاثة في المئة")]
    # a verb after a time conjunction stays inside the claim
    rs = _all("وأكد الوزير أن الأسعار ارتفعت عندما قال البنك المركزي إن الفائدة سترتفع.")
    assert rs[0].claim == "الأسعار ارتفعت عندما قال البنك المركزي إن الفائدة سترتفع"


def test_a_subheading_run_into_the_paragraph_after_a_full_stop_is_a_record():
    text = ("وقال رئيس مجلس إدارة البنك الأهلي سعيد الغامدي إن النتائج جيدة. وارتفعت الأسهم في الجلسة. "
            "الغامدي: مرحلة مهمة للبنك لتحقيق خططه الدولية")
    rs = _all(text)
    assert [(r.cue, r.resolved) for r in rs][-1] == (":", "سعيد الغامدي")
    # a word the tagger does not know as a name, after a full stop, is no source
    rs = _all("وارتفعت الأسهم في الجلسة. الملاحظة: الأسعار تقريبية")
    assert rs == []
