"""Entities and money as real news writes them (issue 9): currencies the tagger took for
names, amounts in every number form, months, «مالي», a newspaper named like a region,
proclitics, head nouns, compound given names and dotted acronyms.

The sentences are made up for these tests. The last test scores the development articles
of ../shared/data/news-dev (read there at run time, never copied) and is skipped without
them.
"""

import sys
from pathlib import Path

import pytest

from reader.core.entities import recognize

ROOT = Path(__file__).resolve().parents[3]


def found(text):
    return [(e.text, e.type) for e in recognize(text)]


def money(text):
    return [(e.text, e.canonical) for e in recognize(text) if e.type == "MONEY"]


@pytest.mark.parametrize(
    "text, amount, value",
    [
        ("وارتفعت الودائع إلى 250 مليار ريال في نهاية العام.", "250 مليار ريال",
         "250000000000 SAR"),
        ("وبلغت الصادرات 3.2 تريليون يوان خلال الفترة.", "3.2 تريليون يوان",
         "3200000000000 CNY"),
        ("وسجلت أرباحا قدرها 45 مليار ين في الربع الأول.", "45 مليار ين", "45000000000 JPY"),
        ("ووقعت عقدا بقيمة 12 مليار وون مع الحكومة.", "12 مليار وون", "12000000000 KRW"),
        ("وبلغت الإيرادات ٧٥٠ مليون درهم إماراتي.", "٧٥٠ مليون درهم إماراتي",
         "750000000 AED"),
        ("وخصصت الكويت 3 مليارات دينار للكهرباء.", "3 مليارات دينار", "3000000000 KWD"),
        ("وبلغت السيولة 1.36 مليون ريال سعودي أمس.", "1.36 مليون ريال سعودي", "1360000 SAR"),
    ],
)
def test_amounts_in_riyal_yuan_yen_won_dirham_dinar(text, amount, value):
    assert money(text) == [(amount, value)]
    entities = recognize(text)
    (m,) = [e for e in entities if e.type == "MONEY"]
    inside = [e for e in entities if e is not m and m.start <= e.start < m.end]
    # the currency word is reported as the MISC it is in ANERcorp, never as a name
    assert all(e.type == "MISC" for e in inside), inside


def test_a_currency_word_is_never_a_person_or_an_organisation():
    for text in ("وتراجع سعر صرف الريال أمام الدولار.", "وارتفع اليوان مقابل الين."):
        assert not [e for e in recognize(text) if e.type in ("PER", "ORG", "LOC")], text


@pytest.mark.parametrize(
    "text, amount, value",
    [
        ("وقفز الإنفاق إلى 5ر47 مليار جنيه.", "5ر47 مليار جنيه", "47500000000 EGP"),
        ("وبلغت القيمة 1,8 مليار يورو.", "1,8 مليار يورو", "1800000000 EUR"),
        ("وسحب العملاء 28,649 مليون ريال.", "28,649 مليون ريال", "28649000000 SAR"),
        ("وبلغت التداولات ٤.١٥٩.٥١٢.٣١٣ ريالا.", "٤.١٥٩.٥١٢.٣١٣ ريالا", "4159512313 SAR"),
        ("وتصل الغرامة إلى 10.000 ريال للمخالف.", "10.000 ريال", "10000 SAR"),
        ("وبلغ الدين ثمانية مليارات ريال.", "ثمانية مليارات ريال", "8000000000 SAR"),
        ("وكلف المشروع عشرين مليون يورو.", "عشرين مليون يورو", "20000000 EUR"),
        ("وباعت حصتها بنصف مليار دولار.", "نصف مليار دولار", "500000000 USD"),
        ("وبلغت الكلفة ملايين الريالات.", "ملايين الريالات", "1000000 SAR"),
        ("وقدرت الاحتياطيات بترليوني دولار.", "ترليوني دولار", "2000000000000 USD"),
        ("وتبلغ قيمتها مليارات الدولارات.", "مليارات الدولارات", "1000000000 USD"),
        ("ووزعت الشركة ريالين لكل سهم.", "ريالين", "2 SAR"),
        ("وطرحت سندات بـ(20) مليار ريال.", "(20) مليار ريال", "20000000000 SAR"),
        ("وبلغ الربح 1.69مليار ريال.", "1.69مليار ريال", "1690000000 SAR"),
    ],
)
def test_every_number_form(text, amount, value):
    assert money(text) == [(amount, value)]


@pytest.mark.parametrize(
    "text, amount, value",
    [
        ("ويرى أن السعر المنطقي بين 70 و85 دولارا للبرميل.", "70 و85 دولارا", "70-85 USD"),
        ("بقيمة تتراوح بين 10 إلى 12 مليار ريال شهريا.", "10 إلى 12 مليار ريال",
         "10000000000-12000000000 SAR"),
        ("وقدر المحلل الحصة بما بين 200 و250 مليون استرليني.", "200 و250 مليون استرليني",
         "200000000-250000000 GBP"),
    ],
)
def test_ranges_are_one_amount(text, amount, value):
    assert money(text) == [(amount, value)]


def test_a_sum_is_not_a_range():
    assert money("وبلغت الكلفة مليار و200 مليون دولار.") == [
        ("مليار و200 مليون دولار", "1200000000 USD")]


def test_spans_stop_at_the_amount():
    # no approximation, no preposition before it, no clause after it
    assert money("ووصل سعر البرميل إلى نحو 48 دولارا كما توقع المحللون.") == [
        ("48 دولارا", "48 USD")]
    assert money("وباعت الحكومة حصتها بمليون دينار أردني.") == [
        ("مليون دينار أردني", "1000000 JOD")]
    assert ("5 مليارات", "QUANTITY") in found("وخسرت الشركة 5 مليارات كما خسرت حصتها.")


def test_dates_leave_out_the_proclitics():
    dates = [e.text for e in recognize("وأعلنت النتائج والخميس الماضي بعد أرباح لعام 2015.")
             if e.type == "DATE"]
    assert dates == ["الخميس الماضي", "عام 2015"]


def test_month_names_are_dates_not_organisations():
    assert found("وتراجعت المبيعات في نيسان الماضي.") == [("نيسان الماضي", "DATE")]
    assert ("أبريل (نيسان) الماضي", "DATE") in found("وارتفع الإنتاج في أبريل (نيسان) الماضي.")
    for month in ("آذار", "أيار", "تموز", "حزيران"):
        entities = recognize(f"وأعلنت الشركة نتائجها في {month} 2015.")
        assert [(e.text, e.type) for e in entities] == [(f"{month} 2015", "DATE")]
    # Nissan the carmaker is no month
    assert not [e for e in recognize("ووقعت شركة نيسان عقدا جديدا.") if e.type == "DATE"]


def test_mali_the_adjective_is_not_the_country():
    assert found("وتوقع وسيط مالي أن ترتفع الأسعار.") == []
    assert ("مالي", "LOC") in found("وزار الرئيس الفرنسي مالي والنيجر.")
    assert ("مالي", "LOC") in found("وقعت الاشتباكات في شمال مالي أمس.")


def test_the_newspaper_named_like_the_region():
    entities = recognize("وقال المحلل لـ«الشرق الأوسط» إن السوق ستتعافى.")
    paper = [e for e in entities if e.text == "الشرق الأوسط"]
    assert [(e.type, e.canonical) for e in paper] == [("ORG", "Asharq Al-Awsat")]
    assert ("الشرق الأوسط", "LOC") in found("وتشهد منطقة الشرق الأوسط نموا في الطلب.")


def test_spans_leave_out_the_proclitics():
    text = "وارتفعت الصادرات إلى الصين وفرنسا ولبنان بنسبة 3% بحسب لوكالة رويترز."
    entities = {e.text: e for e in recognize(text)}
    assert {"الصين", "فرنسا", "لبنان"} <= set(entities)
    assert text[entities["فرنسا"].start - 1] == "و"
    # و before a hamza is always the conjunction, even on a name nobody listed
    unknown = [e for e in recognize("وقال الرئيس تاكاهيرو سوزوكي ونائبه وأتسوشي نيشيمورا إن الشركة خسرت.")
               if e.type == "PER"]
    assert all(not e.text.startswith("وأ") for e in unknown)
    # a name that starts with one of those letters keeps it
    assert ("بكين", "LOC") in found("وقال مسؤول في بكين إن النمو تباطأ.")


def test_head_nouns_stay_in_organisation_names():
    assert ("البنك الأهلي التجاري", "ORG") in found("وأعلن البنك الأهلي التجاري عن أرباحه.")
    assert ("هيئة السوق المالية", "ORG") in found("وقالت هيئة السوق المالية إن الطرح تأجل.")


def test_compound_given_names_stay_whole():
    assert ("عبد الله الفلاني", "PER") in found("وأضاف عبد الله الفلاني أن الأرباح ستتحسن.")
    assert ("ولي الله كريمي", "PER") in found("وقال ولي الله كريمي إن المصرف سيوزع الأرباح.")
    # the expression is no person
    assert not [e for e in recognize("وقال إن الأمور ستتحسن ما شاء الله.") if e.type == "PER"]


def test_dotted_acronyms_stay_whole():
    names = [t for t, _ in found("وقالت جيه.إل.إل للاستشارات إن المبيعات تراجعت.")]
    assert "جيه.إل.إل" in names
    assert not any(n in ("جيه", "إل") for n in names)


def test_basis_points_are_no_organisation():
    assert not [e for e in recognize("بهامش قدره 12 «بي بي» فوق سعر الإقراض.")
                if e.type in ("ORG", "PER")]


def test_money_on_the_development_articles():
    """Every amount of money in the 25 development articles (not the blind ones) as MONEY,
    exact span, with its ISO code (issue 9's bar: 0.95)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import news_gold

    gold = total = iso = 0
    for path in news_gold.gold_files("dev"):
        try:
            text, _, amounts = news_gold.load(path)
        except news_gold.TextMissing:
            continue
        spans = {(e.start, e.end): e for e in recognize(text) if e.type == "MONEY"}
        for a, b, code in amounts:
            gold += 1
            e = spans.get((a, b))
            total += e is not None
            iso += e is not None and code in e.canonical
    if not gold:
        pytest.skip("the development articles are not here")
    assert total / gold >= 0.95 and iso / gold >= 0.95, (total, iso, gold)


def test_a_period_inside_an_acronym_ends_no_sentence():
    from reader.core.entities.tagger import segment
    from reader.core.text import tokenize

    text = "قالت جيه.إل.إل إن البيع تراجع. وارتفع السعر.وتراجع الطلب"
    tokens = tokenize(text, punctuation=True)
    sentences = [" ".join(t.text for t in tokens[b:e]) for b, e in segment(text, tokens)]
    assert sentences == ["قالت جيه . إل . إل إن البيع تراجع .", "وارتفع السعر .",
                         "وتراجع الطلب"]


def test_a_name_goes_on_after_bin_and_walad():
    assert ("الحسن بن علي", "PER") in found("وقال الأمير الحسن بن علي إن الزيارة ناجحة.")


def test_one_type_per_name_in_a_text():
    from reader.core.entities.layout import Layout, Span
    from reader.core.entities.repair import Repairs
    from reader.core.text import fold, tokenize

    text = "«نوفاتيك» تنمو . وقالت نوفاتيك إن . وأعلنت نوفاتيك أن"
    tokens = tokenize(text, punctuation=True)
    words = [t.text for t in tokens]
    k = [i for i, w in enumerate(words) if "نوفاتيك" in w]
    layout = Layout(len(words), [Span(k[0], k[0], "MISC", "model", 0.6),
                                 Span(k[1], k[1], "ORG", "model", 0.9),
                                 Span(k[2], k[2], "ORG", "model", 0.9)])
    Repairs(text, words, [fold(w) for w in words], [t.start for t in tokens],
            [t.end for t in tokens], layout).run()
    assert [s.type for s in layout.spans()] == ["ORG", "ORG", "ORG"]


def test_an_organisation_head_stops_before_a_comparative():
    names = [t for t, typ in found("وكان مصرف الراجحي الأكثر مساهمة في الأرباح.") if typ == "ORG"]
    assert names == ["مصرف الراجحي"]


def _repaired(text, spans):
    """Run the repairs on ``spans`` ((first word, last word, type) over the text's tokens)
    as the tagger might give them; the names that come out."""
    from reader.core.entities.layout import Layout, Span
    from reader.core.entities.repair import Repairs
    from reader.core.text import fold, tokenize

    tokens = tokenize(text, punctuation=True)
    words = [t.text for t in tokens]
    layout = Layout(len(words), [Span(a, b, typ, "model", 0.9) for a, b, typ in spans])
    Repairs(text, words, [fold(w) for w in words], [t.start for t in tokens],
            [t.end for t in tokens], layout).run()
    return [(" ".join(words[s.first:s.last + 1]), s.type) for s in layout.spans()]


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # a name cut after بن أبي: the name that follows belongs to it
        ("روى سعد بن أبي وقاص الحديث", [(1, 3, "PER"), (4, 4, "PER")], "سعد بن أبي وقاص"),
        ("روى سعد بن أبي وقاص الحديث", [(1, 3, "PER"), (4, 4, "LOC")], "سعد بن أبي وقاص"),
        # بن + a name right after a name
        ("قال الحسن بن علي ذلك", [(1, 1, "PER"), (2, 3, "PER")], "الحسن بن علي"),
        # بنت, then a name
        ("تزوج عائشة بنت أبي بكر", [(1, 1, "PER"), (3, 4, "PER")], "عائشة بنت أبي بكر"),
        # a name that starts on بن: the word before is the person's own name (علي folds
        # like the preposition على)
        ("وقال علي بن أبي طالب إن", [(2, 4, "PER")], "علي بن أبي طالب"),
        ("ورد بسر بن أرطأة عليه", [(2, 3, "PER")], "بسر بن أرطأة"),
    ],
)
def test_a_persons_name_is_not_cut_at_bin(text, spans, expected):
    assert (expected, "PER") in _repaired(text, spans)


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("وقال الرئيس بن علي إن تونس", [(2, 3, "PER")], "بن علي"),  # a title
        ("وقال بن شملان إن", [(1, 2, "PER")], "بن شملان"),  # a verb of saying
        ("عن بن لادن", [(1, 2, "PER")], "بن لادن"),  # a function word
        ("قال محمد\nبن علي", [(2, 3, "PER")], "بن علي"),  # another line
    ],
)
def test_a_name_on_bin_keeps_its_start_after_a_title_or_a_verb(text, spans, expected):
    assert (expected, "PER") in _repaired(text, spans)


def test_two_names_are_not_joined_without_bin():
    assert _repaired("زار سمير عادل", [(1, 1, "PER"), (2, 2, "PER")]) == [
        ("سمير", "PER"), ("عادل", "PER")]


def test_a_currency_keeps_its_country_adjective():
    """An amount's span runs over the currency's country adjective, as the gold spans it
    (دولار أمريكي، وون كوري، شيكل إسرائيلي)."""
    for text, span, code in (
            ("استثمار بقيمة 500 مليار وون كوري.", "500 مليار وون كوري", "KRW"),
            ("بلغت 6 مليارات شيكل إسرائيلي.", "6 مليارات شيكل إسرائيلي", "ILS"),
            ("ارتفع إلى 9 مليارات ريال إيراني.", "9 مليارات ريال إيراني", "IRR")):
        (m,) = [e for e in recognize(text) if e.type == "MONEY"]
        assert m.text == span and code in m.canonical


def test_a_scale_and_a_half():
    """"مليون ونصف المليون": one and a half million, the span over the repeated scale."""
    for text, span, value in (
            ("بمبلغ مليون ونصف المليون درهم إماراتي.", "مليون ونصف المليون درهم إماراتي", "1500000 AED"),
            ("بلغت 2 مليار ونصف المليار دولار.", "2 مليار ونصف المليار دولار", "2500000000 USD"),
            ("بلغت مليونين ونصف دولار.", "مليونين ونصف دولار", "2500000 USD"),
            ("بلغت 3 ملايين وربع دولار.", "3 ملايين وربع دولار", "3250000 USD")):
        (m,) = [e for e in recognize(text) if e.type == "MONEY"]
        assert (m.text, m.canonical) == (span, value)


def test_a_body_is_never_a_person():
    """A span the tagger calls a person but that opens with مجلس/وزارة/شركة … is a body."""
    ents = [e for e in recognize("وأكد مجلس الكاكاو الغاني أن المحصول سيتراجع.") if e.text == "مجلس الكاكاو الغاني"]
    assert ents and ents[0].type == "ORG"


def test_a_role_word_after_a_persons_name_is_left_out():
    ents = recognize("وأعرب الملك حمد بن عيسى آل خليفة عاهل البحرين عن تقديره للجهد القومي.")
    assert all(not e.text.endswith("عاهل") for e in ents if e.type == "PER")


def test_a_family_name_alone_after_the_full_name_is_the_person():
    text = ("وقال وزير التجارة الدكتور توفيق الربيعة إن الوزارة ستطلق منصة جديدة. "
            "وأكد الربيعة أن الوزارة لن تتهاون مع المخالفين.")
    assert [(e.text, e.type) for e in recognize(text) if "الربيعة" in e.text] == [
        ("توفيق الربيعة", "PER"), ("الربيعة", "PER")]


def test_a_role_word_alone_is_no_entity():
    ents = recognize("وقالت المحللة في شركة كاونتربوينت للأبحاث، ريم خوري، إن المستهلك يدفع أكثر.")
    assert "المحللة" not in [e.text for e in ents]


def test_a_mufti_after_his_name_is_left_out():
    ents = recognize("فيما سارع الدكتور علي جمعة مفتي الديار المصرية الى التأكيد على ان الصيام صحيح.")
    assert [e.text for e in ents if e.type == "PER"] == ["علي جمعة"]


def test_the_riyal_abbreviated():
    for text, amount, value in (("بقيمة 300 ألف ر.س.", "300 ألف ر.س", "300000 SAR"),
                                ("سعر السهم 45 ر. س في الربع.", "45 ر. س", "45 SAR")):
        money = [(e.text, e.canonical) for e in recognize(text) if e.type == "MONEY"]
        assert money == [(amount, value)]
    assert [e for e in recognize("قال 5 ر سعيد.") if e.type == "MONEY"] == []


def test_a_quarter_of_a_scale_and_a_dual_written_with_alif():
    """"ربع مليار ريال" is 250 million; "مليارا ريال" (a dual in construct) two billion, while
    "15 مليارا ريال" after a number is fifteen billion."""
    for text, span, value in (
            ("بلغت ربع مليار ريال.", "ربع مليار ريال", "250000000 SAR"),
            ("ارتفع بربع مليون دولار.", "ربع مليون دولار", "250000 USD"),
            ("بلغ العجز مليارا ريال.", "مليارا ريال", "2000000000 SAR"),
            ("بلغت 15 مليارا ريال.", "15 مليارا ريال", "15000000000 SAR")):
        (m,) = [e for e in recognize(text) if e.type == "MONEY"]
        assert (m.text, m.canonical) == (span, value)
    assert [e for e in recognize("في الربع الأول من العام.") if e.type == "MONEY"] == []


def test_a_description_in_front_of_a_given_name_is_no_part_of_the_person():
    """The tagger's "العقاري عبدالله" or "المستثمر العقاري خالد": the description goes, the
    name stays (and the attribution reads the family name after it)."""
    for text, name in (("وأوضح المستشار العقاري عبدالله الأحمري لـ«الرياض» أن السوق تمر بمرحلة تصحيح.", "عبدالله"),
                       ("وقال المستثمر العقاري خالد المبيض إن السوق قوية.", "خالد")):
        people = [e.text for e in recognize(text) if e.type == "PER"]
        assert people and people[0].startswith(name), people
    assert [e.text for e in recognize("وقال الحسن بن طلال إن السوق قوية.") if e.type == "PER"] == ["الحسن بن طلال"]


def test_brokers_developers_and_a_trade_tagged_as_a_body():
    """"الوسيط العقاري سلمان العتيبي" and "المطور العقاري خالد السعد": the trade goes; "المستثمر
    العقاري" tagged as a body right before a person's name is no organisation."""
    for text, name in (("وقال الوسيط العقاري سلمان العتيبي إن السوق تشهد حالة ترقب.", "سلمان العتيبي"),
                       ("وقال المطور العقاري خالد السعد إن السوق تشهد حالة ترقب.", "خالد السعد")):
        assert [e.text for e in recognize(text) if e.type == "PER"] == [name]
    text = "وذكر المستثمر العقاري عبدالله الأحمري لـ«الاقتصادية» أن السوق تشهد حالة ترقب."
    assert ("المستثمر العقاري", "ORG") not in found(text)
    assert ("عبدالله الأحمري", "PER") in found(text)


def test_a_given_name_and_a_family_name_after_a_post():
    """"محافظ مؤسسة النقد فهد الجاسر": a listed given name and a family name no ordinary word
    is, which the tagger missed after the post; not علي (also على), not words the training data
    saw outside names (مستشفى الملك فهد التخصصي, علي السواحل)."""
    assert ("فهد الجاسر", "PER") in found("وقال محافظ مؤسسة النقد فهد الجاسر إن البنوك قوية.")
    assert ("سعد الدوسري", "PER") in found("وأوضح مدير إدارة المخاطر سعد الدوسري أن السيولة جيدة.")
    assert not [e for e in recognize("واستقروا للزراعة علي السواحل في الشمال.") if e.type == "PER"]
    assert [e.text for e in recognize("وقال الوزيران خالد الفالح وإبراهيم العساف إن الميزانية قوية.")
            if e.type == "PER"] == ["خالد الفالح", "إبراهيم العساف"]


def test_a_verb_of_saying_after_a_name_is_cut_off():
    """"أما المستشار المالي محمد العنقري فيرى أن": the tagger ran the name on to فيرى."""
    people = [e.text for e in recognize("أما المستشار المالي محمد العنقري فيرى أن السوق ما زالت تفتقد المحفزات.")
              if e.type == "PER"]
    assert people == ["محمد العنقري"]


def test_a_title_and_a_given_name_tagged_as_a_body_is_a_person():
    """"الرئيس التنفيذي للشركة المهندس ناصر الناصر": the tagger ran the company on into the
    title and the name."""
    text = ("أعلنت شركة الاتصالات السعودية نتائجها. وقال الرئيس التنفيذي للشركة المهندس ناصر الناصر، "
            "في تعليقه على النتائج، إن الشركة حققت نموا.")
    assert ("ناصر الناصر", "PER") in found(text)
    assert not [e for e in recognize(text) if e.type == "ORG" and "ناصر" in e.text]


def test_a_body_then_a_ministry_are_two_bodies():
    assert ("مجلس الشورى", "ORG") in found("وطالب مجلس الشورى وزارة العمل بتقديم دراسة.")


def test_a_preposition_with_the_article_after_a_name_is_cut_off():
    """"رحب الوزير خالد الفالح بالحضور": the tagger ran the name on to بالحضور."""
    people = [e.text for e in recognize("وفي مستهل الجلسة، رحب الوزير خالد الفالح بالحضور، مشيرا إلى أن الإنتاج مستقر.")
              if e.type == "PER"]
    assert people == ["خالد الفالح"]


def test_his_saying_after_a_name_and_the_verb_before_a_family_name_are_no_part_of_it():
    """"نقلت مصادر عن مسؤول بالبنك المركزي قوله إن": the tagger ran the bank on to قوله; and
    "ويضيف بن سلطان أن": a name that starts with بن does not reach back over the verb."""
    spans = [e.text for e in recognize("نقلت مصادر مصرفية عن مسؤول رفيع بالبنك المركزي قوله إن البنك مستقل.")]
    assert not any(s.endswith("قوله") for s in spans)
    people = [e.text for e in recognize("وقال خالد عبدالله بن سلطان إن العام كان صعبا. ويضيف بن سلطان أن الديون منخفضة.")
              if e.type == "PER"]
    assert people == ["خالد عبدالله بن سلطان", "بن سلطان"]


def test_a_verb_of_asking_after_a_name_is_no_part_of_it():
    people = [e.text for e in recognize('أما العضو أحمد إبراهيم بهزاد فتساءل: "إلى متى سنظل نعتمد على النفط؟"')
              if e.type == "PER"]
    assert people == ["أحمد إبراهيم بهزاد"]


def test_in_the_name_of_after_a_spokesman_is_no_person():
    people = [e.text for e in recognize("وقال الناطق الرسمي باسم الاتحاد، أمين السر قيس فهد الغانم، إن الأراضي محتكرة.")
              if e.type == "PER"]
    assert people == ["قيس فهد الغانم"]


def test_a_role_word_alone_with_its_first_letter_waw_is_no_person():
    text = ("وأوضح وكيل وزارة العمل للتخطيط والتطوير الدكتور ماجد بن عبدالله الرشيدي أن البرنامج جيد. "
            "وأضاف وكيل الوزارة أن العدد تجاوز المليون. وقال وكيل الوزارة إن الطلب قوي.")
    assert not [e for e in recognize(text) if e.text == "وكيل"]


def test_a_stance_noun_with_a_possessive_after_a_title_or_a_name_is_no_name():
    """"وأكد الأمير حرصه على"، "وأكد الوزير دعمه للجهود": the verb's object, tagged as the
    person a title or a name goes on to."""
    assert [e for e in recognize("وأكد الأمير حرصه على دعم القطاع.") if e.type == "PER"] == []
    assert [e for e in recognize("وأكد الوزير دعمه للجهود المبذولة لتنويع الاقتصاد.") if e.type == "PER"] == []
    people = [e.text for e in recognize("وأكد وزير المالية إبراهيم العساف دعمه للجهود المبذولة.") if e.type == "PER"]
    assert people == ["إبراهيم العساف"]
    # a name that ends in ه is still a name
    assert [e.text for e in recognize("وقال الدكتور طه حسين إن الأدب بخير.") if e.type == "PER"] == ["طه حسين"]


def test_a_body_after_its_head_word_does_not_run_on():
    """"مجلس الوزراء | الاسبوع"، "| وهو الذي"، "| وزير الخارجية"، "جامعة الدول العربية | بالتعاون"."""
    def orgs(text):
        return [e.text for e in recognize(text) if e.type == "ORG"]
    assert "مجلس الوزراء" in orgs("وأقر مجلس الوزراء الاسبوع الماضي نظام الرهن العقاري.")
    assert "مجلس الوزراء" in orgs("وكان مجلس الوزراء وهو الذي يرأسه الملك قد أقر النظام.")
    assert not any(o.endswith("بالتعاون") for o in orgs("ونظمت جامعة الدول العربية بالتعاون مع الحكومة مؤتمرا."))
    assert "هيئة الاتصالات وتقنية المعلومات" in orgs("وقالت هيئة الاتصالات وتقنية المعلومات إن الشبكة توسعت.")


def test_an_honorific_is_no_part_of_the_name():
    people = [e.text for e in recognize("وقال معالي سالم الرشيدي إن الدعم سينخفض.") if e.type == "PER"]
    assert people == ["سالم الرشيدي"]


def test_a_family_name_that_is_also_a_word_after_bin():
    people = [e.text for e in recognize("وكتب المستشار المالي عبدالعزيز بن فهد المقبل في تغريدة أن الرؤية واضحة.")
              if e.type == "PER"]
    assert people == ["عبدالعزيز بن فهد المقبل"]


def test_the_outlet_told_is_no_part_of_the_name():
    from reader.core.entities import recognize

    for text, name in (("وقال سامي أبو زيدان لـ«عكاظ» إن الطرفين فشلا.", "سامي أبو زيدان"),
                       ("وقال عضو الوفد الدكتور سامي أبو زيدان لـ«القدس العربي» إن الطرفين فشلا.", "سامي أبو زيدان")):
        assert [e.text for e in recognize(text) if e.type == "PER"] == [name]


def test_the_verb_before_a_name_and_what_he_puts_down_to_are_no_part_of_it():
    from reader.core.entities import recognize

    for text, names in (("ويعزو عبدالرحمن الركود إلى «تشدد الناس في الإنفاق».", ["عبدالرحمن"]),
                        ("ويعزو عبدالرحمن الشمري الركود إلى الغلاء.", ["عبدالرحمن الشمري"]),
                        ("وقال عزت الدوري إن الحزب باق.", ["عزت الدوري"])):  # (عزت: a given name, no verb)
        assert [e.text for e in recognize(text) if e.type == "PER"] == names
