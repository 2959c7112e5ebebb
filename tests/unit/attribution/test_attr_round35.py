"""attribution-3.14, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_the_verbs_preposition_before_an_is_no_part_of_the_documents_name():
    r = _all("وحذر التقرير من أن تباطؤ الاقتصاد الصيني قد ينعكس على الطلب.")[0]
    assert (r.source, r.kind) == ("التقرير", "document")
    assert r.claim.startswith("تباطؤ الاقتصاد")


def test_estimates_of_bodies_in_the_plural_keep_whose_they_are():
    r = _all("وتشير تقديرات بنوك الاستثمار إلى أن القرار قد يعيد نحو 150 ألف مستثمر إلى السوق.")[0]
    assert (r.source, r.kind) == ("تقديرات بنوك الاستثمار", "document")
    assert r.claim.startswith("القرار قد يعيد")


def test_a_relative_clause_on_who_saw_a_statement_between_commas_keeps_the_record():
    for text, cue in (("وذكر بيان للوزارة، تلقته وكالة الأنباء العراقية (واع)، أن الصادرات بلغت 102 مليون برميل.", "وذكر"),
                      ("أفاد بيان لوزارة التربية، اطلعت عليه «النهار»، بأن الوزير عقد لقاء مع النقابات.", "أفاد")):
        r = _all(text)[0]
        assert (r.cue, r.kind) == (cue, "document")
        assert r.source.startswith("بيان")
        assert not r.claim.startswith(("تلقته", "اطلعت"))


def test_common_given_names_the_lists_lacked_make_a_named_person():
    r = _all("وقال مصرفيون إن الودائع تراجعت. وكان حاكم مصرف لبنان وسيم حمادة قد أكد أن المصرف لن يموّل الدولة.")[-1]
    assert (r.resolved, r.kind) == ("وسيم حمادة", "named_person")
    rs = _all("قال المحلل المالي وضاح الطه إن المؤشر جذاب. وحذّر الطه من أن الفائدة قد تضغط على الأسهم.")
    assert [(r.resolved, r.kind) for r in rs] == [("وضاح الطه", "named_person")] * 2


def test_a_family_name_like_a_given_name_still_resolves_to_the_man():
    rs = _all("قال رئيس الجمعية حسن مروة إن الرسوم مرتفعة. وأضاف مروة أن القضاء سيحسم الأمر.")
    assert rs[-1].resolved == "حسن مروة"


def test_a_given_name_after_an_honorific_is_no_trade():
    r = _all("وقال معالي فلاح محمد الأحبابي، رئيس مجلس إدارة المجموعة، إن النتائج جيدة.")[0]
    assert (r.resolved, r.kind) == ("فلاح محمد الأحبابي", "named_person")


def test_a_trade_and_its_adjective_then_the_name_between_commas_after_a_post():
    rs = _all("قال عضو الهيئة السعودية للمراجعين والمحاسبين، المحاسب القانوني عبدالله الشهري، إن «السوق بحاجة إلى "
              "الكوادر». وتابع: «التحدي في الخبرة».")
    assert [(r.resolved, r.kind) for r in rs] == [("عبدالله الشهري", "named_person")] * 2


def test_but_he_demanded_after_a_claim_is_a_record_of_its_own():
    rs = _all("وأكد اتحاد المصارف، في مذكرة رفعها إلى اللجنة، أن البنوك مستعدة لتطبيق القانون، غير أنه طالب بمنحها "
              "مهلة ستة أشهر.")
    assert [r.cue for r in rs] == ["وأكد", "طالب"]
    assert rs[0].claim == "البنوك مستعدة لتطبيق القانون"
    assert (rs[1].resolved, rs[1].claim) == ("اتحاد المصارف", "منحها مهلة ستة أشهر")
    rs = _all("ويرى مستثمرون في المنطقة أن الترخيص بات أسرع، إلا أنهم يطالبون بتوسيع شبكة الرحلات.")
    assert [(r.cue, r.resolved) for r in rs] == [("ويرى", "مستثمرون في المنطقة"), ("يطالبون", "مستثمرون في المنطقة")]


def test_but_he_is_a_student_is_no_demand():
    rs = _all("وقال الوزير إن البنوك مستعدة، غير أنه طالب جامعي سابق.")
    assert [r.cue for r in rs] == ["وقال"]


def test_but_they_acknowledge_inside_a_claim_is_no_record():
    rs = _all("وقال الوزير إن معظم الأعضاء يتفقون على القرار، لكنهم يقرون بوجود اختلافات.")
    assert [r.cue for r in rs] == ["وقال"]


def test_a_contrast_with_binama_stays_in_the_claim_but_fima_ends_it():
    r = _all("وبحسب بيانات الجهاز، ارتفعت أسعار الخضروات بنسبة 7.9%، بينما تراجعت أسعار اللحوم بنسبة 1.3%.")[0]
    assert r.claim.endswith("بينما تراجعت أسعار اللحوم بنسبة 1.3%")
    r = _all("وقال المحلل إن السوق ستتعافى قريبا، فيما تراجعت أسهم 40 شركة أمس.")[0]
    assert r.claim == "السوق ستتعافى قريبا"


def test_amma_then_a_trade_its_adjective_and_a_name_the_tagger_found():
    rs = _all("وقال خالد السبيعي إن الرواتب تأخرت. أما المحاسب الوافد أحمد رشدي (44 عاما) فيقول إن الشركة أوقفت "
              "تجديد الإقامات.")
    assert (rs[1].resolved, rs[1].kind) == ("أحمد رشدي", "named_person")


def test_a_trade_where_he_works_then_his_name_after_the_verb():
    rs = _all("وقال سالم الحربي إن الأسعار منخفضة. في المقابل، نفى الدلال في سوق التمور المركزي إبراهيم المحمدي "
              "اتهامات المزارعين، موضحا أن الأسعار يحددها المزاد.")
    assert [(r.cue, r.resolved) for r in rs[1:]] == [("نفى", "إبراهيم المحمدي"), ("موضحا", "إبراهيم المحمدي")]
    assert rs[1].claim == "اتهامات المزارعين"


def test_the_owner_of_a_school_is_no_man_named_malik():
    r = _all("أوضح مالك مدرسة أهلية في شمال جدة، تحفظ على ذكر اسمه، أن المدارس تواجه ارتفاعا في التكاليف.")[0]
    assert (r.source, r.kind) == ("مالك مدرسة أهلية في شمال جدة", "anonymous")


def test_unnamed_sources_that_open_a_negated_sentence_speak_after_idh():
    text = ("وقالت أوساط مصرفية إن الاقتراح جيد. في المقابل، لا تخفي مصادر في جمعية المصارف تحفظها على الاقتراح، "
            "إذ ترى أن أي زيادة يجب أن تترافق مع قانون.")
    assert _all(text)[-1].resolved == "مصادر في جمعية المصارف"
    rs = _all("ويترقب المتعاملون قرار المجلس الأسبوع المقبل، إذ يتوقع أن يبقي المجلس على الفائدة.")
    assert rs == []


def test_an_arab_paper_told_under_a_staff_byline_is_the_publisher():
    r = _all("مكة المكرمة - أحمد الأحمدي\n\nقال مستثمرون في قطاع الإيواء لـ«البلاد» إن نسب الإشغال تجاوزت 95 في المئة.")[0]
    assert r.via == ""


def test_an_unnamed_source_at_one_of_the_banks_who_asked_not_to_be_named():
    for text, src in (("وقال مصرفي بأحد البنوك الخاصة، طلب عدم نشر اسمه، إن الطلب على الدولار ارتفع.",
                       "مصرفي بأحد البنوك الخاصة"),
                      ("وقال مصدر بإحدى الشركات الموزعة لعلامة تويوتا، طلب عدم نشر اسمه، إن الشركة لا تنوي خفض أسعارها.",
                       "مصدر بإحدى الشركات الموزعة لعلامة تويوتا"),
                      ("وقال سائق تكسي عمومي في جرمانا، طلب عدم ذكر اسمه، إن الانتظار صار طويلا.",
                       "سائق تكسي عمومي في جرمانا")):
        (r,) = _all(text)
        assert (r.source, r.kind) == (src, "anonymous")


def test_what_the_company_is_between_commas_then_the_outlet_told():
    rs = _all("قال متحدث باسم شركة ميرسك الدنماركية، أكبر شركات نقل الحاويات في العالم، لوكالة رويترز، إن الشركة "
              "لا تعتزم العودة، مضيفا أن سلامة الطواقم تأتي أولا.")
    assert [(r.cue, r.kind, r.via) for r in rs] == [("قال", "unnamed_official", "وكالة رويترز"),
                                                   ("مضيفا", "unnamed_official", "وكالة رويترز")]


def test_an_interview_with_an_arab_channel_by_its_bare_name_is_a_via():
    r = _all("وأوضح محمد المقرن في مقابلة مع «العربية Business» أن الطلب قوي.")[0]
    assert r.via == "العربية Business"
    r = _all("وأوضح محمد المقرن خلال حديثه لـ«CNBC عربية» أن الطلب قوي.")[0]
    assert r.via == "CNBC عربية"


def test_the_companies_a_ministry_called_on_with_a_relative_clause_are_no_part_of_it():
    r = _all("دعت وزارة الموارد البشرية والتوطين الشركات الخاصة التي يعمل لديها 50 موظفا فأكثر إلى تحقيق "
             "مستهدفات التوطين.")[0]
    assert r.source == "وزارة الموارد البشرية والتوطين"
    assert r.claim.startswith("الشركات الخاصة")


def test_a_chamber_for_the_exporters_of_a_good_then_its_head_between_commas():
    rs = _all("وقال الديوان الوطني للزيت إن الصادرات ارتفعت. غير أن رئيس الغرفة الوطنية لمصدري زيت الزيتون، "
              "الهادي الكعبي، حذّر من أن تراجع الأسعار سيقلص العائدات.")
    assert (rs[-1].resolved, rs[-1].kind) == ("الهادي الكعبي", "named_person")


def test_the_same_source_written_before_its_noun_is_the_one_cited_before():
    rs = _all("أفاد بيان لوزارة التجارة بأن الواردات تراجعت. وأوضح ذات المصدر أن الانخفاض يعود إلى الحبوب.")
    assert (rs[1].source, rs[1].resolved, rs[1].kind) == ("ذات المصدر", "بيان لوزارة التجارة", "document")
    rs = _all("أظهرت معطيات البنك المركزي أن الاحتياطي تراجع. وسددت تونس 11,2 مليار دينار، وفق نفس المعطيات.")
    assert (rs[1].resolved, rs[1].kind) == ("معطيات البنك المركزي", "document")
    assert rs[1].claim.startswith("وسددت تونس")


def test_a_study_that_opens_the_sentence_is_what_shows_after_wa():
    rs = _all("وكشفت دراسة لغرفة الشرقية أن الفنيين قليلون. وشملت الدراسة عينة من 420 منشأة في الدمام، وأظهرت أن "
              "متوسط فترة شغل الوظيفة يبلغ 4.5 أشهر.")
    assert [(r.cue, r.resolved) for r in rs] == [("وكشفت", "دراسة لغرفة الشرقية"), ("وأظهرت", "دراسة لغرفة الشرقية")]


def test_kana_then_a_named_man_and_his_posts_between_commas_then_qad():
    rs = _all("وتوقع التقرير أن يرتفع الطلب. وكان سعادة المهندس سعد بن شريدة الكعبي، وزير الدولة لشؤون الطاقة، "
              "العضو المنتدب والرئيس التنفيذي لقطر للطاقة، قد أعلن في وقت سابق أن الطاقة الإنتاجية سترتفع.")
    assert (rs[-1].resolved, rs[-1].kind) == ("سعد بن شريدة الكعبي", "named_person")


def test_a_reporters_given_name_after_the_datelines_dash_is_no_paper():
    r = _all("دراسة: المحلات غير جاهزة\n\nجدة – رهام الحربي\n\nوأكد مصدر مطلع لـ«عكاظ» أن الوزارة تدرس "
             "تمديد المهلة.")[-1]
    assert r.via == ""


def test_two_unnamed_groups_joined_by_wa_are_one_source():
    r = _all("وتوقع خبراء ومحللون ماليون في تصريحات صحفية أن يواصل المؤشر صعوده.")[0]
    assert (r.source, r.kind) == ("خبراء ومحللون ماليون", "anonymous")
    assert r.claim.startswith("يواصل المؤشر")
    r = _all("توقعت بنوك استثمار ومؤسسات بحثية أن يبدأ البنك المركزي دورة تيسير نقدي.")[0]
    assert r.source == "بنوك استثمار ومؤسسات بحثية"


def test_a_price_table_and_a_tender_booklet_are_documents_but_a_schedule_is_no_source():
    r = _all("ارتفع سعر البنزين 18 ألف ليرة، بحسب جدول الأسعار الذي أصدرته المديرية العامة للنفط.")[0]
    assert (r.source, r.kind) == ("جدول الأسعار", "document")
    r = _all("وحسب كراسة الشروط، يشترط ألا يزيد دخل الأسرة على 14 ألف جنيه شهريا.")[0]
    assert (r.source, r.kind) == ("كراسة الشروط", "document")
    assert _all("ومن المقرر أن تعقد اللجنة اجتماعها المقبل في 26 ديسمبر، وفقا للجدول المعلن.") == []


def test_a_statement_of_the_office_of_a_post():
    rs = _all("من جانبه، أفاد بيان لمكتب رئيس مجلس الوزراء، بأن رئيس المجلس وجه بالإسراع في المشاريع.")
    assert (rs[0].source, rs[0].kind) == ("بيان لمكتب رئيس مجلس الوزراء", "document")


def test_a_plural_in_construct_keeps_its_genitive_and_a_town_no_list_knows():
    r = _all("وطالب ممثلو الصيادين بتعويضات عن فترة التوقف.")[0]
    assert (r.source, r.claim) == ("ممثلو الصيادين", "تعويضات عن فترة التوقف")
    r = _all("طالب ممثلو الصيادين التقليديين في نواذيبو بتعويضات عن فترة التوقف.")[0]
    assert r.source == "ممثلو الصيادين التقليديين في نواذيبو"
    r = _all("طالب فلاحون في محافظتي أربيل ودهوك الحكومة الاتحادية برفع الحصة المخصصة لاستلام الحنطة.")[0]
    assert r.source == "فلاحون في محافظتي أربيل ودهوك"


def test_the_document_a_ministry_announced_is_no_part_of_its_name():
    r = _all("أعلنت وزارة المالية البيان التمهيدي للميزانية العامة للدولة للعام المالي 2025، الذي قدرت فيه "
             "النفقات بنحو 1.285 تريليون ريال.")[0]
    assert (r.source, r.kind) == ("وزارة المالية", "named_organization")


def test_an_agency_relays_a_post_whose_holder_is_named_between_commas():
    rs = _all("نقلت وكالة الأنباء الجزائرية عن وزير التجارة الخارجية، الطاهر بوعلام، قوله إن الحكومة ستعتمد برنامجا. "
              "وأضاف الوزير أن البرنامج سيحمي المنتوج الوطني.")
    assert [(r.cue, r.resolved, r.kind, r.via) for r in rs] == [
        ("نقلت", "الطاهر بوعلام", "named_person", "وكالة الأنباء الجزائرية"),
        ("وأضاف", "الطاهر بوعلام", "named_person", "وكالة الأنباء الجزائرية")]


def test_the_same_one_named_before_the_verb_with_dhatuhu():
    rs = _all("أفاد تقرير مجلس المنافسة بأن الأسعار انخفضت. غير أن المصدر ذاته سجل أن هوامش الربح ارتفعت.")
    assert [(r.cue, r.resolved) for r in rs] == [("أفاد", "تقرير مجلس المنافسة"), ("سجل", "تقرير مجلس المنافسة")]
