"""attribution-3.0, from reading the predictions on unannotated ANERcorp training sentences
(real general news) and sentences written after them (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_person_who_opens_a_sentence_after_the_last_record_is_who_said_speaks_for():
    rs = _all("قال وزير الخارجية الأمريكي كولن باول إن المحادثات ستستمر.\n"
              "جورج مارتن من أشهر المصممين في العالم. مارتن يصمم شعارات الشركة منذ سنوات. "
              "وقال في مقابلة مع مجلة فنية إن عمله ممتع.")
    assert [r.resolved for r in rs] == ["كولن باول", "جورج مارتن"]
    # «وأضاف» goes on with the last speaker
    rs = _all("قال وزير الخارجية الأمريكي كولن باول إن المحادثات ستستمر. "
              "جورج مارتن يصمم شعارات الشركة منذ سنوات. وأضاف أن الحل قريب.")
    assert [r.resolved for r in rs] == ["كولن باول", "كولن باول"]


def test_a_double_barrelled_name_with_a_hyphen_is_one_person():
    (r,) = _all("وأعلن وزير الخارجية الفرنسي فيليب دوست - بلازي الأحد أن بلاده ستشارك في القوة.")
    assert (r.source, r.kind, r.claim) == ("فيليب دوست - بلازي", "named_person", "بلاده ستشارك في القوة")
    rs = _all("واعلنت وزيرة الدفاع الفرنسية ميشال اليو - ماري السبت ان بلادها ستشارك في القوة. "
              "وقالت في مؤتمر صحافي ان الرئيس سيقرر قريبا.")
    assert [(r.source, r.resolved) for r in rs] == [
        ("ميشال اليو - ماري", "ميشال اليو - ماري"), ("", "ميشال اليو - ماري")]
    # words between two dashes are a description, and a dash after a name opens one
    (r,) = _all("وقال سلفان شالوم - وهو يهودي من اصل تونسي - للقناة العاشرة ان الحكومة ستفشل.")
    assert r.source == "سلفان شالوم"
    (r,) = _all("في جانب آخر يرى عاصم حسين- أحد المشترين- أن الأسعار مرتفعة.")
    assert r.source == "عاصم حسين"


def test_the_preposition_bi_on_a_noun_after_the_verb_is_no_speaker():
    rs = _all("وأثنى العداء المغربي السابق سعيد عويطة على زميله، مشيرا إلى أنه خاض السباق جيدا، "
              "وتكهن بإمكانية أن يحقق نتائج أفضل.")
    assert [(r.cue, r.source, r.resolved) for r in rs] == [("وأثنى", "سعيد عويطة", "سعيد عويطة"),
        ("مشيرا", "سعيد عويطة", "سعيد عويطة"), ("وتكهن", "", "سعيد عويطة")]
    (r,) = _all("وطالب بإجراء تحقيق في الحادث.")
    assert r.source == "" and r.claim == "إجراء تحقيق في الحادث"


def test_a_wire_dateline_inside_a_paragraph_is_not_part_of_the_claim():
    (r,) = _all("وهذا ما يخشاه الجميع. استنبول - قنا - ا ف ب: أوقفت الشرطة التركية أمس عشرات "
                "الأشخاص خلال تظاهرات، كما ذكرت وكالة أنباء الأناضول التركية.")
    assert r.claim == "أوقفت الشرطة التركية أمس عشرات الأشخاص خلال تظاهرات"
    # a dash in a sentence that no place opens is no dateline
    (r,) = _all("وانتهت القمة. مباراة الهلال - النصر: تأجلت إلى الأسبوع المقبل، كما ذكرت وكالة الأنباء.")
    assert r.claim.startswith("مباراة الهلال")


def test_a_cue_joined_later_in_a_sentence_speaks_for_the_subject_of_its_first_verb():
    rs = _all("قال الرئيس جلال طالباني إن الوضع صعب.\n"
              "وأيد وزير الخارجية هوشيار زيباري الرئيس طالباني وقال ان العراقيين قادرون على الرد.")
    assert [(r.source, r.resolved) for r in rs] == [("جلال طالباني", "جلال طالباني"), ("", "هوشيار زيباري")]
    rs = _all("قال المدرب هورست كوبل إن الفريق جاهز.\n"
              "وتحدث اللاعب عبدالسلام جمعة عن احساس اللاعبين بالمسؤولية وأكد أن الخسارة أمر وارد.")
    assert rs[1].resolved == "عبدالسلام جمعة"
    # an object before the person, or a feminine verb, and it stays with the last speaker
    rs = _all("قال الباحث قو يو شنغ إن المتحف سيتوسع. وسيضم المتحف تمثالا للرحالة المغربي ابن بطوطة، "
              "وأضاف أن التكاليف تصل إلى مليوني دولار.")
    assert rs[1].resolved == "قو يو شنغ"


def test_a_papers_issue_between_the_paper_and_whom_it_quotes():
    rs = _all("ونقلت صحيفة «صن» البريطانية في عددها الصادر اليوم عن اللاعب مايكل بالاك قوله إن فرق الدوري "
              "ستنتفض، مشيرا إلى أن خط الهجوم قوي جدا.")
    assert [(r.source, r.kind, r.via) for r in rs] == [
        ("مايكل بالاك", "named_person", "صحيفة «صن» البريطانية"),
        ("مايكل بالاك", "named_person", "صحيفة «صن» البريطانية")]
    (r,) = _all("وقالت صحيفة الرياض في افتتاحيتها اليوم إن الميزانية قوية.")
    assert (r.source, r.kind, r.claim) == ("صحيفة الرياض", "media", "الميزانية قوية")


def test_male_is_no_verb_of_mentioning():
    assert _all("تزوج من صديقته عام 1903 ورزق بمولود ذكر حمل اسم هانز.") == []
    (r,) = _all("وذكر التقرير أن المواليد الجدد يسجلون فورا.")
    assert r.source == "التقرير"


def test_a_description_in_construct_with_a_team_or_body_ends_the_name():
    (r,) = _all("وقال فرناندو ألونسو متسابق فريق رينو إن المنافسة صعبة.")
    assert r.source == "فرناندو ألونسو"
    (r,) = _all("وقال أحمد سعيد متحدث وزارة الصحة إن الوضع مستقر.")
    assert r.source == "أحمد سعيد"
    # a via with ل after the name is no description
    (r,) = _all("وقال نائب وزير الزراعة أزات سلطانوف لوكالة «سبوتنيك» إن الصادرات ارتفعت.")
    assert (r.source, r.via) == ("أزات سلطانوف", "وكالة «سبوتنيك»")


def test_a_participle_after_an_opening_phrase_speaks_for_the_verbs_subject():
    (r,) = _all("على صعيد آخر دان الأمين العام للأمم المتحدة استخدام القنابل العنقودية، "
                "مؤكدا أنه طلب من إسرائيل تسليم خرائط.")
    assert (r.cue, r.source, r.kind) == ("مؤكدا", "الأمين العام للأمم المتحدة", "unnamed_official")
    (r,) = _all("في رده على العقاد دافع محفوظ عن فن الرواية قائلا إنها رائعة.")
    assert (r.cue, r.source) == ("قائلا", "محفوظ")


def test_a_verbal_noun_after_a_post_is_no_name():
    rs = _all("وانتقد وزير المالية أداء البنوك مشيرا إلى أن الإقراض تراجع.")
    assert [(r.source, r.kind) for r in rs] == [("وزير المالية", "unnamed_official")] * 2
    (r,) = _all("وقال المهندس علاء الدين إن المشروع جاهز.")
    assert r.source == "علاء الدين"


def test_huwa_between_a_post_and_the_name():
    (r,) = _all("وأعرب المتحدث باسم الخارجية هو توم كايسي عن أمله في أن تنجح المحادثات.")
    assert (r.source, r.kind) == ("توم كايسي", "named_person")


def test_a_trailing_as_reported_then_what_was_left_out_or_where():
    (r,) = _all("واعتقلت الشرطة العشرات منهم، كما قالت الوكالة دون توضيحات إضافية.")
    assert (r.cue, r.source) == ("كما قالت", "الوكالة")
    (r,) = _all("واعتقلت الشرطة العشرات منهم، كما أعلنت الوزارة في بيان.")
    assert (r.cue, r.source) == ("كما أعلنت", "الوزارة")


def test_a_sportsmans_epithet_with_his_nationality_is_the_player_who_spoke():
    rs = _all("قال مهاجم المنتخب الهولندي رود فان نيستلروي إن المدرب ظلمه. "
              "واستطرد النجم الهولندي قائلا «هناك شخصيات لا يريد المدرب رؤيتها».")
    assert [(r.source, r.resolved) for r in rs] == [
        ("رود فان نيستلروي", "رود فان نيستلروي"), ("النجم الهولندي", "رود فان نيستلروي")]
    # another nationality is another player
    rs = _all("قال مهاجم المنتخب الهولندي رود فان نيستلروي إن المدرب ظلمه. وقال النجم البرازيلي إن الفريق قوي.")
    assert rs[1].resolved == "النجم البرازيلي"
    # without an adjective: the player named with that word
    rs = _all("أعلن لاعب الريشة الطائرة الماليزي لي زي جيا اعتزاله اللعب الدولي، في خطوة فاجأت الجماهير. "
              "وقال اللاعب في مؤتمر صحفي إن الإصابة أتعبته.")
    assert rs[1].resolved == "لي زي جيا"


def test_a_photos_credit_ends_the_caption_run_into_the_story():
    rs = _all("نصر الله اعتبر أن الحكومة الحالية عاجزة عن مواجهة الحرب (الجزيرة) دعا الأمين العام لحزب الله "
              "حسن نصر الله إلى تشكيل حكومة وحدة وطنية.")
    assert [(r.cue, r.source, r.claim) for r in rs] == [
        ("اعتبر", "نصر الله", "الحكومة الحالية عاجزة عن مواجهة الحرب"),
        ("دعا", "حسن نصر الله", "تشكيل حكومة وحدة وطنية")]
    (r,) = _all("وقال الرئيس الصومالي إن على إثيوبيا سحب قواتها (رويترز - أرشيف)")
    assert r.claim == "على إثيوبيا سحب قواتها"


def test_a_participle_after_but_and_a_subject():
    rs = _all("نجاد: لا أحد يملك الحق في التنازل عن حق الأمة (الفرنسية) غير أن الرئيس الإيراني محمود أحمدي "
              "نجاد جدد تمسك إيران بالتخصيب، قائلا إنه «من غير المسموح التنازل عن حق الأمة».")
    assert [(r.cue, r.source) for r in rs] == [(":", "نجاد"), ("قائلا", "محمود أحمدي نجاد")]


def test_time_words_between_hasab_ma_alan_and_who():
    (r,) = _all("وسيغيب المهاجم عن الملاعب شهرين، حسب ما أعلن اليوم الخميس النادي الكاتالوني.")
    assert (r.source, r.kind) == ("النادي الكاتالوني", "named_organization")
    assert r.claim == "وسيغيب المهاجم عن الملاعب شهرين"


def test_a_first_person_pronoun_after_the_subject_opens_his_words():
    (r,) = _all("وقال الوزير نحن مستعدون للحوار مع الجميع.")
    assert (r.source, r.claim) == ("الوزير", "نحن مستعدون للحوار مع الجميع")


def test_a_subject_then_its_post_or_clause_between_commas_then_qad_and_the_verb():
    (r,) = _all("وكانت الدكتورة نورة اليوسف، أستاذة الاقتصاد في جامعة الملك سعود، قد حذرت في ورقة "
                "قدمتها للمنتدى من أن استمرار الأسعار منخفضة سيؤخر المشاريع.")
    assert (r.source, r.kind) == ("نورة اليوسف", "named_person")
    (r,) = _all("وكان وزير المالية، الذي تحدث للصحفيين، قد أكد أن الميزانية قوية.")
    assert (r.source, r.claim) == ("وزير المالية", "الميزانية قوية")


def test_a_group_with_a_relative_clause_before_the_verb():
    (r,) = _all("غير أن عددا من المواطنين الذين التقتهم الصحيفة أبدوا تذمرهم من طول الانتظار.")
    assert (r.source, r.kind) == ("عددا من المواطنين", "anonymous")


def test_an_according_to_between_the_subject_and_the_claim():
    rs = _all("وقالت مصادر في منظمة أوبك، حسبما أفادت وكالة رويترز، إن الاجتماع لن يعقد.")
    assert [(r.cue, r.source, r.claim) for r in rs] == [
        ("وقالت", "مصادر في منظمة أوبك", "الاجتماع لن يعقد"),
        ("حسبما أفادت", "وكالة رويترز", "الاجتماع لن يعقد")]


def test_a_second_source_with_a_post_inside_a_claim_is_a_record():
    rs = _all("من جهتها، نفت جمعية حماية المستهلك أن تكون الزيادة مرتبطة بالوقود، إذ قالت عضو مجلس إدارتها "
              "الدكتورة هيفاء بنت عبدالله الشمري لـ«عكاظ» إن «تكلفة النقل لا تمثل سوى جزء يسير».")
    assert [(r.cue, r.source) for r in rs] == [("نفت", "جمعية حماية المستهلك"), ("قالت", "هيفاء بنت عبدالله الشمري")]
    assert rs[1].via == ""  # (no dateline: the page's own)


def test_a_participle_with_the_paper_it_spoke_to_and_a_question():
    rs = _all("وعزا المحلل محمد الشهري التراجع إلى ضغوط أسعار النفط، مؤكدا لـ«اليوم» أن «مكررات الربحية جاذبة».")
    assert (rs[1].cue, rs[1].via, rs[1].claim) == ("مؤكدا", "", "مكررات الربحية جاذبة")
    rs = _all("ويقول سعيد الغامدي إن سعر صندوق الطماطم قفز، متسائلا: «أين الرقابة؟».")
    assert [(r.cue, r.claim) for r in rs] == [("ويقول", "سعر صندوق الطماطم قفز"), ("متسائلا", "أين الرقابة")]


def test_a_common_noun_after_a_descriptor_is_the_object_not_a_family_name():
    rs = _all("وانتقد الكاتب القرار، متسائلا عن جدوى الرسوم الجديدة.")
    assert [(r.cue, r.source) for r in rs] == [("وانتقد", "الكاتب"), ("متسائلا", "الكاتب")]
    (r,) = _all("وقال المهندس الفالح إن الإنتاج مستقر.")
    assert r.source == "الفالح"


def test_a_post_with_another_nationality_is_another_person():
    rs = _all("وقال الرئيس اللبناني اميل لحود إن القرار خاطئ. من جانبه لفت الرئيس الروماني الى ان "
              "عدم الدعوة خيار شخصي.")
    assert rs[1].resolved == "الرئيس الروماني"


def test_a_post_where_he_works_then_his_name_between_commas():
    (r,) = _all("بدوره، أكد المدير التنفيذي لجهاز السياحة بالمنطقة، المهندس عادل بن حمد الملحم، أن الجهاز رخص "
                "لأربع عشرة منشأة.")
    assert (r.source, r.kind) == ("عادل بن حمد الملحم", "named_person")


def test_a_family_name_ending_like_a_plural_after_bin_and_a_given_name():
    (r,) = _all("ويرى رجل الأعمال فهد بن علي البوعينين أن الرسوم مرتفعة.")
    assert r.source == "فهد بن علي البوعينين"


def test_a_subject_then_min_jihatiha_between_commas():
    (r,) = _all("وزارة الإسكان، من جهتها، كانت قد توقعت في وقت سابق أن تسهم الرسوم في خفض الأسعار.")
    assert (r.source, r.kind) == ("وزارة الإسكان", "named_organization")


def test_a_posts_genitive_is_no_fuller_name_of_the_ministry():
    rs = _all("كشف وكيل وزارة العمل للتخطيط والتطوير، الدكتور خالد الرشيد، عن خطة لقصر العمل على السعوديين. "
              "وكانت وزارة العمل قد أعلنت أنها ستمنح المنشآت مهلة.")
    assert rs[-1].resolved == "وزارة العمل"


def test_a_name_in_marks_before_the_verb_is_no_quotation():
    (r,) = _all("«الشورى» يقر رسوم الأراضي البيضاء بنسبة 2.5%.. وأعضاء يطالبون برفعها")
    assert (r.cue, r.source) == ("يطالبون", "أعضاء")
    (r,) = _all("«نحن مستعدون للحوار مع الجميع» يقول الوزير.")
    assert (r.source, r.claim) == ("الوزير", "نحن مستعدون للحوار مع الجميع")


def test_amma_a_topic_then_faqad_and_a_dual_of_two_banks():
    (r,) = _all("أما مصرفا الراجحي والبلاد، الجهتان المستلمتان، فقد أعلنا استعدادهما لاستقبال الطلبات.")
    assert (r.source, r.kind) == ("مصرفا الراجحي والبلاد", "named_organization")
    (r,) = _all("أما مصرف الراجحي فقد أعلن استعداده لاستقبال الطلبات.")
    assert r.source == "مصرف الراجحي"


def test_according_to_what_came_in_a_statement():
    (r,) = _all("وتبدأ فترة الاكتتاب في 15 صفر، وفقا لما جاء في بيان الهيئة على موقعها الإلكتروني.")
    assert (r.source, r.kind, r.claim) == ("بيان الهيئة", "document", "وتبدأ فترة الاكتتاب في 15 صفر")


def test_what_the_subject_of_the_sentence_said_it_was():
    rs = _all("قال متحدث عسكري أميركي إن الوضع هادئ.\n"
              "من جهة أخرى تبنى الجيش الإسلامي في العراق في تسجيل مصور هجوما على ما قال إنها دبابة أميركية.")
    assert (rs[-1].source, rs[-1].resolved, rs[-1].kind) == ("", "الجيش الإسلامي في العراق", "named_organization")


def test_a_subject_with_wahiya_description_before_the_verb():
    rs = _all("الخبيرة الاقتصادية ليلى داغر، وهي أستاذة المالية العامة في الجامعة، حذّرت من أن التأخير "
              "سيضر بالتصنيف، ورجّحت أن يرتفع الدين العام.")
    assert [(r.source, r.resolved) for r in rs] == [("ليلى داغر", "ليلى داغر"), ("", "ليلى داغر")]


def test_hasabama_naqalat_anhu_is_the_via_of_the_record():
    rs = _all("ونفى مصدر في وزارة المالية، حسبما نقلت عنه «الوكالة الوطنية للإعلام»، أن تكون الحكومة بصدد "
              "رفع الضريبة، واصفاً ما نُشر بأنه «تكهنات».")
    assert [(r.cue, r.source, r.via) for r in rs] == [
        ("ونفى", "مصدر في وزارة المالية", "الوكالة الوطنية للإعلام"),
        ("واصفاً", "مصدر في وزارة المالية", "الوكالة الوطنية للإعلام")]


def test_a_feminine_verb_with_no_subject_is_not_given_to_a_man():
    rs = _all("وقال وزير المالية نبيل عازار إن العجز سيرتفع.\nوحذرت من أن التأخير سيضر بالتصنيف.")
    assert rs[-1].resolved != "نبيل عازار"


def test_two_phrases_between_commas_after_the_source():
    (r,) = _all("وقال المهندس طارق السديس، الرئيس التنفيذي للشركة، وهو الذي قاد خطة إعادة الهيكلة، "
                "إن النتائج جيدة.")
    assert (r.source, r.claim) == ("طارق السديس", "النتائج جيدة")
    (r,) = _all("يرى المهندس خالد بن عمر باعبود، رئيس مجلس إدارة الغرفة التجارية بجدة، الذي أعيد انتخابه "
                "مطلع العام، أن المنشآت الصغيرة تعاني.")
    assert r.source == "خالد بن عمر باعبود"
    (r,) = _all("وقالت المديرة المالية للشركة، نوف العجلان، خلال مؤتمر هاتفي مع المحللين، إن الديون تراجعت.")
    assert (r.source, r.kind) == ("نوف العجلان", "named_person")


def test_the_company_is_not_a_tv_channel_named_since():
    rs = _all("أعلنت شركة الوسيط للصناعات الغذائية تحقيقها أرباحا قياسية. واستبعد رئيسها التنفيذي طارق السديس "
              "في مقابلة مع قناة «العربية» أن تؤثر أسعار الوقود على الأرباح. "
              "وكانت الشركة قد أعلنت في يوليو عن توزيع أرباح نقدية.")
    assert rs[-1].resolved == "شركة الوسيط للصناعات الغذائية"


def test_bi_on_a_noun_with_its_genitive_is_no_name():
    rs = _all("ونوه بنتائج الزيارة الرسمية.")
    assert all(r.source != "بنتائج الزيارة الرسمية" for r in rs)
    (r,) = _all("وقال بنيامين نتنياهو إن الحكومة مستقرة.")
    assert r.source == "بنيامين نتنياهو"


def test_a_given_name_after_a_title_is_no_verb():
    (r,) = _all("وتتفق معه الدكتورة أمل الزهراني، أستاذة المحاسبة في جامعة الملك سعود، إذ نبهت إلى أن "
                "«المستثمر الصغير هو من يدفع الثمن».")
    assert (r.cue, r.source) == ("نبهت", "أمل الزهراني")


def test_a_quotation_then_the_verb_alone():
    rs = _all("وقال الوزير خالد الفالح إن الوضع صعب. «لن نتراجع عن الإصلاح»، أضاف.")
    assert [(r.cue, r.resolved, r.claim) for r in rs][-1] == ("أضاف", "خالد الفالح", "لن نتراجع عن الإصلاح")


def test_an_official_in_a_ministry_with_bi_and_an_anonymity_clause():
    rs = _all("وقال مصدر مسؤول بوزارة السياحة، رفض ذكر اسمه، إن الوزارة تتفاوض مع شركات طيران، "
              "وفق ما ذكرته صحيفة «الأهرام» في عددها الصادر اليوم.")
    assert [(r.cue, r.source) for r in rs][0] == ("وقال", "مصدر مسؤول بوزارة السياحة")


def test_a_subject_whose_description_holds_a_name_in_marks():
    (r,) = _all("الوسيطة العقارية جيهان سليم، وهي شريكة في مكتب «بوابة الخليج» للعقارات، قالت إن المستأجرين "
                "يفاوضون على كل درهم.")
    assert r.source == "جيهان سليم"


def test_read_also_is_no_dual_verb():
    assert all(r.cue != "اقرأ" for r in _all("اقرأ أيضاً: «المركزي»: لا نية لتعديل ربط الدرهم بالدولار"))


def test_a_post_with_a_pronoun_and_its_taa_marbuta():
    (r,) = _all("ونقلت الشركة عن مديرتها التنفيذية، هند القاسم، قولها إن المستهلك أصبح أكثر وعيا.")
    assert (r.source, r.kind) == ("هند القاسم", "named_person")
    (r,) = _all("وقالت مديرتها التنفيذية إن الأرباح ارتفعت.")
    assert (r.source, r.kind) == ("مديرتها التنفيذية", "unnamed_official")


def test_a_percent_of_them_is_an_unnamed_group():
    (r,) = _all("وقال 28% منهم إنهم ألغوا رحلاتهم الصيفية.")
    assert (r.source, r.kind) == ("28% منهم", "anonymous")


def test_a_text_cut_after_a_group_of_bodies_does_not_fail():
    from reader.core.attribution import detect_claims

    for cut in ("وحتى الآن أعلنت 95 شركة نتائجه", "خاصة بعد أن أعلنت عدة شركات تابعة نتائجها مثل سافكو"):
        detect_claims(cut, None)
        detect_claims(cut, recognize(cut))


def test_a_blessing_between_dashes_after_the_king_or_crown_prince():
    (r,) = _all("وأكد خادم الحرمين الشريفين - حفظه الله - أن المملكة ماضية في الإصلاح.")
    assert (r.source, r.claim) == ("خادم الحرمين الشريفين", "المملكة ماضية في الإصلاح")
    (r,) = _all("وأكد سمو ولي العهد - حفظه الله - أن المملكة قوية.")
    assert (r.source, r.claim) == ("ولي العهد", "المملكة قوية")
    (r,) = _all("وفي مستهل الجلسة، أطلع خادم الحرمين الشريفين المجلس على فحوى المباحثات، مؤكدا - حفظه الله - "
                "حرص المملكة على تعزيز العمل المشترك.")
    assert (r.cue, r.source, r.claim) == ("مؤكدا", "خادم الحرمين الشريفين", "حرص المملكة على تعزيز العمل المشترك")


def test_a_man_or_a_woman_described_is_an_unnamed_source():
    (r,) = _all("«الأسعار ارتفعت كثيرا» يقول الرجل الستيني، وهو متقاعد.")
    assert (r.source, r.kind, r.claim) == ("الرجل الستيني", "anonymous", "الأسعار ارتفعت كثيرا")
    (r,) = _all("وقالت امرأة من سكان الحي إن المياه انقطعت.")
    assert (r.source, r.kind) == ("امرأة من سكان الحي", "anonymous")


def test_what_his_highness_confirmed():
    rs = _all("وقال الوزير إن المجلس استعرض الخطة، وهو ما أكده سموه في كلمته أمام المجلس.")
    assert [r.cue for r in rs] == ["وقال", "أكده"]
    assert rs[1].source == "" and rs[1].claim == "وقال الوزير إن المجلس استعرض الخطة"


def test_bi_on_a_documents_head_after_the_verb_is_no_subject():
    rs = _all("وبين معاليه أن المجلس نوه بنتائج الزيارة الرسمية التي قام بها ولي العهد، وما أكده سموه "
              "خلال لقاءاته أن المملكة ماضية في تنويع شراكاتها.")
    assert all(r.source != "بنتائج الزيارة الرسمية" for r in rs)
    (r,) = _all("وقال بنك الرياض إن الأرباح ارتفعت.")
    assert (r.source, r.kind) == ("بنك الرياض", "named_organization")


def test_his_highness_is_the_prince_and_his_excellency_the_minister():
    rs = _all("وأكد صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض أن المشروع مهم. "
              "وقال وزير المالية محمد الجدعان إن الميزانية قوية. وأوضح سموه أن المنطقة تشهد نموا.")
    assert rs[-1].resolved == "فيصل بن بندر"
    rs = _all("وقال وزير المالية محمد الجدعان إن الميزانية قوية. وأكد صاحب السمو الملكي الأمير فيصل بن بندر "
              "أن المشروع مهم. وبين معاليه أن الإنفاق مستمر.")
    assert rs[-1].resolved == "محمد الجدعان"


def test_fa_then_a_verb_of_saying_speaks_for_the_sentences_subject():
    rs = _all("قال المسؤول الإيراني علي لاريجاني إن المحادثات بناءة.\n"
              "ويروي المغامر النرويجي كورت كفيورد لنا التفاصيل فيقول: بدأ كل شيء عندما قررت أن أغادر.")
    assert rs[-1].resolved == "كورت كفيورد"


def test_a_claim_ends_where_the_narrator_brings_in_another_source():
    rs = _all("أظهرت دراسة جديدة أن الصين أزاحت ألمانيا من المرتبة الثالثة، فقد ذكرت مؤسسة أبحاث السوق "
              "في مدينة اسن أن الصين أنتجت خمسة ملايين سيارة.")
    assert [(r.cue, r.claim) for r in rs] == [("أظهرت", "الصين أزاحت ألمانيا من المرتبة الثالثة"),
                                              ("ذكرت", "الصين أنتجت خمسة ملايين سيارة")]


def test_amma_a_named_topic_with_his_post_after_him():
    rs = _all("وقال برادران رفيعي إن المؤسسة كبيرة. أما الشيخ الخراساني أمين المجمع فيقول إن المجمع "
              "له أنشطة مختلفة.")
    assert (rs[-1].source, rs[-1].resolved) == ("الخراساني", "الخراساني")


def test_a_participle_then_where_he_said_it_then_the_quotation():
    rs = _all("وحذر أنان من تشكيل منطقة عازلة، قائلا في مقابلة مع شبكة سي.أن.أن «إن المنطقة ستكون أمنية».")
    assert rs[-1].claim == "المنطقة ستكون أمنية"


def test_a_post_in_a_region_named_by_its_adjective_then_the_name():
    (r,) = _all("وأوضح مدير فرع وزارة التجارة بالمنطقة الشرقية خالد الفواز في حديثه للصحيفة أن الجولات مستمرة.")
    assert (r.source, r.claim) == ("خالد الفواز", "الجولات مستمرة")


def test_a_disclosure_on_tadawul_is_where_a_company_said_it():
    (r,) = _all("وقالت الشركة في إفصاح على موقع السوق المالية السعودية «تداول» إنها وقعت عقدا بقيمة 200 مليون ريال.")
    assert (r.source, r.claim) == ("الشركة", "وقعت عقدا بقيمة 200 مليون ريال")
    (r,) = _all("وقالت الشركة في إعلان على موقع «تداول» إنها وقعت عقدا.")
    assert r.claim == "وقعت عقدا"
    (r,) = _all("من جهتها، نفت شركة الرواسي للتطوير العقاري، إحدى الشركات المعنية، في إفصاح على «تداول»، "
                "أن يكون التأخير متعمدا.")
    assert r.claim == "يكون التأخير متعمدا"


def test_a_bare_verb_a_nationality_and_a_person_open_the_sentence():
    rs = _all("قال حسن نصر الله إن المقاومة قوية.\nشن الإسباني فرناندو ألونسو هجوما حادا على الألماني "
              "مايكل شوماخر وقال إنه أكثر سائق يفتقد إلى الروح الرياضية.")
    assert rs[-1].resolved == "فرناندو ألونسو"
