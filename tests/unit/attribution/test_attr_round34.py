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
