"""attribution-3.13, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_one_word_paper_after_the_datelines_dash_named_in_marks_later_publishes():
    text = ("البنوك ترفع الفائدة\n\nمسقط - عمان\n\nرفعت البنوك أسعار الفائدة.\n\n"
            "وقال مصرفي لـ«عمان» إن القرار متوقع.")
    r = next(r for r in _all(text) if r.cue == "وقال")
    assert r.via == ""


def test_a_country_after_the_dash_is_no_paper_when_never_named_in_marks():
    text = ("البنوك ترفع الفائدة\n\nمسقط - عمان\n\nرفعت البنوك أسعار الفائدة.\n\n"
            "وقال مصرفي لوكالة «رويترز» إن القرار متوقع.")
    r = next(r for r in _all(text) if r.cue == "وقال")
    assert r.via == "وكالة «رويترز»"


def test_a_two_word_body_then_the_verbs_definite_object_is_the_body_alone():
    rs = _all("وقال محافظ البنك المركزي إن التضخم يتراجع. وأبقى البنك المركزي الفائدة دون تغيير، وقال إن "
              "النمو سيتحسن.")
    r = rs[-1]
    assert (r.resolved, r.kind) == ("البنك المركزي", "named_organization")


def test_a_noun_of_the_faila_shape_is_no_adjective():
    from reader.core.attribution.phrases import adjective_like
    from reader.core.text import fold

    assert not adjective_like(fold("الفائدة")) and adjective_like(fold("القادمة"))
