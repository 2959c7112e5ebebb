"""attribution-3.6 and 3.7, from the annotated ANERcorp dev passages and this session's probe batches
(every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_sources_that_relayed_the_speaker_are_a_record_of_their_own_and_an_outlet_is_his_via():
    rs = _all("وسيتأخر الانسحاب الذي كان وزير الدفاع خالد العمري قال إنه سيتم بنهاية الشهر، "
              "كما نقلت عنه مصادر برلمانية.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("قال", "خالد العمري", "named_person"), ("كما نقلت", "مصادر برلمانية", "anonymous")]
    assert rs[0].claim == "سيتم بنهاية الشهر"
    # an outlet that relayed him is the via of his record, and no record of its own
    (r,) = _all("وقال الوزير خالد العمري إن الانسحاب سيتم بنهاية الشهر، كما نقلت عنه صحيفة هآرتس.")
    assert (r.cue, r.source, r.via, r.claim) == ("وقال", "خالد العمري", "صحيفة هآرتس", "الانسحاب سيتم بنهاية الشهر")


def test_the_organisers_are_an_unnamed_group():
    (r,) = _all("وارتفع عدد الزوار - حسب منظمي المعرض - بنسبة عشرة في المئة.")
    assert (r.cue, r.source, r.kind) == ("حسب", "منظمي المعرض", "anonymous")


def test_the_chief_researcher_is_no_president():
    (r,) = _all("وأكد الباحث الرئيس في الدراسة، الدكتور عادل بن راشد الغامدي، أن النتائج تستند إلى نماذج دولية.")
    assert (r.source, r.kind) == ("عادل بن راشد الغامدي", "named_person")


def test_a_clause_on_the_body_between_the_post_and_its_holder():
    (r,) = _all("وقال مدير عام صندوق التنمية، الذي يديره البنك، بدر الحمدان، إن نسبة التعثر منخفضة.")
    assert (r.source, r.kind, r.claim) == ("بدر الحمدان", "named_person", "نسبة التعثر منخفضة")
    (r,) = _all("وقال مدير عام برنامج كفالة لتمويل المنشآت الصغيرة، الذي يديره صندوق التنمية الصناعية "
                "بالشراكة مع البنوك، الأستاذ بدر بن سعود الحمدان: إن نسبة التعثر منخفضة.")
    assert (r.source, r.kind, r.claim) == ("بدر بن سعود الحمدان", "named_person", "نسبة التعثر منخفضة")
    # a program's name no list knows, then the holder
    (r,) = _all("وقال مدير عام برنامج كفالة لتمويل المنشآت، الأستاذ بدر الحمدان: إن نسبة التعثر منخفضة.")
    assert (r.source, r.claim) == ("بدر الحمدان", "نسبة التعثر منخفضة")


def test_a_subject_before_the_verb_with_a_clause_between_dashes():
    r, r2 = _all("لكن عضو مجلس الشورى الدكتورة هيفاء بنت محمد القرشي - التي سبق أن قدمت مقترحا بشأن حماية "
                 "الأسر - نبهت إلى أن الأسر الكبيرة ستدفع أكثر، مشيرة إلى أن متوسط الاستهلاك مرتفع.")
    assert [(x.cue, x.source, x.kind) for x in (r, r2)] == [
        ("نبهت", "هيفاء بنت محمد القرشي", "named_person"), ("مشيرة", "هيفاء بنت محمد القرشي", "named_person")]


def test_an_unnamed_official_before_the_verb_with_a_participle_and_a_clause_on_anonymity():
    (r,) = _all("لكن مسؤولا مصرفيا مطلعا على خطط الدمج، طلب عدم نشر اسمه، قال إن البنكين سيغلقان نحو 50 فرعا.")
    assert (r.cue, r.source, r.kind) == ("قال", "مسؤولا مصرفيا", "anonymous")


def test_a_paper_described_by_where_it_comes_out_relays_whom_it_quoted():
    (r,) = _all("ونقلت صحيفة «ذا ناشيونال» الصادرة في أبوظبي عن مصدر حكومي قوله إن الحكومة دعمت الصفقة.")
    assert (r.source, r.kind, r.via) == ("مصدر حكومي", "anonymous", "صحيفة «ذا ناشيونال»")


def test_two_unnamed_groups_joined_by_wa_before_the_verbs_preposition():
    (r,) = _all("ودعا مصرفيون وخبراء إلى دمج البنوك الصغيرة.")
    assert (r.source, r.kind, r.claim) == ("مصرفيون وخبراء", "anonymous", "دمج البنوك الصغيرة")


def test_a_family_name_resolves_to_a_given_name_that_starts_with_kaf():
    (r,) = _all("وعرض فيلم للمخرج الشاب كريم الشناوي في القاهرة.\n\n"
                "وقال الشناوي في ندوة عقدها بنقابة الصحفيين إن الرقابة تمارس وصاية على عقل المشاهد.")
    assert (r.source, r.resolved) == ("الشناوي", "كريم الشناوي")


def test_a_paper_described_as_belonging_to_a_ministry_relays_whom_it_quoted():
    (r,) = _all("ونقل موقع «26 سبتمبر» التابع لوزارة الدفاع عن مصدر عسكري قوله إن المتمردين يتساقطون.")
    assert (r.source, r.kind, r.via) == ("مصدر عسكري", "anonymous", "موقع «26 سبتمبر»")


def test_while_he_spoke_and_who_he_is_between_the_name_and_that():
    (r,) = _all("وقال الوزير رشيد بوعلام وهو يتحدث للصحافيين في الجزائر العاصمة إن بلاده تدعم الحل.")
    assert (r.source, r.claim) == ("رشيد بوعلام", "بلاده تدعم الحل")
    (r,) = _all("وقال عبد المنعم السيوفي وهو أحد محامي الدفاع لوكالة فرانس برس إن الحكم قاس.")
    assert (r.source, r.via, r.claim) == ("عبد المنعم السيوفي", "وكالة فرانس برس", "الحكم قاس")


def test_kana_then_a_clause_between_dashes_then_qad():
    (r,) = _all("وكانت المتحدثة باسم المحكمة فلورانس أوليفييه - التي تلت القرار في لاهاي - قد قالت إن القضاة "
                "لم يجدوا أدلة كافية.")
    assert (r.cue, r.source, r.kind) == ("قالت", "فلورانس أوليفييه", "named_person")


def test_groups_the_paper_spoke_to_before_that():
    text = "ارتفاع الأسعار\n\nويرى اقتصاديون تحدثت إليهم «رويترز» أن المشكلة ليست في السيولة."
    (r,) = _all(text)
    assert (r.cue, r.source, r.via) == ("ويرى", "اقتصاديون", "رويترز")
    (r,) = _all("ارتفاع الأسعار\n\nويرى اقتصاديون ومقاولون تحدثت إليهم «الوطن» أن المشكلة ليست في السيولة.")
    assert (r.cue, r.source, r.kind) == ("ويرى", "اقتصاديون ومقاولون", "anonymous")


def test_a_trailing_source_who_asked_not_to_be_named_bears_on_the_clause_before():
    (r,) = _all("وتوزع الإصدار على ثلاث شرائح، فيما بلغت طلبات الاكتتاب نحو 67 مليار دولار، وفق ما كشف عنه مصرفي "
                "مشارك في ترتيب الصفقة لـ«الاقتصادية»، طالبا عدم ذكر اسمه لأن الأرقام لم تعلن رسميا بعد.")
    assert (r.source, r.kind) == ("مصرفي مشارك في ترتيب الصفقة", "anonymous")
    assert r.claim.endswith("فيما بلغت طلبات الاكتتاب نحو 67 مليار دولار")
    (r,) = _all("ارتفع صافي أرباح الشركة خلال عام 2015 إلى 1.62 مليار ريال، بنمو نسبته 106 في المئة، وفقا لإفصاح "
                "الشركة على موقع السوق المالية السعودية «تداول» أمس.")
    assert (r.source, r.kind) == ("إفصاح الشركة", "document")
    assert r.claim.startswith("ارتفع صافي أرباح الشركة")


def test_the_two_banks_and_the_group_that_owns_an_airline():
    rs = _all("أعلن بنك أبوظبي الوطني وبنك الخليج الأول أمس اندماجهما.\n\n"
              "وقال البنكان في بيان مشترك إن الصفقة خاضعة لموافقة الجهات التنظيمية.")
    assert rs[-1].resolved == "بنك أبوظبي الوطني وبنك الخليج الأول"
    (r,) = _all("أعلنت مجموعة الإمارات، المالكة لشركة طيران الإمارات، أن الأرباح انخفضت.")
    assert r.resolved == "مجموعة الإمارات"


def test_a_speaker_who_comes_back_by_his_post_said_shorter():
    rs = _all("وقال هانز كلاوسن، كبير محللي أسواق الطاقة لدى بنك ساكسو، إن الأسعار ستتراجع.\n\n"
              "وقال متعاملون في سنغافورة إن الطلب ضعيف.\n\n"
              "وأضاف محلل ساكسو أن ارتفاع المخزونات الأمريكية يبقى عامل ضغط.\n\n"
              "وقال محمد العجمي، مدير المحافظ لدى «الخليج للاستثمار» في الرياض، إن السوق متماسكة.\n\n"
              "وقال سامر حداد، المحلل في شركة الأفق، إن التداولات ضعيفة.\n\n"
              "وأضاف مدير المحافظ في «الخليج للاستثمار» أن قرار الهيئة لم ينعكس بعد على التدفقات.")
    assert [(r.resolved, r.kind) for r in rs if r.cue == "وأضاف"] == [
        ("هانز كلاوسن", "named_person"), ("محمد العجمي", "named_person")]


def test_a_plural_verb_after_a_comma_speaks_for_the_counted_group_of_its_sentence():
    rs = _all("وقالت الهيئة العامة للإحصاء إن التضخم تراجع.\n\n"
              "وجاءت القراءة دون متوسط تقديرات 11 اقتصاديا شملهم مسح أجرته «رويترز» الشهر الماضي، "
              "توقعوا أن يبلغ التضخم 2.0 في المئة.")
    assert (rs[-1].cue, rs[-1].resolved, rs[-1].kind) == ("توقعوا", "11 اقتصاديا", "anonymous")


def test_a_headline_subject_before_a_verb_of_demanding_is_the_source_not_its_object():
    rs = _all('حماس تطالب مصر بفتح دائم لمعبر رفح واسرائيل تحذر من "تهريب السلاح"\n\n'
              "غزة - ا ف ب: طالبت الحركة أمس مصر بفتح المعبر.")
    assert [(r.cue, r.source) for r in rs] == [("تطالب", "حماس"), ("تحذر", "اسرائيل"), ("طالبت", "الحركة")]
    assert rs[0].claim == "فتح دائم لمعبر رفح"
    (r,) = _all("ويطالب الوزير البنوك بخفض الفائدة.")
    assert r.source == "الوزير"


def test_a_headline_of_two_clauses_gives_two_records():
    rs = _all('دمشق تؤكد "جدية" المفاوضات غير المباشرة وتل ابيب تطالب بـ"ثمن" قبل الانسحاب من الجولان')
    assert [(r.cue, r.source) for r in rs] == [("تؤكد", "دمشق"), ("تطالب", "تل ابيب")]
    assert rs[0].claim == '"جدية" المفاوضات غير المباشرة'
    rs = _all("الجيش اليمني يعلن السيطرة علي مواقع في صعدة والحوثيون ينفون ويتهمون صنعاء بقصف المدنيين")
    assert [(r.cue, r.source) for r in rs] == [("يعلن", "الجيش اليمني"), ("ينفون", "الحوثيون")]
    assert rs[0].claim == "السيطرة علي مواقع في صعدة"


def test_an_agreement_conformed_to_and_a_rumour_are_no_sources():
    rs = _all('واضاف الزعارير ان حركته مستعدة للتفاهم، لكنه رفض الحديث عن عودة المراقبين الي المعبر وفق اتفاق '
              '2005، قائلا ان "هذا الاتفاق انتهى".')
    assert [(r.cue, r.source) for r in rs] == [("واضاف", "الزعارير"), ("قائلا", "الزعارير")]
    assert _all("وبلغت قيمة العقد ثلاثة ملايين ريال، بحسب ما تردد.") == []
    (r,) = _all("وبلغت قيمة العقد ثلاثة ملايين ريال، حسبما تردد مصادر في النادي.")
    assert r.source == "مصادر في النادي"


def test_he_came_back_to_stress_and_the_owner_of_a_workshop():
    (r,) = _all("لكن الرئيس التنفيذي لبنك دبي التجاري عاد ليؤكد أن محفظة القروض ستنمو بنسبة 8%.")
    assert (r.cue, r.source) == ("ليؤكد", "الرئيس التنفيذي لبنك دبي التجاري")
    (r,) = _all("وقال صاحب ورشة لصيانة السيارات في حي الصناعية، فضل عدم ذكر اسمه، إن المصاريف تضاعفت.")
    assert (r.source, r.kind) == ("صاحب ورشة لصيانة السيارات في حي الصناعية", "anonymous")


def test_what_analysts_saw_and_a_verb_after_a_role_is_no_name():
    (r,) = _all("تصريحات الوزير جاءت بعد يوم من تراجع سعر خام برنت، وهو ما رآه محللون في قطاع الطاقة مؤشرا "
                "على أن السوق تنتظر إشارات أوضح.")
    assert (r.cue, r.source, r.kind) == ("رآه", "محللون في قطاع الطاقة", "anonymous")
    rs = _all("تصريحات الوزير جاءت بعد يوم من تراجع سعر خام برنت.\n\nوقال الوزير إن السوق مستقرة.")
    assert (rs[-1].resolved, rs[-1].kind) == ("الوزير", "unnamed_official")


def test_an_agency_that_relayed_him_between_his_name_and_that():
    for text in ("وقال خالد عبدالله البستكي، وكيل وزارة المالية، بحسب ما نقلت وكالة أنباء الإمارات «وام»، إن الخطوة "
                 "تدعم التنويع الاقتصادي.",
                 "وقال خالد عبدالله البستكي، بحسب ما نقلت وكالة أنباء الإمارات «وام»، إن الخطوة تدعم التنويع الاقتصادي."):
        (r,) = _all(text)
        assert (r.cue, r.source, r.via) == ("وقال", "خالد عبدالله البستكي", "وكالة أنباء الإمارات «وام»")
    (r,) = _all("وأكد الوزير أن الخطوة تدعم التنويع، بحسب ما نقلت عنه وكالة الأنباء الكويتية (كونا) عقب اجتماع المجلس.")
    assert (r.cue, r.via, r.claim) == ("وأكد", "وكالة الأنباء الكويتية", "الخطوة تدعم التنويع")


def test_a_number_of_a_group_is_that_group():
    (r,) = _all("رأى ستة من أصل ثمانية محللين أن السوق ستتعافى.")
    assert (r.source, r.kind) == ("ستة من أصل ثمانية محللين", "anonymous")
    (r,) = _all("وقال ثلاثة من أعضاء اللجنة إن السوق ستتعافى.")
    assert (r.source, r.kind) == ("ثلاثة من أعضاء اللجنة", "anonymous")


def test_what_a_company_in_marks_denied_and_how_a_spokesman_denied_it():
    (r,) = _all("وتواجه الناقلات الخليجية حملة من شركات طيران أمريكية تتهمها بتلقي دعم حكومي، وهو ما نفته "
                "«طيران الإمارات» مراراً.")
    assert (r.cue, r.source, r.kind) == ("نفته", "طيران الإمارات", "named_organization")
    rs = _all("ويعاني بعض المقاولين تأخر الدفعات منذ منتصف العام، وهو ما نفاه متحدث باسم اللجنة العليا جملة "
              "وتفصيلاً.\n\nوقال المتحدث إن الدفعات صرفت في مواعيدها.")
    assert [(r.source, r.kind) for r in rs][0] == ("متحدث باسم اللجنة العليا", "unnamed_official")
    assert "جملة" not in rs[1].resolved


def test_a_second_plural_verb_speaks_for_the_group_that_opens_the_sentence():
    (r,) = _all("غير أن خبراء اقتصاديين استطلعت «الخليج» آراءهم قللوا من أثره على معدلات التضخم، ورأوا أن "
                "الزيادة لن تتجاوز نصف نقطة مئوية.")
    assert (r.cue, r.resolved, r.kind) == ("ورأوا", "خبراء اقتصاديين", "anonymous")


def test_a_post_given_before_the_verb_names_him_for_the_post_said_again():
    rs = _all("الدكتور شريف عبد المنعم الحلواني، وزير المالية، أكد أن البرنامج يسير.\n\n"
              "وأوضح الوزير أن البرنامج يستهدف خفض العجز.")
    assert [(r.resolved, r.kind) for r in rs] == [("شريف عبد المنعم الحلواني", "named_person")] * 2
    rs = _all("أما الدكتور مصطفى حلمي الصاوي، محافظ البنك المركزي المصري، فأكد أن السياسة مستمرة.\n\n"
              "وقال المحافظ إن البنك لن يتراجع.")
    assert [r.resolved for r in rs] == ["مصطفى حلمي الصاوي"] * 2


def test_while_another_named_source_warned_and_a_family_name_that_is_a_word():
    rs = _all("بدوره، اعتبر عمرو سليمان الزيني، الخبير المصرفي، أن الفجوة بين السعرين «غير قابلة للاستمرار»، بينما "
              "حذرت الدكتورة سلوى رشدي النحاس، الباحثة في المركز المصري للدراسات الاقتصادية، من أن استمرار الأزمة "
              "سيدفع التضخم إلى 15%.")
    assert [(r.cue, r.source) for r in rs] == [("اعتبر", "عمرو سليمان الزيني"), ("حذرت", "سلوى رشدي النحاس")]
    assert rs[0].claim == "الفجوة بين السعرين «غير قابلة للاستمرار»"


def test_participles_after_a_verb_that_is_no_cue_with_the_subject_first():
    rs = _all("وقال فادي الخوري إن العمليات ناجحة.\n\nالخوري، من جهته، دافع عن العمليات في مقابلة مع قناة "
              "«إل بي سي»، مؤكدا أنها «حمت لبنان من أزمة»، ومشيرا إلى أن الأرباح ستخضع للضريبة.")
    assert [(r.cue, r.resolved) for r in rs] == [
        ("وقال", "فادي الخوري"), ("مؤكدا", "فادي الخوري"), ("ومشيرا", "فادي الخوري")]


def test_what_an_unnamed_source_did_then_his_asking_not_to_be_named():
    (r,) = _all("بدوره، قال مستثمر خليجي شارك في المؤتمر، طلب عدم نشر اسمه، لـ«الشروق»: «جئنا لنسمع عن سعر صرف واضح».")
    assert (r.cue, r.source, r.kind, r.direct) == ("قال", "مستثمر خليجي", "anonymous", True)


def test_a_long_post_and_name_before_the_verb_and_a_research_department_of_a_firm():
    (r,) = _all("غير أن رئيس اللجنة الوطنية للاستقدام بمجلس الغرف السعودية سعد بن محمد البداح اعتبر أن المهلة "
                "غير كافية.")
    assert (r.source, r.kind) == ("سعد بن محمد البداح", "named_person")
    (r,) = _all("من جهتها، ذكرت إدارة الأبحاث في شركة الراجحي المالية في تقرير حديث أن البنوك باتت أكثر تحفظا.")
    assert (r.source, r.kind) == ("إدارة الأبحاث في شركة الراجحي المالية", "named_organization")
    (r,) = _all("وقالت وحدة الأبحاث في بنك الكويت الوطني إن النمو سيتباطأ.")
    assert (r.source, r.kind) == ("وحدة الأبحاث في بنك الكويت الوطني", "named_organization")


def test_the_company_of_the_narrators_sentence_before_a_trailing_document_is_the_next_company():
    rs = _all("ارتفاع أرباح «أسمنت اليمامة» 13 % وتراجع «أسمنت القصيم»\n\n"
              "ارتفع صافي أرباح شركة أسمنت اليمامة خلال الربع الثالث إلى 241.6 مليون ريال، وفقا لبيان نشرته الشركة "
              "على موقع السوق المالية السعودية «تداول».\n\n"
              "وعزت الشركة الارتفاع إلى زيادة الكميات المبيعة.")
    assert (rs[-1].cue, rs[-1].resolved) == ("وعزت", "شركة أسمنت اليمامة")  # (head and all: attribution-3.8)


def test_more_shapes_from_the_general_and_levant_batches():
    (r,) = _all("وكان مصرفيون وخبراء قد دعوا منذ سنوات إلى دمج البنوك الصغيرة في الإمارات.")
    assert (r.source, r.kind) == ("مصرفيون وخبراء", "anonymous")
    (r,) = _all("وأعلنت كل من السعودية والإمارات والكويت تقديم ودائع بقيمة ستة مليارات دولار.")
    assert r.source == "السعودية والإمارات والكويت"
    (r,) = _all("وأشار تقرير صندوق النقد الدولي الصادر أمس إلى أن النمو سيتباطأ.")
    assert r.source == "تقرير صندوق النقد الدولي"
    rs = _all("وأعلن الوزير أن الجولة ستعقد، معربا عن امله في ان يتمكن الطرفان من تحقيق اختراق.")
    assert [r.cue for r in rs] == ["وأعلن", "معربا"]
    (r,) = _all("فيما قال مشجع يدعى ناصر الهاجري انه حزين.")
    assert (r.source, r.kind) == ("ناصر الهاجري", "named_person")
    rs = _all("وحذر من أن الشباب يضغطون للعودة إلى الكفاح المسلح، وهو ما رد عليه متحدث باسم الحكومة المغربية "
              "بالقول إن التهديد بالحرب لن يغير شيئا.")
    assert (rs[-1].source, rs[-1].claim) == ("متحدث باسم الحكومة المغربية", "التهديد بالحرب لن يغير شيئا")


def test_a_capital_in_a_headline_and_results_announced():
    rs = _all('دمشق تؤكد "جدية" المفاوضات\n\nوقال الباحث في مركز الدراسات الاستراتيجية بجامعة دمشق سامي الخطيب '
              "إن الجولة مهمة.")
    assert rs[0].resolved == "دمشق"
    assert _all("ارتفع المؤشر مع بدء إعلان البنوك نتائجها الفصلية.") == []


def test_a_quotation_sentence_then_thus_summed_up_by_someone():
    rs = _all("وقال متحدث باسم السوق المالية إن الهيئة لا تعلق على تحركات الأسعار.\n\n"
              '"السيولة موجودة، لكنها خائفة". هكذا لخص أحد كبار المتعاملين في قاعة التداول بالخبر مزاج السوق، '
              "مضيفا أن كثيرين من صغار المستثمرين باعوا أسهمهم.")
    assert [(r.cue, r.kind, r.direct) for r in rs[1:]] == [("هكذا لخص", "anonymous", True), ("مضيفا", "anonymous", False)]
    assert rs[1].source.startswith("أحد كبار المتعاملين") and rs[1].claim == "السيولة موجودة، لكنها خائفة"


def test_a_plural_noun_and_its_feminine_adjective_after_threatens_is_no_person():
    assert _all("تأخر مستحقات المقاولين يهدد مشاريع حكومية بقيمة 40 مليار ريال") == []


def test_an_envoy_to_a_state_named_by_its_kind_then_his_name():
    (r,) = _all("وقال السفير الصيني لدى السلطنة يو فو لونغ إن الشركات الصينية تعتزم الاستثمار.")
    assert r.kind == "named_person" and r.source.startswith("يو فو")


def test_a_figure_then_the_speakers_own_forecast_on_it():
    rs = _all("وكان وزير المالية عبدالله حمد الكواري قد أعلن في وقت سابق أن الدولة تنفق نحو 500 مليون دولار أسبوعياً "
              "على المشاريع، وهو رقم توقع أن يستمر حتى عام 2018 تقريباً.")
    assert [(r.cue, r.resolved) for r in rs] == [("أعلن", "عبدالله حمد الكواري"), ("توقع", "عبدالله حمد الكواري")]
    assert rs[0].claim.endswith("على المشاريع")


def test_a_reporters_byline_after_the_dash_is_no_paper():
    (r,) = _all("عمان - ليث يوسف\n\nمن جانبه، قال الخبير الاقتصادي مازن فايز العبادي لـ«الغد» إن رفع الأسعار سيضغط على "
                "القطاعات.")
    assert (r.source, r.via) == ("مازن فايز العبادي", "")


def test_the_mayor_of_a_region_is_a_post_not_a_man_called_amin():
    (r,) = _all("وأوضح أمين منطقة الرياض المهندس بندر بن عبدالله المطيري أن أغلب حالات التعثر تعود إلى ضعف القدرات.")
    assert (r.source, r.kind) == ("بندر بن عبدالله المطيري", "named_person")
    rs = _all("وأوضح أمين المنطقة الشرقية، المهندس بندر بن عبدالله المطيري، أن أغلب حالات التعثر تعود إلى ضعف "
              "القدرات.\n\nوقال أمين المنطقة الشرقية إن المشاريع متعثرة.\n\nوتابع أمين الشرقية أن الأمانة رفعت تقريرا.")
    assert [r.source for r in rs] == ["بندر بن عبدالله المطيري", "أمين المنطقة الشرقية", "أمين الشرقية"]
    assert [(r.resolved, r.kind) for r in rs] == [("بندر بن عبدالله المطيري", "named_person")] * 3


def test_declining_with_a_name_or_a_clause_between_commas():
    rs = _all('وفي اتصال هاتفي مع "الجزيرة"، رفض رئيس مجلس إدارة شركة الواحة الخليجية، المهندس خالد بن فيصل '
              'الشمراني، التعليق على قرار الهيئة، مكتفيا بالقول إن الشركة "ستصدر إعلانا مفصلا خلال أيام".')
    assert [(r.cue, r.source) for r in rs] == [("رفض", "خالد بن فيصل الشمراني"), ("مكتفيا", "خالد بن فيصل الشمراني")]
    (r,) = _all('ورفض مسؤول في السفارة الفلبينية بالرياض، تواصلت معه "الجزيرة"، التعليق على أسباب تعثر المفاوضات.')
    assert (r.source, r.kind) == ("مسؤول في السفارة الفلبينية بالرياض", "unnamed_official")


def test_a_named_subject_before_a_verb_that_is_no_cue_then_and_said():
    (r,) = _all('غير أن عبدالله بن محمد السديري، عضو اللجنة العقارية في الغرفة التجارية الصناعية بالرياض، رفض الحديث '
                'عن "انهيار" في الأسعار، وقال إن ما يحدث "ركود مؤقت".')
    assert (r.cue, r.resolved, r.kind) == ("وقال", "عبدالله بن محمد السديري", "named_person")


def test_headlines_of_a_body_by_its_short_name_and_of_the_recruitment_offices():
    rs = _all("ساما: الودائع المصرفية تقفز إلى 1.59 تريليون ريال بنهاية سبتمبر\n\nالرياض - واس\n\n"
              "أظهرت بيانات مؤسسة النقد أن الودائع ارتفعت.")
    assert (rs[0].cue, rs[0].source, rs[0].kind) == (":", "ساما", "named_organization")
    (r,) = _all("وقالت مكاتب الاستقدام إن التكلفة ارتفعت.")
    assert (r.source, r.kind) == ("مكاتب الاستقدام", "named_organization")


def test_a_statement_to_the_paper_itself_written_with_ila():
    (r,) = _all('وأوضح مدير عام الصندوق، علي بن عبدالله الحربش، في تصريح إلى "الوطن"، أن حصة المناطق ارتفعت.')
    assert (r.source, r.via) == ("علي بن عبدالله الحربش", "")
    (r,) = _all('وقال الوزير في تصريح إلى "رويترز" إن الحصة ارتفعت.')
    assert r.via == "رويترز"


def test_speakers_of_the_souk_feature():
    rs = _all("أبو محمد (55 عاما)، صاحب محل للعطور والبخور في سوق العرصة منذ أكثر من ثلاثين عاما، يقول إن المبيعات "
              "تراجعت بنحو 30%، موضحا أن الزبون صار يسأل عن السعر.")
    assert [(r.cue, r.source) for r in rs] == [("يقول", "أبو محمد"), ("موضحا", "أبو محمد")]
    (r,) = _all("فالعم سعيد الغامدي (67 عاما)، الذي يعمل في الصيد منذ أكثر من أربعة عقود، يرى أن «البحر لم يعد كما كان».")
    assert r.kind == "named_person" and r.source.endswith("سعيد الغامدي")
    rs = _all("«الرزق على الله»، هكذا رد علي، البائع في محل للعباءات، قبل أن يضيف أن المبيعات تراجعت.")
    assert [(r.cue, r.resolved) for r in rs] == [("رد", "علي"), ("يضيف", "علي")]
    (r,) = _all("وقال وسيط عقاري يعمل في منطقة السالمية منذ نحو 15 عاما، طلب عدم ذكر اسمه، لـ«القبس» إن عدد الصفقات "
                "تراجع.")
    assert (r.source, r.kind, r.claim) == ("وسيط عقاري", "anonymous", "عدد الصفقات تراجع")
    (r,) = _all("وقال وسيط عقاري، يعمل في منطقة السالمية، إن عدد الصفقات تراجع.")
    assert (r.source, r.kind) == ("وسيط عقاري", "anonymous")
    rs = _all("وقال سعيد الغامدي إن البحر تغير.\n\nوعند سؤال أحد الدلالين في السوق، رفض ذكر اسمه، عن هذه الاتهامات، "
              "قال إن العمولة لا تتجاوز 5%، مؤكدا أن الدلال لا يحدد السعر.")
    assert [(r.cue, r.resolved) for r in rs[1:]] == [("قال", "أحد الدلالين في السوق"), ("مؤكدا", "أحد الدلالين في السوق")]


def test_shapes_from_the_wire_politics_batch():
    rs = _all("ورحبت بعثة الأمم المتحدة لمساعدة العراق (يونامي) بسير العملية الانتخابية، وأكد الممثل الخاص للأمين العام "
              "للأمم المتحدة في العراق يان فان دير برغ في بيان أن الانتخابات «تمثل خطوة مهمة».")
    assert (rs[-1].cue, rs[-1].source, rs[-1].kind) == ("وأكد", "يان فان دير برغ", "named_person")
    (r,) = _all("وكان تقرير مشترك أعدته مؤسسة «فافو» النرويجية بالتعاون مع دائرة الإحصاءات العامة الأردنية قد أظهر أن "
                "عدد العراقيين يتراوح بين 450 و500 ألف شخص.")
    assert (r.cue, r.kind) == ("أظهر", "document") and r.source.startswith("تقرير مشترك")
    rs = _all("غير أن الناقد المصري حسام عبد الغفار انتقد، في مقال نشرته صحيفة «الأهرام» القاهرية، معايير الاختيار، "
              "وكتب أن الجائزة «تحولت إلى سوق».")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("انتقد", "حسام عبد الغفار", "معايير الاختيار"), ("وكتب", "حسام عبد الغفار", "الجائزة «تحولت إلى سوق»")]
    (r,) = _all("وقال المتحدث باسم قوة حفظ السلام التابعة للاتحاد الأفريقي (أميصوم) الميجر جوزيف كاتيمبو إن قوات "
                "الاتحاد لم تشارك في القتال.")
    assert (r.source, r.kind) == ("جوزيف كاتيمبو", "named_person")


def test_data_issued_yesterday_and_a_sudanese_district_commissioner():
    (r,) = _all("وأظهرت بيانات وزارة الطاقة الأميركية الصادرة أمس أن مخزونات الخام تراجعت بمقدار مليوني برميل.")
    assert (r.source, r.claim) == ("بيانات وزارة الطاقة الأميركية", "مخزونات الخام تراجعت بمقدار مليوني برميل")
    (r,) = _all("من جهته، أكد معتمد محلية شرق النيل، اللواء (م) عمر الأمين، أن فرق المحلية تعمل على مدار الساعة.")
    assert r.kind in ("unnamed_official", "named_person") and r.claim == "فرق المحلية تعمل على مدار الساعة"


def test_a_state_that_did_not_comply_a_trader_again_and_a_woman_who_tells_her_story():
    assert _all("ولم تستجب طهران لمطالب الوكالة الدولية بالسماح للمفتشين بدخول المنشأة.") == []
    (r,) = _all("ولم تستجب الشركة لطلب «الاقتصادية» التعليق.")
    assert r.source == "الشركة"
    rs = _all("وقال سالم الكتبي، تاجر أقمشة في السوق، إن البيع تراجع.\n\nوتابع التاجر أن الزبائن قلة.")
    assert rs[-1].resolved == "سالم الكتبي"
    (r,) = _all("وتروي سارة المطيري، صاحبة مشروع لبيع الحلويات، قصتها مع القرض، وتصف الإجراءات بأنها «معقدة جدا».")
    assert (r.cue, r.resolved) == ("وتصف", "سارة المطيري")


def test_headline_subjects_before_present_verbs_and_what_a_body_says_as_a_subject():
    rs = _all("العراق: المفوضية تعلن النتائج الأولية و«دولة القانون» تتهمها بـ«التلاعب»\n\nبغداد - وكالات\n\n"
              "أعلنت المفوضية النتائج.")
    assert (rs[0].cue, rs[0].source) == ("تعلن", "المفوضية")
    rs = _all("الصحة العالمية تعلن أول جائحة إنفلونزا منذ 41 عاما\n\nجنيف - وكالات\n\n"
              "أعلنت منظمة الصحة العالمية أمس أن العالم يواجه أول جائحة.")
    assert (rs[0].source, rs[0].resolved) == ("الصحة العالمية", "منظمة الصحة العالمية")
    assert _all("ولا يختلف ما تقوله المفوضية كثيرا عما يرويه اللاجئون أنفسهم.") == []
    rs = _all("وقالت المنظمة إنها رفعت مستوى التحذير إلى الدرجة السادسة، لتعلن بذلك رسميا أن العالم يواجه أول جائحة.")
    assert [(r.cue, r.source, r.resolved) for r in rs] == [("وقالت", "المنظمة", "المنظمة"), ("لتعلن", "", "المنظمة")]


def test_a_long_post_and_a_tagged_name_before_the_verb():
    rs = _all("لكن عضو اللجنة التجارية في الغرفة التجارية الصناعية بمكة المكرمة رجل الأعمال هشام بن فيصل كعكي انتقد "
              "آلية احتساب الرسوم، معتبرا أنها تساوي بين المحلات.")
    assert [(r.cue, r.source) for r in rs] == [("انتقد", "هشام بن فيصل كعكي"), ("معتبرا", "هشام بن فيصل كعكي")]


def test_owners_of_shops_as_speakers_and_as_those_warned():
    (r,) = _all("ويرى بعض أصحاب المحلات الصغيرة أن الرسوم مرتفعة.")
    assert (r.source, r.kind) == ("بعض أصحاب المحلات الصغيرة", "anonymous")
    (r,) = _all("وحذر خالد الشهري أصحاب المحلات من الاستمرار في المخالفة.")
    assert (r.source, r.claim) == ("خالد الشهري", "الاستمرار في المخالفة")


def test_in_the_view_of_someone_then_fa_inna():
    rs = _all("وفي رأي متعاملين في القطاع العقاري، فإن الطلب على المكاتب سيكون الأكثر تضررا.")
    assert [(r.cue, r.source, r.kind, r.claim) for r in rs] == [
        ("وفي رأي", "متعاملين في القطاع العقاري", "anonymous", "الطلب على المكاتب سيكون الأكثر تضررا")]
    rs = _all("وقال سعد العمري إن الخفض خطأ.\n\nومن وجهة نظر العمري، فإن التخفيض لن يفيد الاقتصاد السعودي.\n\n"
              "ومن وجهة نظره، فإن التخفيض لن يفيد الاقتصاد.")
    assert [(r.cue, r.resolved) for r in rs[1:]] == [("ومن وجهة نظر", "سعد العمري"), ("ومن وجهة نظره", "سعد العمري")]
    assert _all("ويعيش في الرياض نحو ستة ملايين نسمة.") == []


def test_a_second_view_in_the_same_tense_after_a_comma():
    rs = _all("وقال خالد العويد إن السوق متذبذبة.\n\nويعتقد العويد أن المؤشر العام سيظل رهينة لسعر برميل برنت، "
              "ويستبعد أن يعود إلى مستوى عشرة آلاف نقطة قبل أن يستقر النفط.")
    assert [(r.cue, r.resolved) for r in rs[1:]] == [("ويعتقد", "خالد العويد"), ("ويستبعد", "خالد العويد")]
    assert rs[1].claim == "المؤشر العام سيظل رهينة لسعر برميل برنت"
    rs = _all("ويرى المحلل سعد الحربي أن الأسعار ستتراجع، ويقدر أن يعود برنت إلى 60 دولارا.")
    assert [(r.cue, r.resolved) for r in rs] == [("ويرى", "سعد الحربي"), ("ويقدر", "سعد الحربي")]
    assert _all("ويتوقع أن ترتفع الأسعار، ويتوقع أن يستمر الطلب.") == []


def test_the_two_sides_an_excellency_and_the_interbank_market():
    rs = _all("وأكد وزير الخارجية البحريني ونظيره المصري أهمية التعاون. وأكد الجانبان، في البيان الختامي، أن التنسيق "
              "مستمر.\n\nوحث الجانبان رجال الأعمال في البلدين على الاستفادة من الحوافز.")
    assert [(r.source, r.claim) for r in rs[1:]] == [
        ("الجانبان", "التنسيق مستمر"), ("الجانبان", "رجال الأعمال في البلدين على الاستفادة من الحوافز")]
    assert rs[1].resolved == "وزير الخارجية البحريني ونظيره المصري"
    rs = _all("وقال وزير المالية العماني سعيد بن ناصر الكندي إن العجز سيرتفع.\n\n"
              "وصرح معالي الكندي لوكالة الأنباء العمانية بأن استمرار أسعار النفط سيفرض قرارات أصعب.")
    assert (rs[1].source, rs[1].resolved) == ("الكندي", "سعيد بن ناصر الكندي")
    (r,) = _all("غير أن متعاملين في سوق ما بين البنوك أكدوا أن السيولة ما زالت مريحة.")
    assert (r.source, r.kind) == ("متعاملين في سوق ما بين البنوك", "anonymous")
    (r,) = _all("وصرح السفير لوكالة أنباء الشرق الأوسط بأن الاجتماع ناقش 14 بندا، في مقدمتها الإعداد للقمة، ومتابعة "
                "تنفيذ قرارات القمة السابقة.")
    assert r.cue == "وصرح"


def test_an_ambassador_tagged_as_a_body_a_relay_after_a_participle_and_a_statement_yesterday():
    rs = _all('ومن جانبه، أكد السفير السعودي لدى الأردن الدكتور عبدالعزيز بن صالح الشهري أن المملكة ملتزمة بتعهداتها، '
              'مضيفا، وفقا لما نقلته عنه وكالة الأنباء الأردنية (بترا)، أن "ما يربط البلدين أكبر من أي دعم مادي".')
    assert [(r.cue, r.source) for r in rs] == [("أكد", "عبدالعزيز بن صالح الشهري"), ("مضيفا", "عبدالعزيز بن صالح الشهري")]
    assert (rs[1].via, rs[1].claim) == ("وكالة الأنباء الأردنية", "ما يربط البلدين أكبر من أي دعم مادي")
    (r,) = _all("وأصدرت مصلحة الجمارك العامة بيانا، أمس، أوضحت فيه أنها بدأت تطبيق نظام الفسح المسبق.")
    assert (r.cue, r.source) == ("أوضحت", "مصلحة الجمارك العامة")


def test_a_given_name_alone_is_not_someone_elses_fathers_name():
    rs = _all("وقال عوض بن علي الشهراني إن الموسم جيد.\n\n"
              "ويقول صاحب فندق في منطقة السودة يدعى علي إن تكاليف التشغيل ارتفعت.\n\nوأضاف الشهراني أن الطلب مرتفع.")
    assert [r.resolved for r in rs] == ["عوض بن علي الشهراني", "علي", "عوض بن علي الشهراني"]


def test_an_agency_in_brackets():
    (r,) = _all("الكويت - كونا\n\nوقال وزير المالية أنس الصالح لـ(كونا) إن العجز سيتراجع.")
    assert (r.source, r.via) == ("أنس الصالح", "كونا")


def test_two_trades_before_a_name_and_two_posts_before_qad():
    (r,) = _all("ويرى رجل الأعمال والمطور العقاري محمد بن جاسم المهندي أن ما تشهده السوق تصحيح طبيعي.")
    assert (r.source, r.kind) == ("محمد بن جاسم المهندي", "named_person")
    (r,) = _all("وكان وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة قد صرح في وقت سابق بأن الحكومة ستعرض تقريرا.")
    assert (r.source, r.kind) == ("وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة", "unnamed_official")


def test_a_ministry_subject_before_the_verb_is_no_second_headline_subject():
    (r,) = _all("مصدر في وزارة المالية توقع أن السوق ستشهد تحسنا خلال الفترة المقبلة.")
    assert (r.source, r.kind) == ("مصدر في وزارة المالية", "anonymous")


def test_the_man_a_verb_that_is_no_cue_opens_with_speaks_on():
    rs = _all("وقال عوض بن علي الشهراني إن الموسم جيد.\n\nولم يخف أبو خالد (41 عاما)، القادم من الرياض مع أسرته، "
              "استياءه من الأسعار. وقال: «الليلة في فندق ثلاث نجوم وصلت إلى 1200 ريال».")
    assert rs[-1].resolved == "أبو خالد"


def test_what_someone_had_said_before_with_kana_between():
    rs = _all("لم تجرد لجنة الانضباط اللاعب من الجائزة، خلافا لما كان أعلنه رئيس الاتحاد جوزيف بلاتر.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("أعلنه", "جوزيف بلاتر", "named_person")]
    (r,) = _all("وتراجعت أرباح البنك بنسبة 10 في المائة، بحسب ما كان أعلنه البنك الأهلي في بيان.")
    assert (r.cue, r.source) == ("بحسب ما كان أعلنه", "البنك الأهلي")
    assert r.claim == "وتراجعت أرباح البنك بنسبة 10 في المائة"


def test_what_others_said_denied_is_their_record_and_they_do_not_speak_on():
    rs = _all("وأكد نصر الله ان البنية القيادية للحزب لم تصب بأذى، نافيا ما ذكره مسؤولون إسرائيليون "
              "عن تدمير نصف قدرات الحزب. وقال ان هذا كلام غير صحيح.")
    assert [(r.cue, r.resolved) for r in rs] == [
        ("وأكد", "نصر الله"), ("نافيا", "نصر الله"), ("ذكره", "مسؤولون إسرائيليون"), ("وقال", "نصر الله")]
    assert rs[2].claim == "تدمير نصف قدرات الحزب"
    # a reference to what was published, with nothing said of it, is no record
    (r,) = _all("ورفض متحدث باسم الشركة التعليق، مكتفيا بالإحالة إلى ما نشرته الشركة على موقع تداول.")
    assert r.cue == "ورفض"


def test_amounts_to_is_no_informs_and_a_new_discovery_is_a_noun():
    rs = _all("أوصى مجلس الإدارة بتوزيع أرباح نقدية بقيمة إجمالية تبلغ ملياري ريال، على أن تكون الأحقية للمساهمين المقيدين.")
    assert rs == []
    assert _all("كشف غازي جديد لـ«إيني» في دلتا النيل باحتياطيات تقدر بتريليون قدم مكعب") == []


def test_a_demand_after_fima_speaks_for_the_sentence_subject():
    rs = _all("وحث الثبيتي السكان على الإبلاغ عن التسربات، فيما طالب المقاولين المتعثرين بالالتزام بالجداول الزمنية.")
    assert [(r.cue, r.resolved) for r in rs] == [("وحث", "الثبيتي"), ("طالب", "الثبيتي")]


def test_the_company_after_a_post_is_not_an_outlet():
    (r,) = _all("وقال الدكتور خالد بن عبدالرحمن الدوسري الرئيس التنفيذي لـ«سبكيم»، إن المخصص إجراء محاسبي.")
    assert (r.source, r.via) == ("خالد بن عبدالرحمن الدوسري", "")
    (r,) = _all("وقال خالد الدوسري الرئيس التنفيذي لـ«رويترز» إن المخصص إجراء محاسبي.")
    assert r.via == "رويترز"  # (a known agency stays the outlet told)


def test_a_short_name_in_marks_then_what_it_ascribed():
    rs = _all("تراجعت أرباح شركة أسمنت الجنوبية 11.2 في المائة، وأرجعت «الجنوبية» التراجع إلى انخفاض أسعار البيع.")
    assert [(r.cue, r.source, r.resolved, r.kind) for r in rs] == [
        ("وأرجعت", "الجنوبية", "شركة أسمنت الجنوبية", "named_organization")]


def test_a_middle_initial_before_a_foreign_name_that_begins_with_waw():
    rs = _all("وقال غاري إل. ويندهام، المستشار الاقتصادي للصندوق، إن «النمو مستمر»، لافتا إلى أن المخاطر باتت أوضح.")
    assert [(r.cue, r.source) for r in rs] == [("وقال", "غاري إل. ويندهام"), ("لافتا", "غاري إل. ويندهام")]
    (r,) = _all("قال مارك دبليو. هيلمان، كبير الاقتصاديين لدى بنك ويلز فارغو، إن الفدرالي أقدم على الخطوة الصحيحة.")
    assert r.source == "مارك دبليو. هيلمان"
    # a letter that ends a sentence before a clause with و still ends it
    (r,) = _all("وصلت الشحنة إلى المستودع ب. وتوقعت الشركة أن ترتفع الأسعار.")
    assert (r.cue, r.source) == ("وتوقعت", "الشركة")


def test_they_wrote_in_a_research_note():
    rs = _all("ويرى محللون في «أرقام كابيتال» أن نمو الودائع سيتباطأ، وكتبوا في مذكرة بحثية أن «مرحلة الأرباح السهلة انتهت».")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("ويرى", "محللون في «أرقام كابيتال»", "نمو الودائع سيتباطأ"),
        ("وكتبوا", "محللون في «أرقام كابيتال»", "مرحلة الأرباح السهلة انتهت")]


def test_kana_with_a_poll_between_the_subject_and_qad():
    (r,) = _all("وكان 64 من أصل 70 اقتصاديا استطلعت وكالة رويترز آراءهم الأسبوع الماضي قد توقعوا هذه الخطوة.")
    assert (r.source, r.kind) == ("64 من أصل 70 اقتصاديا", "anonymous")
    (r,) = _all("وكان جميع الاقتصاديين الذين استطلعت بلومبرغ آراءهم، وعددهم 41، قد توقعوا خفض الفائدة.")
    assert (r.source, r.kind) == ("جميع الاقتصاديين", "anonymous")
    (r,) = _all("وكان استطلاع أجرته رويترز لآراء 50 اقتصاديا قد توقع نموا بنسبة 6.8 في المئة.")
    assert (r.source, r.kind) == ("استطلاع", "document")


def test_ghayr_anna_a_subject_who_seemed_then_idh_qala():
    rs = _all("وقال أوموري إن البنك سيتحرك.\n\nغير أن مارك ويليامسون، كبير الاستراتيجيين لدى بنك سوسيتيه جنرال، "
              "بدا أقل تفاؤلا، إذ قال إن الفائدة السلبية سلاح ذو حدين.")
    assert rs[-1].resolved == "مارك ويليامسون"
    rs = _all("وقال أوموري إن البنك سيتحرك.\n\nلكن الوزير بدا متفائلا، إذ قال إن الأزمة ستنتهي.")
    assert (rs[-1].source, rs[-1].kind) == ("الوزير", "unnamed_official")


def test_given_names_the_lists_lacked_and_a_family_name_that_is_a_post():
    (r,) = _all("وقالت نادين الجمال، محللة الاقتصاد الكلي في بنك الاستثمار \"النيل كابيتال\"، في مذكرة بحثية "
                "لعملائها، إن قرار التثبيت جاء متوافقا مع توقعات السوق.")
    assert (r.source, r.kind) == ("نادين الجمال", "named_person")


def test_a_currency_trader_downtown_who_asked_not_to_be_named():
    rs = _all("وقال تاجر عملة في منطقة وسط القاهرة، رفض الكشف عن اسمه، إن «الدولار اختفى تماما من السوق».")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("وقال", "تاجر عملة في منطقة وسط القاهرة", "anonymous")]


def test_a_body_by_its_acronym_declines_to_comment():
    (r,) = _all("ورفض بيت التمويل الكويتي «بيتك» التعليق على أنباء مماثلة.")
    assert (r.source, r.kind) == ("بيت التمويل الكويتي «بيتك»", "named_organization")  # (its short name too)
    (r,) = _all("ورفضت شركة نخيل التعليق على التقرير.")
    assert (r.source, r.kind) == ("شركة نخيل", "named_organization")


def test_officials_at_a_port_and_at_a_public_authority():
    (r,) = _all("كشفت مصادر ملاحية بميناء بورسعيد أن التخفيضات لم تنجح.")
    assert (r.source, r.kind) == ("مصادر ملاحية بميناء بورسعيد", "anonymous")
    (r,) = _all("وقال مسؤول بالهيئة العامة للاستثمار إن القانون جاهز.")
    assert r.source == "مسؤول بالهيئة العامة للاستثمار"
    (r,) = _all("وقال مصدر بالهيئة المصرية العامة للبترول لـ\"البورصة\" إن الهيئة تتفاوض.")
    assert (r.source, r.via) == ("مصدر بالهيئة المصرية العامة للبترول", "")  # (the paper's own)


def test_the_objects_head_after_a_one_word_name():
    (r,) = _all("ووصف هاريس أداء السوق بأنه ضعيف.")
    assert (r.source, r.claim) == ("هاريس", "أداء السوق بأنه ضعيف")
    (r,) = _all("ونفى عبد الرزاق حاجي ورسمي المتحدث باسم الحكومة أن تكون القوات استهدفت المدنيين.")
    assert r.source.startswith("عبد الرزاق حاجي ورسمي")


def test_what_another_later_denied_is_a_record_of_its_own():
    rs = _all("ونقلت وكالة بلومبيرغ عن ثلاثة أشخاص مطلعين قولهم إن الحكومة تدرس فرض قيود، "
              "وهو ما نفاه لاحقا المتحدث باسم الكرملين.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("ونقلت", "ثلاثة أشخاص مطلعين", "anonymous"), ("نفاه", "المتحدث باسم الكرملين", "unnamed_official")]


def test_ghayr_anna_a_named_ceo_with_his_post_then_a_verb_that_is_no_cue_and_wa_qala():
    rs = _all("وقال مسؤول تنفيذي في أحد البنوك المحلية إن المخصصات مرتفعة.\n\n"
              "غير أن عبدالمحسن بن سليمان الفارس الرئيس التنفيذي للبنك السعودي للاستثمار قلل من حدة هذه المخاوف، "
              "وقال في تصريحات للصحافيين أمس: «مستويات المخصصات من الأعلى في المنطقة».")
    assert rs[-1].resolved == "عبدالمحسن بن سليمان الفارس"


def test_kana_a_committee_in_a_council_qad_demanded():
    (r,) = _all("وكانت لجنة الأسمنت في مجلس الغرف السعودية قد طالبت في وقت سابق بالسماح بالتصدير دون قيود كمية.")
    assert (r.cue, r.source, r.kind) == ("طالبت", "لجنة الأسمنت", "named_organization")


def test_an_interview_after_a_post_is_where_he_said_it():
    (r,) = _all("وقال المهندس سليمان بن عبدالعزيز الراشد الرئيس التنفيذي لـ«معادن» في مقابلة مع وكالة «رويترز» "
                "على هامش منتدى للتعدين في الرياض، إن الشركة لا تخطط لطلب تمويل إضافي.")
    assert (r.source, r.via, r.claim) == ("سليمان بن عبدالعزيز الراشد", "وكالة «رويترز»",
                                         "الشركة لا تخطط لطلب تمويل إضافي")


def test_an_agency_the_tagger_took_for_a_person_is_media():
    rs = _all("وأشارت وكالة كيودو إلى أن الأعضاء المعارضين حذروا من الخطوة.")
    assert (rs[0].source, rs[0].kind) == ("وكالة كيودو", "media")


def test_a_forecast_as_a_benchmark_or_as_the_subject_of_anothers_claim_is_no_record():
    assert _all("وارتفعت المخزونات 3.9 مليون برميل الأسبوع الماضي، بما يفوق توقعات المحللين بكثير.") == []
    assert _all("وسيبلغ النمو 2.5 في المئة، وهو أقل بنقطة مئوية كاملة من تقديرات البنك في أكتوبر الماضي.") == []
    rs = _all("واعتبر النائب ماجد العازمي أن تقديرات الحكومة للعجز «مبالغ فيها»، لأنها احتسبت سعر النفط عند 25 دولاراً.")
    assert [r.cue for r in rs] == ["واعتبر"]
    # a figure stated with it is theirs
    (r,) = _all("وجاءت النتائج أقل من تقديرات المحللين البالغة 5 مليارات ريال.")
    assert (r.cue, r.source) == ("تقديرات", "المحللين")


def test_whom_a_coordinated_call_addresses_is_no_source():
    rs = _all("نفى المركز الإعلامي لمجلس الوزراء، في بيان، ما تردد عن «تعويم وشيك» للجنيه، ودعا وسائل الإعلام "
              "إلى «تحري الدقة».")
    assert [(r.cue, r.resolved) for r in rs] == [("نفى", "المركز الإعلامي لمجلس الوزراء"),
                                                 ("ودعا", "المركز الإعلامي لمجلس الوزراء")]


def test_a_show_and_a_host_on_a_channel_name_the_channel():
    (r,) = _all("وقال عبدالحليم، خلال لقائه ببرنامج «الحياة اليوم» على قناة «الحياة»، إن الدين الخارجي سيرتفع.")
    assert r.via == "قناة «الحياة»"
    (r,) = _all("وكان علاء الدين صبري، محافظ البنك المركزي، قد قال في حوار مع الإعلامي كريم بدوي على قناة "
                "«أون تي في» الشهر الماضي إن «الدفاع عن سعر غير حقيقي للجنيه كان خطأ كبيرا».")
    assert (r.source, r.via) == ("علاء الدين صبري", "قناة «أون تي في»")


def test_a_headline_post_is_the_man_the_lead_names_with_it():
    rs = _all("وزير المالية: الشريحة الأولى من القرض تصل خلال 48 ساعة\n\nكتب - مصطفى عبدالتواب\n\n"
              "أعلن الدكتور شريف الجمال، وزير المالية، أن مصر ستتسلم الشريحة الأولى خلال 48 ساعة.")
    assert (rs[0].cue, rs[0].resolved, rs[0].kind) == (":", "شريف الجمال", "named_person")
    rs = _all("وزير السياحة يتوقع عودة الطيران الروسي قبل الصيف\n\n"
              "توقع وزير السياحة، هشام عبدالرازق، أن تستأنف الرحلات الروسية قبل الصيف.")
    assert (rs[0].resolved, rs[0].kind) == ("هشام عبدالرازق", "named_person")


def test_saudi_economy_pages_batch_s92():
    (r,) = _all("ونبه الزهراني المستهلكين إلى ضرورة الإبلاغ عن أي مخالفة عبر الرقم الموحد.")
    assert (r.cue, r.source, r.claim) == ("ونبه", "الزهراني", "ضرورة الإبلاغ عن أي مخالفة عبر الرقم الموحد")
    (r,) = _all("وطالب عضو المجلس المهندس فيصل الشهراني خلال المداخلات برفع النسبة إلى 5 في المئة.")
    assert (r.source, r.claim) == ("فيصل الشهراني", "رفع النسبة إلى 5 في المئة")
    (r,) = _all("غرفة مكة: تراجع إشغال فنادق المنطقة المركزية إلى 55% في موسم العمرة")
    assert (r.source, r.kind) == ("غرفة مكة", "named_organization")
    (r,) = _all("وكانت مصادر في وزارة الإسكان قد أفادت صحيفة «عكاظ» الأسبوع الماضي بأن اللائحة ستصدر قريبا.")
    assert (r.source, r.via) == ("مصادر في وزارة الإسكان", "صحيفة «عكاظ»")
    (r,) = _all("وسجلت السوق أدنى مستوياتها عند 6901 نقطة، بحسب ما نقلته «العربية» عن بيانات «تداول».")
    assert (r.source, r.via) == ("بيانات «تداول»", "العربية")
    # a channel's own correspondent: the channel is no outlet he told
    (r,) = _all("وأفاد مراسل قناة «الجزيرة» في الفاشر بأن المهاجمين وصلوا.")
    assert r.via == ""


def test_saudi_market_pages_batch_s94():
    (r,) = _all("وقال رئيس قسم الأبحاث في شركة «البلاد المالية»، الدكتور هشام بن خالد العقيل لـ«رويترز»: "
                "«المستثمرون كانوا يخشون خفضا أكبر في الإنفاق».")
    assert (r.source, r.via, r.direct) == ("هشام بن خالد العقيل", "رويترز", True)
    rs = _all("وقال وزير الطاقة الروسي لوكالة «إنترفاكس» إن موسكو «كانت مستعدة للتوقيع». "
              "ووصف موقف بعض المشاركين بأنه «غير بناء».")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "وزير الطاقة الروسي"), ("ووصف", "وزير الطاقة الروسي")]
    # attribution-3.16: a table the sentence says a ministry published is a document that gives the
    # figure (three later batch keys, s214, s318 and s320, call it a record; a bare "وفق جدول التعرفة" is not)
    (r,) = _all("وترتفع التعرفة إلى 26 هللة، وفق جدول التعرفة الذي نشرته وزارة المياه والكهرباء على موقعها.")
    assert (r.source, r.kind, r.claim) == ("جدول التعرفة", "document", "وترتفع التعرفة إلى 26 هللة")
    assert _all("وترتفع التعرفة إلى 26 هللة، وفق جدول التعرفة.") == []


def test_maghreb_agencies_by_their_acronyms():
    (r,) = _all("ونقلت و م ع عن رئيس الفيدرالية الوطنية للسياحة، السيد عبد اللطيف آيت عمي، قوله إن \"الوجهة آمنة\".")
    assert (r.source, r.via) == ("عبد اللطيف آيت عمي", "و م ع")
    (r,) = _all("وحسب واج، فإن فاتورة التحويلات الاجتماعية ستبلغ 1840 مليار دينار في 2016.")
    assert (r.source, r.kind) == ("واج", "media")
    (r,) = _all("وقال الوزير لوات إن الميزانية متوازنة.")
    assert (r.source, r.via) == ("الوزير", "وات")


def test_a_maghreb_given_name_with_the_article_after_a_title():
    (r,) = _all("وقال الناطق الرسمي باسم الاتحاد، السيد المنجي بن رمضان، إن الإضراب قائم.")
    assert (r.source, r.kind) == ("المنجي بن رمضان", "named_person")


def test_saudi_report_pages_batch_s96():
    (r,) = _all("دراسة لـ«ماكنزي»: المملكة قادرة على مضاعفة ناتجها المحلي بحلول 2030")
    assert (r.cue, r.source, r.kind) == (":", "دراسة لـ«ماكنزي»", "document")
    (r,) = _all("النشرة الشهرية لـ«ساما»: ودائع المصارف تتراجع للشهر الثالث")
    assert r.kind == "document"
    rs = _all("واعتبر ناصر الدوسري أن تقديرات المذكرة «متحفظة»، موضحا أن تعافي الطلب الصيني قد يدفع الأسعار للصعود.")
    assert [(r.cue, r.resolved) for r in rs] == [("واعتبر", "ناصر الدوسري"), ("موضحا", "ناصر الدوسري")]
    (r,) = _all("ودعا صندوق النقد الدولي المملكة العربية السعودية إلى خفض الإنفاق.")
    assert r.source == "صندوق النقد الدولي"
    (r,) = _all("وحددت الدراسة ثمانية قطاعات رئيسية للنمو.")
    assert r.source == "الدراسة"
    assert _all("وتعلن البنوك نتائجها للربع الثالث خلال الأسبوعين المقبلين.") == []


def test_a_question_in_marks_then_who_asked_it():
    rs = _all("وقال سعيد بن مفلح إن الأسعار مرتفعة.\n\n«البيت كان مقفلا، فمن أين جاء هذا الاستهلاك؟»، يتساءل الخالدي.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "سعيد بن مفلح"), ("يتساءل", "الخالدي")]


def test_khobar_in_a_dateline_is_the_city():
    rs = _all("الخبر - منيرة الدوسري\n\nنفى عدد من ملاك العقارات الذين تحدثت إليهم «اليوم» أن تكون الزيادات مبالغا فيها.")
    assert rs[0].via == ""


def test_saudi_local_pages_batch_s97():
    rs = _all("أما محمد الشهري (38 عاما)، صاحب محل للأجهزة في حي العزيزية، فيرى أن الأسعار لن تنخفض قريبا.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [("فيرى", "محمد الشهري", "named_person")]
    (r,) = _all("وطالب عضو آخر، هو الدكتور ماجد العيسى، الوزارة بنشر الأرقام كاملة.")
    assert (r.resolved, r.kind) == ("ماجد العيسى", "named_person")
    (r,) = _all("سيدة كانت تتسوق برفقة خادمتها، رفضت ذكر اسمها، قالت إن الأسعار تضاعفت.")
    assert (r.cue, r.kind) == ("قالت", "anonymous")
    assert "سيدة" in r.source


def test_a_long_post_through_a_club_to_the_man_the_tagger_found():
    (r,) = _all("أعرب قائد منتخب ألمانيا ولاعب خط وسط نادي تشلسي الإنجليزي لكرة القدم مايكل بالاك عن ثقته "
                "بأن المهاجم سيقود تشلسي لإحراز ثلاثة ألقاب.")
    assert (r.cue, r.resolved, r.kind) == ("أعرب", "مايكل بالاك", "named_person")
    (r,) = _all("من جهته، اعتبر رئيس جمعية مصارف لبنان نديم فرح الشدياق أن نجاح الإصدار «دليل على الثقة».")
    assert r.resolved == "نديم فرح الشدياق"


def test_observatories_and_signatories_are_sources():
    (r,) = _all("وكانت المراصد الفلكية في الخليج العربي قد أكدت أن الأحد هو بدء رمضان.")
    assert r.source == "المراصد الفلكية في الخليج العربي"
    (r,) = _all("وقال موقعو البيان إن الحكومة فشلت.")
    assert (r.source, r.kind) == ("موقعو البيان", "anonymous")


def test_a_body_before_the_verb_judged_the_document_after_it():
    rs = _all("لكن جمعية منظمي الرحلات في نيبال اعتبرت التقرير \"متسرعا\"، وقالت في بيان إن الوكالات ستفقد زبائنها.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [
        ("اعتبرت", "جمعية منظمي الرحلات في نيبال", "named_organization"),
        ("وقالت", "جمعية منظمي الرحلات في نيبال", "named_organization")]
    (r,) = _all("وفي الرياض، توقعت الدراسة أن ينمو الاقتصاد.")
    assert (r.source, r.kind) == ("الدراسة", "document")


def test_a_given_name_with_the_article_after_a_post_the_tagger_found():
    (r,) = _all("من جهته حث وزير الداخلية الزبير بشير طه في تصريحات للجزيرة السلطات على البقاء على أهبة الاستعداد.")
    assert (r.resolved, r.kind) == ("الزبير بشير طه", "named_person")


def test_a_channels_correspondent_and_where_he_is():
    (r,) = _all("وذكر مراسل الجزيرة أن منسوب نهر بركة زاد أمس بصورة متسارعة.")
    assert (r.source, r.kind) == ("مراسل الجزيرة", "media")
    (r,) = _all("وقال مراسل الجزيرة في موسكو إن روسيا تسعى لاستخدام مواردها.")
    assert (r.source, r.kind) == ("مراسل الجزيرة في موسكو", "media")
    assert _all("وقال مبعوث الجزيرة العربية إن الوضع خطير.")[0].kind == "unnamed_official"


def test_only_after_the_paper_is_no_part_of_its_name():
    rs = _all("علم بالاجتماع من تقرير الصحيفة فقط. وقالت الصحيفة إن الأمر مهم.")
    assert rs[-1].resolved == "الصحيفة"


def test_declared_president_and_a_man_believed_to_be_the_king():
    assert _all("وكان كالديرون أعلن رئيسا للنادي في الثالث من أغسطس بعد تغلبه في الانتخابات.") == []
    assert _all("التقى أولمرت سرا مسؤولا رفيعا من العائلة المالكة يعتقد أنه العاهل السعودي.") == []
    (r,) = _all("وأكد الوزير أن عددا كبيرا من المحللين يتوقعون أن ترتفع الأسعار.")[1:]
    assert r.cue == "يتوقعون"


def test_was_considered_after_a_relative_pronoun_is_passive():
    assert _all("فقدت الجماعة السيطرة على منبر المسجد، الذي كان يعتبر قبلة «لندنستان» لصالح جماعات أخرى.") == []
    assert _all("وافتتح المسجد الذي يعتبر أكبر مسجد في البلاد.") == []


def test_egyptian_press_batch_s102():
    rs = _all("هل تلجأ الحكومة إلى صندوق النقد؟ وزير المالية: المفاوضات لم تبدأ بعد\n\n"
              "وقال وزير المالية أشرف عبد المنعم إن المفاوضات لم تبدأ.")
    assert [(r.cue, r.resolved) for r in rs] == [(":", "أشرف عبد المنعم"), ("وقال", "أشرف عبد المنعم")]
    rs = _all("الحكومة تقر خطة إعادة هيكلة أسعار الكهرباء.. ومتحدث الوزارة: الشرائح الأولى لن تتأثر\n\n"
              "وقال المتحدث باسم وزارة الكهرباء الدكتور طارق السباعي إن الشرائح الأولى لن تتأثر.")
    assert [r.cue for r in rs] == [":", "وقال"]
    rs = _all("ونفى مصدر بالمحافظة ما تردد عن تخصيص جزء من الوحدات لغير سكان المنطقة، مؤكدا أن «الكشوف نهائية».")
    assert [r.source for r in rs] == ["مصدر بالمحافظة", "مصدر بالمحافظة"]


def test_gulf_economy_batch_s100():
    rs = _all("«نتوقع أن يستمر التذبذب حتى موسم الإفصاحات»، قال رئيس قسم الأبحاث في مجموعة QNB للخدمات المالية، "
              "عضو جمعية المحللين الماليين المعتمدين، خالد عبدالله السادة، موضحا أن «النتائج ستكون الفيصل».")
    assert [(r.cue, r.resolved) for r in rs] == [("قال", "خالد عبدالله السادة"), ("موضحا", "خالد عبدالله السادة")]
    (r,) = _all("«نتوقع أن يستمر التذبذب»، قال رئيس قسم الأبحاث في البنك، خالد عبدالله السادة.")
    assert r.resolved == "خالد عبدالله السادة"
    (r,) = _all("ويرى الخبير في شؤون الطاقة، المستشار السابق في منظمة الأقطار العربية المصدرة للبترول (أوابك)، "
                "الدكتور عبدالله راشد النعيمي، أن خطوات الترشيد ضرورية.")
    assert r.resolved == "عبدالله راشد النعيمي"
    rs = _all("إذ طالب عدد من النواب بتأجيل تطبيق القرار، فيما تمسكت الحكومة بموقفها معتبرة أن الدعم "
              "«غير قابل للاستمرار».")
    assert [(r.cue, r.source) for r in rs] == [("طالب", "عدد من النواب"), ("معتبرة", "الحكومة")]


def test_energy_wires_batch_s101():
    (r,) = _all("وأعلن نائب وزير النفط الإيراني للشؤون الدولية، أمير حسين زماني فرد، أن بلاده أصدرت أوامر بزيادة "
                "الإنتاج، وفقا لما نقلته وكالة «شانا» التابعة للوزارة.")
    assert (r.resolved, r.via, r.claim) == ("أمير حسين زماني فرد", "وكالة «شانا»", "بلاده أصدرت أوامر بزيادة الإنتاج")
    (r,) = _all("وقال الوزير إن الإنتاج سيرتفع، بحسب ما نقلته وكالة شانا التابعة لوزارة النفط.")
    assert r.cue == "وقال" and r.via.startswith("وكالة شانا")
    (r,) = _all("ونقلت الوكالة عن وزير النفط الإيراني، بهرام زنكنه نيا، قوله إن بلاده لن تقبل.")
    assert r.resolved == "بهرام زنكنه نيا"
    (r,) = _all("ونقلت الوكالة عن بيان لشركة إيني الإيطالية، المشغلة للحقل، أن المشروع نفذ في زمن قياسي.")
    assert (r.source, r.kind) == ("بيان لشركة إيني الإيطالية", "document")
    (r,) = _all("وكانت وكالة أنباء البحرين (بنا) قد نقلت عن مصدر مسؤول في وزارة المالية أن الحكومة ستبدأ بتطبيق الضريبة.")
    assert r.via == "وكالة أنباء البحرين"
    rs = _all("وفي قضية منفصلة، أفادت مصادر قضائية بأن المحكمة ستنظر في الطعن، وهي القضية التي أثارت توترا "
              "دبلوماسيا، حسب ما أوردته وكالة الأنباء الإسبانية «إفي».")
    assert len(rs) == 2 and rs[0].via == ""


def test_a_paper_reported_then_whom_it_quoted_after_the_claim():
    (r,) = _all("وفي سياق متصل، ذكرت وكالة «بلومبيرغ» أن قطر تعتزم إصدار سندات دولية، نقلا عن أشخاص مطلعين على الأمر.")
    assert (r.source, r.kind, r.via, r.claim) == ("أشخاص مطلعين على الأمر", "anonymous", "وكالة «بلومبيرغ»",
                                                  "قطر تعتزم إصدار سندات دولية")


def test_gulf_economy_batch_s100_more():
    (r,) = _all("في المقابل، أظهر تقرير بيت التمويل الكويتي «بيتك» العقاري الفصلي أن متوسط سعر المتر تراجع.")
    assert (r.source, r.claim) == ("تقرير بيت التمويل الكويتي «بيتك» العقاري الفصلي", "متوسط سعر المتر تراجع")
    rs = _all("وأوضح الحمر، في رده على سؤال برلماني قدمه النائب جمال داود بوحسن خلال جلسة مجلس النواب أمس، أن "
              "الإيرادات لم تتجاوز 1.6 مليار دينار.\n\nغير أن النائب بوحسن اعتبر أن الحكومة «تلجأ إلى أسهل الحلول».")
    assert rs[-1].resolved == "جمال داود بوحسن"
    rs = _all("ولم يرد مسؤولو الشركة على اتصالات «القبس» للتعليق على ما ذكرته وكالة «رويترز» الشهر الماضي عن نية "
              "المجموعة إصدار صكوك.")
    assert [(r.cue, r.source) for r in rs] == [("ولم يرد", "مسؤولو الشركة"), ("ذكرته", "وكالة «رويترز»")]
    assert _all("ولم يصدر عن الهيئة أي تعليق رسمي على ما نشرته الصحيفة.") == []


def test_what_they_called_it_after_a_suffixed_described():
    (r,) = _all("إذ خسر المؤشر السعودي 5.4 بالمئة في جلسة وصفها متعاملون بأنها «يوم أسود»، بينما فقدت بورصة دبي أكثر.")
    assert (r.claim, r.direct) == ("يوم أسود", True)


def test_a_headlines_report_is_the_one_the_body_names_with_its_issuer():
    rs = _all("تقرير: إيرادات قطر من الغاز تتراجع 38 % في 2015\n\nالدوحة - «الشرق»\n\n"
              "توقع تقرير صادر عن مجموعة QNB أن تتراجع إيرادات قطر من الغاز الطبيعي 38 في المئة.")
    assert rs[0].resolved == "تقرير صادر عن مجموعة QNB"
    rs = _all("دراسة: النوم المبكر يحسن الذاكرة\n\nوجدت دراسة حديثة أن النوم المبكر يحسن الذاكرة.")
    assert rs[0].resolved == "دراسة"  # (an adjective says no more than the headline's word)


def test_saudi_housing_batch_s103():
    (r,) = _all("يرى سلطان العتيبي (52 عاما) أن السوق تعيش حالة ترقب.")
    assert (r.cue, r.resolved) == ("يرى", "سلطان العتيبي")
    rs = _all("وقال أمين منطقة المدينة المنورة، المهندس وليد الصاعدي، في تصريح لـ«المدينة» إن القرار يهدف إلى "
              "استيعاب النمو، موضحا أن الملاك سيتمكنون من التقديم.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "وليد الصاعدي"), ("موضحا", "وليد الصاعدي")]
    (r,) = _all("وقال أمين منطقة مكة المكرمة، المهندس أسامة البار، إن الخطة جاهزة.")
    assert r.resolved == "أسامة البار"
    (r,) = _all("بدوره، رأى الخبير العقاري ياسر المغامسي أن إلزام البنوك «سيقضي على الظاهرة».")
    assert (r.resolved, r.kind) == ("ياسر المغامسي", "named_person")
    (r,) = _all("وقال المقيم العقاري المعتمد حسان الجهني إن كثيرا من الصفقات تتم شفهيا.")
    assert (r.resolved, r.kind) == ("حسان الجهني", "named_person")
    assert _all("أمهلت أمانة منطقة عسير أصحاب المحلات 60 يوما لتعديل لوحاتهم وفق الاشتراطات الجديدة، تحت طائلة غرامات.") == []
    rs = _all("التموين: إضافة 4 ملايين مواطن جديد إلى منظومة الخبز المدعم\n\nأعلنت وزارة التموين والتجارة الداخلية "
              "إضافة نحو 4 ملايين مواطن.\n\nووجه الوزير مديري مديريات التموين بتكثيف الحملات.")
    assert rs[0].kind == "named_organization"


def test_levant_iraq_economy_batch_s104():
    rs = _all("وأظهرت نشرة المزاد أن المبيعات ارتفعت.\n\nغير أن عضو اللجنة المالية النيابية، النائبة سهام عبد الجبار "
              "الخفاجي، رأت أن المزاد «تحول إلى باب لاستنزاف العملة الصعبة»، لافتة إلى أن مبيعاته تجاوزت 44 مليار دولار.")
    assert [r.resolved for r in rs[1:]] == ["سهام عبد الجبار الخفاجي"] * 2
    (r,) = _all("أما رئيس جمعية المصارف، جوزف إيليا نصار، فلفت إلى أن القطاع متين.")
    assert r.resolved == "جوزف إيليا نصار"
    (r,) = _all("ولم يرد المدير العام للشركة، المهندس عماد مصطفى الروسان، على اتصالات «الرأي» المتكررة للتعليق.")
    assert (r.cue, r.resolved) == ("ولم يرد", "عماد مصطفى الروسان")
    (r,) = _all("وذكرت «واع»، نقلا عن مصدر في البنك المركزي، أن البنك يدرس رفع سقف المبيعات.")
    assert (r.source, r.via) == ("مصدر في البنك المركزي", "واع")
    (r,) = _all("في المقابل، يطالب سائقو الحافلات العمومية بإبقاء التعرفة الحالية.")
    assert (r.source, r.kind) == ("سائقو الحافلات العمومية", "anonymous")
    (r,) = _all("وبحسب جداول المشروع، تبلغ النفقات الإجمالية نحو 106 تريليونات دينار.")
    assert (r.source, r.kind) == ("جداول المشروع", "document")


def test_maghreb_economy_batch_s105():
    (r,) = _all("وقال الأمين العام المساعد المسؤول عن القطاع الخاص بالمنظمة الشغيلة، منجي بن حميدة، في تصريح "
                "لـ\"الصباح\"، إن المنظمة \"لن تقبل بزيادة\".")
    assert r.resolved == "منجي بن حميدة"
    (r,) = _all("ونقلت \"واج\" عن رئيس منتدى رؤساء المؤسسات، رضا بن شيخ، دعوته إلى \"تسهيل حصول المستثمرين على العقار\".")
    assert (r.resolved, r.via) == ("رضا بن شيخ", "واج")
    (r,) = _all("وارتفعت الواردات، وهو ما اعتبره الخبير المالي كمال بن يحيى دليلا على \"فشل سياسة الاستيراد\".")
    assert r.source == "كمال بن يحيى"
    (r,) = _all("المندوبية السامية للتخطيط: معدل البطالة يرتفع إلى 10.1 في المائة\n\nنص.")
    assert (r.source, r.kind) == ("المندوبية السامية للتخطيط", "named_organization")
    (r,) = _all("وسجلت المذكرة ذاتها أن البطالة تمس بشكل أكبر حاملي الشهادات.")
    assert (r.cue, r.kind) == ("وسجلت", "document")
    assert _all("وسجل المؤشر ارتفاعا بنسبة 2 في المئة.") == []
    assert _all("وحصرت الوزارة الأراضي التي سجلها ملاكها في البوابة الإلكترونية.") == []


def test_reassured_that_and_went_on_with_a_caveat():
    (r,) = _all("طمأن وزير المالية، عبد الحميد بن سالم، الجزائريين بأن قانون المالية \"لن يمس\" أسعار الخبز.")
    assert (r.cue, r.resolved, r.claim) == ("طمأن", "عبد الحميد بن سالم", "قانون المالية \"لن يمس\" أسعار الخبز")
    (r,) = _all("وطمأن البنك المركزي المودعين بأن أموالهم آمنة.")
    assert r.source == "البنك المركزي"
    assert _all("الحكومة تطمئن المستهلكين بعد تحرير أسعار المحروقات\n\nنص.") == []
    rs = _all("وأضاف بن موسى أن تراجع الأسعار \"قد يكون فرصة\"، قبل أن يستدرك: \"لكن ذلك يتطلب إرادة سياسية\".")
    assert [(r.cue, r.resolved) for r in rs] == [("وأضاف", "بن موسى"), ("يستدرك", "بن موسى")]


def test_the_paper_shown_acting_as_itself_makes_another_paper_a_via():
    rs = _all("الخبر - منيرة الدوسري\n\nنفى عدد من ملاك العقارات الذين تحدثت إليهم «اليوم» أن تكون الزيادات مبالغا "
              "فيها.\n\nوقال مصدر في الوزارة لـ«عكاظ» إن التسجيل سيصبح إلزاميا.\n\nوقال مسؤول لـ«اليوم» إن الرسوم ستفرض.")
    assert [r.via for r in rs] == ["", "عكاظ", ""]
    (r,) = _all("الرياض - فهد الحربي\n\nوقال مصرفي لـ«الوطن» إن البنوك تراقب، وتوقع محللون استطلعت «رويترز» آراءهم ذلك.")[:1]
    assert r.via == ""


def test_a_report_whose_truth_is_denied_is_no_record():
    (r,) = _all("من جهة أخرى، نفت شركة «زين السعودية» صحة ما نشرته صحيفة محلية عن دخولها في مفاوضات لبيع الأبراج.")
    assert r.cue == "نفت"


def test_a_short_name_in_marks_is_the_body_it_follows_and_a_headline_member_is_the_one_named():
    rs = _all("«تقييم»: 40% من المقيمين العقاريين يعملون دون ترخيص\n\nكشفت الهيئة السعودية للمقيمين المعتمدين «تقييم» "
              "أن 40 في المئة من المقيمين يعملون دون ترخيص.\n\nوتنظر المحاكم في نزاعات التقييم المنظورة أمامها.")
    assert rs[0].resolved == "الهيئة السعودية للمقيمين المعتمدين"
    rs = _all("الشورى يطالب «الإسكان» بجدول زمني.. وعضو: 3 سنوات بلا مفاتيح\n\nالرياض - فهد الحربي\n\n"
              "طالب مجلس الشورى وزارة الإسكان بجدول زمني.\n\nوانتقد عضو المجلس الدكتور سلطان البقمي تأخر التسليم.")
    assert (rs[1].resolved, rs[1].kind) == ("سلطان البقمي", "named_person")


def test_saudi_market_reports_batch_s106():
    (r,) = _all("وقال مسؤول في إدارة الأبحاث بـ«الأهلي كابيتال» لـ«الاقتصادية» إن المخصصات سترتفع.")
    assert r.source == "مسؤول في إدارة الأبحاث بـ«الأهلي كابيتال»"
    (r,) = _all("غير أن مديري صناديق في دبي ولندن قالوا لـ«الاقتصادية» إن القيود ستحد من عدد المؤسسات.")
    assert (r.source, r.kind) == ("مديري صناديق في دبي ولندن", "anonymous")
    (r,) = _all("من جهة أخرى، أفاد مسؤول في الهيئة بأن الهيئة تتابع حركة السوق عن كثب، «وليس هناك ما يستدعي أي تدخل».")
    assert r.cue == "أفاد"
    (r,) = _all("كما أعلنت «تداول» إيقاف تداول سهم الشركة.")
    assert (r.source, r.kind) == ("تداول", "named_organization")
    rs = _all("وقال المحلل في حسابه على «تويتر» إن السوق متقلبة.\n\nوتراجع سهم «اتحاد اتصالات» (موبايلي) بالحد الأدنى، "
              "وكانت الشركة قد نفت ما تداولته بعض المنتديات عن إعادة تقييم نتائجها.")
    assert rs[-1].resolved == "اتحاد اتصالات"
    (r,) = _all("مجلس الأمن يفرض عقوبات على إيران وطهران تتوعد بتسريع التخصيب\n\nنص.")
    assert r.source == "طهران"


def test_arab_political_wires_batch_s107():
    rs = _all("وقال مصدر في حزب المؤتمر، لـ\"العربي الجديد\"، إن العقيد \"قتل برصاص مسلحين\"، مؤكداً أن الحزب \"لن يسكت\".")
    assert [(r.cue, r.source) for r in rs] == [("وقال", "مصدر في حزب المؤتمر"), ("مؤكداً", "مصدر في حزب المؤتمر")]
    (r,) = _all("وقال الأمين العام المساعد لحزب المؤتمر الشعبي العام، عبد الملك الحداد، إن الحزب لن يسكت.")
    assert r.resolved == "عبد الملك الحداد"
    (r,) = _all("وقال رئيس وفد المعارضة، العقيد المنشق ياسر العبود، إن الوفد \"يرفض أي دور لإيران\".")
    assert r.resolved == "ياسر العبود"
    assert _all("تصاعد التوتر، خلال الساعات الماضية، بين جماعة \"أنصار الله\" (الحوثيين) وحزب المؤتمر، على خلفية مقتل قيادي.") == []
    (r,) = _all("وبين الوزير: «الخطة جاهزة».")
    assert r.cue == "وبين"


def test_warned_a_state_of_something():
    (r,) = _all("وحذر الوزير تركيا من «مغبة التوغل في الأراضي السورية».")
    assert (r.source, r.claim) == ("الوزير", "مغبة التوغل في الأراضي السورية")
    rs = _all("حذر معاون وزير الخارجية السوري، أيمن السباعي، تركيا من «مغبة التوغل»، معتبراً أن أي وجود عسكري «احتلال».")
    assert [(r.cue, r.resolved) for r in rs] == [("حذر", "أيمن السباعي"), ("معتبراً", "أيمن السباعي")]
    (r,) = _all("ودعا وزير خارجية تركيا إلى الحوار.")
    assert r.source == "وزير خارجية تركيا"


def test_a_front_in_marks_with_its_old_name_and_a_statement_then_a_comma():
    (r,) = _all("نفت «جبهة فتح الشام» (النصرة سابقاً) أمس، الأنباء التي تحدثت عن مقتل قائدها العسكري.")
    assert (r.source, r.kind) == ("جبهة فتح الشام", "named_organization")
    (r,) = _all("وأصدرت الحركة بياناً، قالت فيه إن الهجوم فشل.")
    assert (r.cue, r.resolved) == ("قالت", "الحركة")


def test_laying_the_blame_is_a_claim():
    rs = _all("حمل تجار الجملة والتجزئة في أسواق الاتصالات التطور المتلاحق للأجهزة الذكية المسؤولية الأولى عن "
              "تراجع المبيعات، مؤكدين أن التنافس جعل قرار الشراء صعبا.")
    assert [(r.cue, r.kind) for r in rs] == [("حمل", "anonymous"), ("مؤكدين", "anonymous")]
    rs = _all("شنت كوريا الشمالية هجوما على الولايات المتحدة قائلة إنها يجب ألا تتصرف كولي أمر العالم، كما حملت "
              "واشنطن المسئولية المباشرة عن وصول المحادثات إلى طريق مسدود.")
    assert [(r.cue, r.resolved) for r in rs] == [("قائلة", "كوريا الشمالية"), ("كما حملت", "كوريا الشمالية")]
    assert _all("وحمل الوزير الطفل إلى السيارة.") == []
    assert _all("وكتب على إحدى اللافتات التي حملها المتظاهرون شعارات.") == []
    assert _all("تحمل مسؤولية رئيس بيت الشعر في الفترة بين 1996 و2003.") == []


def test_and_called_on_them_goes_on_with_the_same_body():
    (r,) = _all("ونصحت الشركة المشتركين بضبط أجهزة التكييف، ودعتهم إلى الاعتراض عبر القنوات الرسمية.")
    assert (r.cue, r.source, r.claim) == ("ودعتهم", "الشركة", "إلى الاعتراض عبر القنوات الرسمية")
    rs = _all("وأكدت الشركة أن الأسعار ثابتة، ودعتهم إلى الاعتراض عبر القنوات الرسمية.")
    assert [r.cue for r in rs] == ["وأكدت", "ودعتهم"]


def test_a_report_before_a_comma_is_what_the_relative_pronoun_points_to():
    (r,) = _all("وجاء ذلك أثناء مناقشة المجلس للتقرير السنوي للوزارة، الذي أشار إلى أن الوزارة لم تسلم الوحدات.")
    assert (r.cue, r.kind) == ("أشار", "document")
    assert _all("أعلنت الوزارة تفاصيل الميزانية العامة للدولة، التي قدرت فيها الإيرادات بنحو 514 مليار ريال.")[0].cue == "أعلنت"


def test_a_headlines_second_present_verb_goes_on_with_its_subject():
    rs = _all("الشورى ينتقد بطء «الإسكان» ويطالب بجدول زمني لتسليم الوحدات\n\nنص الخبر.")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [("ينتقد", "الشورى", "بطء «الإسكان»"),
                                                          ("ويطالب", "الشورى", "جدول زمني لتسليم الوحدات")]


def test_gulf_business_batch_s110():
    (r,) = _all("وقال المدير العام لوكالة «الخليج الأزرق للسياحة والسفر»، حسن عبدالرحيم البلوشي، لـ«الإمارات اليوم» إن "
                "الحجوزات المبكرة «تجاوزت مستوياتها».")
    assert (r.resolved, r.via) == ("حسن عبدالرحيم البلوشي", "")
    (r,) = _all("وقال الوزير إن السلطنة «ليست طرفا في أي حرب أسعار» وأنها تنتج وفق خطط طويلة المدى.")
    assert r.cue == "وقال"
    (r,) = _all("أكد سعادة طاهر بن سالم العمري، الرئيس التنفيذي للبنك المركزي العماني، أن السيولة «ما زالت مريحة».")
    assert r.resolved == "طاهر بن سالم العمري"


def test_egyptian_economy_batch_s111():
    (r,) = _all("وقال مصدر مصرفي رفيع المستوى، طلب عدم ذكر اسمه، إن البنك المركزي يدرس إلزام البنوك.")
    assert (r.source, r.kind) == ("مصدر مصرفي رفيع المستوى", "anonymous")
    (r,) = _all("نفى مصدر مصرفي رفيع المستوى صحة الأنباء المتداولة.")
    assert r.source == "مصدر مصرفي رفيع المستوى"
    assert _all("وسجل المؤشر الرئيسي للبورصة المصرية «إيجي إكس 30» ارتفاعا بنسبة 2.1% في ختام تعاملات أمس.") == []


def test_a_kunya_after_a_visitor_and_where_she_comes_from():
    (r,) = _all("وقالت الزائرة القادمة من الكويت أم يوسف إنها اشترت كيلوغراما من العجوة.")
    assert (r.resolved, r.kind) == ("أم يوسف", "named_person")
    (r,) = _all("وقالت الزائرة أم يوسف إنها اشترت العجوة.")
    assert (r.resolved, r.kind) == ("أم يوسف", "named_person")


def test_thus_after_two_dots_that_close_a_quotation():
    rs = _all("«الإنتاج هذا العام أقل بسبب موجة الحر».. هكذا برر المزارع سلمان بن عيد الصاعدي (47 عاما) ارتفاع "
              "الأسعار، مضيفا أن تكاليف العمالة ارتفعت.")
    assert [(r.cue, r.resolved, r.direct) for r in rs] == [("هكذا برر", "سلمان بن عيد الصاعدي", True),
                                                           ("مضيفا", "سلمان بن عيد الصاعدي", False)]


def test_saudi_industry_and_banking_batches_s112_s113():
    (r,) = _all("وكانت الحكومة قد رفعت رأسمال الصندوق إلى 40 مليار ريال، بحسب ما أعلنه وزير المالية آنذاك.")
    assert (r.source, r.kind) == ("وزير المالية", "unnamed_official")
    (r,) = _all("أعلنت الهيئة الملكية للجبيل وينبع عن إضافة 12 مشروعا صناعيا جديدا.")
    assert (r.source, r.claim) == ("الهيئة الملكية للجبيل وينبع", "إضافة 12 مشروعا صناعيا جديدا")
    (r,) = _all("وكانت «ساما» قد حذرت في تعاميم سابقة من منح قروض تتجاوز قدرة المقترض على السداد.")
    assert r.source == "ساما"
    (r,) = _all("جولات «العمل» تضبط 4200 مخالفة في أسبوع.. ومفتشون: التستر أخطر المخالفات\n\nنص.")
    assert (r.source, r.kind) == ("مفتشون", "anonymous")
    (r,) = _all("من جهتها، نفت منشآت خاصة في المنطقة تحدثت إليها «الوطن» تعمدها التحايل.")
    assert r.source == "منشآت خاصة في المنطقة"


def test_earlier_in_the_week_and_a_plural_source_before_its_object():
    (r,) = _all("وكانت وكالة «رويترز» قد نقلت في وقت سابق من الأسبوع عن متعاملين قولهم إن أرامكو ستبقي الإمدادات.")
    assert (r.source, r.via) == ("متعاملين", "وكالة «رويترز»")
    (r,) = _all("ويرجع اقتصاديون تدني الأجور إلى ضعف التدريب.")
    assert (r.source, r.claim) == ("اقتصاديون", "تدني الأجور إلى ضعف التدريب")


def test_a_statement_carried_by_an_agency_and_a_kunya_in_marks():
    (r,) = _all("وفي ينبع، أفاد بيان صادر عن الهيئة الملكية في ينبع، نقلته وكالة الأنباء السعودية «واس»، بأن أعمال "
                "التوسعة تسير وفق الجدول.")
    assert (r.kind, r.via) == ("document", "وكالة الأنباء السعودية «واس»")
    rs = _all("وقال أحمد باحارث إن السوق صعبة.\n\nويضيف «أبو عبدالله»، وهو صاحب مكتب آخر في حي الصفا: «العميل يدفع المبلغ».")
    assert (rs[1].resolved, rs[1].claim, rs[1].direct) == ("أبو عبدالله", "العميل يدفع المبلغ", True)


def test_the_company_is_not_named_by_its_quarterly_profits():
    rs = _all("وارتفعت أرباح الشركة الفصلية 12 في المئة.\n\nوأوضحت الشركة أن المبيعات ارتفعت.")
    assert rs[0].resolved == "الشركة"


def test_expects_with_its_ta_is_never_signs_and_two_bodies_demand():
    (r,) = _all("صندوق النقد يتوقع اتفاقا مع مصر على قرض خلال أسابيع.")
    assert (r.cue, r.source) == ("يتوقع", "صندوق النقد")
    assert _all("و«العمانية للغاز» توقع اتفاقية جديدة مع شركة شل.") == []
    (r,) = _all("وتمسكت السعودية بحصتها، بينما طالبت فنزويلا والجزائر بخفض فوري للإمدادات.")
    assert r.source == "فنزويلا والجزائر"


def test_a_long_who_he_is_clause_an_indefinite_object_and_a_headline_post_named_below():
    (r,) = _all("وقال أحد المشاركين، وهو اقتصادي في بنك استثماري مقره لندن طلب عدم نشر اسمه لأنه غير مخول بالحديث "
                "لوسائل الإعلام، إن «الأسواق لم تسعر بعد احتمال فك الارتباط».")
    assert (r.source, r.kind) == ("أحد المشاركين", "anonymous")
    assert _all("ولم يصدر عن الاجتماع بيان يحدد رقما للإنتاج.") == []
    rs = _all("وزير الاقتصاد: المملكة ماضية في تنويع مصادر الدخل\n\nلندن - واس: أكد وزير الاقتصاد والتخطيط المهندس "
              "سلمان بن عبدالرحمن القاضي أن المملكة ماضية في خططها.")
    assert (rs[0].resolved, rs[0].kind) == ("سلمان بن عبدالرحمن القاضي", "named_person")
    rs = _all("محافظ «المركزي» الكويتي: ربط الدينار باق\n\nالكويت - كونا: أكد محافظ بنك الكويت المركزي الدكتور "
              "يوسف عبدالله الهاجري أن ربط الدينار باق.")
    assert rs[0].resolved == "يوسف عبدالله الهاجري"


def test_officials_who_ask_in_the_next_sentence_not_to_be_named_and_one_of_them():
    rs = _all("قال مسؤولون تنفيذيون في ثلاث شركات مقاولات كبرى لرويترز إن الحكومة تأخرت في سداد المستحقات، ما اضطر "
              "بعضها إلى تأجيل دفع رواتب العمال.\n\nوطلب المسؤولون عدم نشر أسمائهم لأنهم غير مخولين بالحديث لوسائل "
              "الإعلام.\n\nوقال أحدهم: «لم نتسلم أي دفعة منذ سبعة أشهر».")
    assert rs[0].source == "مسؤولون تنفيذيون في ثلاث شركات مقاولات كبرى"
    assert [r.kind for r in rs] == ["anonymous", "anonymous"]
    assert rs[1].resolved == rs[0].source
    (r,) = _all("وقال مسؤول في وزارة المالية إن العجز سيتراجع.")
    assert r.kind == "unnamed_official"


def test_a_report_published_today_is_the_bodys_and_calculations_rest_on_data():
    rs = _all("تقرير: هبوط النفط يكلف دول الخليج 360 مليار دولار\n\nواشنطن - رويترز: قال البنك الدولي في تقرير نشره "
              "اليوم الثلاثاء إن هبوط النفط يكلف دول الخليج 360 مليار دولار.\n\nوذكر التقرير، الذي يصدر مرتين سنويا، "
              "أن النمو سيتباطأ.")
    assert [r.resolved for r in rs] == ["تقرير البنك الدولي", "البنك الدولي", "تقرير البنك الدولي"]
    (r,) = _all("وارتفع الدين إلى 260 مليار ريال، وفقا لحسابات «الجريدة» المستندة إلى البيانات المالية المنشورة "
                "على موقع البورصة.")
    assert (r.source, r.claim) == ("حسابات «الجريدة»", "وارتفع الدين إلى 260 مليار ريال")
    (r,) = _all("وذكرت آي.إف.آر، خدمة أخبار أسواق المال التابعة لتومسون رويترز، أن السعر يدور حول 7 في المئة.")
    assert r.kind == "media"


def test_the_state_called_on_is_no_part_of_the_fund():
    (r,) = _all("ودعا صندوق النقد الدولي المملكة إلى خفض الإنفاق.")
    assert (r.source, r.claim) == ("صندوق النقد الدولي", "المملكة إلى خفض الإنفاق")


def test_probe_s116_s117_names_titles_and_bodies():
    rs = _all("المزارع أبو محمد الخطيب (55 عاما)، من الأغوار الوسطى، يقول إنه ترك نصف محصوله في الأرض، مضيفا أن "
              "التجار «يفرضون الأسعار».")
    assert [r.source for r in rs] == ["أبو محمد الخطيب", "أبو محمد الخطيب"]
    (r,) = _all("سالم الغامدي، من جدة، يقول إن الأسعار ارتفعت.")
    assert r.source == "سالم الغامدي"
    (r,) = _all("شعبة المواد الغذائية: أزمة السكر مفتعلة\n\nنص الخبر.")
    assert (r.source, r.kind) == ("شعبة المواد الغذائية", "named_organization")
    (r,) = _all("وقال مصدر بـ«السلع التموينية» إن الأسعار مستقرة.")
    assert (r.source, r.kind) == ("مصدر بـ«السلع التموينية»", "anonymous")
    (r,) = _all("وسجل السوق ما وصفه متعاملون بـ«أسبوع الذعر»، بعد أن هبطت أسعار النفط.")
    assert r.source == "متعاملون"
    (r,) = _all("أعلنت وزارة التجارة المباشرة بتوزيع مادتي الطحين والرز.")
    assert r.source == "وزارة التجارة"
    (r,) = _all("نفى رئيس الشركة القابضة لمصر للطيران، الطيار شريف عادل منصور، وجود أي نية لتسريح العاملين.")
    assert (r.source, r.kind) == ("شريف عادل منصور", "named_person")
    (r,) = _all("وأعلنت الملكية الأردنية أن خسائرها تقلصت.")
    assert (r.source, r.kind, r.claim) == ("الملكية الأردنية", "named_organization", "خسائرها تقلصت")
    (r,) = _all("وقالت المصرية للاتصالات إن أرباحها ارتفعت.")
    assert (r.source, r.kind) == ("المصرية للاتصالات", "named_organization")
    (r,) = _all("رحب الحزب بدعوة المرجعية الدينية في النجف إلى «حرمة الدم».")
    assert (r.cue, r.source) == ("رحب", "الحزب")  # (the call he welcomed is no record of its own)
    (r,) = _all("وقال مدير عام أحد الفنادق الفاخرة في شارع الشيخ زايد، طالبا عدم نشر اسمه، إن فندقه خفض الأسعار.")
    assert (r.source, r.kind) == ("مدير عام أحد الفنادق الفاخرة في شارع الشيخ زايد", "anonymous")
    (r,) = _all("وقالت مؤسسة مطارات دبي إن عدد المسافرين ارتفع.")
    assert r.source == "مؤسسة مطارات دبي"
    (r,) = _all("ويرى الخبير الاقتصادي باسم جميل العبيدي أن الحكومة مطالبة بحلول.")
    assert (r.source, r.kind) == ("باسم جميل العبيدي", "named_person")


def test_a_woman_with_her_title_brought_in_and_the_paper_in_brackets_in_the_lead():
    rs = _all("وقفت الحاجة سعاد (60 عاما)، ربة منزل، في طابور طويل منذ الصباح. وقالت: «جئت في السابعة صباحا».")
    assert rs[-1].resolved == "سعاد"
    (r,) = _all("عنوان الخبر\n\nالرباط (هسبريس) - قال محمد بلحاج في تصريح لهسبريس إن «الأرض لم تنبت شيئا».")
    assert not r.via  # (the paper that publishes the story is no via)


def test_probe_s116_firms_in_marks_amounts_and_headline_posts():
    (r,) = _all("عنوان\n\nنص أول.\n\nوذكر مصدر في شركة اتحاد اتصالات «موبايلي»، فضل عدم الكشف عن هويته، أن الشركة "
                "فقدت نحو مليون مشترك.")
    assert (r.source, r.kind) == ("مصدر في شركة اتحاد اتصالات «موبايلي»", "anonymous")
    rs = _all("عنوان\n\nنص.\n\nوتتوقع أرامكو 85 مليون برميل في 2016.")
    assert rs[-1].claim == "85 مليون برميل في 2016"
    (r,) = _all("«مطارات دبي» تتوقع نمو عدد المسافرين في 2016\n\nنص.")
    assert (r.source, r.claim) == ("مطارات دبي", "نمو عدد المسافرين في 2016")
    rs = _all("رئيس «الكويتية»: لا خصخصة قبل 2018\n\nالكويت - «القبس» أكد رئيس مجلس إدارة شركة الخطوط الجوية "
              "الكويتية، الكابتن يوسف محمد الرشيدي، أن الخصخصة لن تتم قبل 2018.")
    assert (rs[0].resolved, rs[0].kind) == ("يوسف محمد الرشيدي", "named_person")
    rs = _all("الرئيس التنفيذي لـ«القطرية»: الاتهامات «لا أساس لها»\n\nالدوحة - «الشرق»، رويترز نفى الرئيس "
              "التنفيذي للخطوط الجوية القطرية، ناصر علي الكواري، حصول الشركة على أي دعم حكومي.")
    assert rs[0].resolved == "ناصر علي الكواري"
    rs = _all("«البوكر العربية» تعلن قائمتها القصيرة.. ورئيس لجنة التحكيم: «نحكم على النص لا على الكاتب»\n\n"
              "أبوظبي - «البيان»\n\nوقال رئيس لجنة التحكيم الناقد اللبناني سمير الخوري إن اللجنة قرأت 120 رواية.")
    assert [r.resolved for r in rs[:2]] == ["البوكر العربية", "سمير الخوري"]


def test_the_farmer_named_before_and_firms_known_by_name():
    rs = _all("عنوان\n\nنص.\n\nمحمد بلحاج، فلاح من نواحي سطات، قال إن «الأرض لم تنبت شيئا هذا العام».\n\n"
              "وتابع الفلاح الخمسيني: «إذا لم تتدخل الدولة، فإن كثيرا من الأسر ستهاجر».")
    assert (rs[-1].resolved, rs[-1].kind) == ("محمد بلحاج", "named_person")
    rs = _all("عنوان\n\nنص.\n\nولم ترد اتصالات مصر على اتصالات «الأهرام» للاستفسار عن موقفها.\n\n"
              "وقالت فودافون إن أرباحها ارتفعت.")
    assert [(r.source, r.kind) for r in rs] == [("اتصالات مصر", "named_organization"),
                                               ("فودافون", "named_organization")]


def test_probe_s114_bulletins_in_marks_shares_of_them_and_the_year_of_a_report():
    (r,) = _all("تقرير «ساما»: الودائع تنمو\n\nنص.")
    assert (r.source, r.kind) == ("تقرير «ساما»", "document")
    rs = _all("عنوان\n\nنص.\n\nأظهرت النشرة الإحصائية الشهرية لمؤسسة النقد العربي السعودي «ساما» تراجع الأصول.")
    assert (rs[-1].source, rs[-1].claim) == ("النشرة الإحصائية الشهرية لمؤسسة النقد العربي السعودي «ساما»", "تراجع الأصول")
    rs = _all("عنوان\n\nنص.\n\nوأظهرت نتائج الاستبانة أن 62 في المائة من أصحاب المنشآت يعتمدون على المدخرات، فيما قال "
              "23 في المائة منهم إنهم تقدموا بطلبات تمويل رفضت.\n\nوقال نحو ثلث المشاركين في المسح إنهم يتوقعون "
              "ارتفاع الأسعار.")
    assert [(r.source, r.kind) for r in rs[1:]] == [("23 في المائة منهم", "anonymous"),
                                                   ("نحو ثلث المشاركين", "anonymous")]
    rs = _all("عنوان\n\nنص.\n\nانتقدت اللجنة التقرير السنوي لوزارة الاقتصاد والتخطيط للعام المالي 1435/1436.\n\n"
              "وأشارت الوزارة إلى أن ضعف التنسيق أسهم في تعثر المشاريع.")
    assert rs[-1].resolved == "وزارة الاقتصاد والتخطيط"


def test_an_indefinite_object_with_its_adjective_is_no_speaker():
    assert _all("وكانت وزارة العمل قد أطلقت برنامجا جديدا، وحددت سقفا أعلى للتكلفة في العقود الموحدة.") == []


def test_where_a_statement_was_posted_is_no_part_of_what_was_announced():
    rs = _all("عنوان\n\nنص.\n\nوكانت «التصنيع» أعلنت في إفصاح على «تداول» الأسبوع الماضي تكوين مخصصات.\n\n"
              "وأعلنت الشركة في بيان على موقعها الإلكتروني توزيع أرباح.\n\n"
              "وأعلنت الوزارة في تغريدة على حسابها الرسمي في «تويتر» أن منطقة الرياض تصدرت المناطق.")
    assert [r.claim for r in rs] == ["تكوين مخصصات", "توزيع أرباح", "منطقة الرياض تصدرت المناطق"]


def test_a_post_of_a_firm_named_by_a_construct_then_its_short_name_then_the_man():
    rs = _all("عنوان\n\nنص.\n\nكشف المدير العام لشركة تسويق النفط العراقية «سومو» علاء حسين الياسري عن أن الصادرات "
              "بلغت 3.3 ملايين برميل يوميا.\n\nوقال الرئيس التنفيذي لهيئة كهرباء ومياه دبي «ديوا» سعيد محمد الطاير "
              "إن الطلب ارتفع.")
    assert [(r.source, r.kind) for r in rs] == [("علاء حسين الياسري", "named_person"),
                                               ("سعيد محمد الطاير", "named_person")]


def test_a_range_of_years_in_a_reports_name_and_a_draft_law_is_a_document():
    rs = _all("عنوان\n\nنص.\n\nوكان تقرير ديوان الرقابة المالية والإدارية للعام 2015 - 2016 قد كشف أن الحكومة اقترضت "
              "نحو 1.3 مليار دينار، وأشار إلى أن الدين ارتفع.")
    assert [(r.resolved, r.kind) for r in rs] == [
        ("تقرير ديوان الرقابة المالية والإدارية للعام 2015 - 2016", "document")] * 2
    rs = _all("عنوان\n\nنص.\n\nوأظهر مشروع الموازنة أن العجز سيرتفع.\n\nوذكر مشروع القانون أن الضريبة ستفرض.")
    assert [(r.source, r.kind) for r in rs] == [("مشروع الموازنة", "document"), ("مشروع القانون", "document")]


def test_a_man_with_two_posts_is_named_by_either():
    rs = _all("وزير المالية: لا مساس بالرواتب\n\nالكويت - «القبس»: أكد نائب رئيس مجلس الوزراء ووزير المالية عبدالمحسن "
              "سعود الغانم أن الرواتب لن تمس.\n\nوتابع الوزير: «لا يمكن أن نستمر في دعم البنزين».")
    assert [r.resolved for r in rs] == ["عبدالمحسن سعود الغانم"] * 3
    rs = _all("وزير الكهرباء: التعرفة الجديدة لن تمس السكن الخاص\n\nالكويت - «الراي»: أكد وزير الكهرباء والماء ووزير "
              "الأشغال العامة المهندس عبدالعزيز فهد المطيري أن التعرفة لن تمس السكن.")
    assert rs[0].resolved == "عبدالعزيز فهد المطيري"


def test_an_acting_minister_relayed_and_an_mp_of_a_parliamentary_group():
    rs = _all("عنوان\n\nنص.\n\nونقلت وكالة الأنباء الكويتية (كونا) عن وزير النفط بالوكالة الدكتور محمد عبدالله الشطي "
              "قوله إن الحكومة «لن تخضع للضغوط».")
    assert (rs[0].source, rs[0].kind) == ("محمد عبدالله الشطي", "named_person")
    rs = _all("عنوان\n\nنص.\n\nوقال النائب عن فريق الأصالة والمعاصرة عبد الحق محمد البوشتاوي إن \"المديونية بلغت "
              "مستويات مقلقة\".")
    assert (rs[0].source, rs[0].kind) == ("عبد الحق محمد البوشتاوي", "named_person")


def test_an_outlets_own_question_and_a_paper_known_by_the_copy_it_obtained():
    assert _all("عنوان\n\nبغداد/ الصباح الجديد: في حوار مع الوزير.\n\nالصباح الجديد: ما حجم الصادرات المستهدف "
                "للعام الحالي؟\n\nرويترز: هل ستخفضون الإنتاج؟") == []
    rs = _all("عنوان\n\nبيروت - نص.\n\nوبحسب مشروع الموازنة، الذي حصلت \"الأخبار\" على نسخة منه، تقدر النفقات بنحو "
              "23 ألف مليار ليرة.\n\nوكان رئيس لجنة المال والموازنة النائب نبيل جوزف الحاج قد قال لـ\"النهار\" أمس "
              "إن الموازنة ستقر.")
    assert (rs[-1].source, rs[-1].via) == ("نبيل جوزف الحاج", "النهار")


def test_after_idh_the_noun_after_a_transitive_verb_is_its_object():
    rs = _all("عنوان\n\nنص.\n\nأعلنت وزارة النفط والغاز أمس أسعار المنتجات النفطية لشهر فبراير، إذ حددت سعر لتر البنزين "
              "بـ140 بيسة.")
    assert [r.resolved for r in rs] == ["وزارة النفط والغاز"] * 2
    rs = _all("عنوان\n\nنص.\n\nوارتفعت الأسعار، إذ توقعت أرامكو نمو الطلب.")
    assert rs[0].source == "أرامكو"


def test_a_general_director_of_a_body():
    rs = _all("عنوان\n\nنص.\n\nورفض مدير عام دائرة ضريبة الدخل والمبيعات التعليق على الأرقام.")
    assert (rs[0].source, rs[0].kind) == ("مدير عام دائرة ضريبة الدخل والمبيعات", "unnamed_official")


def test_mps_in_a_row_and_a_demand_with_when_between_commas():
    rs = _all("عنوان\n\nنص.\n\nوقال النائب علي الكندري إن الحكومة تأخرت، فيما رأى النائب سالم العتيبي أن الوقت مناسب، "
              "أما النائب فهد الدوسري فأكد أن الحكومة مقصرة، متسائلا عن جدوى الدعم.")
    assert [(r.cue, r.resolved) for r in rs[1:]] == [("رأى", "سالم العتيبي"), ("فأكد", "فهد الدوسري"),
                                                     ("متسائلا", "فهد الدوسري")]
    assert rs[1].claim == "الوقت مناسب"
    rs = _all("عنوان\n\nنص.\n\nوطالب النائب خالد الرميحي الحكومة، خلال جلسة أمس، بسحب مشروع القانون.")
    assert (rs[0].cue, rs[0].source) == ("وطالب", "خالد الرميحي")


def test_spans_that_ran_short_probe_s118():
    rs = _all("عنوان\n\nنص.\n\nوقال مصدر مسؤول بالشركة القابضة لكهرباء مصر، فضل عدم ذكر اسمه، إن الأحمال ارتفعت.\n\n"
              "وقال عدد من سائقي سيارات الأجرة في دبي إن الأسعار ارتفعت.\n\nوأظهرت بيانات لتتبع حركة الناقلات أن "
              "الصادرات تراجعت.")
    assert [r.source for r in rs] == ["مصدر مسؤول بالشركة القابضة لكهرباء مصر", "عدد من سائقي سيارات الأجرة في دبي",
                                      "بيانات لتتبع حركة الناقلات"]


def test_an_interview_set_out_with_dashes():
    text = ("الوزير: التعرفة لن تمس السكن الخاص\n\nالكويت - «الراي»: التقت «الراي» وزير الكهرباء المهندس عبدالعزيز فهد "
            "المطيري، وسألته عن القانون.\n\n- متى يبدأ تطبيق التعرفة الجديدة؟\n\n- بعد ستة أشهر من نشر القانون في "
            "الجريدة الرسمية.\n\n- وكم ستوفر الدولة؟\n\n- نتوقع أن يوفر القانون نحو 300 مليون دينار سنويا.")
    rs = [r for r in _all(text) if r.cue == "-"]
    assert [(r.resolved, r.direct) for r in rs] == [("عبدالعزيز فهد المطيري", True)] * 2
    assert rs[0].claim == "بعد ستة أشهر من نشر القانون في الجريدة الرسمية."


def test_the_third_syllable_of_a_chinese_name_before_his_post():
    (r,) = _all("وأرجع لي تشانغ مين، كبير الاقتصاديين في البنك، التراجع إلى ضعف الطلب الخارجي.")
    assert (r.source, r.claim) == ("لي تشانغ مين", "التراجع إلى ضعف الطلب الخارجي")


def test_but_she_went_back_and_asked_is_the_company_of_the_sentence():
    rs = _all("عنوان\n\nنص.\n\nوحذرت الهيئة الوطنية للطاقة من انقطاع الكهرباء.\n\nوقدمت الحكومة دعما بنحو 11 مليار "
              "دينار لمصلحة الشركة العامة للمياه، لكنها عادت وطالبت بمزيد لاستكمال الصيانة.")
    assert rs[-1].resolved == "الشركة العامة للمياه"


def test_statistics_in_the_lead_are_those_named_with_their_issuer_below():
    rs = _all("عنوان\n\nأظهرت بيانات رسمية حديثة أن الودائع ارتفعت 3 في المئة.\n\nوبحسب البيانات الصادرة عن البنك المركزي "
              "الأردني، تراجعت القروض.")
    assert rs[0].resolved == "البيانات الصادرة عن البنك المركزي الأردني"


def test_probe_s121_phone_markets_reports_and_a_banks_post():
    rs = _all("عنوان\n\nنص.\n\nوقال تاجر حبوب كبير في الحديدة لرويترز عبر الهاتف، طالبا عدم الكشف عن هويته لأسباب أمنية، "
              "إن «المخزون يكفي شهرا».\n\nوقال مصرفي في بنغازي عبر الهاتف إن السيولة شحيحة.\n\nوقال تاجر في سوق أم درمان، "
              "فضل عدم ذكر اسمه خوفا من الملاحقة، إن «الأسعار تضاعفت».")
    assert [(r.source, r.kind) for r in rs] == [("تاجر حبوب كبير في الحديدة", "anonymous"), ("مصرفي في بنغازي", "anonymous"),
                                               ("تاجر في سوق أم درمان", "anonymous")]
    rs = _all("البنك الدولي: اقتصاد غزة ينكمش\n\nالقدس - قال البنك الدولي في تقرير صدر أمس إن اقتصاد غزة انكمش.\n\n"
              "وأشار التقرير إلى أن البطالة ارتفعت.\n\nوقال المدير القطري للبنك الدولي للضفة الغربية وغزة إن الوضع صعب.")
    assert [r.resolved for r in rs[:3]] == ["البنك الدولي", "البنك الدولي", "تقرير البنك الدولي"]


def test_probe_s120_a_statement_of_account_and_a_student():
    assert _all("عنوان\n\nنص.\n\nوكان وزير التخطيط قد قدم كشف حساب لأداء الحكومة أمام مجلس النواب.\n\n"
                "وقدم النائب كشفا بأسماء المتعثرين.") == []
    rs = _all("عنوان\n\nنص.\n\nوقال سيد عبدالفتاح، موظف، إن الأسعار ارتفعت.\n\nأما محمود حسن، طالب بكلية التجارة، "
              "فقال: \"بطلنا نشرب الشاي بسكر\".")
    assert [r.resolved for r in rs] == ["سيد عبدالفتاح", "محمود حسن"]


def test_bodies_named_by_what_they_do():
    rs = _all("عنوان\n\nنص.\n\nوطالبت منظمات إغاثة دولية، في بيان مشترك، بزيادة التمويل.\n\nوقال رئيس غرفة تجارة وصناعة "
              "غزة نهاد العلمي لـ«القدس العربي» إن الحصار خانق.")
    assert [(r.source, r.kind) for r in rs] == [("منظمات إغاثة دولية", "anonymous"), ("نهاد العلمي", "named_person")]


def test_headlines_a_besieged_towns_people_and_a_ministry_by_its_short_name():
    (r,) = _all("سكان مضايا المحاصرة: نأكل الأعشاب وأوراق الشجر\n\nنص.")
    assert (r.source, r.kind) == ("سكان مضايا المحاصرة", "anonymous")
    rs = _all("\"الصيادلة\" تحذر من اختفاء 1400 صنف دواء.. والصحة: لا نقص في الأدوية الحيوية\n\nالقاهرة - حذرت نقابة "
              "الصيادلة من اختفاء الأدوية، فيما أكدت وزارة الصحة أنه لا نقص.")
    assert [(r.cue, r.resolved, r.claim) for r in rs[:2]] == [
        ("تحذر", "نقابة الصيادلة", "اختفاء 1400 صنف دواء"), (":", "وزارة الصحة", "لا نقص في الأدوية الحيوية")]


def test_a_man_named_by_his_initials_in_marks():
    rs = _all("عنوان\n\nنص.\n\nوقال سيد عبدالفتاح إن الأسعار ارتفعت.\n\nوقال \"ع. م\"، تاجر جملة بمنطقة روض الفرج، إن "
              "الشركات خفضت الحصص.")
    assert (rs[-1].source, rs[-1].kind, rs[-1].claim) == ("ع. م", "anonymous", "الشركات خفضت الحصص")


def test_a_headlines_body_by_one_word_named_whole_in_the_lead():
    rs = _all("\"الإحصاء\": التضخم يقفز إلى 16.4%% في أغسطس\n\nالقاهرة - أعلن الجهاز المركزي للتعبئة العامة والإحصاء "
              "أن التضخم ارتفع.".replace("%%", "%"))
    assert rs[0].resolved == "الجهاز المركزي للتعبئة العامة والإحصاء"
    rs = _all("\"الصيادلة\" تحذر من اختفاء الدواء\n\nالقاهرة - حذرت نقابة الصيادلة من اختفاء الأدوية.")
    assert rs[0].resolved == "نقابة الصيادلة"


def test_un_bodies_through_their_acronym_and_a_plural_people_called_on():
    rs = _all("عنوان\n\nنص.\n\nوقالت اللجنة الاقتصادية والاجتماعية لغرب آسيا (إسكوا) في تقرير إن الخسائر كبيرة.\n\n"
              "ودعا تحالف قوى الإجماع الوطني المعارض السودانيين إلى التظاهر.")
    assert [r.source for r in rs] == ["اللجنة الاقتصادية والاجتماعية لغرب آسيا (إسكوا)", "تحالف قوى الإجماع الوطني المعارض"]


def test_two_unnamed_groups_joined():
    rs = _all("عنوان\n\nنص.\n\nوقال تجار ومسؤولون في موانئ يمنية إن الواردات تراجعت.")
    assert (rs[0].source, rs[0].kind) == ("تجار ومسؤولون في موانئ يمنية", "anonymous")


def test_a_headline_body_in_marks_setting_prices_is_an_act():
    assert _all("\"الصناعة والتجارة\" تحدد سقوفا سعرية للدجاج قبل رمضان\n\nعمان - نص.") == []


def test_a_report_issued_by_a_un_body_through_its_acronym():
    rs = _all("عنوان\n\nنص.\n\nأفاد تقرير صادر عن لجنة الأمم المتحدة الاقتصادية والاجتماعية لغرب آسيا (إسكوا) بأن الخسائر "
              "كبيرة.")
    assert rs[0].source == "تقرير صادر عن لجنة الأمم المتحدة الاقتصادية والاجتماعية لغرب آسيا (إسكوا)"


def test_the_month_a_bulletin_covers_is_part_of_its_name():
    rs = _all("عنوان\n\nنص.\n\nأظهرت النشرة الإحصائية الشهرية لمؤسسة النقد العربي السعودي «ساما» لشهر أكتوبر، التي صدرت "
              "أمس، تراجع صافي الأصول الاحتياطية.")
    assert (rs[0].source, rs[0].claim) == ("النشرة الإحصائية الشهرية لمؤسسة النقد العربي السعودي «ساما» لشهر أكتوبر",
                                           "تراجع صافي الأصول الاحتياطية")


def test_a_committee_in_its_council():
    rs = _all("عنوان\n\nنص.\n\nانتقدت لجنة الاقتصاد والطاقة في مجلس الشورى ضعف ما تحقق من أهداف التنويع.\n\n"
              "وقالت الشركة في بيان إن الأرباح ارتفعت.")
    assert [(r.source, r.claim) for r in rs] == [("لجنة الاقتصاد والطاقة في مجلس الشورى", "ضعف ما تحقق من أهداف التنويع"),
                                                ("الشركة", "الأرباح ارتفعت")]


def test_a_study_by_a_research_centre_of_a_body_and_data_for_a_quarter():
    rs = _all("عنوان\n\nنص.\n\nكشفت دراسة أعدها مركز أبحاث تابع لمجلس الغرف السعودية أن الأجور متدنية.\n\nوبحسب بيانات "
              "المؤسسة العامة للتأمينات الاجتماعية للربع الثاني من العام، بلغ عدد السعوديين 1.7 مليون.")
    assert [r.source for r in rs] == ["دراسة أعدها مركز أبحاث تابع لمجلس الغرف السعودية",
                                      "بيانات المؤسسة العامة للتأمينات الاجتماعية للربع الثاني من العام"]


def test_a_department_of_a_firm_named_in_marks():
    (r,) = _all("عنوان\n\nنص.\n\nولم ترد إدارة الاتصال المؤسسي في «السعودية» على استفسارات «الاقتصادية» بشأن الصفقة.")
    assert r.source == "إدارة الاتصال المؤسسي في «السعودية»"
