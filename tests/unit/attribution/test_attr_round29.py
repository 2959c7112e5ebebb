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


def test_the_chief_researcher_is_no_president():
    (r,) = _all("وأكد الباحث الرئيس في الدراسة، الدكتور عادل بن راشد الغامدي، أن النتائج تستند إلى نماذج دولية.")
    assert (r.source, r.kind) == ("عادل بن راشد الغامدي", "named_person")


def test_a_clause_on_the_body_between_the_post_and_its_holder():
    (r,) = _all("وقال مدير عام صندوق التنمية، الذي يديره البنك، بدر الحمدان، إن نسبة التعثر منخفضة.")
    assert (r.source, r.kind, r.claim) == ("بدر الحمدان", "named_person", "نسبة التعثر منخفضة")
    (r,) = _all("وقال مدير عام برنامج كفالة لتمويل المنشآت الصغيرة، الذي يديره صندوق التنمية الصناعية "
                "بالشراكة مع البنوك، الأستاذ بدر بن سعود الحمدان: إن نسبة التعثر منخفضة.")
    assert (r.source, r.kind, r.claim) == ("بدر بن سعود الحمدان", "named_person", "نسبة التعثر منخفضة")
    # a program's name no list knows, then the holder
    (r,) = _all("وقال مدير عام برنامج كفالة لتمويل المنشآت، الأستاذ بدر الحمدان: إن نسبة التعثر منخفضة.")
    assert (r.source, r.claim) == ("بدر الحمدان", "نسبة التعثر منخفضة")
