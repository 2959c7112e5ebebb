"""attribution-3.8 and 3.9, from these sessions' probe batches and news-dev's errors (every sentence here is
made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_consultancy_named_after_company_keeps_its_head_when_it_speaks_again():
    rs = _all("ذكر تقرير لشركة جيه.إل.إل للاستشارات العقارية أن المبيعات هبطت. وأضافت جيه.إل.إل أن الأسعار تراجعت.")
    assert rs[1].resolved == "شركة جيه.إل.إل للاستشارات العقارية"
    assert rs[1].kind == "named_organization"


def test_firms_the_gulf_economy_pages_cite_are_organisations():
    rs = _all("وذكر تقرير لشركة نايت فرانك للاستشارات أن الطلب ضعيف. وقالت نايت فرانك إن الأسعار سترتفع.")
    assert rs[0].source == "تقرير لشركة نايت فرانك للاستشارات"
    assert (rs[1].source, rs[1].kind) == ("نايت فرانك", "named_organization")


def test_the_company_is_the_company_as_written_with_its_head():
    rs = _all("توقعت شركة جدوى للاستثمار أن يسجل عجز الميزانية نحو 390 مليار ريال. وقالت الشركة إن الإنفاق سيتجاوز المعتمد.")
    assert rs[1].resolved == "شركة جدوى للاستثمار"
    # a company's full name is its own, not a longer one of another company named before
    rs = _all("قلصت شركة الاتصالات المتنقلة السعودية «زين السعودية» خسائرها. أما شركة الاتصالات السعودية فقد حققت "
              "صافي ربح قدره 2.9 مليار ريال، وأوضحت الشركة في بيان أن التراجع يعود إلى ارتفاع التكاليف.")
    assert rs[-1].resolved == "شركة الاتصالات السعودية"


def test_a_region_after_the_body_of_a_post_is_walked_whole():
    (r,) = _all("في المقابل، نفى مدير إدارة العلاقات العامة في شركة أرامكو السعودية بالمنطقة الشرقية، "
                "عادل بن حمد الدوسري، وجود أي خلل في العدادات.")
    assert (r.source, r.kind, r.claim) == ("عادل بن حمد الدوسري", "named_person", "وجود أي خلل في العدادات")


def test_a_short_name_in_marks_between_the_body_and_what_it_announced():
    (r,) = _all("أعلنت شركة الخليج للتأمين «خليج» ارتفاع أرباحها الفصلية.")
    assert (r.source, r.claim) == ("شركة الخليج للتأمين «خليج»", "ارتفاع أرباحها الفصلية")
    (r,) = _all("أعلن بيت التمويل الكويتي «بيتك» ارتفاع أرباحه الفصلية 11 في المئة.")
    assert r.source == "بيت التمويل الكويتي «بيتك»"


def test_a_general_director_of_a_department_then_his_name_and_the_paper_told():
    (r,) = _all("وصرح مدير عام صحة البيئة في الأمانة المهندس سعيد بن محمد آل هادي لـ«الوطن» بأن المراقبين ضبطوا لحوما.")
    assert (r.source, r.kind, r.via, r.claim) == ("سعيد بن محمد آل هادي", "named_person", "", "المراقبين ضبطوا لحوما")
    (r,) = _all("وقال مدير عام تعليم الرياض إن المدارس جاهزة.")
    assert (r.source, r.kind) == ("مدير عام تعليم الرياض", "unnamed_official")


def test_a_source_in_a_branch_of_a_ministry_in_a_region_named_without_the_article():
    (r,) = _all("وقال مصدر في فرع وزارة التجارة والاستثمار بمنطقة مكة المكرمة لـ«مكة» إن الفرع تلقى أكثر من 70 بلاغا.")
    assert (r.source, r.kind) == ("مصدر في فرع وزارة التجارة والاستثمار بمنطقة مكة المكرمة", "anonymous")
    assert r.claim == "الفرع تلقى أكثر من 70 بلاغا"
    (r,) = _all("وقال مصدر في فرع وزارة التجارة بمنطقة تبوك إن الفرع تلقى بلاغا.")
    assert r.source == "مصدر في فرع وزارة التجارة بمنطقة تبوك"


def test_distributors_of_building_materials_are_an_unnamed_group():
    (r,) = _all('وقال عدد من موزعي مواد البناء في حي السلي جنوب الرياض لـ"الرياض" إن حركة البيع انخفضت إلى النصف.')
    assert (r.source, r.kind) == ("عدد من موزعي مواد البناء في حي السلي جنوب الرياض", "anonymous")
    (r,) = _all("وقال موزع إن حركة البيع انخفضت.")
    assert (r.source, r.kind) == ("موزع", "anonymous")
    (r,) = _all("وقال بعض تجار الذهب إن حركة البيع انخفضت.")
    assert (r.source, r.kind) == ("بعض تجار الذهب", "anonymous")


def test_a_firm_whose_initials_begin_with_n_is_no_complementizer():
    (r,) = _all("ورأى فيصل القحطاني، مدير إدارة الأبحاث في «إن سي بي كابيتال»، أن السهم بات رخيصا.")
    assert (r.source, r.claim) == ("فيصل القحطاني", "السهم بات رخيصا")
    (r,) = _all("وقالت «إن سي بي كابيتال» في مذكرة لعملائها إن السهم بات رخيصا.")
    assert (r.source, r.kind, r.claim) == ("إن سي بي كابيتال", "named_organization", "السهم بات رخيصا")


def test_unnamed_people_described_by_what_they_did_before_the_comma():
    (r,) = _all("وبحسب ما نقلته «بلومبيرغ» عن مندوبين حضروا الاجتماع، فإن المسودة تضمنت التزاما.")
    assert (r.source, r.via, r.claim) == ("مندوبين حضروا الاجتماع", "بلومبيرغ", "المسودة تضمنت التزاما")
    (r,) = _all("ووفقا لمسؤولين شاركوا في الاجتماع، فإن المسودة تضمنت التزاما.")
    assert (r.source, r.claim) == ("مسؤولين شاركوا في الاجتماع", "المسودة تضمنت التزاما")


def test_a_body_warns_parents_of_something():
    (r,) = _all("وحذرت جمعية حماية المستهلك أولياء الأمور من شراء أقلام التلوين مجهولة المصدر.")
    assert (r.source, r.claim) == ("جمعية حماية المستهلك", "شراء أقلام التلوين مجهولة المصدر")
    (r,) = _all("وحذر الوزير أصحاب المحلات من رفع الأسعار.")
    assert (r.source, r.claim) == ("الوزير", "رفع الأسعار")


def test_women_of_a_trade_before_a_headline_colon():
    rs = _all("سعوديات في محلات العطور والعباءات: «الدوام الطويل» أكبر التحديات\n\nنص الخبر هنا.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [(":", "سعوديات في محلات العطور والعباءات", "anonymous")]


def test_even_though_they_see_is_their_next_view():
    rs = _all("ويتوقع اقتصاديون أن يسهم القرار في خفض البطالة، وإن كانوا يرون أن الأثر سيظل محدودا.")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("ويتوقع", "اقتصاديون", "يسهم القرار في خفض البطالة"), ("يرون", "اقتصاديون", "الأثر سيظل محدودا")]
    # (but "وأن يسجل": a second thing forecast, and "وإن نسب التعثر": a second thing said)
    (r,) = _all("وتوقعت المذكرة أن يبلغ سعر خام برنت 52 دولارا، وأن يسجل عجز الميزانية نحو 290 مليار ريال.")
    assert r.claim.endswith("290 مليار ريال")


def test_people_at_a_forum_named_after_its_head():
    rs = _all("خبراء في منتدى الرياض الاقتصادي: رسوم الأراضي لن تخفض أسعار المساكن قبل عامين\n\nنص الخبر هنا.")
    assert [(r.source, r.kind) for r in rs] == [("خبراء في منتدى الرياض الاقتصادي", "anonymous")]
    rs = _all("سيدات أعمال في «منتدى جدة»: الأنظمة لا تزال تعيق عمل المرأة\n\nنص الخبر هنا.")
    assert [r.source for r in rs] == ["سيدات أعمال في «منتدى جدة»"]
    (r,) = _all("وطالبت سيدات أعمال مشاركات في الجلسة الرابعة من منتدى جدة الاقتصادي، التي خصصت لمناقشة "
                "«تمكين المرأة اقتصاديا»، بمراجعة الأنظمة.")
    assert (r.source, r.claim) == ("سيدات أعمال مشاركات في الجلسة الرابعة من منتدى جدة الاقتصادي", "مراجعة الأنظمة")
    # (a press conference or a note to clients is where they spoke, not who they are)
    (r,) = _all("وقال مسؤول في مؤتمر صحفي إن الأنظمة تعيق العمل.")
    assert r.source == "مسؤول"
    (r,) = _all("وكتب محللو مورغان ستانلي في مذكرة للعملاء أن الرسوم سترتفع.")
    assert r.source == "محللو مورغان ستانلي"


def test_a_chamber_named_with_its_city_and_an_honorific_before_a_name():
    (r,) = _all("وقالت غرفة تجارة وصناعة دبي إن الصادرات ارتفعت.")
    assert r.source == "غرفة تجارة وصناعة دبي"
    (r,) = _all("وقال رئيس مجلس إدارة الغرفة سعادة خليل بن عبدالله المعمري إن المخصصات كافية.")
    assert (r.source, r.kind) == ("خليل بن عبدالله المعمري", "named_person")


def test_benefited_from_is_no_cue_and_a_verbal_noun_is_no_family_name():
    assert _all("فيما أفاد من ورش التدريب التي أقيمت على هامش المنتدى نحو 600 شاب وفتاة.") == []
    (r,) = _all("وأفاد من جهته أن الأسعار مستقرة.")
    assert r.claim == "الأسعار مستقرة"
    (r,) = _all("وانتقدت الدكتورة عبير بنت سعد المالكي تركيز برامج التوظيف على القطاع العام.")
    assert (r.source, r.claim) == ("عبير بنت سعد المالكي", "تركيز برامج التوظيف على القطاع العام")


def test_batch_s126_fronted_occasions_documents_idioms_and_duals():
    rs = _all("ونقلت وكالة «بلومبرغ» عن وزير النفط علي الرشودي قوله إن الأسعار ستتعافى.\n\nوأكد الرشودي، في كلمة ألقاها "
              "أمام مؤتمر للطاقة في هيوستن، أن سوق النفط \"ستستعيد توازنها تدريجيا\"، مع تراجع الإنتاج.")
    assert [r.via for r in rs] == ["وكالة «بلومبرغ»", ""]  # (a speech of his own, not the agency's interview)
    rs = _all("كما لفت الشمري إلى أن نحو 18 مليار ريال لم تصرف، بحسب ما ورد في التقرير السنوي نفسه.")
    assert (rs[-1].cue, rs[-1].source, rs[-1].kind) == ("بحسب ما ورد في", "التقرير السنوي", "document")
    assert _all("بعد أن دعت الحاجة إلى تنظيم عمليات الاقتراض المتزايدة، أصدر المجلس نظاما.") == []
    rs = _all("وقال مصدر في وزارة الإسكان لـ«عكاظ» إن الوزارة ستسلم نحو 20 ألف وحدة، رافضا الكشف عن اسمه لأنه غير "
              "مخول بالتصريح لوسائل الإعلام.")
    assert [r.cue for r in rs] == ["وقال"]
    (r,) = _all("وتوقع معدو التقرير أن يرتفع الدين.")
    assert r.kind == "anonymous"
    rs = _all("وقال وزير الاقتصاد أحمد العلي إن النمو قوي. وقال وزير المالية سعد الخالد إن العجز يتراجع. "
              "ولم يعلق الوزيران على التقارير.")
    assert (rs[-1].cue, rs[-1].source, rs[-1].resolved) == ("ولم يعلق", "الوزيران", "الوزيران")


def test_batch_s127_another_one_small_investors_and_bayyana_after_a_fronted_phrase():
    rs = _all("وقال محلل إن الأرباح جيدة، فيما توقع آخر أن تتراجع.")
    assert (rs[-1].source, rs[-1].kind) == ("آخر", "anonymous")
    (r,) = _all("وتوقع آخر تقرير للبنك أن تتراجع الأسعار.")
    assert r.kind == "document"
    (r,) = _all("وحذر مستشارون ماليون صغار المستثمرين من الاقتراض.")
    assert (r.source, r.claim) == ("مستشارون ماليون", "الاقتراض")
    (r,) = _all("وقال مسؤولون كبار إن الأسعار سترتفع.")
    assert r.source == "مسؤولون كبار"
    rs = _all("وقال الرئيس التنفيذي خالد العلي إن الشركة تنمو. وفيما يتعلق بمشروع المجمع، بين أن «البحري» ستكون "
              "أكبر عميل للمجمع. كما بين أن الطلب قوي.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "خالد العلي"), ("بين", "خالد العلي"), ("كما بين", "خالد العلي")]


def test_batch_s128_the_paper_told_after_a_clause_on_the_official_and_legal_conformity():
    (r,) = _all("وقال مسؤول خليجي شارك في الاجتماع لـ«الوطن»، مفضلا عدم ذكر اسمه، إن سلطنة عمان والكويت طلبتا مهلة.")
    assert (r.source, r.kind, r.claim) == ("مسؤول خليجي", "anonymous", "سلطنة عمان والكويت طلبتا مهلة")
    assert _all("وتلتزم الشركات بالتعويض طبقا لأحكام الاتفاقية.") == []
    (r,) = _all("وأظهرت نتائج اختبارات التحمل أن البنوك قوية.")
    assert (r.source, r.kind) == ("نتائج اختبارات التحمل", "document")


def test_batch_s124_s127_owners_of_chains_housewives_the_paper_itself_and_a_firm_in_marks():
    (r,) = _all("وقال صاحب سلسلة محلات للعباءات في الدمام إن الطلب تراجع.")
    assert (r.source, r.kind) == ("صاحب سلسلة محلات للعباءات في الدمام", "anonymous")
    (r,) = _all("وقال مالك سلسلة مطاعم إن الطلب تراجع.")
    assert (r.source, r.kind) == ("مالك سلسلة مطاعم", "anonymous")
    (r,) = _all("وقال عدد من ربات البيوت إن الأسعار مرتفعة.")
    assert r.source == "عدد من ربات البيوت"
    (r,) = _all("وعزت «زين» تراجع الخسائر إلى انخفاض تكاليف التمويل.")
    assert (r.source, r.kind, r.claim) == ("زين", "named_organization", "تراجع الخسائر إلى انخفاض تكاليف التمويل")
    rs = _all("الرئيس التنفيذي لسابك: تراجع النفط لن يوقف مشروعاتنا\n\nنص.")
    assert [(r.cue, r.source) for r in rs] == [(":", "الرئيس التنفيذي لسابك")]


def test_a_listed_firm_ends_where_its_name_ends_and_a_statement_it_issued():
    (r,) = _all("وقدرت الأهلي كابيتال الأثر السلبي للقرار بنحو 3.5 مليار ريال سنويا.")
    assert (r.source, r.claim) == ("الأهلي كابيتال", "الأثر السلبي للقرار بنحو 3.5 مليار ريال سنويا")
    (r,) = _all("وقالت منظمة الأمم المتحدة للطفولة إن الأطفال يعانون.")
    assert r.source == "منظمة الأمم المتحدة للطفولة"
    (r,) = _all("وذكر بيان أصدره البنك أن الطلب قوي.")
    assert (r.source, r.kind) == ("بيان أصدره البنك", "document")


def test_which_he_deemed_is_his_view_of_what_he_said():
    rs = _all("ونقلت وكالة «بلومبرغ» عن مدير صندوق طلب عدم نشر اسمه، أن التسعير جاء \"أقل قليلا من السندات القطرية\"، "
              "وهو ما اعتبره \"نجاحا لافتا لمصدر يدخل السوق للمرة الأولى\".")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("ونقلت", "مدير صندوق", "التسعير جاء \"أقل قليلا من السندات القطرية\""),
        ("اعتبره", "مدير صندوق", "نجاحا لافتا لمصدر يدخل السوق للمرة الأولى")]


def test_a_headline_post_with_its_body_is_the_one_member_named_below():
    rs = _all("عضو شورى: الدين العام قد يتجاوز 30% من الناتج\n\nالرياض - مكة\n\nقال عضو مجلس الشورى الدكتور "
              "عبدالله بن سعيد الحربي إن الدين العام قد يتجاوز 30 في المئة من الناتج المحلي.")
    assert (rs[0].cue, rs[0].resolved, rs[0].kind) == (":", "عبدالله بن سعيد الحربي", "named_person")


def test_a_family_name_that_is_an_adjective_heads_the_headline_and_is_the_man_named_below():
    rs = _all("الحربي لـ«المدينة»: طيبة تحتاج 40 ألف غرفة فندقية جديدة قبل 2020\n\nالمدينة المنورة - خالد الجهني\n\n"
              "قال رئيس لجنة السياحة في غرفة المدينة سلطان بن عيد الحربي إن المدينة تحتاج فنادق.")
    assert [(r.cue, r.resolved) for r in rs] == [(":", "سلطان بن عيد الحربي"), ("قال", "سلطان بن عيد الحربي")]


def test_a_subject_before_a_demand_and_the_body_it_addresses():
    rs = _all("غير أن عضو مجلس الشورى الدكتور عبدالله بن حمد السلمي طالب وزارة المياه والكهرباء بتجميد العمل "
              "بالتعرفة الجديدة، وقال إن الفواتير مرتفعة.")
    assert [(r.cue, r.resolved) for r in rs] == [("طالب", "عبدالله بن حمد السلمي"), ("وقال", "عبدالله بن حمد السلمي")]
    rs = _all("وأوضح المتحدث الرسمي باسم مجلس الشورى أن المجلس طالب الوزارة أيضا بالإسراع في إصدار التنظيم.")
    assert (rs[-1].cue, rs[-1].source) == ("طالب", "المجلس")


def test_pilgrims_and_travellers_are_people_of_a_situation():
    (r,) = _all("ويقول المعتمر المصري أحمد، الذي التقته «الحياة» في صالة الرحلات الداخلية، إن تذكرته كلفته 480 ريالا.")
    assert (r.source, r.kind, r.claim) == ("أحمد", "named_person", "تذكرته كلفته 480 ريالا")
    (r,) = _all("في المقابل، انتقد مسافرون تحدثت إليهم «الشرق» في صالة القدوم ارتفاع أجرة سيارات الأجرة.")
    assert (r.source, r.kind) == ("مسافرون", "anonymous")
    (r,) = _all("وأكد التقرير الطبي حاجة المريض إلى عناية طبية.")
    assert r.source == "التقرير الطبي"  # (حاجة: a need, no pilgrim)


def test_batch_s129_s132_family_names_that_are_posts_unnamed_workplaces_and_producers():
    (r,) = _all("ومن جهته، توقع أمين عام الغرفة التجارية الصناعية بمكة المكرمة، ياسر بن عبدالله قاضي، أن يرتفع الإنفاق.")
    assert (r.source, r.kind) == ("ياسر بن عبدالله قاضي", "named_person")
    (r,) = _all("ويقول مدير مزرعة دواجن في محافظة الخرج، طلب عدم ذكر اسمه، إن مزرعته خفضت إنتاجها.")
    assert (r.source, r.kind) == ("مدير مزرعة دواجن في محافظة الخرج", "anonymous")
    (r,) = _all("قال مدير أنشطة تخزين الطاقة في جنرال إلكتريك إن الشركة تريد النمو.")
    assert r.source == "مدير أنشطة تخزين الطاقة في جنرال إلكتريك"
    (r,) = _all("وحذر منتجو دواجن من أن الأسعار سترتفع.")
    assert (r.source, r.kind) == ("منتجو دواجن", "anonymous")
    (r,) = _all("بعد أن وقع أكثر من 40 نائبا مذكرة تطالب الحكومة بالتراجع عنه.")
    assert (r.source, r.kind) == ("مذكرة", "document")


def test_batch_s130_s132_weekday_family_names_utility_bodies_brackets_and_tweets():
    rs = _all("في المقابل، دافع عضو آخر، هو الدكتور ماجد عبدالله الخميس، عن أداء الوزارة، معتبرا أن التحميل ظلم. "
              "وتوقع الخميس أن تنخفض البطالة.")
    assert [r.resolved for r in rs] == ["ماجد عبدالله الخميس", "ماجد عبدالله الخميس"]
    (r,) = _all("وقال محمد عبدالله الخميس إن التحميل ظلم.")
    assert r.source == "محمد عبدالله"  # ("said on Thursday": a weekday after the name, no comma)
    (r,) = _all("وفي أبوظبي، أعلنت هيئة مياه وكهرباء أبوظبي أن الحمل الأقصى بلغ 9 آلاف ميغاواط.")
    assert r.source == "هيئة مياه وكهرباء أبوظبي"
    assert _all("وتحتسب فاتورة المياه وفق خمس شرائح، تبدأ بعشر هللات للمتر.") == []
    assert _all("واستقبل الوزير وفدا من الوزارة الكويتية، وفق برنامج تعاون خليجي أقر العام الماضي.") == []
    rs = _all("من جهته، انتقد عضو اللجنة نايف بن سالم العنزي ما وصفه بغياب الرقابة، وكتب في حسابه على «تويتر» أن "
              "«المربي هو الضحية».")
    assert [(r.cue, r.resolved) for r in rs] == [("انتقد", "نايف بن سالم العنزي"), ("وكتب", "نايف بن سالم العنزي")]


def test_kunyas_counts_and_the_paper_asked():
    (r,) = _all("وقالت أم فيصل إنها دفعت 21 ألف ريال.")
    assert r.kind == "named_person"
    rs = _all("وأوضح محمد بن سعد الدوسري (أبو فهد) أن الإقبال كبير. وأضاف أبو فهد أن الأسعار مرتفعة.")
    assert [r.resolved for r in rs] == ["محمد بن سعد الدوسري", "محمد بن سعد الدوسري"]
    (r,) = _all("وحدد الوزير ثلاثة أسباب لارتفاع الأسعار.")
    assert r.source == "الوزير"
    rs = _all("ولم ترد الهيئة على سؤال لـ«البيان» بشأن هوية التحالف الفائز، الذي يتوقع أن يعلن رسمياً قريبا.")
    assert [r.cue for r in rs] == ["ولم ترد"]
    (r,) = _all("كشف المدير التنفيذي للجنة المنظمة لدورة الألعاب الآسيوية الخامسة عشرة «الدوحة 2006» محمد جاسم الكواري "
                "أن كلفة المنشآت بلغت مليار دولار.")
    assert r.source == "محمد جاسم الكواري"


def test_in_line_with_what_a_body_approved_is_no_source():
    assert _all("وتقرر رفع الرسوم وفق ما أقره مجلس الوزراء الشهر الماضي.") == []
    (r,) = _all("وارتفعت الأسعار وفقا لما أعلنه مجلس الوزراء.")
    assert r.source == "مجلس الوزراء"


def test_a_demand_of_a_company_described_by_a_relative_clause():
    (r,) = _all("وتطالب الرابطة شركة نفط نيبال التي تحتكر استيراد المنتجات النفطية بنيبال بدفع تعويضات عن الخسائر.")
    assert (r.source, r.claim) == ("الرابطة", "دفع تعويضات عن الخسائر")


def test_a_long_firm_name_in_marks_is_the_subject_not_a_quotation():
    rs = _all("وقالت «كيو إن بي للخدمات المالية» في مذكرة بحثية صدرت أمس إن قرار الحكومة سيؤثر على أرباح المقاولين، "
              "مرجحة أن تخفض الشركات توزيعاتها.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("وقالت", "كيو إن بي للخدمات المالية", "named_organization"),
        ("مرجحة", "كيو إن بي للخدمات المالية", "named_organization")]


def test_an_invitation_to_the_general_assembly_is_no_call():
    assert _all("فيما دعا مجلس إدارة «أرابتك القابضة» المساهمين إلى اجتماع جمعية عمومية غير عادية.") == []
    assert _all("ودعت الشركة مساهميها إلى حضور الجمعية العمومية.") == []
    (r,) = _all("ودعا الأمين العام إلى اجتماع طارئ لمجلس الجامعة.")
    assert r.cue == "ودعا"


def test_batch_s133_s135_consultants_fathers_names_that_are_posts_and_a_site_one_runs():
    (r,) = _all("وقال استشاري العظام الدكتور خالد العلي إن الإصابات تزايدت.")
    assert (r.source, r.kind) == ("خالد العلي", "named_person")
    (r,) = _all("وأوضح المتحدث الرسمي باسم المجلس عبدالإله بن مساعد الحربي لـ«الرياض» أن الأسعار سترتفع.")
    assert r.source == "عبدالإله بن مساعد الحربي"
    (r,) = _all("وصف الخبير الاكتواري المستقل طارق بن يوسف القاضي أسعار التأمين بأنها مرتفعة.")
    assert r.source == "طارق بن يوسف القاضي"
    (r,) = _all("وقال المدير العام لموقع \"سوق.كوم\" في المملكة، هشام بن عادل المالكي، إن مبيعات الموقع نمت.")
    assert (r.source, r.via) == ("هشام بن عادل المالكي", "")
    (r,) = _all("وقال مسؤول لموقع «إيلاف» إن الأسعار سترتفع.")
    assert r.via == "موقع «إيلاف»"  # (an outlet he told, not a site he runs)


def test_batch_s133_s134_a_broker_told_a_paper_asking_not_to_be_named_and_a_long_refusal():
    (r,) = _all("وقال سمسار السيارات عبدالله بن سعد الدوسري إن الأسعار انخفضت.")
    assert r.source == "عبدالله بن سعد الدوسري"
    (r,) = _all("وقال مسؤول في الشركة، تحدث إلى «رويترز» شريطة عدم ذكر اسمه، إن الخطوط تخسر.")
    assert (r.source, r.kind, r.via, r.claim) == ("مسؤول في الشركة", "anonymous", "رويترز", "الخطوط تخسر")
    (r,) = _all("ورفض متحدث باسم موانئ دبي العالمية، التي تشغل محطة الحاويات الجنوبية في ميناء جدة الإسلامي، التعليق.")
    assert (r.cue, r.source) == ("ورفض", "متحدث باسم موانئ دبي العالمية")


def test_the_paper_by_its_short_name_under_a_byline_with_its_city():
    rs = _all("مصدر: «التجارة» ستلاحق محطات الغاز في مكة\n\nخالد المالكي - مكة المكرمة\n\nاصطفت السيارات أمام المحطات.\n\n"
              "وقال مصدر في فرع وزارة التجارة بمنطقة مكة المكرمة لـ«مكة» إن الفرع تلقى 70 بلاغا، موضحا أن الغرامة كبيرة.")
    assert [r.via for r in rs] == ["", "", ""]


def test_a_kunya_in_brackets_after_the_name_before_the_verb_of_view():
    rs = _all("أما سمسار السيارات عبدالله بن سعد الدوسري (أبو بندر)، فيرى أن السوق تشبع. ويقول أبو بندر إن البيع بطيء.")
    assert [(r.cue, r.resolved) for r in rs] == [("فيرى", "عبدالله بن سعد الدوسري"), ("ويقول", "عبدالله بن سعد الدوسري")]
    (r,) = _all("ويرى عبدالله بن سعد الدوسري (أبو بندر) أن السوق تشبع.")
    assert r.claim == "السوق تشبع"


def test_a_family_name_alone_is_the_whole_chain_of_given_names_before_it():
    rs = _all("لم يكن المواطن علي بن محمد الشهري يتوقع أن تتحول البطاقة إلى ورقة بلا قيمة. وقال الشهري لـ«الوطن» إن "
              "الشركة بررت الرفض.")
    assert [r.resolved for r in rs] == ["علي بن محمد الشهري"]


def test_patients_before_a_headline_colon():
    rs = _all("مرضى: شركات التأمين ترفض الموافقة على عمليات ضرورية\n\nنص.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [(":", "مرضى", "anonymous")]


def test_a_customs_broker_is_no_man_called_mukhlis():
    rs = _all("من جهته، أوضح مخلص جمركي يعمل في الميناء منذ 15 عاما، فضل عدم ذكر اسمه، أن المشكلة قديمة، لافتا إلى أن "
              "الأجرة قفزت.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("أوضح", "مخلص جمركي", "anonymous"),
                                                       ("لافتا", "مخلص جمركي", "anonymous")]
    (r,) = _all("وقال مخلص الحربي إن المشكلة قديمة.")
    assert (r.source, r.kind) == ("مخلص الحربي", "named_person")


def test_a_businessman_and_agent_of_several_lines_named_between_commas():
    rs = _all("ويرى رجل الأعمال ووكيل عدد من الخطوط الملاحية في الدمام، فيصل بن عادل القرني، أن الخصخصة مفيدة، "
              "لكنه حذر من رفع الرسوم.")
    assert [(r.cue, r.resolved) for r in rs] == [("ويرى", "فيصل بن عادل القرني"), ("حذر", "فيصل بن عادل القرني")]


def test_a_centre_named_after_a_king_a_compound_in_ad_din_and_a_neighbour_named():
    rs = _all("وتوقعت دراسة أعدها مركز الملك عبدالله للدراسات والبحوث البترولية (كابسارك) أن ينخفض الاستهلاك. "
              "وأشارت الدراسة إلى أن الاستهلاك مرتفع.")
    assert [r.resolved for r in rs] == ["دراسة أعدها مركز الملك عبدالله للدراسات والبحوث البترولية (كابسارك)"] * 2
    (r,) = _all("وقال مركز الملك عبدالله للدراسات والبحوث البترولية إن الطلب قوي.")
    assert r.source == "مركز الملك عبدالله للدراسات والبحوث البترولية"
    (r,) = _all("في المقابل، انتقدت أستاذة الاقتصاد الدكتورة نادية محمود شرف الدين ما وصفته بالوصفة المعتادة.")
    assert r.source == "نادية محمود شرف الدين"
    rs = _all("وقال أحمد عبيد المرزوقي إن الانقطاع استمر، فيما أشار جاره محمود الحوسني إلى أن فاتورته ارتفعت.")
    assert rs[-1].source == "محمود الحوسني"


def test_in_line_with_a_regulation_is_no_source():
    rs = _all("وبين أن الأمانة فرضت غرامات تجاوزت 180 ألف ريال وفقا للائحة الجزاءات عن المخالفات البلدية.")
    assert [r.cue for r in rs] == ["وبين"]
    (r,) = _all("وارتفعت الأرباح وفقا للتعليمات التي أصدرتها هيئة السوق المالية.")
    assert r.cue == "وفقا"  # (instructions a body issued: a document, as s113's key has it)


def test_the_conjunction_stays_out_of_a_study_heading_a_headline_part():
    rs = _all("نائب أمير مكة يفتتح المنتدى.. ودراسة تكشف: 40% من المنشآت الصغيرة تغلق في عامها الأول\n\nنص.")
    assert [(r.cue, r.source) for r in rs] == [("تكشف", "دراسة")]


def test_a_headline_short_name_is_the_body_whose_name_ends_so():
    rs = _all("«الإحصاء»: البطالة ترتفع إلى 12.1%\n\nالرياض - اليوم\n\nأعلنت الهيئة العامة للإحصاء أن البطالة ارتفعت.")
    assert rs[0].resolved == "الهيئة العامة للإحصاء"
    rs = _all("«التأمينات»: 106 آلاف سعودي غادروا وظائفهم\n\nنص.\n\nكشفت المؤسسة العامة للتأمينات الاجتماعية أن "
              "106 آلاف سعودي غادروا.")
    assert rs[0].resolved == "المؤسسة العامة للتأمينات الاجتماعية"


def test_the_agency_named_before_is_the_one_told_under_a_papers_dateline():
    rs = _all("عنوان\n\nالرياض - «الجزيرة»\n\nونقلت وكالة «رويترز» عن ثلاثة مصادر مطلعة أن المساهمين يدرسون ضخ الأموال. "
              "وقال أحد المصادر للوكالة إن القرار قريب.")
    assert [r.via for r in rs] == ["وكالة «رويترز»", "وكالة «رويترز»"]


def test_an_agency_keeps_its_waw_when_bared():
    from reader.core.attribution.words import bare
    from reader.core.text import fold

    assert bare(fold("وكالة")) == fold("وكالة")
    assert bare(fold("والوكالة")) == fold("وكالة")
    assert bare(fold("وكالعادة")) == fold("كالعادة")


def test_a_headline_short_name_is_the_issuer_of_a_document_below():
    rs = _all("«التأمينات»: 106 آلاف سعودي غادروا وظائفهم\n\nجدة - ياسر الغامدي\n\nكشفت إحصاءات حديثة صادرة عن "
              "المؤسسة العامة للتأمينات الاجتماعية أن عدد المشتركين تراجع.")
    assert rs[0].resolved == "المؤسسة العامة للتأمينات الاجتماعية"
    # a body named only inside another word's phrase is no issuer
    rs = _all("«التأمينات»: 106 آلاف سعودي غادروا وظائفهم\n\nجدة - ياسر الغامدي\n\nكشفت إحصاءات حديثة عن "
              "نظام للتأمينات الاجتماعية أن عدد المشتركين تراجع.")
    assert rs[0].resolved == "التأمينات"


def test_a_headline_study_is_the_one_named_whole_paragraphs_down():
    filler = "بدأت الشركة تطبيق التعرفة الجديدة التي أقرها مجلس الوزراء ضمن حزمة إصلاح أسعار الطاقة. " * 6
    rs = _all("دراسة: رفع تعرفة الكهرباء يخفض الاستهلاك 8 % خلال عامين\n\nالرياض - منيرة السبيعي\n\n" + filler
              + "\n\nوتوقعت دراسة أعدها مركز الملك عبدالله للدراسات والبحوث البترولية (كابسارك) أن يؤدي رفع "
              "التعرفة إلى خفض الاستهلاك.")
    assert rs[0].resolved == "دراسة أعدها مركز الملك عبدالله للدراسات والبحوث البترولية (كابسارك)"


def test_what_an_unnamed_one_is_then_his_asking_not_to_be_named():
    rs = _all("عنوان\n\nجدة - محمد\n\nوقال موظف في شركة شحن خاصة بجدة، طلب عدم الإشارة إلى اسمه، إن ضعف نظام "
              "العناوين يضاعف التكلفة.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("وقال", "موظف في شركة شحن", "anonymous")]
    rs = _all("عنوان\n\nجدة - محمد\n\nوقال صاحب محل للعطور في المركز نفسه، فضل عدم ذكر اسمه، إن مبيعاته انخفضت.")
    assert [(r.cue, r.kind) for r in rs] == [("وقال", "anonymous")]
    assert rs[0].source.startswith("صاحب محل للعطور")


def test_what_the_unnamed_one_was_doing_before_declining():
    rs = _all("عنوان\n\nجدة - محمد\n\nورفض عامل وافد كان يجمع بضاعته من أحد المحلات التعليق.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("ورفض", "عامل وافد", "anonymous")]
    rs = _all("عنوان\n\nجدة - محمد\n\nوقال مسؤول كان حاضرا إن الاجتماع انتهى.")
    assert [(r.cue, r.source) for r in rs] == [("وقال", "مسؤول")]  # («كان حاضرا» is no name)


def test_as_he_says_between_commas_is_the_words_of_the_one_it_is_about():
    rs = _all("عنوان\n\nأبها - محمد\n\nلم يكن المواطن علي بن محمد الشهري يتوقع أن تتحول بطاقة التأمين إلى «ورقة بلا "
              "قيمة»، كما يقول، بعد أن رفضت الشركة طلبه.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [("كما يقول", "علي بن محمد الشهري", "named_person")]
    # a paper's name in marks in the dateline is no one
    rs = _all("عنوان\n\nلندن - «القدس العربي»: لم يكن المخرج كريم سعفان ينتظر الجائزة، فالفيلم واجه، كما يقول، "
              "«كل أنواع العراقيل».")
    assert [(r.cue, r.resolved) for r in rs] == [("كما يقول", "كريم سعفان")]
    # the speaker's own record already says it: no second one
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال المحلل خالد العمري إن السوق تراجعت. وأضاف أن الأسعار ستبقى مرتفعة "
              "لفترة، كما يقول، بسبب ضعف المعروض.")
    assert [r.cue for r in rs] == ["وقال", "وأضاف"]


_SYRUP = ("«الغذاء والدواء» تحذر من تشغيلة شراب خافض للحرارة.. والشركة تنفي التلوث\n\nالدمام - نورة القحطاني\n\n"
          "حذرت الهيئة العامة للغذاء والدواء من استخدام تشغيلة من شراب «فيبرانول»، الذي تنتجه شركة الخليج للصناعات "
          "الدوائية، بعد أن أظهرت التحاليل وجود تلوث.\n\nفي المقابل، نفت الشركة في بيان وجود أي تلوث في منتجاتها، "
          "وقالت إن التشغيلة «خضعت لجميع اختبارات الجودة».")


def test_the_company_that_denies_is_the_one_the_story_names_not_the_body_that_warns():
    rs = _all(_SYRUP)
    got = [(r.cue, r.resolved) for r in rs]
    assert got[0] == ("تحذر", "الهيئة العامة للغذاء والدواء")  # (a two-word short name of the body below)
    assert got[1] == ("تنفي", "شركة الخليج للصناعات الدوائية")
    assert ("نفت", "شركة الخليج للصناعات الدوائية") in got and ("وقالت", "شركة الخليج للصناعات الدوائية") in got


def test_the_one_company_named_inside_a_claim_is_the_company_that_speaks_next():
    rs = _all("عنوان\n\nالدمام - نورة\n\nحذرت الهيئة العامة للغذاء والدواء من استخدام شراب «فيبرانول»، الذي تنتجه "
              "شركة الخليج للصناعات الدوائية، بعد التحاليل.\n\nفي المقابل، نفت الشركة في بيان وجود أي تلوث في منتجاتها.")
    assert [(r.cue, r.resolved) for r in rs][-1] == ("نفت", "شركة الخليج للصناعات الدوائية")


def test_a_known_outlet_in_marks_after_a_body_is_the_one_told_not_its_short_name():
    rs = _all("عنوان\n\nجدة - محمد\n\nوأبلغ متحدث باسم شركة «ميرسك لاين» الدنماركية «رويترز» أن الشركة ستفرض رسما إضافيا.")
    assert [(r.source, r.via) for r in rs] == [("متحدث باسم شركة «ميرسك لاين» الدنماركية", "رويترز")]


def test_where_the_unnamed_one_works_then_his_asking_before_an_object_cue():
    rs = _all("عنوان\n\nجدة - محمد\n\nمن جانبه، نفى مصدر في لجنة التعويضات بإمارة منطقة مكة المكرمة، فضل عدم الكشف عن "
              "هويته، وجود أي تأخير في صرف المستحقات.")
    assert [(r.source, r.kind) for r in rs] == [("مصدر في لجنة التعويضات بإمارة منطقة مكة المكرمة", "anonymous")]
    assert rs[0].claim.startswith("وجود أي تأخير")


def test_the_opinion_first_then_who_differs_speaks_in_the_whereby_clause():
    rs = _all("عنوان\n\nجدة - محمد\n\nويخالفه الرأي بائع آسيوي رفض ذكر اسمه، إذ يرى أن «المشكلة ليست في التخزين بل في "
              "النقل»، مشيرا إلى أن أجرة الشاحنة صعدت.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [("يرى", "بائع آسيوي", "anonymous"),
                                                         ("مشيرا", "بائع آسيوي", "anonymous")]
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال فراس العبيدان إن العجز كبير.\n\nوخالفهما الرأي كبير الاقتصاديين في بنك "
              "الرياض الدكتور نبيل الحمدان، إذ قال إن الحكومة «ليست في عجلة»، لافتا إلى أن البنوك اشترت سندات.")
    assert [r.resolved for r in rs] == ["فراس العبيدان", "نبيل الحمدان", "نبيل الحمدان"]


def test_an_age_in_brackets_before_the_comma_of_a_relative_or_an_apposition():
    rs = _all("عنوان\n\nجدة - محمد\n\nويخالف هذا الرأي المعلم حسن (36 عاما)، الذي يرى أن الزيادة «معقولة».")
    assert [(r.cue, r.source) for r in rs] == [("يرى", "المعلم حسن")]
    rs = _all("عنوان\n\nأبها - محمد\n\nيقول صاحب مكتب عقاري في حي المنسك، سعيد بن محمد آل مشيط (47 عاما)، إن إيجار "
              "الشقة ارتفع.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("يقول", "سعيد بن محمد آل مشيط", "named_person")]


_STAR_INTERVIEW = ("رئيس لجنة الأغذية لـ«الرياض»: لا مبرر لرفع الأسعار\n\nالرياض - ماجد العصيمي\n\n"
                   "التقت «الرياض» رئيس لجنة الأغذية في الغرفة، حمد بن عبدالله الفايز، وكان هذا الحوار:\n\n"
                   "* هل هناك مبرر للارتفاع الذي يلاحظه المستهلك؟\n\nلا يوجد مبرر حقيقي لأي زيادة كبيرة.\n\n"
                   "* هل تتوقع أن تتأثر الأسواق بانخفاض أسعار النفط؟\n\n{dash}على المدى القصير لا أتوقع ذلك.\n\n"
                   "يذكر أن الغرفة تضم 40 لجنة.")


def test_starred_questions_and_their_unmarked_answers_are_an_interview():
    rs = _all(_STAR_INTERVIEW.format(dash=""))
    answers = [r for r in rs if r.cue == "؟"]
    assert [(r.resolved, r.claim) for r in answers] == [
        ("حمد بن عبدالله الفايز", "لا يوجد مبرر حقيقي لأي زيادة كبيرة."),
        ("حمد بن عبدالله الفايز", "على المدى القصير لا أتوقع ذلك.")]
    assert not any(r.cue.startswith("تتوقع") for r in rs)  # (a question is no one's claim)
    rs = _all(_STAR_INTERVIEW.format(dash="- "))  # an answer with its own dash: the dash is its cue
    assert [r.cue for r in rs if r.claim.startswith(("لا يوجد", "على المدى"))] == ["؟", "-"]


def test_one_starred_question_is_no_interview():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال خالد العمري إن السوق تراجعت.\n\n* هل تستمر الأزمة؟\n\nلا أحد يعرف.")
    assert [r.cue for r in rs] == ["وقال"]


def test_how_he_said_it_is_no_part_of_a_tagged_name():
    rs = _all("عنوان\n\nجدة - محمد\n\nوقال خالد بنبرة غاضبة إن الأسعار ارتفعت.")
    assert [(r.cue, r.source) for r in rs] == [("وقال", "خالد")]


def test_the_subject_of_the_sentences_first_verb_speaks_on_after_a_titled_paper():
    base = "عنوان\n\nجدة - محمد\n\nوقال مازن العتيبي إن السوق جيدة.\n\n"
    rs = _all(base + "وفي ورقة عمل بعنوان «التمويل الجماعي بديلا»، عرضت رائدة الأعمال أمل آل عايض تجربتها في جمع "
              "300 ألف ريال، وقالت: «لم يقرضني أي بنك».")
    assert (rs[-1].cue, rs[-1].source) == ("وقالت", "أمل آل عايض")  # (not «… تجربتها», her own noun)
    rs = _all(base + "وفي ورقة العمل الثانية، استعرض المستشار الضريبي في شركة «كي بي إم جي» وليد الخالدي تجارب دول "
              "طبقت الضريبة، وقال إن ماليزيا احتاجت إلى 18 شهرا.")
    assert rs[-1].resolved == "وليد الخالدي"
    rs = _all(base + "غير أن المستشارة المالية الدكتورة سلوى الحازمي خالفته، ورأت أن التراجع «لن يتجاوز 10 في المئة».")
    assert (rs[-1].cue, rs[-1].resolved) == ("ورأت", "سلوى الحازمي")


def test_a_post_of_a_body_in_marks_with_its_field_then_the_holder():
    rs = _all("عنوان\n\nأبها - محمد\n\nفي المقابل، يرى نائب محافظ «منشآت» لريادة الأعمال المهندس بدر العسيري أن نسبة "
              "الإخفاق «قريبة من المعدلات العالمية».")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("يرى", "بدر العسيري", "named_person")]


def test_the_author_of_a_study_and_his_long_post_between_commas():
    rs = _all("عنوان\n\nأبها - محمد\n\nوقال معد الدراسة، أستاذ إدارة الأعمال المشارك في جامعة الملك خالد الدكتور عوض "
              "الشهراني، إن التمويل ليس السبب الأول للتعثر.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقال", "عوض الشهراني")]
    rs = _all("عنوان\n\nالرياض - محمد\n\nوبحسب معدها، الدكتور سلمان الدوسري، فإن ضعف الخدمات يكلف المصدرين.")
    assert [(r.cue, r.resolved) for r in rs] == [("وبحسب", "سلمان الدوسري")]


def test_an_invitation_to_a_dinner_says_nothing():
    assert _all("عنوان\n\nجدة - محمد\n\nودعا رئيس الغرفة المشاركين إلى حفل عشاء في فندق الإنتركونتيننتال.") == []


def test_a_headline_source_where_it_spoke():
    rs = _all("وزير الاقتصاد في منتدى جدة: الإصلاحات ماضية\n\nجدة - محمد\n\nنص الخبر هنا.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [(":", "وزير الاقتصاد", "unnamed_official")]
    rs = _all("المشاركون في ملتقى الاستثمار الخليجي: السوق المشتركة لم تكتمل\n\nالرياض - محمد\n\nنص الخبر هنا.")
    assert [(r.source, r.kind) for r in rs] == [("المشاركون في ملتقى الاستثمار الخليجي", "anonymous")]
    # (a sentence of the story is no headline)
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقالت المحللة رانية العبدالعال إن السوق هادئة. وانتقلت في معرض تحليلها إلى "
              "سهم التصنيع بقولها: بلغ سعر السهم أدنى حد.")
    assert all(r.source != "وانتقلت" for r in rs)


def test_auditors_speak_and_an_auditors_office_is_no_company():
    rs = _all("عنوان\n\nالدمام - محمد\n\nوقال مراجع الحسابات في تقريره إن الشركة لم تقدم المستندات.")
    assert [(r.source, r.kind) for r in rs] == [("مراجع الحسابات", "unnamed_official")]
    rs = _all("عنوان\n\nالدمام - محمد\n\nقررت الهيئة تعليق تداول أسهم شركة «الشرقية للصناعات التحويلية» اعتبارا من اليوم.\n\n"
              "وذكر مراجع الحسابات، مكتب «العوهلي والشثري» محاسبون قانونيون، أنه لم يتمكن من الحصول على أدلة كافية.\n\n"
              "في المقابل، نفت الشركة في إفصاح لاحق وجود «أي تلاعب» في قوائمها.")
    assert [(r.cue, r.source, r.kind) for r in rs][0] == ("وذكر", "مكتب «العوهلي والشثري»", "named_organization")
    assert (rs[-1].cue, rs[-1].resolved) == ("نفت", "شركة «الشرقية للصناعات التحويلية»")


def test_a_firm_in_marks_whose_first_word_is_also_a_verb():
    rs = _all("عنوان\n\nالرياض - محمد\n\nمن جانبها، أوضحت «نجد للأغذية المبردة» في إفصاح على موقع «تداول» أن المدانين "
              "لم يعودوا يشغلون أي مناصب فيها.")
    assert [(r.source, r.kind) for r in rs] == [("نجد للأغذية المبردة", "named_organization")]


def test_whom_the_paper_reached_before_declining_and_a_paper_with_its_language():
    rs = _all("عنوان\n\nدبي - محمد\n\nفيما رفض مسؤول في الشركة تواصلت معه «البيان» التعليق على حجم المطالبات.")
    assert [(r.cue, r.source) for r in rs] == [("رفض", "مسؤول في الشركة")]
    rs = _all("عنوان\n\nجدة - محمد\n\nوكانت صحيفة «ذا ناشيونال» الصادرة بالإنجليزية قد نقلت عن مصادر أن الشركة تدرس البيع.")
    assert [(r.source, r.via) for r in rs] == [("مصادر", "صحيفة «ذا ناشيونال»")]


def test_in_his_words_after_a_sentence_about_someone_is_his():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال أبو محمد إن الأسعار ارتفعت.\n\nويتفق معه جاره في المحل المقابل، سالم (30 "
              "عاما)، في أن موسم رمضان يرفع الطلب، «وهذا وحده يكفي لرفع الأسعار»، على حد قوله.")
    assert (rs[-1].cue, rs[-1].resolved) == ("على حد قوله", "سالم")
    # after his own verb it stays his record again, implied
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال مدير الأبحاث، عبدالعزيز الفوزان، إن السوق أظهرت «مرونة لافتة»، على حد قوله.")
    assert [(r.cue, r.source) for r in rs][-1] == ("على حد قوله", "")


def test_by_how_much_comes_in_is_no_source():
    assert _all("عنوان\n\nأبها - محمد\n\nترتفع الأسعار أو تنخفض بحسب حركة الواردات من الخارج.") == []


def test_a_group_after_a_headlines_lead_in():
    rs = _all("بعد رفع أسعار البنزين.. سائقو الأجرة في جازان: دخلنا تراجع\n\nجازان - محمد\n\nنص الخبر هنا.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [(":", "سائقو الأجرة في جازان", "anonymous")]


def test_two_groups_joined_by_wa_are_one_source():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوتوقع مسؤولون ومصرفيون مشاركون في المؤتمر أن تستمر الأسعار في الارتفاع.")
    assert [(r.source, r.kind) for r in rs] == [("مسؤولون ومصرفيون مشاركون في المؤتمر", "anonymous")]


def test_what_a_session_was_given_to_is_no_outlet():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوفي الجلسة الثانية، التي خصصت لـ«الربط الجمركي واللوجستي»، اعتبر المشاركون أن "
              "تأخر تطبيق الاتحاد الجمركي يكلف الشركات ملياري دولار.")
    assert [(r.source, r.via) for r in rs] == [("المشاركون", "")]


def test_two_groups_then_a_relative_clause():
    rs = _all("عنوان\n\nالرياض - محمد\n\nتوقع مسؤولون ومصرفيون مشاركون في مؤتمر يوروموني السعودية 2016، الذي انطلقت "
              "أعماله في الرياض أمس، أن تطرح المملكة أول إصدار لها من السندات الدولية.")
    assert [(r.source, r.kind) for r in rs] == [("مسؤولون ومصرفيون مشاركون في مؤتمر يوروموني السعودية 2016", "anonymous")]


def test_starred_questions_with_labelled_answers_and_the_headline_post_of_the_interviewee():
    rs = _all("أستاذ الاقتصاد بجامعة الملك سعود: أثر رفع الوقود على التضخم محدود\n\nالرياض - عبدالرحمن المطيري\n\n"
              "بعد أيام من إعلان وزارة المالية رفع أسعار البنزين، حاورت «الجزيرة» أستاذ الاقتصاد في جامعة الملك سعود "
              "الدكتور عبدالعزيز بن ناصر الشثري.\n\n* كيف تقرأ القرار؟\n\nج: القرار كان متوقعا.\n\n* وما أثره؟\n\n"
              "ج: الأثر لن يتجاوز 1 في المئة.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [
        (":", "عبدالعزيز بن ناصر الشثري", "named_person"),  # (and «بعد أيام من إعلان …» is when, no record)
        ("ج:", "عبدالعزيز بن ناصر الشثري", "named_person"), ("ج:", "عبدالعزيز بن ناصر الشثري", "named_person")]


def test_the_agency_that_reports_him_is_the_via_of_his_record_not_a_record():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوبحسب ما نقلته وكالة الأنباء السعودية (واس)، أكد وكيل الوزارة الدكتور ماجد "
              "العصيمي أن المملكة ستبدأ في تطبيق الإجراءات.")
    assert [(r.cue, r.resolved, r.via) for r in rs] == [("أكد", "ماجد العصيمي", "وكالة الأنباء السعودية")]
    rs = _all("عنوان\n\nالكويت - محمد\n\nونقلت وكالة «رويترز» عن مسؤول أن الخطة جاهزة.\n\nوأضاف الوزير، بحسب "
              "الوكالة، أن الحكومة ستواصل الإصلاحات.")
    assert [(r.cue, r.via) for r in rs][-1] == ("وأضاف", "وكالة «رويترز»") and len(rs) == 2


def test_which_of_the_accused_speaks():
    rs = _all("عنوان\n\nالرياض - محمد\n\nونفى المتهم الثاني أي علاقة له بإدارة الأموال.")
    assert [(r.source, r.kind) for r in rs] == [("المتهم الثاني", "anonymous")]


def test_her_name_used_is_not_her_name_withheld():
    rs = _all("عنوان\n\nأبوظبي - محمد\n\nحذرت الهيئة الاتحادية للضرائب من رسائل احتيالية تنتحل اسمها، وتطلب من أصحاب "
              "المنشآت تحويل مبالغ.")
    assert [(r.source, r.kind) for r in rs] == [("الهيئة الاتحادية للضرائب", "named_organization")]
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال مسؤول رفض ذكر اسمه إن الخطة جاهزة.")
    assert [(r.source, r.kind, r.claim) for r in rs] == [("مسؤول", "anonymous", "الخطة جاهزة")]
    rs = _all("عنوان\n\nفرانكفورت - محمد\n\nوقال مصدر في البنك طلب عدم كشف اسمه لوكالة فرانس برس إن ستة أعضاء أبدوا تحفظات.")
    assert rs[0].via == "وكالة فرانس برس"


def test_tweets_and_tweeters():
    rs = _all("عنوان\n\nالرياض - نوف السبيعي\n\nوغرد المواطن سعد القحطاني، مرفقا صورة فاتورته البالغة 1870 ريالا: «شقة "
              "ثلاث غرف وفاتورة بهذا المبلغ؟».\n\nوكتب المغرد @abu_saud88 أنه دفع 21 ألف ريال لمكتب في الدمام، فيما "
              "طالبت مغردات بتحديد سقف ملزم لتكلفة الاستقدام.\n\nوقال المتحدث باسم الشركة لـ«الرياض» إن الرسوم ستلغى.")
    assert [(r.cue, r.source, r.kind, r.via) for r in rs] == [
        ("وغرد", "سعد القحطاني", "named_person", ""), ("وكتب", "المغرد @abu_saud88", "anonymous", ""),
        ("طالبت", "مغردات", "anonymous", ""), ("وقال", "المتحدث باسم الشركة", "unnamed_official", "")]
    # (a byline's «نوف» is a woman's name: «لـ«الرياض»» is the publisher's, no via)


def test_to_whom_he_replied_between_commas():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال الوزير، ردا على سؤال للصحفيين عن الرسوم، إن الخطة جاهزة.")
    assert [(r.cue, r.source, r.claim) for r in rs] == [("وقال", "الوزير", "الخطة جاهزة")]


def test_the_channel_is_the_via_not_the_programme():
    rs = _all("عنوان\n\nالقاهرة - محمد\n\nأكد وزير التموين اللواء محمود الشناوي، في مداخلة هاتفية مع برنامج «مساء القاهرة» "
              "الذي يقدمه الإعلامي شريف عبدالرؤوف على قناة «الحياة» مساء أمس الأحد، أن الاحتياطي يكفي.")
    assert [(r.resolved, r.via) for r in rs] == [("محمود الشناوي", "قناة «الحياة»")]
    rs = _all("عنوان\n\nجدة - محمد\n\nأكد الوزير، خلال استضافته في برنامج «نقطة تحول» على قناة «الإخبارية» مساء أمس، "
              "أن الرسوم لن تلغى.")
    assert [(r.via, r.claim) for r in rs] == [("قناة «الإخبارية»", "الرسوم لن تلغى")]
    rs = _all("عنوان\n\nالقاهرة - محمد\n\nوقال الوزير في مداخلة مع برنامج «مساء القاهرة» إن الاحتياطي يكفي.")
    assert [r.via for r in rs] == [""]  # (a programme alone is no outlet)


def test_wire_register():
    rs = _all("حصري-مصادر: بنوك قطرية تعيد أموالا من الخارج\n\nالدوحة (رويترز) - نص الخبر.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [(":", "مصادر", "anonymous")]
    rs = _all("عنوان\n\nدبي (رويترز) - نص.\n\nوخفضت ستاندرد آند بورز تصنيف قطر درجة واحدة، وقالت الوكالة إن الأزمة قد "
              "تضعف النمو.")
    assert [(r.resolved, r.kind) for r in rs] == [("ستاندرد آند بورز", "named_organization")]
    rs = _all("عنوان\n\nلندن (رويترز) - نص.\n\nوفي مذكرة للعملاء كتب محللون لدى جولدمان ساكس أن المخزونات ستنخفض.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("كتب", "محللون لدى جولدمان ساكس", "anonymous")]


def test_a_relay_whose_sources_asked_not_to_be_named():
    rs = _all("عنوان\n\nالرياض - محمد\n\nذكرت وكالة «بلومبيرغ» للأنباء أمس، نقلا عن أشخاص مطلعين على الخطط طلبوا عدم الكشف "
              "عن هوياتهم لأن المحادثات غير معلنة، أن الصندوق يدرس ضخ 20 مليار دولار.")
    assert [(r.cue, r.source, r.kind, r.via) for r in rs] == [
        ("ذكرت", "أشخاص مطلعين على الخطط", "anonymous", "وكالة «بلومبيرغ» للأنباء")]


def test_two_posts_a_name_then_the_outlet_told():
    rs = _all("عنوان\n\nدبي - محمد\n\nومن جهته، قال الخبير العقاري، المدير العام لشركة «الوفاق»، طارق المرزوقي، لـ«رويترز» إن "
              "المستثمرين يتحينون الفرصة.")
    assert [(r.resolved, r.via) for r in rs] == [("طارق المرزوقي", "رويترز")]


def test_what_the_body_is_a_body_in_marks_declining_and_two_bankers():
    rs = _all("عنوان\n\nلندن (رويترز) - نص.\n\nوقال متحدث باسم أرامكو، أكبر شركة منتجة للنفط في العالم، إن الإمدادات مستقرة.")
    assert [(r.source, r.claim) for r in rs] == [("متحدث باسم أرامكو", "الإمدادات مستقرة")]
    rs = _all("عنوان\n\nلندن (رويترز) - نص.\n\nورفض «جيه.بي مورجان» التعليق.")
    assert [(r.source, r.kind) for r in rs] == [("جيه.بي مورجان", "named_organization")]
    rs = _all("عنوان\n\nلندن (رويترز) - نص.\n\nوقال مصرفيان إن البنوك تتحوط.")
    assert [(r.source, r.kind) for r in rs] == [("مصرفيان", "anonymous")]


def test_a_clarification_posted_on_an_account_then_what_it_said():
    rs = _all("عنوان\n\nمسقط - محمد\n\nوقال وكيل الوزارة إن الأسعار ثابتة. ونشرت وزارة النفط والغاز توضيحا على حسابها في "
              "«تويتر» أكدت فيه أن الأسعار لن تتغير.")
    assert (rs[-1].cue, rs[-1].resolved, rs[-1].kind) == ("أكدت", "وزارة النفط والغاز", "named_organization")


def test_headline_sources_through_a_platform_and_in_marks_after_a_lead_in():
    rs = _all("وزير الإسكان عبر «سناب شات»: 280 ألف منتج سكني هذا العام\n\nالرياض - محمد\n\nنص الخبر هنا.")
    assert [(r.cue, r.source, r.via) for r in rs] == [(":", "وزير الإسكان", "")]
    rs = _all("بعد حذف تغريدة نائب رئيسها.. «الإحصاء»: البطالة 12.8 %\n\nالرياض - محمد\n\nأعلنت الهيئة العامة للإحصاء أن "
              "البطالة ارتفعت.")
    assert (rs[0].cue, rs[0].resolved) == (":", "الهيئة العامة للإحصاء")


def test_an_account_by_the_name_it_carries():
    rs = _all("عنوان\n\nالدوحة - محمد\n\nوكتب أحدهم، ويحمل اسم «أبو جاسم»: «كيلو الطماطم بـ12 ريالا اليوم».")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("وكتب", "أبو جاسم", "named_person")]


def test_a_long_question_she_answered_between_commas():
    rs = _all("عنوان\n\nالقاهرة - محمد\n\nوأوضحت نائبة المحافظ، ردا على سؤال من مقدمة البرنامج الإعلامية ريهام السعدني عما إذا "
              "كان الدولار سيعود إلى مستوى 12 جنيها، أن السعر يحدده العرض والطلب.")
    assert [(r.cue, r.source, r.claim) for r in rs] == [("وأوضحت", "نائبة المحافظ", "السعر يحدده العرض والطلب")]


def test_whom_a_body_reassured_and_where_it_posted_are_no_part_of_its_name():
    rs = _all("عنوان\n\nالدوحة - محمد\n\nطمأنت وزارة الاقتصاد والتجارة المستهلكين إلى توافر السلع الأساسية. وقالت الوزارة "
              "في تغريدة إن الموردين التزموا.")
    assert [(r.cue, r.resolved) for r in rs] == [("وقالت", "وزارة الاقتصاد والتجارة")]
    rs = _all("عنوان\n\nالرياض - محمد\n\n«نعتذر لعملائنا عن الانقطاع»، بهذه الكلمات غردت شركة الاتصالات السعودية على حسابها "
              "الرسمي في «تويتر» ظهر أمس.\n\nوقالت الشركة لاحقا إن العطل نتج عن خلل فني.")
    assert (rs[-1].cue, rs[-1].resolved) == ("وقالت", "شركة الاتصالات السعودية")
    # (a body's own genitive plural stays: «المفوضية السامية للأمم المتحدة لشؤون اللاجئين»)


def test_abstaining_by_name_in_marks_and_a_body_described_before_its_statement():
    rs = _all("عنوان\n\nلندن (رويترز) - نص.\n\nوامتنع «جيه.بي مورجان» عن التعليق.")
    assert [(r.cue, r.source) for r in rs] == [("وامتنع", "جيه.بي مورجان")]
    rs = _all("عنوان\n\nدبي - محمد\n\nوقال متحدث باسم «إعمار العقارية»، أكبر شركة تطوير عقاري مدرجة في دبي، في بيان أرسل "
              "بالبريد الإلكتروني إن مبيعات الشركة ارتفعت.")
    assert [(r.cue, r.claim) for r in rs] == [("وقال", "مبيعات الشركة ارتفعت")]


def test_whom_a_body_warned_is_no_part_of_its_name():
    rs = _all("«التجارة» تحذر من استغلال الضريبة\n\nالرياض - محمد\n\nحذرت وزارة التجارة والاستثمار المنشآت التجارية من رفع "
              "الأسعار بحجة الضريبة.")
    assert [(r.cue, r.resolved) for r in rs] == [("تحذر", "وزارة التجارة والاستثمار"), ("حذرت", "وزارة التجارة والاستثمار")]
    rs = _all("عنوان\n\nالقاهرة - محمد\n\nودعت جمعية رجال الأعمال المصريين الحكومة إلى الإسراع في توقيع الاتفاق.")
    assert rs[0].source == "جمعية رجال الأعمال المصريين"  # (an adjective of the name stays)


def test_press_release_register():
    rs = _all("عنوان\n\nجدة - «المدينة»\n\nوحاولت «المدينة» الحصول على تعليق، إلا أن متحدثا باسمها اعتذر عن التعليق.")
    assert [(r.cue, r.source) for r in rs] == [("اعتذر", "متحدثا باسمها")]
    assert _all("عنوان\n\nأبوظبي - محمد\n\nوتدعو الشركة الراغبين في الشراء إلى زيارة مركز المبيعات.") == []
    rs = _all("عنوان\n\nالرياض - محمد\n\nأعلن مصرف الراجحي عن نتائجه المالية، وعزا المصرف ارتفاع الأرباح إلى نمو "
              "التمويل.\n\nيذكر أن رأس مال مصرف الراجحي المدفوع يبلغ 16.25 مليار ريال.")
    assert [r.resolved for r in rs] == ["مصرف الراجحي", "مصرف الراجحي"]


def test_the_body_an_amma_sentence_is_about_speaks_in_its_feminine_verb():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال صندوق النقد الدولي إن النمو سيتحسن.\n\nأما وكالة «فيتش» فأبقت على تصنيف "
              "المملكة مع نظرة مستقرة، لكنها لفتت في تقرير صدر الأسبوع الماضي إلى أن الدين سيرتفع.")
    assert (rs[-1].cue, rs[-1].resolved) == ("لفتت", "وكالة «فيتش»")


def test_data_of_a_body_then_its_relative_after_a_comma():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوتتسق هذه الصورة مع بيانات الهيئة العامة للإحصاء، التي أظهرت أن الناتج غير "
              "النفطي نما.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("أظهرت", "بيانات الهيئة العامة للإحصاء", "document")]


def test_broken_plurals_a_ministry_warns():
    rs = _all("عنوان\n\nالرياض - محمد\n\nحذرت وزارة المالية البنوك من التوسع في الإقراض.")
    assert rs[0].source == "وزارة المالية"


def test_analysts_of_a_bank_named_in_marks():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال محللو بنك «غولدمان ساكس» إن التسعير مبالغ فيه.")
    assert [(r.source, r.kind) for r in rs] == [("محللو بنك «غولدمان ساكس»", "anonymous")]


def test_another_ones_refusal_inside_a_relayed_claim():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال الرئيس التنفيذي لمعادن عادل الشثري إن الشركة تتوسع.\n\nوكانت وكالة «رويترز» قد "
              "نقلت عن مصادر مطلعة أن «معادن» تدرس طرح حصة، وهو ما رفض الشثري التعليق عليه.")
    assert (rs[-1].cue, rs[-1].resolved) == ("رفض", "عادل الشثري")


def test_what_an_agency_reports_a_named_man_said_came_through_it():
    rs = _all("عنوان\n\nأبوظبي - محمد\n\nوأفادت وكالة أنباء الإمارات (وام) بأن معالي حميد بن سعيد الشامسي، وزير الدولة للشؤون "
              "المالية، أكد خلال الاجتماع أن الهيئة سجلت أكثر من 120 ألف شركة.")
    assert [(r.cue, r.via) for r in rs][-1] == ("أكد", "وكالة أنباء الإمارات")


def test_a_relative_on_a_document_with_wa_and_a_phrase_between():
    rs = _all("عنوان\n\nالمنامة - بنا\n\nواستعرض المجلس مذكرة وزير المالية أحمد بن علي الجودر بشأن الأداء المالي للنصف الأول "
              "من العام، والتي بينت أن العجز تراجع إلى 428 مليون دينار.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("بينت", "مذكرة وزير المالية", "document")]


def test_the_speaker_goes_on_by_his_pronoun_after_a_comma():
    rs = _all("عنوان\n\nالرياض - محمد\n\nففي رأي الدكتورة نورة اليوسف، أستاذة الاقتصاد، فإن الدين العام «يمنح الحكومة هامشا "
              "واسعا»، وهي ترى أن التحدي الحقيقي يكمن في الإنفاق.")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("رأي", "نورة اليوسف", "الدين العام «يمنح الحكومة هامشا واسعا»"),
        ("ترى", "نورة اليوسف", "التحدي الحقيقي يكمن في الإنفاق")]


def test_a_quotation_then_its_speaker_then_but_he_goes_on():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقال المحلل جون هارتلي إن التقييم مرتفع.\n\n«إذا خفضت الضريبة فإن التقييم يقفز "
              "تلقائيا»، يضيف هارتلي، لكنه يستدرك بأن المستثمرين سيسألون عن ضمانات.")
    assert [(r.cue, r.claim) for r in rs][1:] == [
        ("يضيف", "إذا خفضت الضريبة فإن التقييم يقفز تلقائيا"), ("يستدرك", "المستثمرين سيسألون عن ضمانات")]


def test_so_she_believes_is_the_woman_the_sentence_named():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوأظهرت مؤشرات وزارة العدل تراجع الصفقات.\n\nلكن المستشارة العقارية رنا الحارثي ترى "
              "الأمر على نحو مختلف، فهي تعتقد أن الأسعار كانت «متضخمة».")
    assert (rs[-1].cue, rs[-1].resolved, rs[-1].kind) == ("تعتقد", "رنا الحارثي", "named_person")


def test_a_programmes_targets_are_a_document():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوتستهدف الوزارة رفع نسبة التملك إلى 70 في المائة، وفقا لمستهدفات برنامج التحول الوطني.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("وفقا", "مستهدفات برنامج التحول الوطني", "document")]


def test_who_issued_the_document_of_according_to_is_no_record_of_its_own():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوبلغ صافي ربح الشركة 2.18 مليار ريال، بحسب النتائج المالية السنوية التي أعلنتها "
              "الشركة الشهر الماضي.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("بحسب", "النتائج المالية السنوية", "document")]
    # (a relative clause on a noun that is no source of a cue still says what the body set)
    (r,) = _all("بإعادة المبالغ للمودع بالحد الأعلى الذي حددته المؤسسة.")
    assert r.cue == "حددته"


def test_an_award_title_is_no_earlier_mention_of_the_bank():
    rs = _all("عنوان\n\nدبي - «البيان»\n\nحصد بنك الإمارات دبي الوطني جائزة «أفضل بنك في الإمارات» لعام 2017.\n\n"
              "من جهة أخرى، كشف البنك في بيان منفصل أمس عن خطة لافتتاح 15 فرعا جديدا في مصر.")
    assert (rs[-1].cue, rs[-1].resolved, rs[-1].claim) == (
        "كشف", "بنك الإمارات دبي الوطني", "خطة لافتتاح 15 فرعا جديدا في مصر")


def test_a_named_body_opening_a_nominal_sentence_goes_on_after_the_comma():
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقالت وزارة المالية إن العجز سيتراجع.\n\nفوكالة «موديز» كانت قد خفضت تصنيف "
              "المملكة إلى «A1»، وحذرت في تقريرها من أن الدين العام قد يرتفع.")
    assert (rs[-1].cue, rs[-1].resolved) == ("وحذرت", "وكالة «موديز»")
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقالت وزارة المالية إن العجز سيتراجع.\n\nوأرامكو السعودية رفعت أسعار البروبان، "
              "وأكدت أن الطلب قوي.")
    assert (rs[-1].cue, rs[-1].resolved) == ("وأكدت", "أرامكو السعودية")
    # a body by a common noun only is no name: the last speaker is as good a guess
    rs = _all("عنوان\n\nالرياض - محمد\n\nوقالت وزارة المالية إن العجز سيتراجع.\n\nوالشركة رفعت أرباحها، وتوقعت أن تستمر الزيادة.")
    assert rs[-1].resolved == "وزارة المالية"


def test_the_title_of_a_document_after_according_to_is_walked_whole():
    (r,) = _all("تراجع معدل البطالة إلى 12.5 في المئة، وفقا لنشرة سوق العمل.")
    assert (r.source, r.claim) == ("نشرة سوق العمل", "تراجع معدل البطالة إلى 12.5 في المئة")
    (r,) = _all("ارتفعت الأسعار 3 في المائة، بحسب تقرير آفاق الاقتصاد العالمي.")
    assert r.source == "تقرير آفاق الاقتصاد العالمي"


def test_described_with_one_noun_before_bi_anna_takes_it_as_its_object():
    rs = _all("وقال مارتن كيلر إن الإصلاحات تمضي. ووصف برنامج تطوير القطاع المالي بأنه «خطوة في الاتجاه الصحيح».")
    assert (rs[1].cue, rs[1].source, rs[1].resolved) == ("ووصف", "", "مارتن كيلر")
    rs = _all("وقال مارتن كيلر إن الإصلاحات تمضي. ووصفت وزارة المالية القرار بأنه صائب.")
    assert rs[1].source == "وزارة المالية"


def test_a_post_in_a_bodys_construct_name_keeps_the_name_after_it():
    (r,) = _all("وقال المدير الإقليمي لدائرة دول مجلس التعاون الخليجي في البنك الدولي، عيسى الفرج، في تصريح لـ«كونا»: "
                "«الإصلاحات ضرورة».")
    assert (r.source, r.kind, r.via) == ("عيسى الفرج", "named_person", "كونا")


def test_a_published_adjective_is_no_part_of_a_bodys_name():
    rs = _all("وأظهرت بيانات الهيئة العامة للإحصاء الصادرة أمس أن التضخم ارتفع. وأوضحت الهيئة في بيانها أن الارتفاع يعود إلى الضريبة.")
    assert rs[1].resolved == "الهيئة العامة للإحصاء"


def test_an_indefinite_source_its_clause_without_alladhi_then_its_verb():
    text = ("عنوان\n\nالرياض - «الاقتصادية»\n\nوقالت بيانات «تداول» إن المؤشر هبط.\n\nغير أن مصدرا في الهيئة طلب عدم ذكر اسمه "
            "أكد لـ«الاقتصادية» أن الهيئة تتابع التداولات.\n\nغير أن مصرفيين تحدثوا إلى «الرياض» أشاروا إلى أن البنوك شددت "
            "الإقراض.\n\nلكن محللين استطلعت «الرياض» آراءهم توقعوا أن تتراجع الأسعار.")
    assert [(r.cue, r.source, r.kind) for r in _all(text)][1:] == [
        ("أكد", "مصدرا في الهيئة", "anonymous"), ("أشاروا", "مصرفيين", "anonymous"), ("توقعوا", "محللين", "anonymous")]
    # an adjective is no verb: "شركات طيران | خليجية" is a noun phrase, inside the minister's claim
    rs = _all("وقال الوزير إن ثلاث شركات طيران خليجية وآسيوية أبدت اهتماما أوليا بالصفقة.")
    assert [r.cue for r in rs] == ["وقال"]


def test_who_did_not_reply_after_alladhi_is_the_one_named_before_it():
    rs = _all("وقال مسؤول في بنك الكويت المركزي إن السيولة كافية.\n\nولم يتسن الحصول على تعليق من الرئيس التنفيذي للشركة، "
              "فيصل جاسم البحر، الذي لم يرد على اتصالات متكررة.")
    assert (rs[1].cue, rs[1].resolved, rs[1].kind) == ("لم يرد", "فيصل جاسم البحر", "named_person")


def test_later_is_no_outlet_and_a_tv_that_broadcast_it_is_the_via():
    for front in ("وفي مقابلة بثها تلفزيون «بلومبرغ» لاحقا،", "وفي مقابلة أجراها معه تلفزيون «بلومبرغ»،"):
        (r,) = _all(f"عنوان\n\nالدوحة - الشرق\n\n{front} قال المهندي إن قطر لا تحتاج إلى شركاء.")
        assert (r.source, r.via) == ("المهندي", "تلفزيون «بلومبرغ»")


def test_based_on_people_is_a_relay_like_quoting():
    (r,) = _all("عنوان\n\nالدوحة - الشرق\n\nوذكرت وكالة «رويترز»، استنادا إلى ثلاثة مصادر، أن الدوحة تدرس زيادة الإنتاج.")
    assert (r.source, r.kind, r.via) == ("ثلاثة مصادر", "anonymous", "وكالة «رويترز»")
    (r,) = _all("عنوان\n\nالدوحة - الشرق\n\nوذكرت الشركة استنادا إلى بيانات السوق أن المبيعات ارتفعت.")
    assert r.source == "الشركة"


def test_the_outlet_after_declined_to_comment_is_the_via():
    (r,) = _all("عنوان\n\nالدوحة - الشرق\n\nفيما رفض متحدث باسم «جيه بي مورجان» التعليق لـ«بلومبرغ».")
    assert r.via == "بلومبرغ"


def test_what_an_official_denied_to_a_paper_asking_not_to_be_named():
    rs = _all("عنوان\n\nالدوحة - الشرق\n\nوتحدثت تقارير عن تأخير العقود، وهو ما نفاه مسؤول في قطر للبترول لـ«الراية»، "
              "طالبا عدم ذكر اسمه، مؤكدا أن جميع العقود سارية.")
    assert [(r.cue, r.kind, r.via) for r in rs][1:] == [("نفاه", "anonymous", "الراية"), ("مؤكدا", "anonymous", "الراية")]


def test_one_of_the_residents_of_a_named_district():
    (r,) = _all("وقال أحد سكان حي الخليج إن شارعهم ينتظر السفلتة.")
    assert (r.source, r.kind) == ("أحد سكان حي الخليج", "anonymous")


def test_what_an_unnamed_one_does_between_commas_before_inna():
    (r,) = _all("وقال أحدهم، ويعمل في محل لبيع قطع غيار السيارات، إن الزبون صار يخاف.")
    assert (r.source, r.claim) == ("أحدهم", "الزبون صار يخاف")


def test_amin_before_a_region_or_a_body_is_a_post():
    rs = _all("عنوان\n\nالرياض - عكاظ\n\nوقال المواطن سعد الغامدي إن الطرق سيئة.\n\nوتوقع أمين الأحساء المهندس طارق بن سعد "
              "البقشي أن تنتهي المشاريع.")
    assert rs[-1].source == "طارق بن سعد البقشي"
    (r,) = _all("وقال أمين الجميل إن الحوار ضروري.")
    assert r.source == "أمين الجميل"


def test_a_tagged_name_keeps_its_last_word_before_inna():
    (r,) = _all("وقال نائب أمين المجلس سيرغي بالاشوف إن القرار نهائي.")
    assert r.source == "سيرغي بالاشوف"
    (r,) = _all("وقال أمين الصندوق خالد مرتضى السيد إن النادي مدين.")
    assert r.source == "خالد مرتضى السيد"


def test_passed_by_a_majority_is_no_admission():
    assert _all("أقر مجلس النواب الأميركي مساء الخميس بغالبية 218 صوتا في مقابل 212 مشروع قانون لتمويل الحرب.") == []
    (r,) = _all("وأقر الوزير بأن الخطة تأخرت.")
    assert r.claim == "الخطة تأخرت"


def test_an_agency_for_news_by_what_it_is():
    rs = _all("واعتبر الرئيس الإيراني أن العقوبات لن تنفع. ونقلت عنه وكالة الطلبة الإيرانية للأنباء (إيسنا) قوله إن "
              "بلاده لن تتراجع.")
    assert (rs[1].cue, rs[1].resolved, rs[1].via) == ("ونقلت", "الرئيس الإيراني", "وكالة الطلبة الإيرانية للأنباء")


def test_a_platform_in_marks_between_the_writer_and_the_colon():
    rs = _all("عنوان\n\nالقاهرة - المصري اليوم\n\nوكتب فهد العتيبي على «تويتر»: «الديون تكبر والفريق يصغر».")
    assert [(r.cue, r.source, r.claim) for r in rs] == [("وكتب", "فهد العتيبي", "الديون تكبر والفريق يصغر")]


def test_a_source_inside_a_board():
    (r,) = _all("وقال مصدر داخل الوزارة إن القرار نهائي.")
    assert (r.source, r.kind) == ("مصدر داخل الوزارة", "anonymous")


def test_sources_close_to_a_body_before_their_verb():
    (r,) = _all("إلا أن مصادر مقربة من الجهاز الفني أكدت أن المدرب باق.")
    assert (r.source, r.kind) == ("مصادر مقربة من الجهاز الفني", "anonymous")


def test_a_bodys_name_its_comma_then_allati():
    rs = _all("وقال رئيس النادي إن الوضع صعب. وتواجه الأندية ضغوطا من الهيئة العامة للرياضة، التي حذرت في تعميم أخير "
              "من تجاوز الميزانيات.")
    assert (rs[-1].cue, rs[-1].resolved) == ("حذرت", "الهيئة العامة للرياضة")


def test_two_bodies_asked_before_the_bi_phrase_are_the_object():
    rs = _all("عنوان\n\nرام الله - الأيام\n\nوحذر الناطق باسم الرئاسة الفلسطينية، ماهر الشريف، من أن الاستيطان يقوض "
              "المفاوضات، وطالب الإدارة الأميركية واللجنة الرباعية الدولية بإلزام إسرائيل بوقفه.")
    assert [(r.cue, r.resolved) for r in rs] == [("وحذر", "ماهر الشريف"), ("وطالب", "ماهر الشريف")]
    rs = _all("وقال الشرعبي إن الحالات تزداد. وطالب وزارة الصحة العامة والسكان والمنظمات الدولية بتزويد المحافظة "
              "بأجهزة فحص.")
    assert (rs[-1].cue, rs[-1].source, rs[-1].resolved) == ("وطالب", "", "الشرعبي")


def test_the_victim_is_one_word_with_its_alayhi():
    (r,) = _all("ونفى والد المجني عليه، فهد العجمي، الاتهامات.")
    assert (r.source, r.claim) == ("فهد العجمي", "الاتهامات")


def test_one_of_the_residents_of_a_town():
    (r,) = _all("وقال أحد سكان نيروبي إن الوضع سيئ.")
    assert (r.source, r.kind) == ("أحد سكان نيروبي", "anonymous")


def test_told_an_outlets_correspondent_is_told_the_outlet():
    (r,) = _all("عنوان\n\nليما - الخليج\n\nوقال أحد الناجين لمراسل وكالة «فرانس برس»: «ظلت الأرض تهتز».")
    assert (r.source, r.via) == ("أحد الناجين", "وكالة «فرانس برس»")


def test_a_bodys_gloss_in_brackets_before_declined_to_comment():
    (r,) = _all("ورفض متحدث باسم وزارة الدفاع الأميركية (البنتاغون) التعليق على ظروف الاعترافات.")
    assert (r.source, r.kind) == ("متحدث باسم وزارة الدفاع الأميركية", "unnamed_official")


def test_the_agencys_own_reporter_in_the_dateline_makes_it_the_publisher():
    rs = _all("عنوان\n\nغزة/ أحمد أبو عمرة/ الأناضول\n\nقال متحدث باسم الجيش الإسرائيلي، في تصريح مكتوب أرسله لمراسل "
              "الأناضول، إن قواته أطلقت النار.")
    assert [(r.source, r.via) for r in rs] == [("متحدث باسم الجيش الإسرائيلي", "")]


def test_a_dateline_run_into_the_lead_names_the_publisher():
    rs = _all("عنوان\n\nرام الله - «الحياة الجديدة» - قال المحلل محمد الخطيب إن الرواتب ستصرف.\n\nوأضاف الخطيب "
              "لـ«الحياة الجديدة» أن الحل قريب.")
    assert [r.via for r in rs] == ["", ""]


def test_a_rank_between_commas_after_a_post_is_a_title():
    (r,) = _all("عنوان\n\nعمان - الرأي\n\nوقال الناطق الإعلامي باسم مديرية الأمن العام، المقدم فراس العمري، لـ«الغد» إن "
                "معلومات وردت إلى الإدارة.")
    assert (r.source, r.via) == ("فراس العمري", "الغد")
    (r,) = _all("وقال محامي الدفاع العسكري، المقدم البحري تشارلز ويتمور، في مرافعته الافتتاحية إن موكله بريء.")
    assert r.source == "تشارلز ويتمور"


def test_a_suspects_initials_in_brackets_end_no_sentence():
    rs = _all("وقال مصدر أمني إن رأس الشبكة، وهو سوري يدعى (ع. خ.) ويبلغ 34 عاما، كان يدير العمليات، لافتا إلى أن "
              "التحقيقات مستمرة.")
    assert [r.cue for r in rs] == ["وقال", "لافتا"]


def test_on_more_than_one_occasion_between_the_verb_and_its_preposition():
    (r,) = _all("وكانت وزارة التجارة قد حذرت في أكثر من مناسبة من الانسياق وراء المساهمات غير المرخصة.")
    assert (r.source, r.claim) == ("وزارة التجارة", "الانسياق وراء المساهمات غير المرخصة")
    (r,) = _all("وحذرت الوزارة مرارا من الانسياق وراء المساهمات.")
    assert r.claim == "الانسياق وراء المساهمات"


def test_a_woman_scientist_of_a_field_is_a_post():
    (r,) = _all("وقالت عالمة المصريات الألمانية كاترين فولف، التي تقود بعثة جامعة هايدلبرغ في المنطقة نفسها، لوكالة "
                "رويترز إن الاكتشاف مهم.")
    assert (r.source, r.via) == ("كاترين فولف", "وكالة رويترز")


def test_a_site_belonging_to_a_paper_then_when_then_inna():
    (r,) = _all("عنوان\n\nالقدس - الأيام\n\nقال موقع «واينت» التابع لصحيفة «يديعوت أحرونوت» العبرية، أمس الثلاثاء، إن "
                "الوحدة أنهت تحقيقاتها.")
    assert (r.source, r.kind, r.claim) == ("موقع «واينت»", "media", "الوحدة أنهت تحقيقاتها")


def test_a_papers_commentator_is_a_post():
    (r,) = _all("عنوان\n\nالقدس - الأيام\n\nوكتب المعلق العسكري لصحيفة «معاريف»، عاموس شيلو، أن رئيس الحكومة يواجه ضغوطا.")
    assert (r.source, r.kind) == ("عاموس شيلو", "named_person")


def test_the_two_sides_after_urged_are_its_object():
    rs = _all("وقالت الوزيرة إن المفاوضات مهمة. وحثت الجانبين على اغتنام الفرصة.")
    assert (rs[1].cue, rs[1].source, rs[1].resolved) == ("وحثت", "", "الوزيرة")
    (r,) = _all("وحث الجانبان رجال الأعمال على الاستثمار.")
    assert r.source == "الجانبان"


def test_an_unnamed_one_who_spoke_to_an_outlet_between_commas_before_his_verb():
    rs = _all("عنوان\n\nالدوحة - الشرق\n\nوقال أحمد سامي الجندي إن الاتفاق قريب.\n\nغير أن مصدرا في بعثة الصندوق، تحدث "
              "لـ«رويترز» شريطة عدم الكشف عن هويته، قال إن نقاط الخلاف قائمة.")
    assert (rs[-1].source, rs[-1].kind, rs[-1].via) == ("مصدرا في بعثة الصندوق", "anonymous", "رويترز")


def test_a_noun_in_ta_marbuta_after_the_verb_is_its_object_when_a_subject_stands_before():
    (r,) = _all("لكن الأرقام الصادرة عن المعهد الوطني للإحصاء تكشف صورة أقل تفاؤلا، إذ لا تزال البطالة مرتفعة.")
    assert (r.source, r.kind) == ("الأرقام الصادرة عن المعهد الوطني للإحصاء", "document")


def test_officials_in_several_delegations_of_a_group_of_states():
    (r,) = _all("لكن مسؤولين في وفود عدة من الدول النامية قالوا لرويترز إن الاتفاق لم يذهب بعيدا.")
    assert (r.source, r.via) == ("مسؤولين في وفود عدة من الدول النامية", "رويترز")


def test_a_spokesman_then_the_step_he_described():
    (r,) = _all("ووصف متحدث باسم وزارة الخزانة الخطوة بأنها «مناسبة».")
    assert r.source == "متحدث باسم وزارة الخزانة"


def test_traders_in_the_futures_market():
    (r,) = _all("ويتوقع متعاملون في سوق العقود الآجلة أن يخفض المجلس الفائدة.")
    assert r.source == "متعاملون في سوق العقود الآجلة"


def test_said_in_it_after_a_statement_a_radio_broadcast():
    rs = _all("عنوان\n\nمقديشو - الحياة\n\nوتبنت «حركة الشباب المجاهدين» الهجوم في بيان بثته إذاعة «القرآن الكريم» "
              "المحلية، قالت فيه إن مقاتليها كبدوا الغزاة خسائر فادحة.")
    assert [(r.cue, r.resolved, r.via) for r in rs] == [("قالت", "حركة الشباب المجاهدين", "إذاعة «القرآن الكريم»")]


def test_a_guardian_before_her_name():
    (r,) = _all("وقالت ولية الأمر ريم حداد: «ندفع ما يزيد على 120 ألف درهم سنويا».")
    assert (r.source, r.kind) == ("ريم حداد", "named_person")


def test_a_mother_of_two_asking_not_to_be_named():
    (r,) = _all("وقالت أم لطفلين في حي مصر الجديدة، طلبت عدم ذكر اسمها: «لن أسمح بتطعيم ابني».")
    assert (r.source, r.kind) == ("أم لطفلين في حي مصر الجديدة", "anonymous")
    (r,) = _all("وأعلنت عدة شركات تابعة نتائجها.")
    assert r.source == "عدة شركات تابعة"


def test_a_student_his_class_then_his_name():
    (r,) = _all("وقال الطالب في الصف الثاني الثانوي عمر الزعبي إن الحصص توقفت.")
    assert r.source == "عمر الزعبي"


def test_who_he_is_between_his_name_and_the_colon():
    (r,) = _all("وقال صانع الألعاب وليد الصاوي، صاحب الهدف الثاني: «هذا الفوز لكل مصري».")
    assert (r.source, r.claim) == ("وليد الصاوي", "هذا الفوز لكل مصري")


def test_a_paper_by_its_name_in_marks_then_its_page_then_its_words():
    (r,) = _all("عنوان\n\nلندن - الشرق الأوسط\n\nولم ترحم الصحف البريطانية الفريق، إذ كتبت «ديلي ميرور» على صفحتها "
                "الأخيرة: «الشياطين الحمر بلا أنياب في ميستايا».")
    assert (r.cue, r.source, r.claim) == ("كتبت", "ديلي ميرور", "الشياطين الحمر بلا أنياب في ميستايا")
    (r,) = _all("ويضيف «أبو عبدالله»، وهو صاحب مكتب آخر: «العميل يدفع المبلغ ثم ينتظر».")
    assert (r.source, r.kind) == ("أبو عبدالله", "named_person")


def test_statements_an_outlet_relayed_opening_the_sentence_are_the_participles_via():
    rs = _all("عنوان\n\nلندن - الشرق الأوسط\n\nوقال المدرب جيمس ماكغريغور إن الفريق سيعود.\n\nوفي تصريحات نقلتها هيئة "
              "الإذاعة البريطانية (بي بي سي)، دافع المدرب المخضرم عن حارسه، موضحا أن الهدف الأول جاء من كرة مرتدة.")
    assert (rs[-1].cue, rs[-1].resolved, rs[-1].via) == ("موضحا", "جيمس ماكغريغور", "هيئة الإذاعة البريطانية")


def test_while_the_government_demanded_is_a_new_subject():
    rs = _all("وقال الوزير إن المفاوضات مستمرة، فيما طالبت الحكومة الإيطالية بضمانات إضافية.")
    assert (rs[1].cue, rs[1].source) == ("طالبت", "الحكومة الإيطالية")
    rs = _all("وقالت الوزيرة إن المفاوضات مستمرة، وطالبت الحكومة بتقديم ضمانات.")
    assert (rs[1].source, rs[1].resolved) == ("", "الوزيرة")


def test_according_to_timetables_is_no_source():
    rs = _all("وقال الوزير إن المشروع سيبدأ، موضحا أن العقود ستطرح على شركات محلية وفق جداول زمنية ملزمة.")
    assert [r.cue for r in rs] == ["وقال", "موضحا"]


def test_a_body_in_a_town_no_list_knows_before_its_verb():
    rs = _all("وقال مراسل الحياة إن الوضع هادئ. لكن الحكومة المركزية في لاباز اعتبرت أن الاستفتاء غير دستوري.")
    assert (rs[1].source, rs[1].kind) == ("الحكومة المركزية في لاباز", "named_organization")
    rs = _all("وقال مراسل الحياة إن الوضع هادئ. ودعت الكنيسة الكاثوليكية في بوليفيا إلى الحوار.")
    assert rs[1].source == "الكنيسة الكاثوليكية في بوليفيا"


def test_a_capital_no_list_knows_is_whom_a_state_warned():
    (r,) = _all("وحذرت روسيا تبليسي من أي مغامرة عسكرية.")
    assert (r.source, r.claim) == ("روسيا", "أي مغامرة عسكرية")


def test_by_saying_is_no_part_of_a_post():
    (r,) = _all("واكتفى مسؤول في بنك الكويت المركزي بالقول إن البنك يتابع.")
    assert r.source == "مسؤول في بنك الكويت المركزي"


def test_a_fathers_name_is_no_short_form_of_his_daughters():
    rs = _all("وقالت الطالبة رهف منصور الطراونة إن النجاح ثمرة الجهد. وعبر والدها منصور الطراونة عن فخره بما حققته "
              "ابنته، قائلا إن التفوق ثمرة انضباط.")
    assert rs[-1].resolved == "منصور الطراونة"
    rs = _all("وقال عبدالله بن علي القحطاني إن الإيجارات ارتفعت. ويؤكد بن علي القحطاني أن الزيادة مبررة.")
    assert rs[-1].resolved == "عبدالله بن علي القحطاني"


def test_a_statement_issued_in_which_it_demanded_or_warned():
    (r,) = _all("وأصدر الحزب بيانا طالب فيه بانتخاب الرئيس.")
    assert (r.cue, r.source, r.claim) == ("طالب", "الحزب", "انتخاب الرئيس")
    (r,) = _all("وكان «تكتل التغيير والإصلاح» قد عقد اجتماعه الأسبوعي في الرابية، وأصدر بعده بياناً طالب فيه بانتخاب "
                "الرئيس مباشرة من الشعب.")
    assert r.source == "تكتل التغيير والإصلاح"
    (r,) = _all("وأصدر «اللقاء الديموقراطي» بياناً بعد اجتماعه في كليمنصو، حذّر فيه من محاولة تهريب الفراغ.")
    assert (r.source, r.claim) == ("اللقاء الديموقراطي", "محاولة تهريب الفراغ")


def test_a_reference_of_a_camp_is_an_unnamed_source():
    (r,) = _all("عنوان\n\nبيروت - النهار\n\nوقال مرجع معارض لـ«السفير» إن المشكلة ليست في اسم المرشح.")
    assert (r.source, r.kind, r.via) == ("مرجع معارض", "anonymous", "السفير")


def test_an_unnamed_spokesman_called_by_his_name_before_his_verb():
    rs = _all("عنوان\n\nكابول - الحياة\n\nوقال قاري عبد الصمد حقيار إن المقاتلين قتلوا جنودا.\n\nلكن متحدثا باسم المتشددين "
              "يدعى عمر حياة خان قال لرويترز عبر الهاتف إن عدد القتلى لا يتجاوز خمسة.")
    assert (rs[-1].resolved, rs[-1].via) == ("عمر حياة خان", "رويترز")


def test_a_post_then_a_titled_name_with_his_nationality_before_the_verb():
    rs = _all("عنوان\n\nكابول - الحياة\n\nوقال قاري عبد الصمد حقيار إن المقاتلين قتلوا جنودا.\n\nغير أن متحدثا باسم القوة "
              "الدولية في كابول، الكابتن البريطاني مارك ولتشستر، نفى سقوط قتلى، موضحا أن جنديين أصيبا.")
    assert [r.resolved for r in rs][1:] == ["مارك ولتشستر", "مارك ولتشستر"]


def test_a_kunya_whose_sons_name_no_list_knows():
    (r,) = _all("وتقول أم حيدر، وهي نازحة من حي الدورة: «لا نريد سوى العودة إلى بيتنا».")
    assert (r.source, r.kind) == ("أم حيدر", "named_person")
    (r,) = _all("وقال أبو سلطان فهد بن مبارك الشمري إن الأسعار انخفضت.")
    assert r.source == "أبو سلطان فهد بن مبارك الشمري"


def test_a_witness_called_by_name_then_who_he_is():
    (r,) = _all("وقال شاهد عيان يدعى حسن كاظم الربيعي، وهو صاحب محل للأقمشة قرب موقع الانفجار، إن الدخان غطى السوق.")
    assert (r.source, r.kind) == ("حسن كاظم الربيعي", "named_person")


def test_a_judge_asking_not_to_be_named():
    (r,) = _all("وقال قاض بمحكمة استئناف القاهرة، طلب عدم نشر اسمه، إن الغضب غير مسبوق.")
    assert (r.source, r.kind) == ("قاض بمحكمة استئناف القاهرة", "anonymous")


def test_footage_the_channel_said_was_of_gunmen():
    (r,) = _all("عنوان\n\nبغداد - الحياة\n\nوعرضت «العراقية» مشاهد قالت إنها لمسلحين يسلمون أسلحتهم.")
    assert (r.cue, r.source) == ("قالت", "العراقية")


def test_a_specialist_of_a_field_is_a_post():
    (r,) = _all("ويوضح اختصاصي طب الأطفال، الدكتور رامي العمري، أن الجرعات الإضافية آمنة.")
    assert (r.source, r.kind) == ("رامي العمري", "named_person")


def test_with_these_words_the_post_then_the_foreign_name_between_commas():
    rs = _all("عنوان\n\nلندن - الشرق الأوسط\n\n«لم نكن في أفضل حالاتنا» - بهذه الكلمات لخص قائد الفريق، المدافع الإنجليزي "
              "غاري ويلكنسون، الموقف أمام الصحفيين، مؤكدا أن الفريق قادر على التعويض.")
    assert [(r.source, r.kind) for r in rs] == [("غاري ويلكنسون", "named_person")] * 2


def test_a_members_party_is_no_family_name():
    (r,) = _all("واعتبر النائب الجمهوري عن ولاية تكساس ويليام هاثاواي أن القرار خاطئ.")
    assert (r.source, r.claim) == ("ويليام هاثاواي", "القرار خاطئ")


def test_a_summits_final_declaration_is_a_document():
    (r,) = _all("وأكد الإعلان الختامي للقمة أن الحلف موحد.")
    assert (r.source, r.kind) == ("الإعلان الختامي للقمة", "document")


def test_a_post_a_name_his_verb_then_described_the_prime_minister():
    rs = _all("وقال رئيس الوزراء ألستير دانبار لهيئة الإذاعة البريطانية إن الانتخابات ستجرى. غير أن زعيم حزب المحافظين "
              "المعارض، جيريمي هاوثورن، سخر من القرار، ووصف رئيس الوزراء بأنه «متردد».")
    assert (rs[-1].cue, rs[-1].source, rs[-1].resolved) == ("ووصف", "", "جيريمي هاوثورن")


def test_what_the_outlet_told_is_between_commas():
    (r,) = _all("عنوان\n\nطرابلس - الحياة\n\nوقال مصدر أمني ليبي لصحيفة «أويا»، المقربة من سيف الإسلام القذافي، إن الأجهزة "
                "الأمنية ستبقي المفرج عنهم تحت المراقبة.")
    assert (r.source, r.via, r.claim) == ("مصدر أمني ليبي", "صحيفة «أويا»", "الأجهزة الأمنية ستبقي المفرج عنهم تحت المراقبة")


def test_a_party_by_its_name_in_marks_is_no_paper():
    (r,) = _all("عنوان\n\nبيروت - النهار\n\nأما في قريطم، فيقول نائب بارز في تيار «المستقبل» إن الأكثرية لن تتعامل مع اللائحة.")
    assert (r.source, r.via) == ("نائب بارز في تيار «المستقبل»", "")


def test_a_talk_to_a_channel_or_a_fellow_paper_in_marks_names_the_via():
    (r,) = _all("عنوان\n\nبيروت - النهار\n\nوكان معلوف قد أعلن في حديث إلى «أو تي في» أن التكتل سيقاطع الجلسة.")
    assert (r.via, r.claim) == ("أو تي في", "التكتل سيقاطع الجلسة")
    (r,) = _all("عنوان\n\nبيروت - النهار\n\nوقال الوزير في حديث إلى الزميلة «السفير» إن الحكومة باقية.")
    assert r.via == "السفير"


def test_a_man_who_gave_his_name():
    (r,) = _all("وقال رجل عرّف عن نفسه باسم جامع عيديد فارح إن القصف استمر طوال الليل.")
    assert (r.source, r.kind) == ("جامع عيديد فارح", "named_person")


def test_families_are_unnamed_people_and_the_matter_prompts_no_one():
    rs = _all("وتقول السلطات إن معظم القتلى كانوا منفذين، وهو ما تنفيه عائلاتهم.")
    assert (rs[-1].cue, rs[-1].source, rs[-1].kind) == ("تنفيه", "عائلاتهم", "anonymous")
    assert _all("وارتفعت أسعار البنزين، الأمر الذي يدعو العائلات إلى الاعتماد على السيارة الخاصة.") == []


def test_the_negotiator_is_a_post():
    (r,) = _all("وقال المفاوض الإيراني إن الرزمة تتضمن عناصر إيجابية.")
    assert (r.source, r.kind) == ("المفاوض الإيراني", "unnamed_official")


def test_two_firms_in_a_dual_after_a_dateline_at_the_paragraphs_head():
    rs = _all("عنوان\n\nديترويت (الولايات المتحدة) (ا ف ب) - طلبت مجموعتا جنرال موتورز وكرايسلر مساعدات حكومية إضافية، "
              "محذرتين من أنهما قد تعجزان عن الاستمرار، وأعلنتا إلغاء عشرات آلاف الوظائف.")
    assert [(r.cue, r.resolved) for r in rs] == [("محذرتين", "مجموعتا جنرال موتورز وكرايسلر"),
                                                 ("وأعلنتا", "مجموعتا جنرال موتورز وكرايسلر")]


def test_a_spokeswoman_on_the_tongue_of_the_army():
    (r,) = _all("وقالت الناطقة بلسان الجيش الإسرائيلي، ميخال شاحر، إن القوات اعتقلت عشرة مطلوبين.")
    assert (r.source, r.kind) == ("ميخال شاحر", "named_person")
    (r,) = _all("وقال الناطق بلسان الحكومة إن القرار نهائي.")
    assert r.source == "الناطق بلسان الحكومة"
