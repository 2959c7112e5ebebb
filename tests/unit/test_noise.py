"""Noise detection on mini-articles written for these tests, and on the bundled sample."""

import pytest

from reader.core.noise import NOISE_REASONS, detect_noise
from reader.core.resources import sample_article


def flagged(text: str) -> list[tuple[str, str]]:
    return [(text[n.start : n.end], n.reason) for n in detect_noise(text)]


def check_spans(text: str) -> None:
    spans = detect_noise(text)
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.reason in NOISE_REASONS
        assert text[s.start : s.end] == text[s.start : s.end].strip()


ECONOMY = """البنك المركزي يرفع أسعار الفائدة لمواجهة التضخم

بقلم: أحمد علي

القاهرة (رويترز) - رفع البنك المركزي أسعار الفائدة الرئيسية بمقدار نصف نقطة مئوية يوم الخميس، في خطوة تهدف إلى كبح التضخم الذي بلغ أعلى مستوياته منذ عقدين.

صورة أرشيفية لمقر البنك المركزي (رويترز)

وقال محافظ البنك في مؤتمر صحفي إن القرار جاء بعد دراسة متأنية لمؤشرات الأسعار والنمو، مضيفا أن البنك مستعد لاتخاذ مزيد من الإجراءات إذا لزم الأمر.

اقرأ أيضا: الذهب يتراجع مع صعود الدولار

قرار متوقع

وتوقع محللون أن تؤدي زيادة الفائدة إلى تباطؤ الإقراض العقاري وارتفاع تكلفة القروض على الشركات الصغيرة. إقرأ أيضاً: أسعار النفط تقفز

هل تعلم ما هي أفضل الأطعمة لتقوية المناعة

'سنفعل كل ما يلزم لخفض الأسعار'.

وشارك آلاف الموظفين في إضراب احتجاجا على ارتفاع الأسعار، بينما تحسنت أوضاع المصارف بصورة كبيرة خلال العام الماضي (صورة: أرشيف) رغم الأزمة.

وأشار البنك في بيانه إلى أن معدل التضخم السنوي سجل 8.5 في المئة الشهر الماضي، مقارنة بـ 7.9 في المئة في الشهر السابق.

شارك عبر فيسبوك تويتر واتساب

تابعونا على تويتر للمزيد من الأخبار الاقتصادية

مقالات ذات صلة

البورصة تغلق على ارتفاع
"""


def test_each_kind_in_an_economy_article():
    found = flagged(ECONOMY)
    assert found == [
        ("صورة أرشيفية لمقر البنك المركزي (رويترز)", "image caption"),
        ("اقرأ أيضا: الذهب يتراجع مع صعود الدولار", "read also"),
        ("إقرأ أيضاً: أسعار النفط تقفز", "read also"),
        ("هل تعلم ما هي أفضل الأطعمة لتقوية المناعة", "unrelated line"),
        ("(صورة: أرشيف)", "image caption"),
        ("شارك عبر فيسبوك تويتر واتساب", "share/follow"),
        ("تابعونا على تويتر للمزيد من الأخبار الاقتصادية", "share/follow"),
        ("مقالات ذات صلة", "recommended"),
        ("البورصة تغلق على ارتفاع", "recommended"),  # a headline under the header
    ]
    check_spans(ECONOMY)


def test_negatives_in_the_economy_article_are_left_alone():
    texts = [t for t, _ in flagged(ECONOMY)]
    for line in ("بقلم: أحمد علي", "قرار متوقع", "'سنفعل كل ما يلزم لخفض الأسعار'."):
        assert line not in texts
    assert not any(t.startswith("القاهرة (رويترز)") for t in texts)  # a dateline
    assert not any(t.startswith("وشارك آلاف") for t in texts)  # "شارك" as a verb


SPORT = """المنتخب الوطني يتأهل إلى نهائي كأس آسيا بعد فوز صعب

حقق المنتخب الوطني فوزا صعبا على منافسه بهدفين مقابل هدف في نصف نهائي كأس آسيا مساء الثلاثاء، ليضرب موعدا مع حامل اللقب في المباراة النهائية.

وسجل المهاجم هدف الفوز في الدقيقة الأخيرة من المباراة بعد تمريرة من قائد المنتخب (صورة: أ ف ب) وسط فرحة الجماهير.

أداء المنتخب في البطولة

وقال مدرب المنتخب بعد المباراة إن اللاعبين أظهروا روحا قتالية عالية، مؤكدا أن الفريق سيستعد جيدا للمباراة النهائية.

اقرأ أيضا:
المدرب يعلن قائمة اللاعبين للمباراة النهائية

لن تصدق ماذا فعلت هذه الفنانة في حفل زفافها

ويلعب المنتخب المباراة النهائية يوم الجمعة على الملعب الرئيسي في العاصمة بحضور أكثر من خمسين ألف مشجع.

Getty Images

مقترحات لك
فوائد الشاي الأخضر للصحة
أسعار الذهب اليوم في الأسواق
"""


def test_sport_article():
    found = flagged(SPORT)
    assert ("(صورة: أ ف ب)", "image caption") in found
    assert ("اقرأ أيضا:", "read also") in found
    assert ("المدرب يعلن قائمة اللاعبين للمباراة النهائية", "read also") in found
    assert ("لن تصدق ماذا فعلت هذه الفنانة في حفل زفافها", "unrelated line") in found
    assert ("Getty Images", "image caption") in found
    assert ("مقترحات لك", "recommended") in found
    assert ("فوائد الشاي الأخضر للصحة", "recommended") in found
    assert ("أسعار الذهب اليوم في الأسواق", "recommended") in found
    texts = [t for t, _ in found]
    assert "أداء المنتخب في البطولة" not in texts  # a subheading that shares the article's words
    assert not any(t.startswith("حقق المنتخب") or t.startswith("وقال مدرب") for t in texts)
    check_spans(SPORT)


ENGLISH_NOISE = """الرئيس يزور المصنع الجديد للسيارات الكهربائية في المدينة الصناعية

زار الرئيس يوم الاثنين المصنع الجديد للسيارات الكهربائية في المدينة الصناعية، واطلع على خطوط الإنتاج التي تبلغ طاقتها مئة ألف سيارة سنويا.

Photo: Reuters / Staff photographer

وقال مدير المصنع إن الإنتاج سيبدأ في الربع الأول من العام المقبل، وإن نصف الإنتاج سيخصص للتصدير إلى الأسواق الأوروبية.

Share this article
Follow us on Twitter and Facebook

وأكد الرئيس أن المصنع سيوفر ثلاثة آلاف فرصة عمل مباشرة للشباب في المدينة الصناعية والمناطق المحيطة بها.

You may also like
"""


def test_latin_noise_lines():
    found = flagged(ENGLISH_NOISE)
    assert found == [
        ("Photo: Reuters / Staff photographer", "image caption"),
        ("Share this article", "share/follow"),
        ("Follow us on Twitter and Facebook", "share/follow"),
        ("You may also like", "recommended"),
    ]


CLEAN = """وزارة الصحة تطلق حملة تطعيم واسعة ضد الإنفلونزا الموسمية

كتب: محمد سعيد

الرياض - أطلقت وزارة الصحة اليوم حملة تطعيم واسعة ضد الإنفلونزا الموسمية تستهدف أكثر من خمسة ملايين شخص في مختلف المناطق.

أهداف الحملة

وقال المتحدث باسم الوزارة إن الحملة تستهدف كبار السن والأطفال والعاملين في القطاع الصحي بالدرجة الأولى.

'التطعيم هو الوسيلة الأكثر أمانا للوقاية من المضاعفات'.

مواعيد التطعيم في المراكز الصحية

وأوضح أن المراكز الصحية ستستقبل الراغبين في التطعيم من الثامنة صباحا حتى العاشرة مساء طوال أيام الأسبوع.

وشارك في إطلاق الحملة عدد من المسؤولين والأطباء، وتحسن الإقبال على التطعيم بصورة ملحوظة مقارنة بالعام الماضي.

كيف تحمي نفسك من الإنفلونزا

ونصحت الوزارة المواطنين بغسل اليدين باستمرار وتجنب الأماكن المزدحمة خلال موسم الإنفلونزا.
"""


def test_clean_article_has_no_noise():
    """Subheadings (also one that opens like clickbait), a quote line and a byline stay."""
    assert flagged(CLEAN) == []


def test_sample_article():
    text = sample_article().read_text(encoding="utf-8")
    found = flagged(text)
    assert found == [
        ("صورة تمثيلية. الصورة: ملف", "image caption"),
        ("صورة تمثيلية. الصورة: ملف", "image caption"),
        ("ما هو افضل سن للزواج", "unrelated line"),
        ("موصى به", "recommended"),
    ]
    check_spans(text)


@pytest.mark.parametrize(
    "cue", ["اقرأ أيضا", "اقرأ أيضاً", "إقرأ ايضا", "اقرأ أيضًا", "طالع أيضا", "شاهد أيضا", "• اقرأ أيضا"]
)
def test_read_also_spellings(cue):
    text = CLEAN.replace("أهداف الحملة", f"{cue}: ارتفاع الإصابات بالحصبة في المدارس")
    assert (f"{cue}: ارتفاع الإصابات بالحصبة في المدارس", "read also") in flagged(text)


@pytest.mark.parametrize(
    "line",
    ["موصى به", "قد يعجبك أيضا", "مقترحات لك", "الأكثر قراءة", "اخترنا لك", "مواضيع ذات صلة"],
)
def test_recommended_headers(line):
    text = CLEAN + "\n" + line + "\n"
    assert (line, "recommended") in flagged(text)


@pytest.mark.parametrize(
    "line",
    ["صورة تمثيلية", "الصورة: ملف", "(صورة: رويترز)", "أرشيفية", "صورة أرشيفية",
     "المحتجون أمام مبنى البرلمان (أ ف ب)", "Photo: AFP", "Getty Images"],
)
def test_caption_lines(line):
    text = CLEAN.replace("أهداف الحملة", line)
    assert (line, "image caption") in flagged(text)


@pytest.mark.parametrize(
    "line",
    ["فيسبوك تويتر واتساب تيليجرام", "تابعونا على فيسبوك", "للاشتراك في النشرة البريدية اضغط هنا",
     "شارك المقال", "Share on Facebook"],
)
def test_share_follow_lines(line):
    text = CLEAN.replace("أهداف الحملة", line)
    assert (line, "share/follow") in flagged(text)


def test_unrelated_line_next_to_noise_without_a_clickbait_opening():
    text = CLEAN.replace("أهداف الحملة", "صورة تمثيلية\n\nسعر الذهب في الأسواق المحلية")
    assert ("سعر الذهب في الأسواق المحلية", "unrelated line") in flagged(text)


def test_unrelated_line_not_judged_in_a_tiny_text():
    text = "عنوان\n\nنص قصير جدا.\n\nما هو افضل سن للزواج\n"
    assert flagged(text) == []


def test_title_is_never_flagged_as_unrelated():
    text = "ما هو مستقبل الطاقة الشمسية\n\n" + CLEAN
    assert all(t != "ما هو مستقبل الطاقة الشمسية" for t, _ in flagged(text))


def test_offsets_survive_diacritics_and_invisibles():
    text = CLEAN.replace("أهداف الحملة", "\u200fوَهُنَا نَصٌّ. اِقْرَأْ أَيْضًا: خبر آخر عن الطقس")
    found = flagged(text)
    assert ("اِقْرَأْ أَيْضًا: خبر آخر عن الطقس", "read also") in found
    check_spans(text)


def test_empty_and_blank_text():
    assert detect_noise("") == []
    assert detect_noise("\n\n   \n") == []


def test_photo_opening_lines_are_captions_but_sentences_are_not():
    text = CLEAN.replace("أهداف الحملة", "صورة من الطوابير أمام أحد المراكز الصحية")
    assert ("صورة من الطوابير أمام أحد المراكز الصحية", "image caption") in flagged(text)
    text = CLEAN.replace("أهداف الحملة", "صورة قاتمة رسمها التقرير لأوضاع المستشفيات.")
    assert flagged(text) == []


LONG = CLEAN + """
وفي سياق متصل، أعلنت الجامعات الحكومية عن برنامج تدريبي للطلاب المتطوعين الذين سيشاركون في تنظيم الطوابير وتسجيل البيانات في المراكز.

وأكد مدير البرنامج أن المتطوعين سيحصلون على شهادات معتمدة وساعات خدمة مجتمعية تضاف إلى سجلاتهم الأكاديمية.

ورصدت الوزارة ميزانية إضافية لشراء الثلاجات الطبية ووسائل النقل المبردة لضمان سلامة اللقاحات في القرى النائية والمناطق الجبلية.

ويتوقع خبراء الصحة العامة أن تسهم الحملة في خفض معدلات دخول المستشفيات خلال فصل الشتاء وتخفيف الضغط على أقسام الطوارئ.
"""


def test_isolated_line_in_a_long_article():
    """Three content words the article never uses, standing alone between paragraphs."""
    text = LONG.replace("أهداف الحملة", "نجمة سينمائية تكشف أسرار رشاقتها")
    assert ("نجمة سينمائية تكشف أسرار رشاقتها", "unrelated line") in flagged(text)


def test_isolated_list_item_is_not_flagged():
    text = LONG.replace("أهداف الحملة", "• نجمة سينمائية تكشف أسرار رشاقتها")
    assert flagged(text) == []


def test_short_ordinary_lines_are_not_share_lines():
    for line in ("على أن", "فيس بوك وأخواتها: كيف غيرت مواقع التواصل حياتنا؟"):
        text = CLEAN.replace("أهداف الحملة", line)
        assert (line, "share/follow") not in flagged(text)
