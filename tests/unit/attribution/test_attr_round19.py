"""attribution-1.9. A statement made to the publishing paper itself is not a via
(ATTRIBUTION.md): under a staff reporter's byline, "قال لـ«الوطن»" names the paper that runs
the story. A foreign paper, a paper named with its type word, an agency, a wire copy or an
article with no byline keep the via. And ويضيف أن goes on with the last speaker; علي الحربي after a speech verb is a name.
Every sentence here is made up."""

from attr_helpers import recs

STORY = "وقال سامر الحداد مدير المبيعات في شركة الأفق لـ{paper} إن الطلب ارتفع بعد العيد."


def _via(text: str) -> str:
    (r,) = recs(text)
    assert r.source == "سامر الحداد"
    return r.via


def test_a_staff_byline_makes_a_bare_arab_paper_the_publisher():
    for byline in ("الدمام: فهد المطيري\n", "فهد المطيري من الدمام\n", "الدمام: فهد المطيري وسعد الحربي\n"):
        for paper in ("«الوطن»", "\"الاقتصادية\"", "«الشرق الأوسط»", "“عكاظ”"):
            assert _via(byline + STORY.format(paper=paper)) == "", (byline, paper)


def test_a_headline_before_the_byline():
    text = "الطلب على السيارات يرتفع في موسم العيد\n\nجدة: سامي العلي\n\n" + STORY.format(paper="«الوطن»")
    assert _via(text) == ""


def test_without_a_dateline_a_bare_arab_paper_is_the_page_itself():
    # (a paper names another one it quotes with its type word, لصحيفة «الوطن»; ANERcorp's real
    # pages without their headers: "قال ل ـ «الشرق الأوسط» أمس" has no via in the gold)
    assert _via(STORY.format(paper="«الوطن»")) == ""
    assert _via("الرياض - رويترز\n" + STORY.format(paper="«الوطن»")) == "الوطن"


def test_a_foreign_paper_an_agency_or_a_named_type_stay_vias():
    byline = "الدمام: فهد المطيري\n"
    assert _via(byline + STORY.format(paper="«فايننشال تايمز»")) == "فايننشال تايمز"
    assert _via(byline + STORY.format(paper="«رويترز»")) == "رويترز"
    (r,) = recs(byline + "وقال سامر الحداد لصحيفة «الوطن» إن الطلب ارتفع بعد العيد.")
    assert (r.source, r.via) == ("سامر الحداد", "صحيفة «الوطن»")


def test_a_wire_copy_keeps_the_via():
    assert _via("الرياض - رويترز\n" + STORY.format(paper="«الوطن»")) == "الوطن"


def test_yudif_without_a_subject_goes_on_with_the_last_speaker():
    # يضيف has no impersonal reading (the passive is written يُضاف), unlike يتوقع أن / يذكر أن
    first, second = recs("وقال أحمد العلي إن السوق جيدة.\nويضيف أن الأسعار مرتفعة.")
    assert (second.cue, second.source, second.resolved, second.claim) == (
        "ويضيف", "", "أحمد العلي", "الأسعار مرتفعة")
    assert [r.cue for r in recs("وقال أحمد العلي إن السوق جيدة. ويضيف المصنع خطا جديدا.")] == ["وقال"]
    assert recs("ويتوقع أن ترتفع الأسعار.") == []  # impersonal


def test_the_given_name_ali_after_a_speech_verb_without_the_tagger():
    # علي folds like the preposition على; with no entities the shape decides
    (r,) = recs("وقال علي الحربي إن الأسعار مرتفعة.")
    assert (r.source, r.kind, r.claim) == ("علي الحربي", "named_person", "الأسعار مرتفعة")
    first, second = recs("يرى أحمد العلي أن السوق صعبة، ويضيف علي العيدروس أن الأسعار مرتفعة.")
    assert (second.cue, second.source, second.claim) == ("ويضيف", "علي العيدروس", "الأسعار مرتفعة")
    assert first.claim == "السوق صعبة"
    (r,) = recs("وقال علي الحربي: \"الأسعار مرتفعة\".")
    assert r.source == "علي الحربي"
    # the preposition written with ya stays a preposition
    for text in ("وأكد علي ضرورة أن ترتفع الأسعار.", "وأكد علي الالتزام بأن الأسعار ثابتة.",
                 "وأكد علي أن الأسعار ثابتة."):
        (r,) = recs(text)
        assert r.source == "", text
