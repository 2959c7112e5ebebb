"""Golden test on the bundled sample article (resources/sample/alipay-regulators.ar.txt).

The expected records were written from ATTRIBUTION.md by reading the article; they agree with
the hand annotation in shared/data/sample/attribution.json (compared below when that file is
present next to the checkout)."""

import json
from pathlib import Path

import pytest

from reader.core.attribution import detect_claims
from reader.core.resources import sample_article

from attr_helpers import Rec, as_rec

NP, NO, ME, AN = "named_person", "named_organization", "media", "anonymous"
FT = "الأوقات المالية"
EXPECTED = [
    Rec("قالت", "مصادر", AN, "مصادر", "وكالة فرانس برس",
        "الحكومة تريد إنهاء سيطرة شركات التكنولوجيا الكبيرة على البيانات", False),
    Rec("ذكرت", "شخص على علم بالموضوع", AN, "شخص على علم بالموضوع", FT,
        "تم إخبار Alipay - مع أكثر من مليار مستخدم في الصين ودول آسيوية أخرى بما في ذلك الهند - "
        "بالتفرغ من أعمال القروض الصغيرة المربحة", False),
    Rec("وقال", "مصدر مقرب من المنظمين الماليين", AN, "مصدر مقرب من المنظمين الماليين", FT,
        "تعتقد الحكومة أن قوة احتكار شركات التكنولوجيا الكبيرة تأتي من سيطرتها على البيانات", True),
    Rec("'", "", AN, "مصدر مقرب من المنظمين الماليين", FT, "إنها تريد إنهاء ذلك", True),
    Rec("انتقد", "جاك ما", NP, "جاك ما", "", "المسؤولين لخنق الابتكار", False),
    Rec("حسبما قال", "مصدران مطلعان على الترتيب", AN, "مصدران مطلعان على الترتيب", FT,
        "بعد فصل أعمال الدفع والقروض ، سيتعين على Alipay تسليم بيانات العملاء المستخدمة في اتخاذ قرارات "
        "الإقراض الخاصة بها إلى مشروع مشترك جديد لتسجيل الائتمان مملوك جزئيًا للدولة", False),
    Rec("ولم ترد", "أليباي", NO, "أليباي", "",
        "على الفور على أسئلة وكالة فرانس برس حول كيفية تأثير الأمر على أعمالها", False),
    Rec("وقال", "تشاو تشيجو", NP, "تشاو تشيجو", "",
        "المنظمين طلبوا أيضًا من منصة التجارة الإلكترونية الخاصة بشركة ما ، علي بابا وشركات الإنترنت الأخرى ، "
        "التوقف عن منع الروابط مع الخدمات المنافسة", False),
    Rec("أعلنت", "الجهة المنظمة للسوق في الصين", NO, "الجهة المنظمة للسوق في الصين", "",
        "قواعد لإسقاط ما يسمى بـ 'الحدائق المسورة' التي بنتها شركات التكنولوجيا والتي تهدف إلى حبس "
        "المستخدمين في خدماتها", False),
    Rec("وقال", "تشاو", NP, "تشاو تشيجو", "",
        "من غير المعقول تقييد .. الوصول إلى روابط مواقع الويب ، الأمر الذي لا يؤثر فقط على تجربة المستخدم ، "
        "ولكنه يضر أيضًا بحقوق ومصالح المستخدمين ويعطل نظام السوق", True),
    Rec("'", "", NP, "تشاو تشيجو", "", "رد المستخدمون بشدة على هذا", True),
]


@pytest.fixture(scope="module")
def sample():
    return sample_article().read_text(encoding="utf-8")


def test_sample_records(sample):
    assert [as_rec(c) for c in detect_claims(sample)] == EXPECTED


def test_sample_offsets_point_at_the_text(sample):
    for c in detect_claims(sample):
        assert sample[c.start:c.end] == c.text
        assert sample[c.cue.start:c.cue.end] == c.cue.text
        assert sample[c.source.start:c.source.end] == c.source.text
        if c.via:
            assert sample[c.via.start:c.via.end] == c.via.text


def test_sample_with_the_noise_hidden(sample):
    from reader.core.model import NoiseSpan

    i = sample.index("ما هو افضل سن للزواج")
    noise = [NoiseSpan(i, i + len("ما هو افضل سن للزواج"), "clickbait")]
    assert [as_rec(c) for c in detect_claims(sample, noise=noise)] == EXPECTED


def _shared_annotation() -> Path | None:
    here = Path(__file__).resolve()
    for parent in here.parents:
        for candidate in (parent / "shared" / "data" / "sample" / "attribution.json",
                          parent.parent / "shared" / "data" / "sample" / "attribution.json"):
            if candidate.is_file():
                return candidate
    return None


def test_expected_records_agree_with_the_shared_annotation():
    path = _shared_annotation()
    if path is None:
        pytest.skip("shared/data/sample/attribution.json is not next to this checkout")
    gold = json.loads(path.read_text(encoding="utf-8"))["attributions"]
    got = [Rec(g["cue"], g["source"], g["source_kind"], g["source_resolved"], g["via"] or "", g["claim"],
               g["direct_quote"]) for g in gold]
    assert got == EXPECTED
