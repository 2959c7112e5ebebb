"""attribution-3.0, from reading the predictions on unannotated ANERcorp training sentences
(real general news) and sentences written after them (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_person_who_opens_a_sentence_after_the_last_record_is_who_said_speaks_for():
    rs = _all("قال وزير الخارجية الأمريكي كولن باول إن المحادثات ستستمر.\n"
              "جورج مارتن من أشهر المصممين في العالم. مارتن يصمم شعارات الشركة منذ سنوات. "
              "وقال في مقابلة مع مجلة فنية إن عمله ممتع.")
    assert [r.resolved for r in rs] == ["كولن باول", "جورج مارتن"]
    # «وأضاف» goes on with the last speaker
    rs = _all("قال وزير الخارجية الأمريكي كولن باول إن المحادثات ستستمر. "
              "جورج مارتن يصمم شعارات الشركة منذ سنوات. وأضاف أن الحل قريب.")
    assert [r.resolved for r in rs] == ["كولن باول", "كولن باول"]
