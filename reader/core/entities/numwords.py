"""Word lists for numeric entities (all folded with reader.core.text.fold), and values.

Written by hand for the reader. Months are given in the Gregorian names used in Egypt and
the Gulf (يناير ...), the Syriac names used in the Levant and Iraq (كانون الثاني ...), the
French-derived names of the Maghreb (جانفي ...), and the Hijri months.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.text import fold, tokenize


def _f(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


_UNITS_WORDS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2,
    "اثني": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6,
    "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10, "أحد": 1, "إحدى": 1,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتي": 200, "مائتي": 200, "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400,
    "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600,
    "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800, "تسعمئة": 900,
    "تسعمائة": 900,
}
WORD_VALUES = {fold(k): v for k, v in _UNITS_WORDS.items()}
_SCALE_VALUES = {
    "ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "ألفين": 2e3, "ألفان": 2e3,
    "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6, "مليونين": 2e6, "مليونان": 2e6,
    "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "مليارين": 2e9, "ملياران": 2e9,
    "بليون": 1e9, "بلايين": 1e9, "بليونا": 1e9, "بليونين": 2e9, "بليونان": 2e9,
    "تريليون": 1e12, "تريليونات": 1e12, "تريليونا": 1e12, "تريليونين": 2e12,
    "تريليونان": 2e12, "ترليون": 1e12, "ترليونات": 1e12, "ترليونا": 1e12,
    "ترليونين": 2e12, "ترليونان": 2e12, "ملايير": 1e9,
    "مئة": 100, "مائة": 100, "مئات": 100,
}
#: Duals in construct before the counted noun (ملياري دولار، ترليوني دولار: two billion
#: dollars): scales only where a currency or a unit follows (مليوني is also "of a million").
_CONSTRUCT_DUALS = {"ألفي": 2e3, "مليوني": 2e6, "ملياري": 2e9, "بليوني": 2e9,
                    "تريليوني": 2e12, "ترليوني": 2e12}
SCALE_VALUES = {fold(k): v for k, v in _SCALE_VALUES.items()}
#: Scales in the dual construct written like the accusative (مليارا ريال: two billion riyals).
_DUAL_CONSTRUCT_A = frozenset(fold(w) for w in ("ألفا", "مليونا", "مليارا", "بليونا", "تريليونا", "ترليونا"))
CONSTRUCT_DUALS = {fold(k): v for k, v in _CONSTRUCT_DUALS.items()}
NUMBER_WORDS = frozenset(WORD_VALUES) - {fold("مئة"), fold("مائة")}
SCALES = frozenset(SCALE_VALUES)
LATIN_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
                "million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3}

#: Currency names as they follow an amount: singular, accusative, plural, dual (ريالين:
#: "two riyals", an amount on its own), and the definite plural after a scale (مليارات
#: الدولارات). Persian ی and ک fold to ي and ك (ریال).
_CURRENCIES = {
    "USD": "دولار دولارا دولارات الدولارات دولارًا دولاران دولارين",
    "EUR": "يورو اليوروهات",
    "GBP": "إسترليني استرليني",
    "EGP": "جنيه جنيها جنيهات جنيهان جنيهين",
    "SAR": "ريال ريالا ريالات الريالات ريالان ريالين",
    "AED": "درهم درهما دراهم الدراهم درهمان درهمين",
    "KWD": "دينار دينارا دنانير الدنانير ديناران دينارين",
    "TRY": "ليرة ليرات",
    "RUB": "روبل روبلات",
    "CNY": "يوان اليوانات",
    "JPY": "ين",
    "KRW": "وون",
    "INR": "روبية روبيات",
    "CHF": "فرنك فرنكات",
    "ILS": "شيكل شيكلات شيقل",
    "MXN": "بيزو",
    "BTC": "بيتكوين",
}
#: Subunits: an amount in halalas, piastres, cents or fils is money too (19 هللة: 0.19 SAR).
_SUBUNITS = {
    "هللة": ("SAR", 100), "هللات": ("SAR", 100), "هللا": ("SAR", 100),
    "قرش": ("EGP", 100), "قرشا": ("EGP", 100), "قروش": ("EGP", 100),
    "سنت": ("USD", 100), "سنتا": ("USD", 100), "سنتات": ("USD", 100),
    "فلس": ("KWD", 1000), "فلسا": ("KWD", 1000),
}
SUBUNIT_DIVISORS = {fold(w): d for w, (_c, d) in _SUBUNITS.items()}
CURRENCY_CODES = {fold(w): code for code, ws in _CURRENCIES.items() for w in ws.split()}
CURRENCY_CODES.update({fold(w): c for w, (c, _d) in _SUBUNITS.items()})
for _code in ("USD", "EUR", "GBP", "EGP", "SAR", "AED", "KWD", "QAR", "CNY", "JPY", "KRW"):
    CURRENCY_CODES[_code.lower()] = _code
CURRENCY = frozenset(CURRENCY_CODES)
#: Dual currency words: an amount on their own (ريالين: two riyals).
CURRENCY_DUALS = frozenset(w for w in CURRENCY if w.endswith(("ين", "ان")) and len(w) > 4
                           and w not in ("يوان",))
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

#: Currencies whose name several countries share: the default code (CURRENCY_CODES) is
#: the most common one in Arabic news; an adjective after the name (دينار أردني) or the
#: country the article is about decides otherwise.
_SHARED = {
    "KWD": {"KW": "KWD", "JO": "JOD", "BH": "BHD", "IQ": "IQD", "LY": "LYD", "TN": "TND",
            "DZ": "DZD"},  # دينار
    "SAR": {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER", "IR": "IRR"},  # ريال
    "AED": {"AE": "AED", "MA": "MAD"},  # درهم
    "EGP": {"EG": "EGP", "SD": "SDG", "GB": "GBP"},  # جنيه
    "TRY": {"TR": "TRY", "LB": "LBP", "SY": "SYP"},  # ليرة
}
#: Country -> the words that name it or describe something of it (name, nisba, capital).
#: عمان (Oman and Amman) and طرابلس (in Libya and in Lebanon) are left out on purpose.
_COUNTRY_WORDS = {
    "KW": "الكويت كويتي كويتيا كويتية الكويتي الكويتية",
    "JO": "الأردن أردني أردنيا أردنية الأردني الأردنية",
    "BH": "البحرين بحريني بحرينيا بحرينية البحريني البحرينية المنامة",
    "IQ": "العراق عراقي عراقيا عراقية العراقي العراقية بغداد",
    "LY": "ليبيا ليبي ليبية الليبي الليبية بنغازي",
    "TN": "تونس تونسي تونسيا تونسية التونسي التونسية",
    "DZ": "الجزائر جزائري جزائريا جزائرية الجزائري الجزائرية",
    "SA": "السعودية سعودي سعوديا سعودية السعودي الرياض",
    "QA": "قطر قطري قطريا قطرية القطري القطرية الدوحة",
    "OM": "عماني عمانيا عمانية العماني العمانية مسقط",
    "YE": "اليمن يمني يمنيا يمنية اليمني اليمنية صنعاء",
    "IR": "إيران إيراني إيرانيا إيرانية الإيراني الإيرانية طهران",
    "AE": "الإمارات إماراتي إماراتيا إماراتية الإماراتي الإماراتية دبي أبوظبي",
    "MA": "المغرب مغربي مغربيا مغربية المغربي المغربية الرباط",
    "EG": "مصر مصري مصريا مصرية المصري المصرية القاهرة",
    "SD": "السودان سوداني سودانيا سودانية السوداني السودانية الخرطوم",
    "GB": "بريطانيا بريطاني بريطانية البريطاني البريطانية لندن إسترليني استرليني",
    "TR": "تركيا تركي تركية التركي التركية أنقرة إسطنبول اسطنبول",
    "LB": "لبنان لبناني لبنانية اللبناني اللبنانية بيروت",
    "SY": "سوريا سوري سورية السوري السورية دمشق",
}
COUNTRY_OF_WORD = {fold(w): c for c, ws in _COUNTRY_WORDS.items() for w in ws.split()}


def country_counts(norms) -> dict[str, int]:
    """How often each country of :data:`COUNTRY_OF_WORD` is named in folded words (a
    proclitic و ب ل ف allowed), for choosing the code of a shared currency name."""
    out: dict[str, int] = {}
    for w in norms:
        c = COUNTRY_OF_WORD.get(w)
        if c is None and len(w) > 3 and w[0] in "وبلف":
            c = COUNTRY_OF_WORD.get(w[1:])
            if c is None and w[1:3] == "لل":
                c = COUNTRY_OF_WORD.get("ال" + w[3:])
            elif c is None and w[:2] == "لل":
                c = COUNTRY_OF_WORD.get("ال" + w[2:])
        if c is not None:
            out[c] = out.get(c, 0) + 1
    return out


def shared_currency(code: str, countries: dict[str, int] | None) -> str:
    """The code of a shared currency name (``code`` is its default) in an article that
    names ``countries`` (:func:`country_counts`): the most named country that uses it."""
    options = _SHARED.get(code)
    if not options or not countries:
        return code
    best = max(options, key=lambda c: countries.get(c, 0))
    return options[best] if countries.get(best, 0) > 0 else code
CURRENCY_ADJ = _f(
    "أمريكي أميركي أمريكيا أميركيا مصري مصريا إسترليني استرليني سعودي سعوديا قطري قطريا "
    "إماراتي إماراتيا كويتي كويتيا أردني أردنيا بحريني عماني يمني عراقي عراقيا ليبي تونسي "
    "تونسيا جزائري مغربي مغربيا سوداني لبناني لبنانية سوري سورية تركية تركي صيني ياباني روسي "
    "هندية هندي سويسري أوروبي كندي أسترالي كوري كوريا جنوبي إيراني إيرانيا بريطاني مكسيكي "
    "إسرائيلي إسرائيليا باكستانية باكستاني"
)
PERCENT_WORDS = _f("بالمئة بالمائة بالميه بالمية %")
PERCENT_NOUNS = _f("المئة المائة الميه المية")
PERCENT_ADJ = _f("مئوية")
POINTS = _f("نقطة نقاط")

UNITS = _f(
    "طن أطنان طنا برميل براميل برميلا كيلومتر كيلومترات كيلومترا كلم كم متر أمتار مترا "
    "ميل أميال ميلا كيلوغرام كيلوغرامات كيلوجرام كيلوجرامات كغ كلغ كيلو غرام غراما جرام "
    "غرامات لتر لترات لترا ميغاواط ميجاوات ميغاوات ميغاوط غيغاواط جيجاوات كيلوواط كيلووات "
    "واط هكتار هكتارات هكتارا فدان أفدنة فدانا دونم دونمات دونما أوقية أونصة أوقيات "
    "قدم أقدام درجة درجات نقطة نقاط km kg mw gw kw bpd"
)
UNITS_2 = {
    (fold(a), fold(b))
    for a, b in (("متر", "مكعب"), ("أمتار", "مكعبة"), ("قدم", "مكعب"), ("مليون", "برميل"),
                 ("كيلومتر", "مربع"), ("كيلومترات", "مربعة"), ("متر", "مربع"),
                 ("أمتار", "مربعة"), ("درجة", "مئوية"), ("برميل", "يوميا"))
}
COUNTED = _f(
    "مستخدم مستخدمين مستخدما شخص أشخاص شخصا مواطن مواطنين مواطنا نسمة عامل عمال عاملا "
    "موظف موظفين موظفا طالب طلاب طالبا لاجئ لاجئين لاجئا قتيل قتلى قتيلا جريح جرحى جريحا "
    "مصاب مصابين مصابا إصابة إصابات وفاة وفيات حالة حالات سيارة سيارات منزل منازل منزلا "
    "وحدة وحدات سهم أسهم شركة شركات مشروع مشاريع مشروعا وظيفة وظائف فرصة طائرة طائرات "
    "جندي جنود جنديا مقاتل مقاتلين مقاتلا زائر زوار زائرا سائح سياح سائحا عميل عملاء "
    "عميلا مشترك مشتركين مشتركا حساب حسابات حسابا جهاز أجهزة جهازا هاتف هواتف نسخة نسخ "
    "طفل أطفال طفلا امرأة نساء رجل رجال رجلا عائلة عائلات أسرة أسر مريض مرضى مريضا "
    "مدرسة مدارس مستشفى مستشفيات قرية قرى مسافر مسافرين مسافرا صاروخ صواريخ سفينة سفن "
    "حاوية حاويات مقعد مقاعد صوت أصوات ناخب ناخبين عضو أعضاء معتقل معتقلين أسير أسرى "
    "مهاجر مهاجرين مهاجرا نازح نازحين متظاهر متظاهرين متظاهرا مشجع مشجعين رأس"
)
FUNCTION_WORDS = _f(
    "في من على إلى الى عن مع و أو ثم أن إن لا لم لن ما قد كان كانت هو هي هم هذا هذه ذلك "
    "تلك التي الذي الذين حتى منذ بين بعد قبل عند حول خلال ضد لدى نحو عبر أي كل بعض غير "
    "سوى أكثر أقل فقط أيضا وفق وفقا حسب بحسب مقابل مقارنة نسبة بنسبة بقيمة قيمتها إلا "
    "يوم عام سنة شهر مرة مرات"
)
#: Words that start a new clause after a bare amount: never its counted noun (the span of
#: "5 مليارات كما خسرت" stops at the amount).
CLAUSE_WORDS = _f(
    "كما بينما مما فيما حيث لكن لكنه لكنها ولكن وهو وهي وهذا إذ اذ إذا اذا كذلك ثم وذلك "
    "وكان وكانت أما اما لأن لان بعدما عندما حين حينما إلا الا ليصل لتصل ليبلغ لتبلغ ليصبح "
    "لتصبح ليستقر لتستقر مقارنة مقابل"
)
TIME_UNITS = _f(
    "سنة سنوات سنين أعوام عاما عام شهر أشهر شهور شهرا أسبوع أسابيع أسبوعا يوم أيام يوما "
    "ساعة ساعات دقيقة دقائق ثانية ثوان عقد عقود قرن قرون مرة مرات"
)
APPROX = sorted(
    (tuple(fold(t.text) for t in tokenize(p)) for p in (
        "أكثر من", "أقل من", "أزيد من", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقرب من",
        "ما يزيد على", "ما يزيد عن", "ما لا يقل عن", "ما يصل إلى", "ما يناهز", "أكثر قليلا من",
        "أقل قليلا من", "ما مجموعه", "نحو", "تقريبا")),
    key=len, reverse=True,
)

_MONTHS = {
    1: "يناير كانون_الثاني جانفي", 2: "فبراير شباط فيفري", 3: "مارس آذار",
    4: "أبريل إبريل نيسان أفريل",
    5: "مايو أيار ماي", 6: "يونيو يونيه حزيران جوان", 7: "يوليو يوليه تموز جويلية",
    8: "أغسطس آب أوت", 9: "سبتمبر أيلول", 10: "أكتوبر تشرين_الأول", 11: "نوفمبر تشرين_الثاني",
    12: "ديسمبر كانون_الأول",
}
MONTHS: dict = {}
for _m, _ws in _MONTHS.items():
    for _w in _ws.split():
        parts = tuple(fold(p) for p in _w.split("_"))
        MONTHS[parts if len(parts) > 1 else parts[0]] = _m
#: Month names that are also ordinary words or names (مارس "exerted", آب, نيسان the carmaker
#: Nissan): a date only with a day, a year, a preposition or شهر around them.
MONTHS_NEED_CONTEXT = _f("مارس آب ماي يونيه يوليه نيسان")
HIJRI: dict = {}
for _w in ("محرم صفر ربيع_الأول ربيع_الآخر ربيع_الثاني جمادى_الأولى جمادى_الآخرة "
           "جمادى_الثانية رجب شعبان رمضان شوال ذو_القعدة ذي_القعدة ذو_الحجة ذي_الحجة").split():
    parts = tuple(fold(p) for p in _w.split("_"))
    HIJRI[parts if len(parts) > 1 else parts[0]] = 0

#: Every word of a month name (كانون، الثاني، نيسان، ذي، الحجة ...).
MONTH_WORDS = frozenset(
    w for key in (*MONTHS, *HIJRI) for w in (key if isinstance(key, tuple) else (key,)))

WEEKDAYS = _f("الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد")
WEEKDAYS_AMBIGUOUS = _f("الاثنين الإثنين الجمعة الأحد")
RELATIVE_UNITS = _f("الشهر العام السنة الأسبوع الربع الموسم العقد")
RELATIVE_ANCHORS = _f(
    "الماضي الماضية المقبل المقبلة القادم القادمة الجاري الجارية الحالي الحالية الفائت "
    "الفائتة المنصرم المنصرمة السابق"
)
PERIOD_PARTS = _f("الربع النصف الفصل")
ORDINALS = _f("الأول الثاني الثالث الرابع الأخير")
YEAR_WORDS = _f("عام العام سنة السنة لعام للعام بعام وعام")
DATE_MODIFIERS = _f("مطلع أوائل أواخر نهاية بداية منتصف أواسط مستهل ختام")
DATE_PREPS = _f(
    "في منذ حتى خلال قبل بعد مطلع أوائل أواخر نهاية بداية منتصف أواسط ومنذ وفي وحتى وخلال "
    "صباح مساء ظهر ليلة فجر عصر يوم إلى الى من بين"
)

_NUM_RE = re.compile(r"[0-9]+(?:[.,\u066B\u066C\u0631][0-9]+)*")


def _digits_value(s: str, bare: bool = False) -> float | None:
    """``bare``: no scale word follows (10.000 ريال is ten thousand, 3.483 مليار a decimal)."""
    parts = re.split(r"[.,\u066B\u066C\u0631]", s)
    if len(parts) == 1:
        return float(parts[0])
    seps = re.findall(r"[.,\u066B\u066C\u0631]", s)
    # 1,000,000 or 1.000: groups of three after each separator are thousands.
    if all(len(p) == 3 for p in parts[1:]) and (
            len(parts) > 2 or seps[0] in ",\u066C" or (bare and seps[0] == "." and parts[0] != "0")):
        return float("".join(parts))
    if len(parts) == 2 and seps[0] == "\u0631":
        # The decimal ر of some Saudi papers is written fraction first, as the digits show
        # left to right: 935ر6 is 6.935 (6.9 million barrels a day, not 935 million).
        return float(parts[1] + "." + parts[0])
    if len(parts) == 2:
        return float(parts[0] + "." + parts[1])
    return None


_RANGE_WORDS = frozenset({"و", "الي", "-", "–", "حتى"})
#: Currencies divided into 1000 (fils): "3.483 دينار" is a decimal, not 3483.
_THOUSANDTHS = frozenset({"KWD", "BHD", "OMR", "JOD", "IQD", "LYD", "TND"})


def range_value(surface: str, countries: dict[str, int] | None = None) -> str | None:
    """'15000000000-20000000000 SAR' for a range (15 إلى 20 مليار ريال، 75 و80 دولارا),
    else None. "مليار و200 مليون" is a sum, not a range: a و after a scale adds."""
    words = [t.text for t in tokenize(surface, punctuation=True)]
    norms = [fold(w) for w in words]
    for c, w in enumerate(norms):
        if w not in _RANGE_WORDS or c == 0 or c + 1 >= len(norms):
            continue
        before = norms[:c]
        if not all(_NUM_RE.fullmatch(b) or b in WORD_VALUES or b in SCALE_VALUES or b in "()"
                   for b in before):
            return None
        scaled = any(b in SCALE_VALUES for b in before)
        if w == "و" and scaled:
            return None
        after = words[c + 1:]
        tail = [a for a, n in zip(after, norms[c + 1:])
                if not (_NUM_RE.fullmatch(n) or n in WORD_VALUES or n in "()")]
        if scaled:
            tail = [a for a in tail if fold(a) not in SCALE_VALUES]
        low = value_of(" ".join(words[:c] + tail), countries)
        high = value_of(" ".join(after), countries)
        if not (low and high) or low.split(" ")[1:] != high.split(" ")[1:]:
            return None
        rest = high.split(" ", 1)
        return f"{low.split(' ')[0]}-{rest[0]}" + (f" {rest[1]}" if len(rest) > 1 else "")
    return None


def value_of(surface: str, countries: dict[str, int] | None = None) -> str | None:
    """A normalised value for an amount: '37000000000 USD', '5%', or None if unsure.

    A currency name several countries share takes the code the adjective after it gives
    (دينار أردني: JOD), else that of the country ``countries`` names most
    (:func:`country_counts` of the article), else the most common one (دينار: KWD)."""
    value = _value_of(surface)
    if value is None or " " not in value:
        return value
    number, code = value.split(" ", 1)
    if code in _SHARED and not _has_adjective(surface):
        code = shared_currency(code, countries)
    return f"{number} {code}"


@lru_cache(maxsize=20_000)
def _has_adjective(surface: str) -> bool:
    return any(fold(t.text) in COUNTRY_OF_WORD for t in tokenize(surface))


@lru_cache(maxsize=20_000)
def _value_of(surface: str) -> str | None:
    words = [fold(t.text) for t in tokenize(surface, punctuation=True)]
    if words[-3:] == ["ر", ".", "س"]:
        words[-3:] = ["ريال"]  # "300 ألف ر.س"
    for k in range(len(words) - 2, 0, -1):
        if words[k] == "." and words[k - 1].isdigit() and words[k + 1].isdigit():
            words[k - 1:k + 2] = [words[k - 1] + "." + words[k + 1]]  # "55. 61 دولارا"
    total = 0.0
    current: float | None = None
    code = None
    divisor = 1
    percent = False
    last_scale = 0.0
    codes = [CURRENCY_CODES[w] for w in words if w in CURRENCY_CODES]
    no_scale = not any(w in SCALE_VALUES or w in LATIN_SCALES or w in CONSTRUCT_DUALS
                       for w in words) and not (codes and codes[0] in _THOUSANDTHS)
    for w in words:
        bare = w
        if w not in WORD_VALUES and w not in SCALE_VALUES and w[:1] in ("و", "ب") and len(w) > 2:
            bare = w[1:]  # ومليون، بمليون (not بليون, a scale of its own)
        if _NUM_RE.fullmatch(w):
            v = _digits_value(w, no_scale)
            if v is None:
                return None
            current = (current or 0) + v
        elif bare in WORD_VALUES:
            current = (current or 0) + WORD_VALUES[bare]
        elif bare in CONSTRUCT_DUALS:  # ملياري دولار
            total += (current if current is not None else 1) * CONSTRUCT_DUALS[bare]
            current = None
        elif bare in SCALE_VALUES or w in LATIN_SCALES:
            scale = SCALE_VALUES.get(bare) or LATIN_SCALES[w]
            if bare in _DUAL_CONSTRUCT_A and current is None and not total:
                scale *= 2  # "مليارا ريال": two billion (after a number, "15 مليارا" is one)
            total += (current if current is not None else 1) * scale
            current = None
            last_scale = scale / 2 if bare.endswith(("ين", "ان")) and scale in (2e3, 2e6, 2e9, 2e12) else scale
        elif w in ("ونصف", "وربع") and current is None and last_scale:
            total += (0.5 if w == "ونصف" else 0.25) * last_scale  # مليون ونصف (المليون): 1.5 million
        elif w in ("نصف", "ونصف", "بنصف"):
            current = (current or 0) + 0.5
        elif w in ("ربع", "بربع"):
            current = (current or 0) + 0.25
        elif w in CURRENCY_CODES:
            code = CURRENCY_CODES[w]
            divisor = SUBUNIT_DIVISORS.get(w, divisor)
            if w in CURRENCY_DUALS and current is None and not total:
                current = 2.0  # ريالين
        elif code in _SHARED and w in COUNTRY_OF_WORD:  # دينار أردني
            code = _SHARED[code].get(COUNTRY_OF_WORD[w], code)
        elif w in CURRENCY_SYMBOLS:
            code = CURRENCY_SYMBOLS[w]
        elif w in ("%", "٪") or w in PERCENT_WORDS or w in PERCENT_NOUNS or w in PERCENT_ADJ:
            percent = True
    total += current or 0
    total /= divisor
    if not total and not code:
        return None
    number = f"{total:.6f}".rstrip("0").rstrip(".")
    if percent:
        return number + "%"
    if code:
        return f"{number} {code}"
    return None
