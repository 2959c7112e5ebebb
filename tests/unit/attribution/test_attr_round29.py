"""attribution-3.6, from the annotated ANERcorp dev passages and this session's probe batches
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
    assert (rs[-1].cue, rs[-1].resolved) == ("وعزت", "أسمنت اليمامة")


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
    assert (r.source, r.kind) == ("بيت التمويل الكويتي", "named_organization")
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
