"""attribution-3.4, from the cue words the annotated ANERcorp dev passages miss (every sentence
here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_an_unclosed_straight_quote_after_a_fronted_phrase_and_the_verb():
    rs = _all('ومن جهته قال محمد العلي مدير الشركة "حققنا أرباحا قياسية. لكن المهم هو الاستمرار. '
              'ويرى المحللون أن السوق ستتحسن.')
    assert [(r.cue, r.source) for r in rs] == [("قال", "محمد العلي"), ("ويرى", "المحللون")]
    assert rs[0].direct and rs[0].claim == "حققنا أرباحا قياسية. لكن المهم هو الاستمرار"
    # a quote mark inside an ordinary sentence opens no speech
    assert _all('وتراجع مؤشر السوق "تاسي" بنسبة 2 في المئة.') == []


def test_a_passage_that_opens_inside_a_quotation_does_not_pair_its_marks_the_wrong_way():
    text = ('ولا يريدون لكم الخير ". وشدد محمد العلي على أن" الوقت ضيق ". ويأتي الشريط بعنوان" دعوة '
            'للسلام "قبل أيام من الذكرى. وذكرت الشرطة البريطانية أن الاعتقالات تمت وفق القانون. '
            'وقالت الشرطة إن الأشخاص اعتقلوا بعد أشهر من المراقبة" للاشتباه في قيامهم بأعمال عنف ".')
    rs = _all(text)
    assert [(r.cue, r.source) for r in rs] == [
        ("وشدد", "محمد العلي"), ("وذكرت", "الشرطة البريطانية"), ("وقالت", "الشرطة")]


def test_the_object_after_a_post_is_no_foreign_name_when_the_name_found_starts_later():
    r, r2 = _all("وانتقد السفير الأميركي بمجلس الأمن اقتراح أنان، قائلا إنه لا يمكن التوصل إلى ذلك.")
    assert (r.source, r.kind, r.claim) == ("السفير الأميركي بمجلس الأمن", "unnamed_official", "اقتراح أنان")
    assert (r2.cue, r2.source) == ("قائلا", "السفير الأميركي بمجلس الأمن")
    # a foreign name right after the post is still his
    (r,) = _all("وقال المتحدث باسم الخارجية الأميركية شون ماكورماك، إن الاجتماع كان مثمرا.")
    assert (r.source, r.kind) == ("شون ماكورماك", "named_person")


def test_on_his_part_before_the_verb():
    (r,) = _all("من جهته رفض السفير الأميركي بمجلس الأمن اقتراح أنان، قائلا إنه لا يمكن التوصل إلى ذلك.")
    assert (r.cue, r.source, r.claim) == ("قائلا", "السفير الأميركي بمجلس الأمن", "لا يمكن التوصل إلى ذلك")
    (r,) = _all("ومن جانبها، أكدت الشركة أن الأرباح سترتفع.")
    assert (r.cue, r.source) == ("أكدت", "الشركة")


def test_a_stance_noun_after_the_subject_is_the_object_not_the_name():
    rs = _all("وأكد الوزير دعمه للجهود المبذولة لتنويع الاقتصاد. وأبدى الوزير تفاؤله بالنتائج.")
    assert [(r.source, r.claim) for r in rs] == [
        ("الوزير", "دعمه للجهود المبذولة لتنويع الاقتصاد"), ("الوزير", "تفاؤله بالنتائج")]
    (r,) = _all("وأكد رئيس مجلس الإدارة محمد العلي حرصه على حقوق المساهمين.")
    assert (r.source, r.claim) == ("محمد العلي", "حرصه على حقوق المساهمين")


def test_noted_that_is_a_cue_with_anna_only():
    (r,) = _all("ولاحظ التقرير أن الطلب على الإسكان ارتفع بنسبة 5 في المئة.")
    assert (r.cue, r.source, r.kind) == ("ولاحظ", "التقرير", "document")
    assert _all("ولاحظ المستثمرون ارتفاع الأسعار في السوق.") == []


def test_a_quotation_closed_after_its_full_stop_ends_the_sentence():
    text = ('واعتبر الوزير محمد العلي أمس أن الخطة ناجحة وذلك في مؤتمر صحفي أوضح فيه أن "الطاقة حق للأمة. '
            'التي اختارت هذا على أساس القواعد. هي تريد استخدامها ولا أحد يمنعها. " كما قال إن الرد '
            'يتيح "فرصة استثنائية" لحل النزاع.')
    rs = _all(text)
    assert [r.cue for r in rs][-1] == "كما قال"
    assert rs[-1].resolved == "محمد العلي"
    assert rs[-1].claim == 'الرد يتيح "فرصة استثنائية" لحل النزاع'


def test_fa_hasb_opens_a_clause_after_a_comma_and_means_only_elsewhere():
    (r,) = _all('وقرر الاتحاد منح المفاوض أسبوعين، فحسب وزير الخارجية الألماني فرانك شتاينماير '
                '"ليس هناك مصلحة في التصعيد".')
    assert (r.cue, r.source, r.direct) == ("فحسب", "فرانك شتاينماير", True)
    assert _all("ليس هذا فحسب، بل إن الشركة ربحت.") == []
    assert _all("ولا تقتصر المشكلة على الرياض فحسب بل تشمل المؤشر العام.") == []
    (r,) = _all("وارتفعت الأسعار 5 في المئة، فبحسب الهيئة العامة للإحصاء فإن التضخم بلغ ذروته.")
    assert (r.source, r.claim) == ("الهيئة العامة للإحصاء", "التضخم بلغ ذروته")


def test_a_heading_run_into_the_text_before_kama_is_no_subject():
    (r,) = _all("بلغاريا كما اعلن رئيس الوزراء البلغاري سيرغي ستانيشيف ان بلغاريا «مستعدة» لارسال جنود.")
    assert (r.cue, r.source, r.kind) == ("كما اعلن", "سيرغي ستانيشيف", "named_person")
    (r,) = _all("الحكومة تعلن خطة لخفض العجز.")
    assert (r.source, r.claim) == ("الحكومة", "خطة لخفض العجز")


def test_the_wire_formula_outlet_then_asking_not_to_be_named():
    (r,) = _all("وقال مصدر خليجي في أوبك لرويترز طالبا عدم نشر اسمه إن الرياض والكويت اتفقتا على رفض الخفض.")
    assert (r.source, r.kind, r.via, r.claim) == (
        "مصدر خليجي في أوبك", "anonymous", "رويترز", "الرياض والكويت اتفقتا على رفض الخفض")
    (r,) = _all('وقال متعامل لدى بنك أجنبي في دبي لرويترز، طالبا عدم نشر اسمه لأنه غير مخول بالحديث '
                'لوسائل الإعلام: "البنوك المركزية ملتزمة بالربط".')
    assert (r.source, r.via, r.direct) == ("متعامل لدى بنك أجنبي في دبي", "رويترز", True)
    (r,) = _all("وقال كبير الاقتصاديين لدى البنك الأهلي التجاري إن النمو سيتباطأ.")
    assert (r.source, r.kind) == ("كبير الاقتصاديين لدى البنك الأهلي التجاري", "unnamed_official")


def test_the_governor_of_bank_al_maghrib():
    rs = _all("وفي مؤتمر صحفي بالرباط، أوضح والي بنك المغرب، محمد الطيبي الفاسي، أن قرار الخفض جاء "
              "\"بعد تقييم دقيق للمخاطر\"، مشيرا إلى أن البنك لا يستبعد إجراءات إضافية.")
    assert [(r.cue, r.resolved) for r in rs] == [("أوضح", "محمد الطيبي الفاسي"), ("مشيرا", "محمد الطيبي الفاسي")]
    # and() و + إلى is still a preposition where ى is written
    (r,) = _all("وأشار الوزير إلى أن الصادرات ارتفعت، والى الرياض وصلت الشحنات.")
    assert r.source == "الوزير"


def test_the_holder_of_a_post_named_between_dashes():
    (r,) = _all("وقال المستشار المالي والعضو السابق في لجنة الأوراق المالية بالغرفة التجارية الصناعية في الرياض "
                "- الدكتور فيصل بن حمد العقيل، الذي يدير حاليا محفظة استثمارية خاصة - إن السوق تبالغ في التشاؤم.")
    assert (r.source, r.kind, r.claim) == ("فيصل بن حمد العقيل", "named_person", "السوق تبالغ في التشاؤم")
    (r,) = _all("وقال المستشار المالي - الدكتور فيصل العقيل - إن السوق تبالغ في التشاؤم.")
    assert r.source == "فيصل العقيل"
    # a clause between dashes that names no one leaves the post the source
    (r,) = _all("وقال المصدر - الذي فضل عدم ذكر اسمه - إن السوق تبالغ في التشاؤم.")
    assert (r.source, r.kind) == ("المصدر", "anonymous")


def test_a_supervisor_is_a_post():
    (r,) = _all("وأوضح مساعد وزير العمل للشؤون التنفيذية، المشرف العام على برنامج «نطاقات»، الدكتور عبدالمجيد "
                "بن سعد الرشودي، في تصريح لـ«الرياض» على هامش إطلاق البرنامج، أن التعديلات جاءت بعد دراسة.")
    assert (r.source, r.kind) == ("عبدالمجيد بن سعد الرشودي", "named_person")
    (r,) = _all("وقال المشرف العام على المشروع إن العمل اكتمل.")
    assert (r.source, r.kind) == ("المشرف العام", "unnamed_official")


def test_a_trade_before_the_name_after_a_post_between_commas():
    (r,) = _all("من جهته، يرى عضو اللجنة العقارية في الغرفة التجارية الصناعية بجدة، المستثمر العقاري خالد بن "
                "سالم باحمدان، أن الرسوم ستدفع الأسعار إلى التراجع.")
    assert (r.source, r.kind) == ("خالد بن سالم باحمدان", "named_person")


def test_a_fund_manager_and_analysts_the_paper_spoke_to():
    (r,) = _all("وقال لـ«رويترز» مدير صناديق في شركة استثمار خليجية، طلب عدم نشر اسمه لأن شركته لا تسمح له "
                "بالتصريح لوسائل الإعلام، إن «الصناديق الحكومية تتدخل».")
    assert (r.source, r.kind, r.via, r.direct) == ("مدير صناديق في شركة استثمار خليجية", "anonymous", "رويترز", True)
    for text in ("ورأى محللون ماليون، تحدثت إليهم «رويترز»، أن التراجع يعكس هبوط أسعار النفط.",
                 "ورأى محللون ماليون تحدثت إليهم «رويترز» أن التراجع يعكس هبوط أسعار النفط.",
                 "ورأى محللون ماليون، استطلعت «رويترز» آراءهم، أن التراجع يعكس هبوط أسعار النفط."):
        (r,) = _all(text)
        assert (r.source, r.via, r.claim) == ("محللون ماليون", "رويترز", "التراجع يعكس هبوط أسعار النفط"), text


def test_a_coordinated_demand_after_a_participle_and_the_people_called_on():
    rs = _all("انتقد النائب فيصل الحمايدة الموازنة، معتبرا أن الحكومة قدمت موازنة جباية، وطالب بالكشف عن "
              "تفاصيل الاتفاق.")
    assert [(r.cue, r.resolved, r.claim) for r in rs][1:] == [
        ("معتبرا", "فيصل الحمايدة", "الحكومة قدمت موازنة جباية"),
        ("وطالب", "فيصل الحمايدة", "الكشف عن تفاصيل الاتفاق")]
    rs = _all('وأكد الوزير منصور الحربي أن المملكة عازمة على توسيع دور القطاع الخاص، ودعا المستثمرين '
              'المحليين والأجانب إلى "الاستعداد لمرحلة جديدة".')
    assert (rs[1].cue, rs[1].source, rs[1].resolved) == ("ودعا", "", "منصور الحربي")
    assert rs[1].claim.startswith("المستثمرين المحليين والأجانب إلى")
    # a student at a university is no demand
    assert _all("وحضر الاجتماع محمد، وطالب بالجامعة.") == []


def test_a_post_over_a_region_joined_by_wa_and_a_compass_word():
    (r,) = _all("وقالت كبيرة الاقتصاديين لمنطقة الشرق الأوسط وشمال أفريقيا في البنك، لينا حسن الشريف، خلال "
                "مؤتمر صحفي عبر الهاتف، إن الفرصة سانحة لإصلاح الدعم.")
    assert (r.source, r.kind, r.claim) == ("لينا حسن الشريف", "named_person", "الفرصة سانحة لإصلاح الدعم")


def test_whoever_issued_the_statement_speaks_in_it():
    for text in ('لكن نقابة العاملين في الخطوط الجوية الكويتية أصدرت بيانا حذرت فيه من "تسريح الموظفين".',
                 "وأصدرت نقابة العاملين في الخطوط الجوية الكويتية بيانا حذرت فيه من تسريح الموظفين."):
        (r,) = _all(text)
        assert (r.cue, r.source, r.kind) == ("حذرت", "نقابة العاملين", "named_organization"), text
    (r,) = _all("لكن النقابة أصدرت بيانا حذرت فيه من تسريح الموظفين.")
    assert r.source == "النقابة"


def test_haythu_and_idh_after_a_comma_open_a_record_of_their_own():
    rs = _all("وقال الوزير إن القرار مهم، حيث أكد أن الخطوة ستساعد.")
    assert [(r.cue, r.resolved, r.claim) for r in rs] == [
        ("وقال", "الوزير", "القرار مهم"), ("أكد", "الوزير", "الخطوة ستساعد")]
    rs = _all('وقال الوزير محمد العلي إن القرار صائب. وسارع صندوق النقد الدولي إلى الترحيب بالقرار، إذ قال '
              'في بيان مقتضب إن الخطوة "ستساعد على تحسين التنافسية".')
    assert (rs[1].cue, rs[1].resolved, rs[1].kind) == ("قال", "صندوق النقد الدولي", "named_organization")
    # a welcome to a guest is no view
    assert _all("والتقينا الإمام في مكتبه، حيث رحّب بنا بحرارة.") == []


def test_posts_and_names_around_dashes():
    (r,) = _all("ولفت رئيس مجلس إدارة الجمعية - الدكتور سعود بن محمد الدوسري - في اتصال هاتفي مع «رويترز» إلى أن "
                "بعض التجار يستغلون الموسم.")
    assert (r.source, r.kind, r.via) == ("سعود بن محمد الدوسري", "named_person", "رويترز")
    rs = _all("ويرى الخبير المصرفي - والمدير العام السابق للخزينة في أحد البنوك الخليجية - ياسر بن عبدالله "
              "المرشدي، عضو جمعية الاقتصاد السعودية، أن الإقراض سيتراجع، متوقعا أن تشدد البنوك شروط التمويل.")
    assert [(r.cue, r.resolved) for r in rs] == [("ويرى", "ياسر بن عبدالله المرشدي"),
                                                ("متوقعا", "ياسر بن عبدالله المرشدي")]
    (r,) = _all("وقال الاقتصادي السعودي وعضو مجلس الشورى السابق، أستاذ الاقتصاد في جامعة الملك سعود - الدكتور "
                "إبراهيم بن محمد الحميضي - إن الحكومة أمام خيارين.")
    assert (r.source, r.kind) == ("إبراهيم بن محمد الحميضي", "named_person")
    (r,) = _all("ورأى مدير المبيعات في إحدى سلاسل التموينات الكبرى، وليد بن إبراهيم العمران، أن المنافسة كفيلة "
                "بضبط الأسعار.")
    assert (r.source, r.kind) == ("وليد بن إبراهيم العمران", "named_person")


def test_the_makkah_daily_in_marks():
    (r,) = _all("مصرفيون لـ«مكة»: رفع نسبة الإقراض إلى الودائع لن ينهي أزمة السيولة")
    assert (r.cue, r.source, r.via) == (":", "مصرفيون", "مكة")
    (r,) = _all("وزار الوفد مكة المكرمة أمس، وقال رئيسه إن الزيارة ناجحة.")
    assert r.via == ""


def test_a_longer_form_of_a_body_keeps_its_last_words_article():
    (r,) = _all("أعلنت وزارة العمل أمس حزمة تعديلات على برنامج نطاقات.\n\n"
                "ومن المقرر أن تعقد الوزارة ورش عمل لأصحاب المنشآت.")
    assert r.resolved == "وزارة العمل"
    rs = _all("وقال صندوق النقد إن النمو سيتراجع.\n\nوكان صندوق النقد الدولي قد توقع نموا أقوى.")
    assert rs[0].resolved == "صندوق النقد الدولي"


def test_an_official_is_not_the_next_sentences_person_who_has_a_post_of_his_own():
    rs = _all("وكان وزير الطاقة الجزائري قد دعا الأسبوع الماضي إلى خفض جماعي.\n\n"
              "كما كان وزير النفط العراقي كاظم جواد الحسناوي قد قال إن بلاده ستواصل زيادة صادراتها.")
    assert [(r.resolved, r.kind) for r in rs] == [("وزير الطاقة الجزائري", "unnamed_official"),
                                                 ("كاظم جواد الحسناوي", "named_person")]


def test_returning_to_say_replying_by_saying_decrees_and_a_passive_in_a_relative():
    rs = _all("وقال المستشار المالي فيصل بن حمد العقيل إن السوق متشائمة. ويعود العقيل ليؤكد أن السوق ستتعافى.")
    assert (rs[1].cue, rs[1].resolved) == ("ليؤكد", "فيصل بن حمد العقيل")
    rs = _all("حذر رئيس اللجنة عبدالله الشهوان من أن المنشآت ستدفع الثمن، وهو ما رد عليه الرشودي بالقول إن "
              "البرنامج يمنح المنشآت مهلة.")
    assert (rs[1].cue, rs[1].source, rs[1].claim) == ("رد", "الرشودي", "البرنامج يمنح المنشآت مهلة")
    (r,) = _all("ورفعت الحكومة أسعار الوقود، وفقا لقرار صادر عن رئاسة الوزراء.")
    assert (r.source, r.kind) == ("قرار صادر عن رئاسة الوزراء", "document")
    (r,) = _all("وتوقعت الشركة أن يسهم التخصيص في خفض عجز الميزانية الذي يتوقع أن يصل إلى 367 مليار ريال.")
    assert r.cue == "وتوقعت"


def test_noticed_in_a_relative_and_a_passive_relative_are_no_claims():
    (r,) = _all("مؤكدة أن التأخير الذي لاحظه بعض المتعاملين «اقتصر على شاشات إحدى شركات الوساطة».")
    assert r.cue == "مؤكدة"
    assert _all("وكانت الحكومة قد رفعت تعرفة الكهرباء ضمن حزمة الإجراءات ذاتها التي أعلنت مع الميزانية.") == []
    (r,) = _all("وارتفع سهم الشركة التي أعلنت في بيان لها أمس أن أرباحها تضاعفت.")
    assert (r.cue, r.source) == ("أعلنت", "الشركة")


def test_a_second_subject_in_marks_after_wa_in_a_headline():
    (r,) = _all("الأسهم السعودية تفقد 6 % في أسبوع .. و«تداول» تنفي وجود خلل فني\n\nنص الخبر هنا.")
    assert (r.cue, r.source, r.kind, r.claim) == ("تنفي", "تداول", "named_organization", "وجود خلل فني")
    (r,) = _all('الريال يتعرض لضغوط في سوق العقود الآجلة و"ساما" تؤكد التزامها بالربط\n\nنص الخبر هنا.')
    assert (r.cue, r.source) == ("تؤكد", "ساما")


def test_who_took_the_step_says_why_and_a_documents_owner_in_marks():
    (r,) = _all("رفعت مؤسسة النقد العربي السعودي «ساما» الحد الأعلى لنسبة القروض إلى الودائع، في خطوة قالت "
                "إنها تهدف إلى «تعزيز قدرة المصارف».")
    assert (r.cue, r.resolved, r.kind) == ("قالت", "مؤسسة النقد العربي السعودي", "named_organization")
    (r,) = _all("وأظهرت بيانات «ساما» الشهرية أن سعر الفائدة صعد.")
    assert (r.source, r.kind, r.claim) == ("بيانات «ساما» الشهرية", "document", "سعر الفائدة صعد")


def test_two_apostrophes_for_a_double_quote():
    text = ("واكدت صحيفة هآرتس من جهتها'' الصعوبة الاساسية تتعلق بالطريقة التي سيتصرف بها الجيش''. "
            "وصرح فيرجسون لصحيفة'' نيوز أوف ذا وورلد'' البريطانية قائلا'' إن أهم قضية تشغلني هي خط الوسط''.")
    rs = _all(text)
    assert [(r.cue, r.source, r.direct) for r in rs] == [("واكدت", "صحيفة هآرتس", True), ("وصرح", "فيرجسون", True)]
    assert rs[0].claim == "الصعوبة الاساسية تتعلق بالطريقة التي سيتصرف بها الجيش"
    assert rs[1].via == "صحيفة'' نيوز أوف ذا وورلد'' البريطانية"
    for r in rs:  # the records point into the text as written
        assert text[text.index(r.claim):].startswith(r.claim)


def test_honorifics_a_group_in_central_cairo_and_the_same_data():
    (r,) = _all("وقال مدير عام الدائرة، سعادة محمد سعيد الفلاسي، إن الطلب ارتفع.")
    assert r.source == "محمد سعيد الفلاسي"
    rs = _all("وارتفع الدولار، حسبما أفاد عدد من المتعاملين في شركات الصرافة بوسط القاهرة، الذين أكدوا أن "
              "«المعروض شحيح جدا».")
    assert [(r.cue, r.resolved) for r in rs] == [
        ("حسبما أفاد", "عدد من المتعاملين في شركات الصرافة بوسط القاهرة"),
        ("أكدوا", "عدد من المتعاملين في شركات الصرافة بوسط القاهرة")]
    (r,) = _all("وسجلت مدينة مراكش تراجعا بنسبة 8 في المائة، حسب المعطيات ذاتها.")
    assert (r.source, r.kind) == ("المعطيات ذاتها", "document")
    assert _all("ويعيد المستثمرون تقييم السوق وفق المعطيات الحالية.") == []
