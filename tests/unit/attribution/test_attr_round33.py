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
