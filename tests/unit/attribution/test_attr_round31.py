"""attribution-3.10, from the rescore lists of the last session and this session's probe batches (every
sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_paper_with_its_epithet_then_its_editorial():
    (r,) = _all("وكتبت صحيفة «كيهان» المحافظة في افتتاحيتها أمس أن المفاوضين أخطأوا.")
    assert (r.cue, r.source, r.kind, r.claim) == ("وكتبت", "صحيفة «كيهان»", "media", "المفاوضين أخطأوا")
    (r,) = _all("وكتبت صحيفة «الغارديان» اليسارية في افتتاحيتها أن الحكومة فشلت.")
    assert r.source == "صحيفة «الغارديان»"


def test_when_and_how_he_spoke_are_no_part_of_a_name():
    (r,) = _all("وقال حنا إثر الاجتماع إن الكنيسة لن تتدخل في السياسة.")
    assert r.source == "حنا"
    (r,) = _all("وقال ريدفورد متوجها إلى الصحافيين إن القوات ستبقى.")
    assert r.source == "ريدفورد"
    (r,) = _all("وقال لرويترز في وقت متأخر ليلا إنه سيستقيل.")
    assert (r.source, r.via) == ("", "رويترز")


def test_a_noun_with_its_count_after_a_post_is_the_object():
    (r,) = _all("فيما أعلن حاكم الولاية مقتل ثلاثة مدنيين في الهجوم.")
    assert (r.source, r.kind, r.claim) == ("حاكم الولاية", "unnamed_official", "مقتل ثلاثة مدنيين في الهجوم")
    (r,) = _all("وأعلن وزير الصحة إصابة 20 شخصا بالفيروس.")
    assert r.source == "وزير الصحة"


def test_a_nationality_before_a_name_is_no_part_of_it():
    (r,) = _all("وقال المحامي الليبي عبد الحكيم الفيتوري إن موكله بريء.")
    assert (r.source, r.kind) == ("عبد الحكيم الفيتوري", "named_person")


def test_ali_after_a_title_is_the_given_name():
    (r,) = _all("ودعا الخبير الاقتصادي الدكتور علي حسن البنعلي إلى تخصيص المزيد من الأموال.")
    assert (r.source, r.kind, r.claim) == ("علي حسن البنعلي", "named_person", "تخصيص المزيد من الأموال")


def test_the_bank_by_its_country_is_the_bank_named_before():
    rs = _all("أعلن بنك بي إن بي باريبا عن خسائر كبيرة في الربع الثالث. وقال المصرف الفرنسي في بيان إنه سيخفض الوظائف.")
    assert (rs[1].source, rs[1].resolved) == ("المصرف الفرنسي", "بنك بي إن بي باريبا")
    # a central bank is no bank of that country named by it
    rs = _all("وقال البنك المركزي الأوروبي إن التضخم مرتفع. وقال البنك الفرنسي إنه سيوزع أرباحا.")
    assert rs[1].resolved == "البنك الفرنسي"


def test_a_post_in_a_firm_then_the_region_it_serves_then_the_name():
    rs = _all("أوضح مدير إدارة الاتصال بالشركة السعودية للكهرباء في منطقة جازان حسن بن أحمد مدخلي أن الانقطاع "
              "سببه عطل فني، مبينا أن الفرق تعمل.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("أوضح", "حسن بن أحمد مدخلي", "named_person"),
                                                       ("مبينا", "حسن بن أحمد مدخلي", "named_person")]


def test_people_of_a_place_are_unnamed():
    (r,) = _all('بحسب ما أفاد به أهال لـ"الوطن"، فإن المياه انقطعت.')
    assert (r.source, r.kind) == ("أهال", "anonymous")


def test_and_he_wrote_colon_quotation_is_his_next_claim_but_a_byline_is_none():
    rs = _all("وكان الوزير قد قال إن الأسعار ستبقى. وكتب: «لا يمكن إدارة سوق الصرف بالأوامر».")
    assert [(r.cue, r.resolved) for r in rs] == [("قال", "الوزير"), ("وكتب", "الوزير")]
    (r,) = _all("كتب: محمد العلي\nقال الوزير إن السوق مستقرة.")
    assert r.cue == "قال"


def test_a_second_appeal_joined_by_wa_is_a_record_of_its_own():
    rs = _all("وحذرت اللجنة من كارثة في حلب وطالبت بهدنة إنسانية أسبوعية.")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [("وحذرت", "اللجنة", "كارثة في حلب"),
                                                          ("وطالبت", "اللجنة", "هدنة إنسانية أسبوعية")]
    rs = _all("ويحذر الوزير من ارتفاع الأسعار ويدعو إلى ترشيد الاستهلاك.")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [("ويحذر", "الوزير", "ارتفاع الأسعار"),
                                                          ("ويدعو", "الوزير", "ترشيد الاستهلاك")]
    rs = _all("الصليب الأحمر يحذر من «كارثة» في حلب ويطالب بهدنة إنسانية أسبوعية")
    assert [r.cue for r in rs] == ["يحذر", "ويطالب"]
    # inside what was said, a student is no second appeal
    (r,) = _all("وقال الوزير إن الطالب متفوق وطالب بجامعة الملك سعود.")
    assert r.cue == "وقال"


def test_a_body_that_oversees_something_runs_over_ala_to_the_name():
    (r,) = _all("وأعلن رئيس اللجنة العليا للإشراف على الانتخابات عبدالعزيز يوسف البنعلي أن نسبة المشاركة بلغت 72 في المئة.")
    assert (r.source, r.kind) == ("عبدالعزيز يوسف البنعلي", "named_person")
    (r,) = _all("وقال رئيس هيئة الرقابة على الأسواق المالية محمد العبيد إن السوق مستقرة.")
    assert r.source == "محمد العبيد"


def test_a_region_named_by_its_direction_is_one_place():
    (r,) = _all("قال والي شمال دارفور إن المنظمات تعمل بحرية.")
    assert (r.source, r.kind) == ("والي شمال دارفور", "unnamed_official")
    (r,) = _all("وأكد محافظ جنوب سيناء أن الموسم السياحي جيد.")
    assert r.source == "محافظ جنوب سيناء"


def test_the_occasion_after_a_name_in_apposition_then_the_object():
    (r,) = _all("ونفى والي الولاية، الطيب حامد عبد الرحيم، في تصريحات لـ«البيان» وجود أي قيود.")
    assert (r.source, r.claim) == ("الطيب حامد عبد الرحيم", "وجود أي قيود")
    (r,) = _all("ودعا رئيس الحكومة سليم الحداد، في مؤتمر صحفي عقده في السراي، مجلس الأمن إلى «التحرك فورا».")
    assert r.claim == "مجلس الأمن إلى «التحرك فورا»"


def test_what_a_body_showed_with_said_it_is_the_bodys_claim():
    (r,) = _all("نشرت وزارة الدفاع الأميركية (البنتاغون)، الاثنين، صورا جديدة قالت إنها تظهر عناصر من الحرس الثوري.")
    assert (r.source, r.kind, r.claim) == ("وزارة الدفاع الأميركية", "named_organization", "تظهر عناصر من الحرس الثوري")


def test_said_in_it_then_that_the_work_of_the_man_named_with_lam():
    (r,) = _all("وبثت قناة «صدى البلد» تسجيلا لرئيس شعبة المواد الغذائية بغرفة القاهرة التجارية، عاطف صبري الدسوقي، "
                "قال فيه إن التجار ليسوا طرفا في الأزمة.")
    assert (r.source, r.claim) == ("عاطف صبري الدسوقي", "التجار ليسوا طرفا في الأزمة")
    (r,) = _all("وكان الوزير قد ألقى كلمة أمام المجلس، أكد فيها أن الحكومة ستواصل الإنفاق.")
    assert r.claim == "الحكومة ستواصل الإنفاق"


def test_a_future_verb_after_a_body_is_no_part_of_its_name_and_a_rapporteur_is_a_post():
    rs = _all("وقالت المنظمة في بيان إنها لم تعد مقتنعة. ويرى مراقبون أن انسحاب المنظمة سيزيد الضغط على الحكومة.")
    assert "سيزيد" not in rs[0].resolved
    (r,) = _all("وقال مقرر اللجنة النائب يوسف حمد البصيري إن التقرير جاهز.")
    assert r.source == "يوسف حمد البصيري"


def test_said_in_it_after_a_relative_on_a_place_is_no_record():
    assert _all("وزار المدينة التي قال فيها إنه ولد.") == []
    (r,) = _all("غير أن مصادر بحي شمال الجيزة كشفت أن عرضا مطروح.")
    assert (r.source, r.kind) == ("مصادر بحي شمال الجيزة", "anonymous")


def test_a_feminine_ordinal_post_then_the_name_between_commas():
    (r,) = _all("وقالت النائبة الأولى لرئيس البنك المركزي، يلينا سوكولوفا، في مقابلة مع قناة «روسيا 24» إن الوضع حرج.")
    assert (r.source, r.kind, r.via) == ("يلينا سوكولوفا", "named_person", "قناة «روسيا 24»")


def test_where_a_post_is_held_then_the_name_and_a_rank_of_two_words():
    (r,) = _all("وحذر ممثل يونيسف في اليمن خوسيه أنطونيو بلانكو من أن الأطفال يموتون.")
    assert r.source == "خوسيه أنطونيو بلانكو"
    (r,) = _all("قال المتحدث باسم التحالف، العميد الركن منصور الدوسري، إن العمليات مستمرة.")
    assert (r.source, r.kind) == ("منصور الدوسري", "named_person")


def test_the_government_addressed_after_a_council_is_no_part_of_its_name():
    (r,) = _all("وطالب نواب في مجلس الأمة الحكومة بعدم المساس بالرواتب.")
    assert r.source == "نواب في مجلس الأمة"


def test_a_body_with_its_acronym_in_brackets_before_kana_qad():
    (r,) = _all("وكان اتحاد الغرف التجارية والصناعية الهندي (فيكي) قد طالب البنك بالإبقاء على الفائدة.")
    assert (r.source, r.kind) == ("اتحاد الغرف التجارية والصناعية الهندي", "named_organization")


def test_things_about_to_be_announced_and_announced_then_are_no_claims():
    assert _all("وتستعد الحكومة لإعلان برنامج اقتصادي متوسط الأجل الأسبوع المقبل.") == []
    assert _all("وكانت الميزانية قد أعلنت في 28 ديسمبر الماضي، وتضمنت للمرة الأولى جدولا بالإصلاحات.") == []


def test_a_participle_after_a_nested_record_is_the_hosts_and_a_passive_predicate_is_none():
    rs = _all("لكن النائب العتيبي نبه إلى أن ديوان المحاسبة سجل في تقريره الأخير 37 ملاحظة على عقود المشروع، "
              "معتبرا أن ردود الوزارة «لم تكن مقنعة».")
    assert [(r.cue, r.resolved) for r in rs] == [("نبه", "العتيبي"), ("معتبرا", "العتيبي")]
    (r,) = _all("فيما اعتبرت العضو سوسن المحميد أن الحكومة مطالبة بأن تقدم للمجلس «رؤية متكاملة» للإصلاح.")
    assert r.claim == "الحكومة مطالبة بأن تقدم للمجلس «رؤية متكاملة» للإصلاح"


def test_a_time_then_the_verbs_own_preposition_before_a_later_quotation():
    rs = _all("وقال النائب سعد البواردي إن الوزارة أعلنت قبل عامين عن 280 ألف منتج سكني، «ولم يتسلم المواطنون "
              "منها إلا جزءا يسيرا»، مطالبا بجدول زمني ملزم.")
    assert rs[1].cue == "أعلنت" and rs[1].claim.startswith("280 ألف منتج سكني")


def test_min_janibihi_then_talaba_without_a_comma():
    (r,) = _all("من جانبه طالب المعتمر محمود عبدالرازق بوضع سقف للاسعار في المواسم.")
    assert (r.cue, r.source) == ("طالب", "محمود عبدالرازق")


def test_an_accusative_participle_with_its_object_then_ila_needs_no_comma():
    rs = _all("وقال نائب رئيس اللجنة ابراهيم العقيلي ان التراجع كان متوقعا في ظل انخفاض الطلب مرجعا الجزء الاكبر "
              "منه الى تراجع الواردات.")
    assert [r.cue for r in rs] == ["وقال", "مرجعا"]
    assert rs[0].claim == "التراجع كان متوقعا في ظل انخفاض الطلب"


def test_a_meeting_before_the_verbs_own_bi_and_two_states_before_qad():
    (r,) = _all("وطالبت فنزويلا قبيل الاجتماع بخفض جماعي للإنتاج.")
    assert (r.source, r.claim) == ("فنزويلا", "خفض جماعي للإنتاج")
    (r,) = _all("وكانت فنزويلا والجزائر قد طالبتا بأن يخفض الإنتاج.")
    assert r.source == "فنزويلا والجزائر"


def test_a_statement_an_agency_distributed_names_the_via():
    (r,) = _all("وأكدت وزارة المالية، في بيان وزعته وكالة الأنباء السعودية، أن القرار متسرع.")
    assert (r.source, r.via) == ("وزارة المالية", "وكالة الأنباء السعودية")


def test_moving_things_is_no_relay_and_monitoring_is_no_going_on():
    assert _all("ويتردد بين الباعة أن بعض الموزعين نقلوا بضائعهم إلى مستودعات أخرى.") == []
    (r,) = _all("وأكد المهندس خالد باحارث أن الأمانة تتابع حركة البيع في السوق يوميا.")
    assert r.cue == "وأكد"
    (r,) = _all("ونقلت الوكالة عن الوزير قوله إن الأسعار مستقرة.")
    assert (r.source, r.via) == ("الوزير", "الوكالة")


def test_a_feminine_noun_after_a_full_name_is_the_object():
    (r,) = _all("ووصف وزير البترول سليمان الفارس الاستراتيجية بأنها «دفاع عن الحصة».")
    assert r.source == "سليمان الفارس"


def test_owners_of_shops_of_a_trade_and_what_an_investor_did_before_he_said():
    (r,) = _all("وقال أحد ملاك محال الجوالات في الحي، الذي طلب عدم ذكر اسمه، إن كثيرا من المواطنين لا يعرفون ما يجري.")
    assert (r.source, r.kind) == ("أحد ملاك محال الجوالات في الحي", "anonymous")
    (r,) = _all("وفي السعودية، قال مستثمر من الدمام خسر 230 ألف ريال في المخطط، إنه انضم بعد أن شاهد صورا.")
    assert (r.source, r.claim) == ("مستثمر من الدمام", "انضم بعد أن شاهد صورا")
    (r,) = _all("في المقابل، قال أحد المتضررين، وهو موظف حكومي يدعى بدر الرشيدي، لـ\"القبس\": «دفعت 48 ألف دينار».")
    assert (r.source, r.kind) == ("بدر الرشيدي", "named_person")


def test_the_reporter_of_a_byline_never_speaks():
    (r,) = _all("محمد آل حمود- سبق- القطيف:\n\nوقال الدلال في السوق إن عدد القوارب انخفض.")
    assert "حمود" not in r.resolved


def test_kana_then_a_post_and_a_foreign_name_between_commas_without_qad():
    (r,) = _all("وكان رئيس بعثة صندوق النقد الدولي إلى الأردن، إنريكي فالديز، ذكر في ختام زيارته الأخيرة لعمان الشهر "
                "الماضي، أن الأداء المالي «جاء متسقا» مع أهداف البرنامج.")
    assert (r.source, r.kind) == ("إنريكي فالديز", "named_person")


def test_a_family_name_in_at_before_the_comma_and_a_given_name_with_the_article():
    (r,) = _all("وقال وزير المال نضال العبداللات، خلال لقاء مع أعضاء غرفة تجارة عمان، إن الحكومة «ملتزمة» خفض نسبة الدين.")
    assert r.source == "نضال العبداللات"
    (r,) = _all("وقال محافظ البنك المركزي، الهادي بن رمضان، إن التضخم سيتراجع.")
    assert r.source == "الهادي بن رمضان"


def test_but_it_demanded_is_the_speakers_next_record():
    rs = _all("وكان صندوق النقد أعلن في بيان ختامي لبعثته إلى عمان أن الأردن «أحرز تقدماً» في ضبط المالية العامة، "
              "لكنه طالب بتسريع إصلاح ضريبة الدخل.")
    assert [(r.cue, r.resolved) for r in rs] == [("أعلن", "صندوق النقد"), ("طالب", "صندوق النقد")]
    assert rs[0].claim == "الأردن «أحرز تقدماً» في ضبط المالية العامة"


def test_a_bodys_one_word_name_in_marks_then_the_verbal_noun_it_announced():
    (r,) = _all("وأعلنت «كفالة» رفع الحد الأعلى للضمان.")
    assert (r.source, r.claim) == ("كفالة", "رفع الحد الأعلى للضمان")
    (r,) = _all("وتوقعت «ارتفاع الأسعار» في الربع المقبل.")
    assert r.source == ""


def test_amma_a_body_in_marks_with_its_description_then_idh_afadat():
    (r,) = _all("أما «الأهلي كابيتال»، الذراع الاستثمارية للبنك الأهلي التجاري، فكانت أكثر تفاؤلا، إذ أفادت في تقرير "
                "لها بأن العجز قد يتقلص.")
    assert r.resolved == "الأهلي كابيتال"


def test_and_wrote_colon_quotation_after_an_act_in_the_same_sentence():
    rs = _all("وفي تغريدة على \"تويتر\"، اتهم القيادي في الجماعة، عبد الله الضيفي، \"مطابخ العدوان\" بالسعي إلى شق "
              "الصف، وكتب: \"من يراهن على الفتنة سيخسر الرهان\".")
    assert [(r.cue, r.resolved) for r in rs] == [("وكتب", "عبد الله الضيفي")]


def test_the_object_after_the_occasion_ends_at_the_participles_comma():
    rs = _all("في المقابل، نفى والي شمال دارفور، الطيب حامد عبد الرحيم، في تصريحات لـ«البيان» وجود أي قيود على حركة "
              "المنظمات، مؤكدا أن حكومته \"تسهل عمل جميع الوكالات\".")
    assert [(r.cue, r.claim) for r in rs] == [("نفى", "وجود أي قيود على حركة المنظمات"),
                                              ("مؤكدا", "حكومته \"تسهل عمل جميع الوكالات\"")]


def test_said_in_it_after_a_long_work_hinted_with_lam_and_by_saying_after_an_appeal():
    (r,) = _all("وأرسل محفوظ كلمة تلخص رؤيته لجائزة نوبل ولمستقبل الادب قال فيها \"ان جائزة نوبل في العلوم أكثر "
                "عدلا منها في الأدب\".")
    assert (r.cue, r.source) == ("قال", "محفوظ")
    (r,) = _all("وألمح البنك لمخاطر أخرى تهدد الاستقرار المالي.")
    assert (r.cue, r.claim) == ("وألمح", "مخاطر أخرى تهدد الاستقرار المالي")
    rs = _all("ودعا الوزير الى تغيير الحكومة بقوله ان الحكومة الحالية ليست قادرة.")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [("ودعا", "الوزير", "تغيير الحكومة"),
                                                          ("بقوله", "الوزير", "الحكومة الحالية ليست قادرة")]


def test_a_broadcasters_arabic_edition_in_the_dateline_is_the_publisher_not_a_wire():
    (r,) = _all("عنوان الخبر\n\nلندن - بي بي سي عربي\n\nوقال المتحدث باسم الجيش لبي بي سي إن القوات تقدمت.")
    assert r.via == ""
    from reader.core.attribution.outlets import is_agency
    from reader.core.text import fold

    assert [is_agency(fold(n)) for n in ("بي بي سي", "إم بي سي", "فرانس 24", "فرانس برس", "يو بي آي", "د ب أ")] == \
        [False, False, False, True, True, True]
