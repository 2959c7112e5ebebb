"""MONEY, PERCENT, DATE and QUANTITY, in digits of both kinds and in words."""

import pytest

from reader.core.entities.numbers import find_numeric
from reader.core.entities.numwords import value_of
from reader.core.text import fold, tokenize


def numeric(text):
    tokens = tokenize(text, punctuation=True)
    found = find_numeric(text, tokens, [fold(t.text) for t in tokens])
    for e in found:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.type) for e in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بقيمة 37 مليار دولار في", ("37 مليار دولار", "37000000000 USD")),
        ("خسرت 5 ملايين يورو", ("5 ملايين يورو", "5000000 EUR")),
        ("بلغت ١٠٠ ألف ريال", ("١٠٠ ألف ريال", "100000 SAR")),
        ("جمعت $5bn العام", ("$5bn", "5000000000 USD")),
        # the decimal ر is written fraction first: 5ر47 is 47.5 (as real articles show)
        ("بلغ 5ر47 مليار جنيه", ("5ر47 مليار جنيه", "47500000000 EGP")),
        # the approximation is not part of the amount (the gold of real articles)
        ("نحو 3,5 مليون درهم", ("3,5 مليون درهم", "3500000 AED")),
        ("بقيمة مليار دولار أمريكي", ("مليار دولار أمريكي", "1000000000 USD")),
        ("بلغ 1,000,000 دولار", ("1,000,000 دولار", "1000000 USD")),
    ],
)
def test_money(text, expected):
    tokens = tokenize(text, punctuation=True)
    (e,) = find_numeric(text, tokens, [fold(t.text) for t in tokens])
    assert (e.text, e.type, e.canonical) == (*expected[:1], "MONEY", expected[1])


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("ارتفع بنسبة 5% أمس", "5%", "5%"),
        ("ارتفع ٪5 فقط", "٪5", "5%"),
        ("نما 5 في المئة", "5 في المئة", "5%"),
        ("نما 7 بالمئة", "7 بالمئة", "7%"),
        ("نما 8 في المائة", "8 في المائة", "8%"),
        ("نما خمسة بالمئة", "خمسة بالمئة", "5%"),
        ("خفض الفائدة 0.25 نقطة مئوية", "0.25 نقطة مئوية", "0.25%"),
        ("تراجع ٣٫٥٪ أمس", "٣٫٥٪", "3.5%"),
    ],
)
def test_percent(text, span, value):
    found = [e for e in _entities(text) if e.type == "PERCENT"]
    assert [(e.text, e.canonical) for e in found] == [(span, value)]


def _entities(text):
    tokens = tokenize(text, punctuation=True)
    return find_numeric(text, tokens, [fold(t.text) for t in tokens])


@pytest.mark.parametrize(
    "text, span",
    [
        ("وقع في 12 نوفمبر 2023 اتفاق", "12 نوفمبر 2023"),
        ("صدر القرار في 2023/11/12 رسميا", "2023/11/12"),
        ("صدر في 12-11-2023 رسميا", "12-11-2023"),
        ("تأسست عام 2020 في", "عام 2020"),
        ("في 12 تشرين الثاني 2023 أعلن", "12 تشرين الثاني 2023"),
        ("في كانون الثاني الماضي أعلن", "كانون الثاني الماضي"),
        ("أمرت الهيئات يوم الاثنين بإجراء", "يوم الاثنين"),
        ("في إفادة يوم الإثنين ، إن", "يوم الإثنين"),
        ("أعلنت الجهة الشهر الماضي عن", "الشهر الماضي"),
        ("انخفض الإنتاج في نوفمبر ، بعد", "نوفمبر"),
        ("اجتمعوا الخميس الماضي في", "الخميس الماضي"),
        ("خلال شهر رمضان المبارك", "شهر رمضان"),
        ("في الربع الثالث من العام الجاري", "الربع الثالث من العام الجاري"),
        ("نشر في تموز/يوليو 2021 تقرير", "تموز/يوليو 2021"),
        ("يوم الخميس 5 يناير 2023 قال", "يوم الخميس 5 يناير 2023"),
        ("يعود إلى ١٩٩٠ ومنذ", "١٩٩٠"),
    ],
)
def test_dates(text, span):
    assert [e.text for e in _entities(text) if e.type == "DATE"] == [span]


@pytest.mark.parametrize(
    "text, span",
    [
        ("لدى Alipay أكثر من مليار مستخدم في الصين", "أكثر من مليار مستخدم"),
        ("نقل 500 طن من القمح", "500 طن"),
        ("ينتج 3 ملايين برميل من النفط", "3 ملايين برميل"),
        ("قتل 12 شخصا في الهجوم", "12 شخصا"),
        ("يعمل فيها نحو خمسة آلاف موظف", "نحو خمسة آلاف موظف"),
        ("ارتفع المؤشر 50 نقطة", "50 نقطة"),
    ],
)
def test_quantities(text, span):
    assert numeric(text) == [(span, "QUANTITY")]


@pytest.mark.parametrize(
    "text",
    [
        "تنص المادة 5 من القانون على",  # a bare number is no entity
        "قال الاثنين إن الطرفين اتفقا",  # الاثنين = "the two"
        "مارس الضغط على الحكومة",  # مارس = "exerted", not March
        "منذ عشر سنوات",  # a duration
        "ما هو أفضل سن للزواج",
    ],
)
def test_not_numeric(text):
    assert numeric(text) == []


def test_several_amounts_in_a_row_stay_apart():
    text = "خسر 5 ملايين يورو و$5bn و5ر47 مليار جنيه"
    assert [t for t, _ in numeric(text)] == ["5 ملايين يورو", "$5bn", "5ر47 مليار جنيه"]


def test_value_of():
    assert value_of("مليار و200 مليون دولار") == "1200000000 USD"
    assert value_of("3,5 مليون درهم") == "3500000 AED"
    assert value_of("خمسة بالمئة") == "5%"
    assert value_of("500 طن") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # the country the article is about decides a name several countries share
        ("تونس - قال الفلاح إن الكيلوغرام يباع بـ 3 دنانير، والعامل يطلب 50 دينارا.", "50 TND"),
        ("عمّان - ارتفعت الرواتب في الأردن إلى 600 دينار.", "600 JOD"),
        ("الدوحة - قالت الوزارة القطرية إن التذكرة بلغت 200 ريال.", "200 QAR"),
        ("بيروت - صار الدولار يساوي 89 ألف ليرة في لبنان.", "89000 LBP"),
        ("الرباط - خصصت الحكومة المغربية 5 مليارات درهم.", "5000000000 MAD"),
        # an adjective after the name wins over the article's country
        ("في تونس: سعر الصرف 3 دنانير تونسية مقابل 1 دينار أردني.", "1 JOD"),
        ("القاهرة - اشترت الشركة المصرية أرضا في لندن بمليون جنيه إسترليني.", "1000000 GBP"),
        # ب before the number (بمليون، بخمسة ملايين); بليون is a scale of its own
        ("اشترت الشركة المصرية أرضا في لندن بمليون جنيه إسترليني.", "1000000 GBP"),
        ("باعت الحكومة الحصة بخمسة ملايين دولار.", "5000000 USD"),
        ("بلغت قيمة الصفقة بليون دولار", "1000000000 USD"),
        # no country named: the most common reading
        ("بلغ الدعم 100 دينار للأسرة.", "100 KWD"),
    ],
)
def test_shared_currency_names_follow_the_country(text, expected):
    tokens = tokenize(text, punctuation=True)
    found = find_numeric(text, tokens, [fold(t.text) for t in tokens])
    money = [e for e in found if e.type == "MONEY"]
    assert money and money[-1].canonical == expected, [(e.text, e.canonical) for e in money]


def test_bi_is_not_a_number_in_one_of():
    assert numeric("وقال أحد السكان بأحد الأحياء إن خمسة أشخاص قتلوا.") == [("خمسة أشخاص", "QUANTITY")]


def test_amounts_in_subunits_are_money_in_their_currency():
    """Halalas, piastres, cents and fils: an amount of money too, valued in the currency."""
    from reader.core.entities import recognize

    money = lambda t: [(e.text, e.canonical) for e in recognize(t) if e.type == "MONEY"]  # noqa: E731
    assert money("ارتفع سعر السهم 19 هللة في تداولات اليوم.") == [("19 هللة", "0.19 SAR")]
    assert money("تراجع الجنيه 20 قرشا أمام العملة الأمريكية.") == [("20 قرشا", "0.2 EGP")]
    assert money("صعد الخام 5 سنتات في المعاملات الآجلة.") == [("5 سنتات", "0.05 USD")]
    assert money("سنتحدث عن هذا لاحقا.") == []


def test_a_decimal_point_typed_with_a_space_after_it():
    """"55. 61 دولارا": one amount (and one sentence), told from a sentence that ends in a number
    by the size of the parts and the currency, scale or per cent right after."""
    from reader.core.entities import recognize
    from reader.core.text import sentences

    def typed(t, typ):
        return [(e.text, e.canonical) for e in recognize(t) if e.type == typ]

    assert typed("ارتفع سعر البرميل إلى 55. 61 دولارا أمس.", "MONEY") == [("55. 61 دولارا", "55.61 USD")]
    assert typed("بلغت الخسائر 4. 7 ملايين دولار.", "MONEY") == [("4. 7 ملايين دولار", "4700000 USD")]
    assert typed("ونما الاقتصاد 3. 5 في المئة.", "PERCENT") == [("3. 5 في المئة", "3.5%")]
    assert typed("وكان ذلك عام 2005. 60 دولارا هو السعر.", "MONEY") == [("60 دولارا", "60 USD")]
    assert typed("وضمت القائمة 15. 20 شركة أخرى.", "MONEY") == []
    text = "وقال المحلل إن سعر البرميل ارتفع إلى 55. 61 دولارا في نيويورك. وكان ذلك عام 2005. 60 دولارا هو السعر."
    assert [s.text for s in sentences(text)] == [
        "وقال المحلل إن سعر البرميل ارتفع إلى 55. 61 دولارا في نيويورك.",
        "وكان ذلك عام 2005.",
        "60 دولارا هو السعر.",
    ]
