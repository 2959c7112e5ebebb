"""attribution-2.1, from the development half of the ANERcorp passages (real news of 2006-2007
from several outlets; see tests/data/attribution/anercorp/README.md): the press as a group
(وذكرت الصحف الإسرائيلية), a side in talks (الجانب الإسرائيلي), «أحد أعضاء مجلس الوزراء»,
علّق … بأن / بالقول, ألمح إلى, أشاد بـ, a straight quotation mark left out (a pair over many
sentences is no quotation), an unclosed quotation ending where the narrator reports again,
a back-reference (ما ذكره X) that does not take over the speaker, a conjunction kept out of
a subject written before its verb, and a plural verb whose object is not its subject.
Every sentence here is made up."""

from attr_helpers import recs

from reader.core.entities import recognize

from reader.core.attribution.quotes import find_quotes


def _one(text: str):
    (r,) = recs(text)
    return r


def test_the_press_as_a_group_is_a_media_source():
    r = _one("وذكرت الصحف الإسرائيلية أمس أن الحكومة تنتظر توضيحات.")
    assert (r.source, r.kind, r.claim) == ("الصحف الإسرائيلية", "media", "الحكومة تنتظر توضيحات")
    assert _one("وذكرت الصحف أمس أن الحكومة تنتظر توضيحات.").kind == "media"
    assert recs("ووقعت الصحف عقدا جديدا.") == []


def test_a_side_named_by_its_nationality():
    r = _one("وأبلغ الجانب الإسرائيلي لبنان أن الخروقات لن تتوقف.")
    assert (r.source, r.kind) == ("الجانب الإسرائيلي", "named_organization")


def test_one_of_the_members_of_a_body():
    r = _one("وقال أحد أعضاء مجلس الوزراء إن رئيس الوزراء أصدر أوامره.")
    assert (r.source, r.kind) == ("أحد أعضاء مجلس الوزراء", "unnamed_official")


def test_new_cues_comment_hint_praise():
    r = _one("وعلق الوزير على القرار بأنه خطوة إيجابية.")
    assert (r.cue, r.source, r.claim) == ("وعلق", "الوزير", "خطوة إيجابية")
    assert _one("وعلق الوزير على ذلك بالقول إن الخطة جاهزة.").claim == "الخطة جاهزة"
    assert recs("وعلقت الحكومة الدراسة في المدارس.") == []  # suspended: no speech
    assert recs("وعلق الجمهور لافتات في الملعب.") == []
    r = _one("وألمح البنك إلى مخاطر أخرى تهدد الاستقرار المالي.")
    assert (r.cue, r.source) == ("وألمح", "البنك")
    r = _one("وأشاد مسؤول كبير في البنك بالإصلاحات المالية التي تقوم بها الحكومة.")
    assert (r.cue, r.source, r.kind) == ("وأشاد", "مسؤول كبير في البنك", "unnamed_official")


def test_a_straight_quote_pair_over_many_sentences_is_no_quotation():
    text = ('وكان "البركان قد ثار في الماضي. وقتل المئات في القرى المجاورة. وتضررت المحاصيل كثيرا. '
            'وقالت الشركة إن حصتها بلغت ما نسبته 34% من السوق في الربع الثاني من هذا العام. '
            'وارتفعت الأسهم بعد الإعلان" عن النتائج.')
    assert find_quotes(text) == []
    assert any(r.cue == "وقالت" and r.source == "الشركة" for r in recs(text))


def test_an_unclosed_quotation_ends_where_the_narrator_reports_again():
    text = "وقال المدير: «سنواصل العمل على خفض التكاليف هذا العام. وأضاف أن الشركة تدرس خيارات أخرى.\n"
    rs = recs(text)
    assert [(r.cue, r.direct) for r in rs] == [("وقال", True), ("وأضاف", False)]
    assert rs[0].claim == "سنواصل العمل على خفض التكاليف هذا العام"


def test_a_back_reference_does_not_take_over_the_speaker():
    text = ("وأكد حسن نصر الله أن الحزب لم يتضرر.\n"
            "نافيا ما ذكره مسؤولون إسرائيليون عن تدمير قدراته. وقال إن المقاومة مستعدة.")
    rs = recs(text)
    last = [r for r in rs if r.cue == "وقال"][0]
    assert last.resolved == "حسن نصر الله"


def test_a_conjunction_stays_out_of_a_subject_before_its_verb():
    r = _one("والمحللون يتوقعون ارتفاع الأسعار.")
    assert (r.source, r.kind) == ("المحللون", "anonymous")


def test_a_plural_verb_is_not_followed_by_its_subject():
    assert all(r.source != "فوز الأزوري" for r in recs("والإيطاليون يرجحون فوز الأزوري على فرنسا."))
    assert _one("وقالوا إن الأسعار سترتفع.").claim == "الأسعار سترتفع"


def test_a_manner_participle_is_no_name():
    rs = recs("وقال الوزير إن الخطة جاهزة. وأضاف متمنيا أن تنجح المفاوضات.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "الوزير"), ("وأضاف", "الوزير")]


def test_imperfect_verbs_with_wa_go_on_with_the_last_speaker():
    rs = recs("وقال الوزير إن الخطة جاهزة. ويؤكد أنه ليس لديه ما يخفيه.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "الوزير"), ("ويؤكد", "الوزير")]
    rs = recs("وقال الوزير إن الخطة جاهزة. ويوضح «قبل الإسلام لم أكن أعرف».")
    assert rs[-1].cue == "ويوضح" and rs[-1].direct
    assert recs("يتوقع أن ترتفع الأسعار.") == []  # impersonal, no و and no one before


def test_tasaala_and_raddada():
    rs = recs("وقال الوزير إن الخطة جاهزة. وتساءل: «كيف تحول خلال 6 شهور؟».")
    assert rs[-1].cue == "وتساءل" and rs[-1].resolved == "الوزير"
    r = _one("وبعد الجائزة ردد محفوظ أنه أصبح موظفا عند السيد نوبل.")
    assert (r.cue, r.source) == ("ردد", "محفوظ")


def test_vias_through_an_outlet():
    assert _one("وقال الوزير عبر قناة العربية إن الخطة جاهزة.").via == "قناة العربية"
    assert _one("وقال الوزير عبر فضائية الجزيرة إن الخطة جاهزة.").via == "فضائية الجزيرة"
    rs = recs("وفي أول ظهور له عبر فضائية الجزيرة أكد حسن نصر الله أن الحزب لم يتضرر. وقال إن المقاومة مستعدة.")
    assert [r.via for r in rs] == ["فضائية الجزيرة", "فضائية الجزيرة"]
    rs = recs("واكد الرئيس في تصريحات نشرتها الصحافة البرتغالية ان بلاده ستشارك.")
    assert rs[0].via == "الصحافة البرتغالية"


def test_an_interview_with_a_paper_named_with_its_type_word_is_a_via():
    r = _one("وقال الوزير في مقابلة مع صحيفة فايننشال تايمز إن الخطة جاهزة.")
    assert r.via == "صحيفة فايننشال تايمز"
    assert _one("وقال الوزير في حديث لصحيفة «الحياة» إن الخطة جاهزة.").via == "صحيفة «الحياة»"
    # with no byline, a bare paper in an interview is taken as the publishing paper
    assert _one("وقال الوزير في حديث لـ«الحياة» إن الخطة جاهزة.").via == ""


def test_a_role_with_another_nationality_is_not_the_person_named_before():
    rs = recs("وقال الرئيس الفرنسي جاك شيراك إن فرنسا ستشارك. "
              "من جهة اخرى، اكد رئيس الجمهورية البرتغالية في تصريحات ان ارسال عسكريين يحتاج الى حذر.")
    assert rs[-1].resolved != "جاك شيراك"
    rs = recs("وقال الرئيس الفرنسي جاك شيراك إن فرنسا ستشارك. وأضاف الرئيس الفرنسي أن القرار نهائي.")
    assert rs[-1].resolved == "جاك شيراك"


def test_a_statement_of_an_office():
    text = "اعلن بيان لرئاسة مجلس الوزراء الايطالي ان رئيس الحكومة اتفق مع شيراك."
    (r,) = recs(text, recognize(text))
    assert (r.source, r.kind) == ("بيان لرئاسة مجلس الوزراء الايطالي", "document")
    assert _one("وقالت رئاسة الجمهورية إن الزيارة تأجلت.").kind == "named_organization"


def test_a_role_word_that_is_also_a_first_name():
    r = _one("من جانبه أكد مساعد المدرب المحلي جمال يعقوب أن المنتخب جاهز للمباراة.")
    assert (r.source, r.kind) == ("جمال يعقوب", "named_person")


def test_with_no_one_speaking_before_an_implied_subject_is_the_person_named_just_before():
    text = "التقى الوزير خالد السالم بالوفد أمس في الرياض.\nوأضاف \"سنواصل العمل مع شركائنا\"."
    (r,) = recs(text, recognize(text))
    assert (r.cue, r.resolved, r.kind) == ("وأضاف", "خالد السالم", "named_person")


def test_a_resumptive_after_a_time_clause():
    r = _one("وتأتي المواقف الفرنسية في وقت أعلن فيه سولانا أن التحضير للمفاوضات شاق جدا.")
    assert (r.source, r.claim) == ("سولانا", "التحضير للمفاوضات شاق جدا")
    r = _one("وأصدرت الشركة بيانا قالت فيه إن الأرباح ارتفعت.")
    assert r.source == "الشركة"


def test_a_definite_source_with_another_adjective_is_another_source():
    rs = recs("وقال مصدر أمني إن القوة داهمت المنازل. وقال المصدر الطبي إن الجرحى نقلوا إلى المستشفى.")
    assert rs[1].resolved == "المصدر الطبي"
    rs = recs("وقال مصدر أمني إن القوة داهمت المنازل. وأضاف المصدر الأمني أن التحقيق مستمر.")
    assert rs[1].resolved == "مصدر أمني"
    rs = recs("وقال مصدر أمني إن القوة داهمت المنازل. وأضاف المصدر أن التحقيق مستمر.")
    assert rs[1].resolved == "مصدر أمني"


def test_a_trailing_kama_with_a_reporting_verb():
    r = _one("وسيتم نشر القوات في الجنوب لدعم الجيش كما أفاد مراسل فرانس برس.")
    assert (r.cue, r.source, r.kind) == ("كما أفاد", "مراسل فرانس برس", "media")
    assert r.claim.endswith("نشر القوات في الجنوب لدعم الجيش")
    r = _one("وارتفعت الأسعار كما توقع المحللون أمس.")
    assert (r.cue, r.source) == ("كما توقع", "المحللون")
    assert recs("ونجحت الخطة كما أراد الوزير.") == []  # wanting is no report


def test_critics_and_lawyers_are_unnamed_groups_but_journalists_are_an_audience():
    assert _one("واعتبرها النقاد خطوة إيجابية.").kind == "anonymous"
    assert _one("واعتبرها بعض النقاد إعادة صياغة لروايته.").source == "بعض النقاد"
    (r,) = recs("وقال الوزير للصحافيين إن الخطة جاهزة.")
    assert r.source == "الوزير"


def test_an_audience_and_a_company_of_the_role():
    assert _one("وقال وزير المالية للصحفيين إن الخطة جاهزة.").source == "وزير المالية"
    r = _one("وقال الرئيس التنفيذي لسوناطراك إن الإنتاج ارتفع.")
    assert (r.source, r.kind) == ("الرئيس التنفيذي لسوناطراك", "unnamed_official")


def test_a_short_name_in_marks_after_a_body_belongs_to_the_source():
    for marks in ('"ساما"', "«ساما»"):
        r = _one(f"وقالت مؤسسة النقد العربي السعودي {marks} إن الودائع ارتفعت.")
        assert (r.source, r.claim) == (f"مؤسسة النقد العربي السعودي {marks}", "الودائع ارتفعت")
    r = _one("وقالت الشركة \"إن الأرباح ستنمو\".")
    assert (r.source, r.claim, r.direct) == ("الشركة", "الأرباح ستنمو", True)


def test_a_relative_clause_on_a_source_with_a_preposition():
    r = _one("وتراجع سهم الشركة بعد تقرير للمحللين الذين توقعوا انخفاض الأرباح.")
    assert (r.cue, r.source, r.kind) == ("توقعوا", "محللين", "anonymous")
    rs = recs("ويرغب السياح في زيارة المدينة طبقا للاحصائيات التي أظهرت رغبة 80 بالمئة في معرفتها.")
    assert [r.cue for r in rs] == ["طبقا", "أظهرت"]


def test_the_markets_expect():
    r = _one("ويترقب المستثمرون قرار الفيدرالي، إذ تتوقع الأسواق خفض الفائدة.")
    assert (r.cue, r.source, r.kind, r.claim) == ("تتوقع", "الأسواق", "anonymous", "خفض الفائدة")
    assert _one("وتوقع التقرير أن تشهد الأسواق تقلبات.").source == "التقرير"


def test_a_report_named_by_its_title_and_later_the_report():
    rs = recs("وتوقع تقرير «آفاق الاقتصاد العالمي» أن يتباطأ النمو. وأضاف التقرير أن التضخم سيتراجع.")
    assert [(r.source, r.resolved) for r in rs] == [
        ("تقرير «آفاق الاقتصاد العالمي»", "تقرير «آفاق الاقتصاد العالمي»"),
        ("التقرير", "تقرير «آفاق الاقتصاد العالمي»")]
    rs = recs("وأظهر تقرير سوق العمل الصادر عن الهيئة العامة للإحصاء ارتفاع البطالة. "
              "وأوضح التقرير أن نسبة البطالة بلغت 12 في المائة.")
    assert rs[1].resolved == "تقرير سوق العمل الصادر عن الهيئة العامة للإحصاء"
    (r,) = recs("وكشف تقرير ارتفاع الأسعار.")
    assert (r.source, r.claim) == ("تقرير", "ارتفاع الأسعار")  # an object, not a title


def test_a_side_with_another_nationality_is_another_side():
    rs = recs("وقال الجانب اللبناني إن الخروقات مستمرة. وابلغ الجانب الاسرائيلي لبنان ان الخروقات لن تتوقف.")
    assert [r.resolved for r in rs] == ["الجانب اللبناني", "الجانب الاسرائيلي"]


def test_a_foreign_name_no_list_knows_after_a_role():
    rs = recs("اكد رئيس الجمهورية البرتغالية انيبال كافاكو سيلفا في تصريحات نشرتها الصحافة البرتغالية "
              "ان بلاده ستشارك. وقال ان القرار نهائي.")
    assert [(r.source, r.resolved, r.kind, r.via) for r in rs] == [
        ("انيبال كافاكو سيلفا", "انيبال كافاكو سيلفا", "named_person", "الصحافة البرتغالية"),
        ("", "انيبال كافاكو سيلفا", "named_person", "الصحافة البرتغالية")]
    assert _one("وقال وزير الخارجية الياباني تارو كونو إن بلاده مستعدة.").source == "تارو كونو"
    # not an adverb, an object or the outlet spoken to
    assert _one("وأكد رئيس الوزراء مجددا أن الحكومة ماضية.").source == "رئيس الوزراء"
    assert _one("وأكد وزير المالية أهمية الإصلاحات.").source == "وزير المالية"
    r = _one("وقال مسؤول عراقي مشارك في المحادثات لوكالة فرانس برس إن الاتفاق قريب.")
    assert (r.source, r.via) == ("مسؤول عراقي مشارك في المحادثات", "وكالة فرانس برس")


def test_ala_hadd_qawlihi_is_the_speakers_own_record():
    rs = recs("وقال الوزير إن الخطة جاهزة. وأضاف أن الأسعار ستتراجع، على حد قوله، خلال العام المقبل.")
    assert [(r.cue, r.resolved) for r in rs][-1] == ("على حد قوله", "الوزير")
    assert recs("وارتفعت الأسعار خلال الأسبوع الماضي، على حد قول محللين.")[0].source == "محللين"


def test_khatama_with_a_quotation():
    rs = recs('وقال المدرب إن الفريق جاهز. وختم "لقد حلمنا ببلوغ المباراة النهائية".')
    assert (rs[-1].cue, rs[-1].resolved, rs[-1].direct) == ("وختم", "المدرب", True)
    assert recs("وختم الفريق الموسم بفوز كبير.") == []
    assert recs("واختتمت الشركة العام بأرباح قياسية.") == []


def test_saudi_news_patterns():
    r = _one("وتوقع الخبير الاقتصادي فضل البوعينين في حديثه لصحيفة «الوطن» أن تتراجع أسعار العقار.")
    assert (r.source, r.claim) == ("فضل البوعينين", "تتراجع أسعار العقار")
    r = _one("وأعلنت شركة المراعي في بيان على موقع «تداول»، أن أرباحها ارتفعت 5 في المائة.")
    assert (r.source, r.claim) == ("شركة المراعي", "أرباحها ارتفعت 5 في المائة")
    r = _one("ونقلت «رويترز» عن متعاملين قولهم إن الطلب على الدولار ارتفع.")
    assert (r.source, r.via) == ("متعاملين", "رويترز")
    r = _one("وأبلغ مسؤول في الوزارة «الشرق الأوسط» أن العمل جار على اللائحة.")
    assert (r.source, r.via, r.claim) == ("مسؤول في الوزارة", "الشرق الأوسط", "العمل جار على اللائحة")
    r = _one("وقال مسؤول في بنك الاستثمار «نعيم» إن السوق ستتعافى.")
    assert r.source == "مسؤول في بنك الاستثمار «نعيم»"


def test_subjects_before_kana_qad():
    r = _one("الشركة كانت قد أبلغت المساهمين بأن التوزيعات ستتأخر.")
    assert (r.source, r.claim) == ("الشركة", "التوزيعات ستتأخر")
    assert _one("وكان بعض المحللين كانوا قد توقعوا أن يرتفع السهم.").source == "بعض المحللين"


def test_an_implied_feminine_verb_after_a_clause_of_a_named_body():
    text = "وكانت وكالة «موديز» قد خفضت تصنيف المصرف، وقالت إن آفاقه سلبية."
    (r,) = recs(text, recognize(text))
    assert (r.cue, r.resolved, r.kind) == ("وقالت", "وكالة «موديز»", "named_organization")


def test_research_centres_and_a_document_seen_by_a_paper():
    assert _one("وأشارت مراكز بحوث إلى أن الطلب سيتراجع.").source == "مراكز بحوث"
    r = _one("وأظهرت وثيقة اطلعت عليها رويترز أن الشركة تدرس البيع.")
    assert (r.source, r.claim) == ("وثيقة", "الشركة تدرس البيع")


def test_not_clarifying_is_a_non_response():
    r = _one("ولم توضح ميغان غافيغان، متحدثة باسم الشركة، ما سيحدث لباقي المتاجر.")
    assert (r.cue, r.source, r.claim) == ("ولم توضح", "ميغان غافيغان", "ما سيحدث لباقي المتاجر")
    assert _one("ولم توضح الشركة ما إذا كانت ستوزع أرباحا هذا العام.").source == "الشركة"


def test_the_official_with_a_nationality_right_after_a_named_speaker():
    rs = recs("وقال منسق السياسة الخارجية خافيير سولانا إن المحادثات صعبة. "
              "وأعرب المسؤول الأوروبي عن أمله في إحراز تقدم.")
    assert (rs[1].resolved, rs[1].kind) == ("خافيير سولانا", "named_person")
    rs = recs("وقال مسؤول أمريكي إن المحادثات صعبة. وأضاف المسؤول الأمريكي أن الحل ممكن.")
    assert rs[1].resolved == "مسؤول أمريكي"


def test_zaada_anna_adds_to_the_last_speaker():
    rs = recs("وقال المدير إن الشركة تواجه تحديين، وزاد أنه لكي يكون المستقبل واعدا يجب الانتباه.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "المدير"), ("وزاد", "المدير")]
    assert recs("وزاد الطلب على السلع.") == []


def test_he_added_does_not_go_on_with_a_group():
    rs = recs("وقال نجيب محفوظ إن الرواية كتبت قبل الثورة. واعتبرها النقاد من بين أعماله الأقل شأنا. "
              "وأضاف أنه كتبها بضمير مستريح.")
    assert [(r.cue, r.resolved) for r in rs][-1] == ("وأضاف", "نجيب محفوظ")
    rs = recs("وقالت مصادر إن الصفقة قريبة. وأضافت أن التوقيع سيتم قريبا.")
    assert rs[-1].resolved == "مصادر"  # (she: a group of sources, as Arabic says it)
    assert recs('وكتب محفوظ رواية "قشتمر" قبل فوزه بالجائزة.') == []  # writing a novel is an act


def test_but_it_added_goes_with_the_subject_of_the_sentence():
    rs = recs("وقال مكتب الإحصاء الوطني إن التضخم ارتفع. ويخشى بنك إنجلترا المركزي أن يؤدي ارتفاع أسعار "
              "الطاقة إلى زيادة الأجور ولكنه أضاف أن زيادة الأجور تتفق مع هدفه.")
    assert (rs[-1].cue, rs[-1].resolved) == ("أضاف", "بنك إنجلترا المركزي")


def test_all_of_a_group():
    assert _one("وقالت جميع الشركات إن الرحلات ستستأنف.")[1:3] == ("جميع الشركات", "anonymous")
    assert _one("وأكد جميع المشاركين أن الاجتماع كان مثمرا.").kind == "anonymous"
    r = _one("وأعلنت جميع شركات الطيران العاملة في المطار أنها علقت رحلاتها.")
    assert (r.source, r.kind) == ("جميع شركات الطيران العاملة في المطار", "anonymous")


def test_far_complements_after_a_prepositional_phrase_or_a_quotation():
    r = _one("وقال بيتر كلارك بلقاء مع BBC يبث غدا إن الأمر لا يتعلق بالإرهابيين فقط.")
    assert (r.source, r.claim) == ("بيتر كلارك", "الأمر لا يتعلق بالإرهابيين فقط")
    r = _one('وقال الرئيس الفرنسي خلال الحفل الختامي لاجتماع هذه الجمعية "في عالم متوتر، سكان المدن هم الضحايا".')
    assert r.direct and r.claim == "في عالم متوتر، سكان المدن هم الضحايا"
    # a demand's own quotation is not jumped to
    r = _one('وطالب السكان بنشر جدول زمني واضح لتوزيع المياه في كل حي، "حتى يتمكن الناس من تنظيم حياتهم".')
    assert r.claim.startswith("نشر جدول زمني")


def test_one_of_a_group_then_a_name_and_a_name_the_tagger_gives_after_a_role():
    r = _one("وقال أحد موقعي النداء فابريس شيش إن على إيران احترام المعاهدة.")
    assert (r.source, r.kind) == ("فابريس شيش", "named_person")
    assert _one("وقال أحد ممثلي الشركات إن السوق هادئة.").source == "أحد ممثلي الشركات"
    text = "وقال رئيس مجلس اتحاد المحاكم الإسلامية في الصومال شيخ شريف شيخ أحمد إن قوات المحاكم سترد بقوة."
    (r,) = recs(text, recognize(text))
    assert r.source == "شيخ شريف شيخ أحمد"
    assert _one("وقال الوزير في حديث مع مراسل رويترز إن الخطة جاهزة.").via == "رويترز"


def test_findings_and_speculation():
    r = _one("ووجدت الدراسة أن المدخنين أكثر عرضة للإصابة.")
    assert (r.cue, r.source, r.kind) == ("ووجدت", "الدراسة", "document")
    assert _one("وخلص التقرير إلى أن الاقتصاد سيتعافى.").claim == "الاقتصاد سيتعافى"
    assert _one("وتكهن المحلل بأن الأسعار سترتفع.").source == "المحلل"
    for text in ("ووجد الرجل نفسه في مأزق.", "ونص الاتفاق واضح.", "وخلص الفريق إلى النتيجة."):
        assert recs(text) == [], text


def test_a_statement_of_a_body_and_a_new_report_inside_a_claim():
    text = ("ودعت المنظمة الفاتيكان إلى سحب التعليقات التي ادعي فيها البابا بأن الإسلام انتشر عن طريق العنف "
            "وقال بيان منظمة المؤتمر الإسلامي إن الدول الأعضاء قلقة.")
    rs = recs(text, recognize(text))
    assert [(r.cue, r.source) for r in rs][-1] == ("وقال", "بيان منظمة المؤتمر الإسلامي")
    assert rs[-2].claim == "الإسلام انتشر عن طريق العنف"
    r = _one("وقالت مجلة نيوزويك عن الفيلم إن المخرج أنتج عملا هو الأفضل.")
    assert (r.source, r.claim) == ("مجلة نيوزويك", "المخرج أنتج عملا هو الأفضل")
    # the verb's own عن is its object, not "about": no jump to a later أن
    rs = recs("وأوضح الخبير أن الصندوق، الذي أعلنت مؤسسة النقد عن إنشائه لحماية الودائع، هدفه "
              "حماية الاستقرار، وأنه سيطبق التأمين على الودائع.")
    assert rs[-1].claim.startswith("إنشائه لحماية الودائع")


def test_groups_bodies_and_objects_from_the_second_draw():
    cases = {
        "ونقلت الصحيفة عن مسؤولين أوروبيين وأمريكيين أن العقوبات جاهزة.": ("مسؤولين أوروبيين وأمريكيين", "unnamed_official"),
        "بحسب إسلاميين وشهود عيان، دخلت القوات البلدة.": ("إسلاميين وشهود عيان", "anonymous"),
        "وقال فلسطينيون إن الحصار مستمر.": ("فلسطينيون", "anonymous"),
        "وقال متمردون إن الهجوم بدأ.": ("متمردون", "anonymous"),
        "ودعت القوى الوطنية والإسلامية إلى الإضراب.": ("القوى الوطنية والإسلامية", "named_organization"),
        "أعلن المتحف الوطني الكندي أنه سيعيد اللوحة.": ("المتحف الوطني الكندي", "named_organization"),
        "كما أشارت طفلة أخرى إلى اقتحام الجنود منزلها.": ("طفلة أخرى", "anonymous"),
        "وقدر نجم كلفة انجاز المنبر بمليون دولار.": ("نجم", "named_person"),
    }
    for text, want in cases.items():
        r = recs(text)[-1]
        assert (r.source, r.kind) == want, text
    assert all(r.source != "التي" for r in recs("والمعهد التي تعد من أبرز المدارس، والتي أعلنت عن افتتاح فرع لها."))


def test_second_draw_sources_by_sentence_shape():
    r = _one("ودافعت هيلاري كلينتون بشدة عن زوجها في إطار الجدل، وأكدت أن زوجها كان سيتصرف أفضل.")
    assert (r.cue, r.source) == ("وأكدت", "هيلاري كلينتون")
    assert _one("فيما انتقدت الجبهة التركمانية هذه التصريحات.").source == "الجبهة التركمانية"
    text = "وقال سعد الحريري إن لبنان يعاني. واكد الحريري تمسك تيار المستقبل بالحوار."
    rs = recs(text, recognize(text))
    assert (rs[1].source, rs[1].resolved) == ("الحريري", "سعد الحريري")
    text = "وقال أليكس ثيرسبي الرئيس التنفيذي للبنك إنه لا يتوقع نزوحا للأموال."
    (r,) = recs(text, recognize(text))
    assert r.source == "أليكس ثيرسبي"


def test_foreign_titles_and_a_statement_then_qala_fihi():
    text = "وأضاف الجنرال بيتر كيارللي إن المليشيات خطر."
    assert recs(text, recognize(text))[0].source == "بيتر كيارللي"
    r = _one("وقد ادلى الرئيس شافيز بتصريح في المطار قال فيه أن هناك آفاقا جديدة بين الشعبين.")
    assert (r.source, r.claim) == ("شافيز", "هناك آفاقا جديدة بين الشعبين")
    r = _one('وقد سجل رئيس الدولة في نهاية الجولة كلمة في السجل الذهبي قال فيها "يطيب لي أن أزور المسجد".')
    assert (r.source, r.direct) == ("رئيس الدولة", True)
    assert _one("وقال الوزير في نهاية الاجتماع إن الخطة جاهزة.").source == "الوزير"
    assert recs("وزار المدينة التي قال فيها إنه ولد.") == []


def test_a_role_that_is_also_a_given_name_after_a_name():
    text = "وقال ديفد فرانكلين أمين المتحف إن اللوحة ستعاد."
    assert recs(text, recognize(text))[0].source == "ديفد فرانكلين"
    assert _one("وقال محمد أمين الشريف إن السوق هادئة.").source == "محمد أمين الشريف"
    assert _one("وقال محمد أمين إن السوق هادئة.").source == "محمد أمين"
    r = _one("وقال قائد أركان القوات متعددة الجنسيات إنه لا يمكن أن تكون هناك مليشيات.")
    assert r.source == "قائد أركان القوات متعددة الجنسيات"


def test_more_vias_from_the_second_draw():
    r = _one("كما أكد وزير الدولة جدعون عيزرا لراديو إسرائيل أنه علم بالاجتماع من الصحيفة.")
    assert (r.source, r.via, r.claim) == ("جدعون عيزرا", "راديو إسرائيل", "علم بالاجتماع من الصحيفة")
    r = _one('مسؤول بارز بوزارة الدفاع الأميركية أبلغ صحيفة نيويورك تايمز أن "التمرد ازداد سوءا".')
    assert (r.source, r.via) == ("مسؤول بارز بوزارة الدفاع الأميركية", "صحيفة نيويورك تايمز")
    rs = recs("وقال الوزير إن الخطة جاهزة. وأبلغ صحيفة الحياة أن التنفيذ قريب.")
    assert (rs[1].resolved, rs[1].via) == ("الوزير", "صحيفة الحياة")
    r = _one("وقال بيتر كلارك بلقاء مع BBC يبث غدا إن الأمر لا يتعلق بالإرهابيين فقط.")
    assert r.via == "BBC"


def test_an_implied_paper_relaying_a_source_is_the_via():
    rs = recs('وذكرت صحيفة "نيويورك تايمز" أن الدول الكبرى اتفقت على العقوبات. '
              'ونقلت عن مسؤولين أوروبيين قولهم إن العقوبات ستطاول البرنامج النووي.')
    assert (rs[1].source, rs[1].via) == ("مسؤولين أوروبيين", 'صحيفة "نيويورك تايمز"')
    rs = recs("وقال الوزير إن الخطة جاهزة. ونقل عن مسؤولين قولهم إن التنفيذ قريب.")
    assert (rs[1].source, rs[1].via) == ("مسؤولين", "")  # a person relays: no outlet


def test_words_that_fold_like_cues():
    assert recs("وقد تعرض المسجد للخراب إبان الحرب بين الطرفين.") == []  # إبان: during
    assert _one("وأبان الوزير أن الخطة جاهزة.").source == "الوزير"
    assert recs("وأكدت دراسة للدكتور بهاء حسب الله أن الشاعر عاش في دمشق.")[0].cue == "وأكدت"
    assert [r.cue for r in recs("وأكدت دراسة للدكتور بهاء حسب الله أن الشاعر عاش في دمشق.")] == ["وأكدت"]


def test_biqawlihi_after_another_verb():
    text = "وبررت وكالة أنباء الشرق الأوسط الرسمية اتخاذ هذا القرار بقولها إنه يأتي في ضوء الظروف."
    (r,) = recs(text, recognize(text))
    assert (r.cue, r.resolved, r.claim) == ("بقولها", "وكالة أنباء الشرق الأوسط الرسمية", "يأتي في ضوء الظروف")
    r = _one("وختم حديثه بقوله: «نحن ماضون».")
    assert (r.cue, r.claim, r.direct) == ("بقوله", "نحن ماضون", True)


def test_texts_that_write_alif_maqsura_as_ya():
    text = ("وأكد الوزير علي الأرض أن المشروع يمضي. وشدد علي ضرورة الإسراع، مشيرا الي أن العمل "
            "سينتهي. وأوضح الوزير أن الكلفة كبيرة.")
    rs = recs(text, recognize(text))
    assert all(r.source != "علي" and r.resolved != "علي" for r in rs)


def test_an_accusative_noun_and_its_adjective_are_no_name():
    rs = recs("وقال شالوم إن حزب الليكود يتوقع فشلا ذريعا لحكومة كاديما.")
    assert [(r.cue, r.source) for r in rs] == [("وقال", "شالوم"), ("يتوقع", "حزب الليكود")]
    assert _one("وقال رضا بهلوي إن النظام سيسقط.").source == "رضا بهلوي"


def test_countries_named_or_not():
    assert _one("وتبدي دول أوروبية عدة قلقها من الوضع.")[1:3] == ("دول أوروبية عدة", "anonymous")
    assert _one("وقالت دول الخليج إن الأسعار ستستقر.")[1:3] == ("دول الخليج", "named_organization")


def test_jaa_fi_a_document():
    r = _one("وجاء في البيان أن الشركة حققت أرباحا.")
    assert (r.cue, r.source, r.kind, r.claim) == ("وجاء في", "البيان", "document", "الشركة حققت أرباحا")
    r = _one("وجاء في بيان صادر عن الوزارة، أمس، أن الخطة جاهزة.")
    assert (r.source, r.claim) == ("بيان صادر عن الوزارة", "الخطة جاهزة")
    r = _one("وجاء في نص القرار الذي أعلنته القاضية أن البرنامج غير قانوني.")
    assert (r.cue, r.source) == ("وجاء في", "نص القرار")
    r = _one("وجاء في مقال نشر في صحيفة رودونج سينمون أن واشنطن مسؤولة.")
    assert (r.source, r.via) == ("مقال", "صحيفة رودونج سينمون")
    assert recs("وجاء في المرتبة الثانية المنتخب الفرنسي.") == []
    r = recs("وقال الوزير إن الخطة جاهزة. وختم بالقول إن كثيرا من الأطفال يعانون.")[-1]
    assert (r.cue, r.resolved) == ("وختم", "الوزير")


def test_wa_bayyana_anna_is_he_showed():
    rs = recs("وقال المدير إن الأرباح ارتفعت. وبين أن المبيعات زادت.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "المدير"), ("وبين", "المدير")]
    assert recs("وخير الاتفاق الشركة بين أن تكون شريكا وبين أن تنسحب.") == []


def test_a_family_name_alone_after_the_full_name():
    r = _one("وحصل الروائي نجيب محفوظ على جائزة نوبل عام 1988. وأوضح محفوظ أن الجائزة غيرت حياته.")
    assert (r.source, r.resolved) == ("محفوظ", "نجيب محفوظ")


def test_sources_of_a_paper_in_marks():
    r = _one("وأفادت مصادر «الرياض» بأن الوزارة ستعلن القرار قريبا.")
    assert (r.source, r.kind, r.claim) == ("مصادر «الرياض»", "anonymous", "الوزارة ستعلن القرار قريبا")
