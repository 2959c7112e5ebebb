"""attribution-3.17, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_fast_force_keeps_its_adjective_and_a_platform_by_its_name_is_no_claim():
    r = _all("في المقابل، نفت قوات الدعم السريع في بيان على منصة تلغرام منعها دخول الشاحنات.")[0]
    assert (r.cue, r.source, r.kind) == ("نفت", "قوات الدعم السريع", "named_organization")
    assert r.claim == "منعها دخول الشاحنات"
    r = _all("ونفت الشركة في بيان على منصة إكس منعها دخول الشاحنات.")[0]
    assert r.claim == "منعها دخول الشاحنات"


def test_a_given_name_with_the_article_after_a_comma_holds_the_post():
    text = ("أعلن وزير الطاقة والنفط، الناجي ولد محمد الأمين، اليوم الثلاثاء، عن تصدير أول شحنة.\n\n"
            "وأوضح الوزير، في تصريح للصحفيين، أن حمولة الشحنة كبيرة.")
    rs = _all(text)
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [
        ("أعلن", "الناجي ولد محمد الأمين", "named_person"),
        ("وأوضح", "الناجي ولد محمد الأمين", "named_person"),
    ]


def test_a_forum_that_is_a_body_speaks():
    r = _all("توقع منتدى الدول المصدرة للغاز أن يرتفع الطلب العالمي على الغاز بنسبة 34 بالمئة.")[0]
    assert (r.cue, r.source, r.kind) == ("توقع", "منتدى الدول المصدرة للغاز", "named_organization")
    assert r.claim.startswith("يرتفع الطلب")
    r = _all("وقال المنتدى الاقتصادي العالمي في تقريره إن الطلب سيرتفع.")[0]
    assert (r.source, r.kind) == ("المنتدى الاقتصادي العالمي", "named_organization")
    r = _all("وقال الوزير في منتدى الطاقة الدولي إن الطلب سيرتفع.")[0]
    assert r.source == "الوزير"


def test_whom_one_described_keeps_the_first_letter_of_his_name():
    r = _all('وقال الرئيس إن الفائدة مرتفعة، واصفا باول بأنه "متأخر دائما".')[1]
    assert (r.cue, r.claim) == ("واصفا", 'باول بأنه "متأخر دائما"')
    r = _all('وقال الرئيس إن الفائدة مرتفعة، واصفا بالقرار بأنه "متأخر دائما".')[1]
    assert r.claim == 'القرار بأنه "متأخر دائما"'


def test_what_one_signs_is_no_forecast():
    text = ("«موانئ أبوظبي» توقع امتيازا لمدة 30 عاما لتشغيل محطة في الكونغو\n\n"
            "وأضافت تشين أن قطر تتمتع بميزة تنافسية، متوقعة أن توقع الدوحة عقودا جديدة سنويا.")
    assert [r.cue for r in _all(text)] == ["وأضافت", "متوقعة"]


def test_a_particle_after_a_given_name_is_no_family_name():
    rs = _all("ودعا بن عيسى إلى زيادة الاستثمارات. كما لفت إلى أن الاستثمارات كبيرة.")
    assert [(r.cue, r.resolved) for r in rs] == [("ودعا", "بن عيسى"), ("كما لفت", "بن عيسى")]
    assert rs[1].source == ""


def test_the_minutes_of_a_meeting_are_named_whole():
    r = _all("أظهر محضر اجتماع مجلس الاحتياطي الفيدرالي في يونيو، الذي نشر يوم الأربعاء، أن المسؤولين منقسمون.")[0]
    assert (r.source, r.kind, r.claim) == ("محضر اجتماع مجلس الاحتياطي الفيدرالي", "document", "المسؤولين منقسمون")
    r = _all("وأظهر محضر اجتماع لجنة السياسة النقدية أن الأعضاء منقسمون.")[0]
    assert r.source == "محضر اجتماع لجنة السياسة النقدية"


def test_when_a_document_came_out_between_commas_then_its_object():
    r = _all("أظهر مسح أجرته وكالة رويترز، نُشر يوم الجمعة، تراجع صادرات العراق من النفط الخام.")[0]
    assert (r.source, r.claim) == ("مسح", "تراجع صادرات العراق من النفط الخام")
    r = _all("أظهر مسح البنك لمديري المشتريات، الصادر اليوم الثلاثاء، ارتفاع مؤشر القطاع.")[0]
    assert (r.source, r.claim) == ("مسح البنك لمديري المشتريات", "ارتفاع مؤشر القطاع")


def test_a_document_of_a_body_with_its_suffix_acronym_or_city():
    r = _all("أظهر مسح ستاندرد آند بورز جلوبال لمديري المشتريات، الصادر اليوم الثلاثاء، أن مؤشر القطاع تراجع.")[0]
    assert (r.source, r.claim) == ("مسح ستاندرد آند بورز جلوبال لمديري المشتريات", "مؤشر القطاع تراجع")
    r = _all("وأظهرت بيانات مكتب الإحصاء الأوروبي (يوروستات) الصادرة الأسبوع الماضي أن التضخم تراجع.")[0]
    assert (r.source, r.claim) == ("بيانات مكتب الإحصاء الأوروبي (يوروستات)", "التضخم تراجع")
    r = _all("أظهرت بيانات أولية صادرة عن مركز الإحصاء - أبوظبي أن التجارة الخارجية بلغت 195.6 مليار درهم.")[0]
    assert (r.cue, r.source, r.kind) == ("أظهرت", "بيانات أولية صادرة عن مركز الإحصاء - أبوظبي", "document")


def test_a_body_short_name_in_marks_at_the_end_is_no_outlet_told():
    r = _all('وسجل الناتج نموا طفيفا، حسبما أفاد مكتب الإحصاء الأوروبي "يوروستات".')[0]
    assert (r.source, r.via) == ("مكتب الإحصاء الأوروبي", "")
    r = _all('وسجل الناتج نموا طفيفا، حسبما أفاد مصدر في الوزارة "الشرق الأوسط".')[0]
    assert r.via == "الشرق الأوسط"


def test_a_body_named_in_marks_then_what_it_is_for():
    r = _all('وقال معهد "إيفو" للأبحاث الاقتصادية في تقرير إن الأثر لن يظهر.')[0]
    assert (r.source, r.kind, r.claim) == ('معهد "إيفو" للأبحاث الاقتصادية', "named_organization", "الأثر لن يظهر")
    r = _all('وقالت شركة "نماء" للصحفيين إن الأثر لن يظهر.')[0]
    assert r.source == 'شركة "نماء"'


def test_two_words_no_list_knows_between_commas_after_a_post_are_its_holder():
    text = ('أعلن المتحدث باسم حكومة إقليم كوردستان، سرهنك بابان، اليوم الأربعاء، أنه "لا يوجد موعد محدد".\n\n'
            "وأوضح بابان، في مؤتمر صحفي، أن الإقليم التزم بجميع البنود.")
    rs = _all(text)
    assert [(r.resolved, r.kind) for r in rs] == [("سرهنك بابان", "named_person")] * 2
    assert rs[0].claim == "لا يوجد موعد محدد" and rs[0].direct
    r = _all("وقال رئيس الهيئة، صباح الثلاثاء، إن الأرباح ارتفعت.")[0]
    assert (r.source, r.kind) == ("رئيس الهيئة", "unnamed_official")


def test_a_foreign_name_after_a_post_then_qad():
    r = _all("وكان محافظ البنك المركزي بان قونغ شنغ قد أكد أن البنك سيستخدم أدوات متعددة.")[0]
    assert (r.resolved, r.kind) == ("بان قونغ شنغ", "named_person")


def test_a_place_with_a_name_the_body_is_for():
    r = _all("وقال مسؤول في سلطة المنطقة الحرة لجبل علي، فضل عدم ذكر اسمه، إن السلطة تلقت طلبات.")[0]
    assert (r.source, r.kind, r.claim) == ("مسؤول في سلطة المنطقة الحرة لجبل علي", "anonymous", "السلطة تلقت طلبات")


def test_a_few_of_a_group_are_unnamed_people():
    r = _all("وقال اثنان من مستشاري الحكومة، طلبا عدم نشر اسميهما، إن صانعي السياسات قد يلجأون إلى حزمة.")[0]
    assert (r.source, r.kind, r.claim) == ("اثنان من مستشاري الحكومة", "anonymous", "صانعي السياسات قد يلجأون إلى حزمة")
    r = _all("قال عدد من المعدنين في منطقة العبيدية إن الأسعار ارتفعت.")[0]
    assert r.source == "عدد من المعدنين في منطقة العبيدية"


def test_customs_is_a_body():
    r = _all("ودعت جمارك دبي الشركات المسجلة إلى تحديث بياناتها.")[0]
    assert (r.source, r.kind, r.claim) == ("جمارك دبي", "named_organization", "الشركات المسجلة إلى تحديث بياناتها")


def test_officials_and_experts_together():
    r = _all("حذر مسؤولون تنفيذيون وخبراء في قطاع الطاقة من استمرار شح الإمدادات.")[0]
    assert (r.source, r.kind, r.claim) == ("مسؤولون تنفيذيون وخبراء في قطاع الطاقة", "anonymous", "استمرار شح الإمدادات")
    r = _all("وتوقع مسؤولون وخبراء أن يستمر شح الإمدادات.")[0]
    assert (r.source, r.claim) == ("مسؤولون وخبراء", "يستمر شح الإمدادات")


def test_a_family_name_again_takes_no_verbal_noun_with_the_verbs_own_bi():
    text = ("قال النائب صالح الديحاني إن تأجيل المشروع «يكشف ضعف التخطيط».\n\n"
            "وطالب الديحاني باستدعاء قياديي مؤسسة البترول الكويتية إلى اللجنة.")
    r = _all(text)[1]
    assert (r.cue, r.resolved, r.claim) == ("وطالب", "صالح الديحاني", "استدعاء قياديي مؤسسة البترول الكويتية إلى اللجنة")


def test_two_names_in_marks_joined_by_wa_are_one_subject_of_the_claim():
    r = _all("وأضاف المطيري أن «مصرف الراجحي» و«البنك الأهلي» هما الأفضل تموضعاً.")[0]
    assert (r.claim, r.direct) == ("«مصرف الراجحي» و«البنك الأهلي» هما الأفضل تموضعاً", False)
    r = _all("وقال روبان ان «الوضع صعب» وحققت دول منطقة اليورو نموا.")[0]
    assert (r.claim, r.direct) == ("الوضع صعب", True)


def test_a_report_before_its_verb_with_when_it_came_out():
    r = _all("غير أن تقريرا لمنظمة العمل الدولية صدر في مايو/أيار الماضي حذّر من أن نحو نصف العاملين بلا ضمان.")[0]
    assert (r.cue, r.source, r.kind) == ("حذّر", "تقريرا لمنظمة العمل الدولية", "document")
    r = _all("لكن تقريرا للبنك الدولي صدر الشهر الماضي اعتبر أن هذه البرامج مؤقتة.")[0]
    assert (r.source, r.claim) == ("تقريرا للبنك الدولي", "هذه البرامج مؤقتة")


def test_the_taggers_name_does_not_run_into_the_next_verb():
    text = '"كل شيء تضاعف ثمنه"، يقول محمود للجزيرة نت.\n\nأما محمود فيختم حديثه بسؤال: "إلى متى سنظل ندفع؟".'
    assert [r.resolved for r in _all(text)] == ["محمود", "محمود"]


def test_a_tunisian_radio_is_an_outlet():
    r = _all("وقال متحدث باسم الشركة لموزاييك إن أغلب الملاحظات تعود إلى فترة سابقة.")[0]
    assert (r.source, r.via) == ("متحدث باسم الشركة", "موزاييك")


def test_the_taggers_body_does_not_run_into_the_statement():
    rs = _all("وقالت الرابطة في بيان إن الاتفاقية الأكبر.\n\nولم ترد الرابطة على استفسارات بشأن معايير التوزيع.")
    assert [r.resolved for r in rs] == ["الرابطة", "الرابطة"]


def test_a_weekday_family_name_between_commas_and_bu():
    r = _all("في المقابل، حذر رئيس نادي الزلفي، سلطان الخميس، من أن «بيع النادي قد يفقده هويته».")[0]
    assert (r.resolved, r.kind) == ("سلطان الخميس", "named_person")
    r = _all("وقال محمد، الخميس، إن البيع قريب.")[0]
    assert r.resolved == "محمد"
    r = _all("ويرى الباحث في شؤون الطاقة كريم بو ملهب أن الفاتورة سترتفع.")[0]
    assert r.resolved == "كريم بو ملهب"


def test_a_headline_body_named_after_its_head_or_by_its_acronym_below():
    body = ("\n\nالقاهرة - الوطن\n\nقالت منظمة الأغذية والزراعة للأمم المتحدة (الفاو) إن المؤشر ارتفع. "
            "وقال جهاز مستقبل مصر للتنمية المستدامة إن الزراعة تتوسع. وقالت غرفة جدة إن الطلب ارتفع.")
    r = _all("الفاو: مؤشر أسعار الغذاء العالمي يرتفع" + body)[0]
    assert (r.cue, r.source, r.kind) == (":", "الفاو", "named_organization")
    r = _all("مستقبل مصر: زراعة 1.2 مليون فدان قمح في الدلتا الجديدة" + body)[0]
    assert (r.cue, r.source, r.kind) == (":", "مستقبل مصر", "named_organization")
    r = _all("مصادر بالتموين: الاحتياطي من القمح يكفي حتى ديسمبر" + body)[0]
    assert (r.cue, r.source, r.kind) == (":", "مصادر بالتموين", "anonymous")
    assert _all("جدة: الطلب يرتفع" + body)[0].cue != ":"


def test_given_names_of_the_region_and_anna_with_madda():
    r = _all("أما صابر السيد، مزارع من مركز مطاي، فيرى أن المشكلة أكبر.")[0]
    assert (r.cue, r.resolved, r.kind) == ("فيرى", "صابر السيد", "named_person")
    r = _all("ويقول المحلل الاقتصادي السوداني معتصم الأمين إن التحويلات أصبحت الاقتصاد الحقيقي.")[0]
    assert r.resolved == "معتصم الأمين"
    r = _all('أما آنا كوفاليفا، مديرة أبحاث الغاز في مؤسسة "إنرجي إنتليجنس"، فرأت أن المخاطر "تضيف علاوة".')[0]
    assert (r.resolved, r.kind) == ("آنا كوفاليفا", "named_person")


def test_amma_a_body_with_its_name_in_marks_then_a_relative_clause():
    r = _all('أما مجموعة أبحاث التضخم المستقلة "إيناغ"، التي يشكك فيها مسؤولون حكوميون، فذكرت أن التضخم بلغ 78.5 بالمئة.')[0]
    assert (r.source, r.kind) == ('مجموعة أبحاث التضخم المستقلة "إيناغ"', "named_organization")


def test_an_outlet_whose_owner_is_said_between_commas_relays():
    r = _all('ونقلت وكالة "تسنيم"، التابعة للحرس الثوري، عن محافظ البنك المركزي محمد رضا فرزين قوله إن "التقلبات مؤقتة".')[0]
    assert (r.cue, r.resolved, r.via, r.claim) == ("ونقلت", "محمد رضا فرزين", 'وكالة "تسنيم"', "التقلبات مؤقتة")


def test_a_survey_before_kana_qad_with_where_and_a_relative_clause():
    r = _all("وكان مسح المشاركين في السوق، الذي يجريه البنك المركزي التركي شهريا، قد أظهر أن توقعات التضخم تبلغ 29.5 بالمئة.")[0]
    assert (r.cue, r.source, r.kind) == ("أظهر", "مسح المشاركين في السوق", "document")
    r = _all("وكانت الشركة، التي تأسست عام 2010، قد أعلنت أن أرباحها ارتفعت.")[0]
    assert r.source == "الشركة"


def test_a_headline_group_by_its_place_and_a_second_actor():
    tail = "\n\nدمشق - الوطن\n\nقال التاجر إن الرسوم مرتفعة."
    r = _all("تجار دمشق يطالبون بتخفيض الرسوم الجمركية.. و«المالية» تدرس مذكرتهم" + tail)[0]
    assert (r.cue, r.source, r.kind, r.claim) == ("يطالبون", "تجار دمشق", "anonymous", "تخفيض الرسوم الجمركية")
    r = _all("فلاحو المنيا يطالبون برفع سعر أردب القمح" + tail)[0]
    assert (r.source, r.kind) == ("فلاحو المنيا", "anonymous")
    r = _all("مسؤولون وخبراء يحذرون من شح إمدادات الغاز المسال" + tail)[0]
    assert (r.source, r.kind) == ("مسؤولون وخبراء", "anonymous")
