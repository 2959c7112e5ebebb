"""attribution-3.11, from the rescore lists of the last session and this session's probe batches (every
sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_post_given_after_the_name_names_him_later():
    rs = _all("استضاف المجلس أمس معالي سالم بن راشد المعمري الوزير المسؤول عن الشؤون المالية، لمناقشة بيانه. "
              "وأوضح الوزير المسؤول عن الشؤون المالية أن الإيرادات قدرت بـ 8.7 مليار ريال. "
              "وأشار معالي الوزير إلى أن الحكومة لا تنوي فرض ضريبة.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [
        ("وأوضح", "سالم بن راشد المعمري", "named_person"), ("وأشار", "سالم بن راشد المعمري", "named_person")]


def test_a_verb_phrase_the_tagger_took_for_a_name_names_no_post():
    rs = _all("«البنزين الجديد» يشعل المجلس.. ونواب يلوّحون باستجواب وزير المالية\n"
              "وقال وزير المالية في تصريح إن الأسعار الجديدة تظل من بين الأدنى.")
    r = next(r for r in rs if r.cue == "وقال")
    assert (r.resolved, r.kind) == ("وزير المالية", "unnamed_official")


def test_a_post_then_the_family_name_alone():
    rs = _all("وفي رده على سؤال للنائب حمود مطلق العتيبي، قال الوزير إن المشروع تأخر. "
              "لكن النائب العتيبي نبه إلى أن الديوان سجل 37 ملاحظة.")
    assert (rs[-1].source, rs[-1].resolved) == ("العتيبي", "حمود مطلق العتيبي")


def test_her_first_and_family_name_without_her_fathers():
    rs = _all("ورأت عضو المجلس الدكتورة سوسن عبدالرحيم المحميد أن الضريبة صحية، "
              "فيما اعتبرت العضو سوسن المحميد أن الحكومة مطالبة برؤية.")
    assert (rs[-1].source, rs[-1].resolved) == ("سوسن المحميد", "سوسن عبدالرحيم المحميد")


def test_a_given_name_is_not_another_mans_fathers_name():
    rs = _all("في المقابل، اعتبر مدير الفرع الأستاذ عوض بن علي الشهراني أن الأسعار معقولة.\n"
              "ويقول صاحب فندق في منطقة السودة يدعى علي إن تكاليف التشغيل ارتفعت.")
    assert rs[-1].resolved == "علي"


def test_a_verb_after_the_quotation_then_how_she_said_it():
    rs = _all("وقالت سيتي رحمواتي إن الرحلة صعبة. «بعت قطعة أرض صغيرة لأجمع تكاليف الرحلة»، أضافت وهي تغالب دموعها.")
    assert [(r.cue, r.resolved, r.claim) for r in rs][1] == (
        "أضافت", "سيتي رحمواتي", "بعت قطعة أرض صغيرة لأجمع تكاليف الرحلة")
