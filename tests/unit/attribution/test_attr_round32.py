"""attribution-3.11, from the rescore lists of the last session and this session's probe batches (every
sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_post_given_after_the_name_names_him_later():
    rs = _all("استضاف المجلس أمس معالي سالم بن راشد المعمري الوزير المسؤول عن الشؤون المالية، لمناقشة بيانه. "
              "وأوضح الوزير المسؤول عن الشؤون المالية أن الإيرادات قدرت بـ 8.7 مليار ريال. "
              "وأشار معالي الوزير إلى أن الحكومة لا تنوي فرض ضريبة.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [
        ("وأوضح", "سالم بن راشد المعمري", "named_person"), ("وأشار", "سالم بن راشد المعمري", "named_person")]


def test_a_verb_phrase_the_tagger_took_for_a_name_names_no_post():
    rs = _all("«البنزين الجديد» يشعل المجلس.. ونواب يلوّحون باستجواب وزير المالية\n"
              "وقال وزير المالية في تصريح إن الأسعار الجديدة تظل من بين الأدنى.")
    r = next(r for r in rs if r.cue == "وقال")
    assert (r.resolved, r.kind) == ("وزير المالية", "unnamed_official")


def test_a_post_then_the_family_name_alone():
    rs = _all("وفي رده على سؤال للنائب حمود مطلق العتيبي، قال الوزير إن المشروع تأخر. "
              "لكن النائب العتيبي نبه إلى أن الديوان سجل 37 ملاحظة.")
    assert (rs[-1].source, rs[-1].resolved) == ("العتيبي", "حمود مطلق العتيبي")


def test_her_first_and_family_name_without_her_fathers():
    rs = _all("ورأت عضو المجلس الدكتورة سوسن عبدالرحيم المحميد أن الضريبة صحية، "
              "فيما اعتبرت العضو سوسن المحميد أن الحكومة مطالبة برؤية.")
    assert (rs[-1].source, rs[-1].resolved) == ("سوسن المحميد", "سوسن عبدالرحيم المحميد")


def test_a_given_name_is_not_another_mans_fathers_name():
    rs = _all("في المقابل، اعتبر مدير الفرع الأستاذ عوض بن علي الشهراني أن الأسعار معقولة.\n"
              "ويقول صاحب فندق في منطقة السودة يدعى علي إن تكاليف التشغيل ارتفعت.")
    assert rs[-1].resolved == "علي"


def test_a_verb_after_the_quotation_then_how_she_said_it():
    rs = _all("وقالت سيتي رحمواتي إن الرحلة صعبة. «بعت قطعة أرض صغيرة لأجمع تكاليف الرحلة»، أضافت وهي تغالب دموعها.")
    assert [(r.cue, r.resolved, r.claim) for r in rs][1] == (
        "أضافت", "سيتي رحمواتي", "بعت قطعة أرض صغيرة لأجمع تكاليف الرحلة")


def test_a_body_the_tagger_knows_after_a_documents_head():
    (r,) = _all("من جهتها، أفادت بيانات سوق دبي المالي بأن المستثمرين الأجانب سجلوا صافي شراء.")
    assert (r.source, r.kind, r.claim) == ("بيانات سوق دبي المالي", "document", "المستثمرين الأجانب سجلوا صافي شراء")


def test_a_report_issued_by_in_the_accusative():
    (r,) = _all("غير أن تقريرا صادرا عن البنك الأهلي التجاري حذر من أن ارتفاع أسعار الأراضي سيضر بالزوار.")
    assert (r.source, r.kind) == ("تقريرا صادرا عن البنك الأهلي التجاري", "document")


def test_pointing_with_his_hand_is_no_cue_and_he_goes_on_after_it():
    rs = _all("وقال الحارثي: «المشهد يتكرر كل مرة». وأشار بيده إلى أثر المياه على الجدار. «لا أحد من الأمانة زارنا».")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("وقال", "الحارثي", "المشهد يتكرر كل مرة"), ("«", "الحارثي", "لا أحد من الأمانة زارنا")]
    assert _all("وأشار المزارع بيده إلى الجدار الذي تصدع.") == []


def test_explaining_with_a_colon_and_his_words():
    rs = _all("وقال المستشار الضريبي فهد الحربي إن القرار واضح. ويشرح الحربي: «من دفع المبلغ كاملا يخضع للنسبة القديمة».")
    assert (rs[1].cue, rs[1].resolved, rs[1].claim) == ("ويشرح", "فهد الحربي", "من دفع المبلغ كاملا يخضع للنسبة القديمة")
    assert _all("وشرح الوزير الخطة الجديدة أمام أعضاء المجلس.") == []


def test_a_guide_the_body_published_and_warned_in():
    (r,) = _all("وكانت الهيئة العامة للزكاة قد نشرت دليلا إرشاديا للأحكام الانتقالية، حذرت فيه من أن أي تحايل "
                "سيعرض المنشأة لغرامات.")
    assert (r.cue, r.source, r.kind) == ("حذرت", "الهيئة العامة للزكاة", "named_organization")
    (r,) = _all("وكانت الهيئة قد أصدرت بيانا قالت فيه إن الضريبة ستطبق.")
    assert r.source == "الهيئة"


def test_a_trade_before_the_name_is_no_part_of_it():
    assert _all("وأوضح الجزار سعيد الحربي أن المستهلكين يتجهون إلى اللحوم المستوردة.")[0].source == "سعيد الحربي"
    assert _all("وقال الدلال أبو سلطان إن كيس الشعير وصل إلى 62 ريالا.")[0].source == "أبو سلطان"
    assert _all("وقالت دلال العنزي إن الأسعار ارتفعت.")[0].source == "دلال العنزي"


def test_the_estimates_of_a_body_which_expected():
    (r,) = _all('وتتوافق هذه الأرقام مع تقديرات مؤسسة "غارتنر" للأبحاث، التي توقعت أن يصل الإنفاق إلى 3.3 مليار دولار.')
    assert (r.cue, r.source, r.kind) == ("توقعت", 'مؤسسة "غارتنر" للأبحاث', "named_organization")
    (r,) = _all("وجاء ذلك في تقديرات صندوق النقد الدولي، التي أظهرت أن النمو سيتباطأ.")
    assert (r.cue, r.kind) == ("أظهرت", "document")


def test_a_body_in_marks_then_what_it_is_between_commas():
    (r,) = _all("كشفت «طيران الرياض»، الناقل الوطني الجديد المملوك لصندوق الاستثمارات العامة، عن طلبية لشراء 60 طائرة.")
    assert (r.source, r.kind, r.claim) == ("طيران الرياض", "named_organization", "طلبية لشراء 60 طائرة")
    (r,) = _all("وأعلنت «أرامكو»، عملاقة النفط، أن أرباحها ارتفعت.")
    assert (r.source, r.kind) == ("أرامكو", "named_organization")


def test_a_founder_is_no_institution():
    (r,) = _all("وقالت المؤسسة المشاركة والرئيسة التنفيذية للشركة، نورة القحطاني، إن التمويل سيستخدم للتوسع.")
    assert (r.resolved, r.kind) == ("نورة القحطاني", "named_person")


def test_an_official_of_it_then_the_clause_goes_on():
    (r,) = _all("وتعتزم الوزارة، بحسب مسؤول فيها، طرح ترددات إضافية خلال الربع الأول.")
    assert (r.source, r.kind) == ("مسؤول فيها", "unnamed_official")


def test_what_a_group_calls_itself_is_part_of_it():
    (r,) = _all('أعلنت مجموعة قرصنة تطلق على نفسها اسم "الظل الرقمي" مسؤوليتها عن اختراق قاعدة البيانات.')
    assert (r.source, r.claim) == ('مجموعة قرصنة تطلق على نفسها اسم "الظل الرقمي"', "مسؤوليتها عن اختراق قاعدة البيانات")


def test_whom_he_told_in_the_clause_where_he_asks_not_to_be_named():
    (r,) = _all("الرياض - واس\nوقال مصدر، تحدث إلى «الجزيرة» شريطة عدم الكشف عن هويته، إن المهاجمين استغلوا ثغرة.")
    assert (r.source, r.kind, r.via) == ("مصدر", "anonymous", "الجزيرة")


def test_the_company_is_not_where_an_expert_works():
    rs = _all("الدمام - تعرضت شركة الخليج للبتروكيماويات، إحدى شركات الجبيل، لهجوم إلكتروني، حسبما أفادت مصادر.\n"
              "وقال الباحث الأمني في شركة \"كاسبرسكي\" ماجد الحربي إن هذه المجموعات تستهدف المنطقة.\n"
              "ولم ترد الشركة على طلب للتعليق أرسل إليها عبر البريد الإلكتروني.")
    assert (rs[-1].cue, rs[-1].resolved, rs[-1].kind) == ("ولم ترد", "شركة الخليج للبتروكيماويات", "named_organization")


def test_a_company_a_group_hacked_is_the_company():
    rs = _all('أعلنت مجموعة قرصنة تطلق على نفسها اسم "الظل الرقمي" مسؤوليتها عن اختراق قاعدة بيانات شركة "وصّل" '
              'السعودية لتوصيل الطلبات.\nوأكدت الشركة في بيان رصد "نشاط غير اعتيادي" على أحد أنظمتها.')
    assert (rs[-1].cue, rs[-1].resolved) == ("وأكدت", 'شركة "وصّل" السعودية')


def test_a_feminine_verb_has_no_men_in_ين_for_its_subject():
    r = _all("وألزمت الهيئة جميع منافذ البيع بعرض الأسعار الجديدة، وهددت المخالفين بغرامات مالية.")[-1]
    assert (r.cue, r.source) == ("وهددت", "")
    assert _all("وهدد المحتجون بالتصعيد إذا لم تلب مطالبهم.")[0].source == "المحتجون"


def test_as_he_says_then_a_relative_clause_with_a_view_of_its_own():
    rs = _all("غير أن المشروع «ما زال حبرا على ورق»، كما يقول الخبير الدكتور عادل الحربي من جامعة قطر، الذي يرى أن "
              "«الأمن المائي أصبح رهينة لأسعار الطاقة».")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("كما يقول", "عادل الحربي", "غير أن المشروع «ما زال حبرا على ورق»"),
        ("يرى", "عادل الحربي", "الأمن المائي أصبح رهينة لأسعار الطاقة")]


def test_an_emirates_body_named_with_a_dash():
    (r,) = _all("وتشير تقديرات هيئة البيئة - أبوظبي إلى أن المياه الجوفية قد تنفد.")
    assert (r.source, r.kind) == ("تقديرات هيئة البيئة - أبوظبي", "document")
    (r,) = _all("وقالت دائرة التنمية الاقتصادية - أبوظبي إن عدد الرخص ارتفع.")
    assert (r.source, r.kind) == ("دائرة التنمية الاقتصادية - أبوظبي", "named_organization")


def test_the_region_a_branch_serves_is_part_of_its_name():
    rs = _all("وحث فرع وزارة البيئة والمياه والزراعة بمنطقة القصيم المربين على تحصين مواشيهم، محذرا من الأمراض.")
    assert [(r.cue, r.source, r.claim) for r in rs] == [
        ("وحث", "فرع وزارة البيئة والمياه والزراعة بمنطقة القصيم", "المربين على تحصين مواشيهم"),
        ("محذرا", "فرع وزارة البيئة والمياه والزراعة بمنطقة القصيم", "الأمراض")]


def test_a_post_of_the_agency_before_her_name_is_no_via():
    (r,) = _all("وقالت نائبة المدير العام للوكالة، إيلينا روسي، إن العالم العربي قادر على التحول.")
    assert (r.source, r.via) == ("إيلينا روسي", "")


def test_a_post_at_a_company_then_his_name_then_the_paper_he_told():
    rs = _all("الرياض - واس\nأكد مدير عام تطوير المشاريع في أكوا باور، المهندس خالد الدوسري، لـ«الاقتصادية» أن "
              "الشركة ستعتمد على ألواح، موضحا أن الكلفة ستنخفض.")
    assert [(r.cue, r.source, r.via) for r in rs] == [("أكد", "خالد الدوسري", "الاقتصادية"),
                                                      ("موضحا", "خالد الدوسري", "الاقتصادية")]


def test_chanting_protesters_are_no_named_source():
    assert _all("وفي منطقة الزبير، خرج عشرات المحتجين إلى الشارع، مرددين هتافات تطالب بإقالة مدير الكهرباء.") == []


def test_a_minister_for_the_affairs_of_a_council():
    rs = _all("وقال وزير الدولة لشؤون مجلس الوزراء، عبدالله سالم الرشيدي، في مؤتمر صحافي، إن القرار مؤقت.")
    assert [(r.source, r.kind) for r in rs] == [("عبدالله سالم الرشيدي", "named_person")]


def test_a_virus_is_no_person():
    (r,) = _all("ونفى المتحدث باسم الفريق الوطني الطبي للتصدي لفيروس كورونا وجود أي تسرع في الإجراءات.")
    assert (r.source, r.kind) == ("المتحدث باسم الفريق الوطني الطبي للتصدي لفيروس كورونا", "unnamed_official")


def test_asking_for_a_short_verbal_noun_and_where_the_tenants_are():
    (r,) = _all("وطالب محللون الحكومة بمد صرف المنحة ثلاثة أشهر.")
    assert (r.source, r.claim) == ("محللون", "الحكومة بمد صرف المنحة ثلاثة أشهر")
    (r,) = _all("وطالب مستأجرون في عدد من المراكز بتخفيضات على الإيجارات.")
    assert (r.source, r.kind) == ("مستأجرون في عدد من المراكز", "anonymous")


def test_a_verb_the_tagger_ran_a_name_on_into():
    rs = _all("بيد أن أستاذ الهندسة الدكتور هشام البقمي نبه إلى أن الطلب على الكهرباء سيشكل تحديا.")
    assert rs[0].resolved == "هشام البقمي"


def test_maghreb_given_names_with_the_article():
    rs = _all("وقال الميلودي الزاهري، عضو الأمانة الوطنية للاتحاد المغربي للشغل، إن الحكومة تتحمل المسؤولية، "
              "داعيا إلى إحداث صندوق للتعويض.")
    assert [(r.cue, r.source) for r in rs] == [("وقال", "الميلودي الزاهري"), ("داعيا", "الميلودي الزاهري")]


def test_two_verbal_nouns_sharing_a_genitive_in_a_bodys_name():
    rs = _all("وطالب رئيس المنظمة الجزائرية لحماية وإرشاد المستهلك، مراد بلحاج، وزارة التجارة بتشديد الرقابة.")
    assert [(r.source, r.kind) for r in rs] == [("مراد بلحاج", "named_person")]


def test_the_general_supervisor_of_a_programme_then_his_name():
    (r,) = _all("وأوضح المشرف العام على برنامج رسوم الأراضي البيضاء المهندس سلطان بن إبراهيم الدوسري، في مؤتمر "
                "صحفي عقده أمس في الرياض، أن الرسم السنوي يبلغ 2.5 في المئة.")
    assert (r.source, r.kind) == ("سلطان بن إبراهيم الدوسري", "named_person")


def test_which_she_described_as():
    rs = _all("وقالت الهيئة إن مستثمرين يعيدون البيع قبل التسليم، وهو ما وصفته بأنه «عامل مخاطرة ينبغي مراقبته».")
    assert [(r.cue, r.resolved, r.claim) for r in rs][1] == ("وصفته", "الهيئة", "عامل مخاطرة ينبغي مراقبته")


def test_a_report_issued_yesterday_by():
    (r,) = _all("وارتفعت الإيجارات 5 في المئة، وفقا لتقرير صادر أمس عن شركة «جيه إل إل».")
    assert r.source == "تقرير صادر أمس عن شركة «جيه إل إل»"


def test_the_estimates_of_a_named_expert_or_of_officials_are_theirs():
    (r,) = _all("وحسب تقديرات الخبير الاقتصادي الدكتور وائل رشاد النحاس، فإن الزيادة سترفع معدل التضخم.")
    assert (r.source, r.kind) == ("وائل رشاد النحاس", "named_person")
    (r,) = _all("وبقيت أموال مجمدة في حسابات مصرفية، وفق تقديرات مسؤولين عراقيين.")
    assert (r.source, r.kind) == ("مسؤولين عراقيين", "unnamed_official")


def test_the_opposition_is_a_body():
    (r,) = _all("ووصفت المعارضة القرار بأنه مغامرة.")
    assert (r.source, r.kind) == ("المعارضة", "named_organization")
    (r,) = _all("وقال زعيم المعارضة إن القرار مغامرة.")
    assert (r.source, r.kind) == ("زعيم المعارضة", "unnamed_official")


def test_a_source_after_a_participles_claim_bears_on_it():
    rs = _all("وقال وكيل الوزارة راشد الكعبي إن القرار يهدف إلى الترشيد، مؤكدا أن الدعم كلف الدولة نحو 7 مليارات "
              "دولار سنويا، بحسب تقديرات صندوق النقد الدولي. لكنه أشار إلى أن الإصلاح مستمر.")
    assert [(r.cue, r.resolved, r.claim) for r in rs][2:] == [
        ("بحسب", "تقديرات صندوق النقد الدولي", "الدعم كلف الدولة نحو 7 مليارات دولار سنويا"),
        ("أشار", "راشد الكعبي", "الإصلاح مستمر")]


def test_a_parliamentarian_is_no_family_name():
    (r,) = _all("وقال النائب البرلماني عن حزب العدالة والتنمية، يوسف الحمداوي، إن الحكومة أخطأت.")
    assert r.source == "يوسف الحمداوي"


def test_he_adds_as_he_points_then_his_words():
    rs = _all("وقال الحبيب إن السياح عادوا. ويضيف وهو يشير إلى رفوف متجره: «يدخلون، يلتقطون الصور، ثم يعودون».")
    assert (rs[1].cue, rs[1].resolved, rs[1].claim) == ("ويضيف", "الحبيب", "يدخلون، يلتقطون الصور، ثم يعودون")


def test_a_spokesman_declines_to_comment():
    (r,) = _all("ورفض متحدث باسم وزارة الخارجية التعليق.")
    assert (r.source, r.kind) == ("متحدث باسم وزارة الخارجية", "unnamed_official")
    (r,) = _all("في المقابل، رفض متحدث باسم سلطة المنطقة الحرة لجبل علي التعليق على أعداد الشركات.")
    assert r.source == "متحدث باسم سلطة المنطقة الحرة لجبل علي"


def test_saying_after_a_comma_is_a_record_of_its_own():
    rs = _all('وأوضح الرئيس التنفيذي هنريك سورنسن أن الشركة لا تتوقع عودة سريعة، قائلا: "سنحتاج إلى أسابيع".')
    assert [(r.cue, r.claim) for r in rs] == [("وأوضح", "الشركة لا تتوقع عودة سريعة"), ("قائلا", "سنحتاج إلى أسابيع")]
    assert [r.cue for r in _all("وتابع الوزير قائلا إن الهجمات مستمرة.")] == ["وتابع"]


def test_in_line_with_expectations_is_no_cue():
    rs = _all("وقال رئيس مجلس الإدارة سعيد الفلاسي إن أداء الميناء جاء متماشيا مع توقعات الإدارة، مؤكدا أن جبل علي "
              "حافظ على مكانته.")
    assert [r.cue for r in rs] == ["وقال", "مؤكدا"]


def test_participants_in_a_poll_and_who_blames():
    (r,) = _all("غير أن بعض المشاركين في الاستطلاع حذروا من أن الأسعار المرتفعة بدأت تضعف الطلب.")
    assert (r.source, r.kind) == ("بعض المشاركين في الاستطلاع", "anonymous")
    (r,) = _all("وحمّل وزير الطاقة والمياه رامي حداد مسؤولية الأزمة للمصرف المركزي.")
    assert (r.source, r.kind) == ("رامي حداد", "named_person")


def test_a_co_founder_then_her_post_then_his_name():
    (r,) = _all("وقال المؤسس الشريك والرئيس التنفيذي لـ«تمارا»، نايف السبيعي، إن الطلب ارتفع.")
    assert (r.source, r.kind) == ("نايف السبيعي", "named_person")


def test_a_separate_report_issued_by():
    (r,) = _all("وبيّن تقرير منفصل صادر عن مجلس التعاون أن الأصول تجاوزت 3.3 تريليون دولار.")
    assert r.source == "تقرير منفصل صادر عن مجلس التعاون"


def test_a_document_a_wire_saw_is_cited_through_it():
    (r,) = _all("وبلغ العائد 6 في المئة، بحسب وثيقة صادرة عن أحد البنوك المرتبة للصفقة اطلعت عليها «رويترز».")
    assert (r.kind, r.via) == ("document", "رويترز")
    rs = _all("الرياض - محمد\nوبحسب نشرة الإصدار التي اطلعت عليها «عكاظ»، حدد سعر الطرح عند 30 ريالا.")
    assert rs[0].via == ""


def test_analysts_a_wire_polled_had_expected():
    (r,) = _all("وكان محللون استطلعت «بلومبرغ» آراءهم قد توقعوا أن يحقق المصرف أرباحا.")
    assert (r.source, r.kind, r.via) == ("محللون", "anonymous", "بلومبرغ")


def test_a_name_what_he_is_or_her_age_between_commas_then_the_verb():
    (r,) = _all('الحبيب، حرفي في صناعة النحاس منذ ثلاثين سنة، يقول إن السياح عادوا "لكنهم لا يشترون".')
    assert (r.source, r.kind) == ("الحبيب", "named_person")
    (r,) = _all("المتسوقة سارة العنزي، 27 عاماً، تقول إنها اشترت هاتفها على أربع دفعات.")
    assert (r.source, r.kind) == ("سارة العنزي", "named_person")
    (r,) = _all("وخالد، وهو سائق أجرة، يقول إن الزحام خانق.")
    assert (r.source, r.kind) == ("خالد", "named_person")
