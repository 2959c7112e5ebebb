"""attribution-3.6, from the annotated ANERcorp dev passages and this session's probe batches
(every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_sources_that_relayed_the_speaker_are_a_record_of_their_own_and_an_outlet_is_his_via():
    rs = _all("وسيتأخر الانسحاب الذي كان وزير الدفاع خالد العمري قال إنه سيتم بنهاية الشهر، "
              "كما نقلت عنه مصادر برلمانية.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("قال", "خالد العمري", "named_person"), ("كما نقلت", "مصادر برلمانية", "anonymous")]
    assert rs[0].claim == "سيتم بنهاية الشهر"
    # an outlet that relayed him is the via of his record, and no record of its own
    (r,) = _all("وقال الوزير خالد العمري إن الانسحاب سيتم بنهاية الشهر، كما نقلت عنه صحيفة هآرتس.")
    assert (r.cue, r.source, r.via, r.claim) == ("وقال", "خالد العمري", "صحيفة هآرتس", "الانسحاب سيتم بنهاية الشهر")


def test_the_organisers_are_an_unnamed_group():
    (r,) = _all("وارتفع عدد الزوار - حسب منظمي المعرض - بنسبة عشرة في المئة.")
    assert (r.cue, r.source, r.kind) == ("حسب", "منظمي المعرض", "anonymous")
