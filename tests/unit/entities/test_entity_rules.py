"""Patterns and cross-sentence propagation, without the model."""

from reader.core.entities.patterns import PatternFinder
from reader.core.entities.propagate import collect_names, propagate
from reader.core.text import fold


def find(sentence, common=lambda w: False):
    words = sentence.split()
    found = PatternFinder(words, [fold(w) for w in words], common).find()
    return [(" ".join(words[c.first:c.last + 1]), c.type) for c in found]


def test_ministry_with_a_conjoined_construct():
    assert find("المتحدث باسم وزارة الصناعة وتكنولوجيا المعلومات ، في") == [
        ("وزارة الصناعة وتكنولوجيا المعلومات", "ORG")]


def test_head_needs_a_definite_name_and_stops_at_time_words():
    assert find("مجلس الأمن الدولي اليوم") == [("مجلس الأمن الدولي", "ORG")]
    assert find("عقد مجلس إدارة الشركة اجتماعا") == []
    assert find("قالت الوزارة إن") == []


def test_company_head_tags_the_latin_name_only():
    assert find("شركة Ant Group الأم") == [("Ant Group", "ORG")]


def test_title_then_name():
    assert find("قال الرئيس التنفيذي سامر الخوري إن") == [("سامر الخوري", "PER")]
    assert find("قال الرئيس سامر الجديد", common=lambda w: w == "الجديد") == [("سامر", "PER")]
    assert find("الشيخ خليفة بن زايد في") == [("خليفة بن زايد", "PER")]
    assert find("قال الرئيس إن") == []


def test_latin_runs():
    assert find("لدى Alipay أكثر من") == [("Alipay", "ORG")]
    assert find("قال CEO الشركة") == []
    assert find("ذكر الملياردير Elon Musk أن")[0] == ("Elon Musk", "PER")


def test_propagation_tags_repeats_and_surnames_but_not_common_words():
    s1 = [fold(w) for w in "قال نجيب محفوظ إن الرواية".split()]
    l1 = ["O", "B-PER", "I-PER", "O", "O"]
    s2 = [fold(w) for w in "وكتب محفوظ الرواية في القاهرة".split()]
    l2 = ["O", "O", "O", "O", "B-LOC"]
    s3 = [fold(w) for w in "وزار والقاهرة".split()]
    names = collect_names([s1, s2], [l1, l2], [[1.0] * 5, [1.0] * 5])
    assert propagate(s2, l2, names, common=lambda w: False) == ["O", "B-PER", "O", "O", "B-LOC"]
    assert propagate(s3, ["O", "O"], names, common=lambda w: False) == ["O", "B-LOC"]
    assert propagate(s2, l2, names, common=lambda w: w == "محفوظ") == l2


def test_propagation_ignores_unsure_names():
    s1 = [fold(w) for w in "زار فلان".split()]
    names = collect_names([s1], [["O", "B-PER"]], [[1.0, 0.3]])
    assert names == {}


def _found(text, origin, common=lambda w: False):
    """What the patterns of ``origin`` find in ``text``, lines as the pipeline gives them."""
    from reader.core.text import tokenize

    tokens = tokenize(text, punctuation=True)
    words = [t.text for t in tokens]
    starts = {0} | {k for k in range(1, len(tokens))
                    if "\n" in text[tokens[k - 1].end:tokens[k].start]}
    found = PatternFinder(words, [fold(w) for w in words], common, line_starts=starts).find()
    return [(" ".join(words[c.first:c.last + 1]), c.type) for c in found if c.origin == origin]


def _quoted(text):
    return _found(text, "quoted")


def test_a_quoted_name_is_an_organisation_by_its_place():
    assert _quoted("صفاقس - «الصباح»\nتوقع الديوان أن") == [("الصباح", "ORG")]
    assert _quoted("ونقلت إذاعة «ميدي 1» عن مصدر") == [("ميدي 1", "ORG")]
    assert _quoted("وأعلنت شركة “هيوماين” عن صفقة") == [("هيوماين", "ORG")]
    assert _quoted("وقال متحدث باسم المفوضية لـ«المدى» إن القرار") == [("المدى", "ORG")]


def test_a_quoted_phrase_elsewhere_is_not_an_organisation():
    assert _quoted("ودعا المتظاهرون لـ«الإصلاح» الشامل") == []  # called for, not said to
    assert _quoted("وقال إن «الأمر انتهى» تماما") == []
    assert _quoted("وقال الوزير - «لن نتراجع»") == []  # a dash inside a line is no dateline
    assert _quoted("وصف الخطة بأنها «خطوة أولى نحو إصلاح شامل وعميق للقطاع»") == []


def _datelines(text, common=lambda w: False):
    return _found(text, "dateline", common)


def test_the_place_of_a_wire_dateline_is_a_location():
    assert _datelines("موروني - «عربي21»\nارتفع عدد") == [("موروني", "LOC")]
    assert _datelines("عنوان الخبر\nنواكشوط (الأخبار) - قال الوزير") == [("نواكشوط", "LOC")]
    assert _datelines("أديس أبابا - أعلنت الحكومة") == [("أديس أبابا", "LOC")]


def test_no_dateline_without_a_dash_late_in_the_text_or_on_ordinary_words():
    assert _datelines("موروني تستقبل الوفد") == []
    assert _datelines("أ\nب\nج\nموروني - قال") == []  # only the first three lines
    assert _datelines("عاجل - قالت الوزارة", common=lambda w: w == fold("عاجل")) == []
