"""attribution-3.16, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_forecasts_of_unnamed_members_show_like_data():
    r = _all("وأظهرت توقعات أعضاء لجنة السياسة النقدية أنهم يتوقعون خفضين للفائدة هذا العام.")[0]
    assert (r.cue, r.source, r.kind) == ("وأظهرت", "توقعات أعضاء لجنة السياسة النقدية", "document")
    assert r.claim.startswith("يتوقعون خفضين")
    r = _all("وأظهرت توقعات محللين أن الفائدة ستنخفض.")[0]
    assert (r.source, r.kind) == ("توقعات محللين", "document")
    assert _all("وأظهر اللاعب مهارة عالية في المباراة.") == []


def test_where_unnamed_traders_work_by_a_definite_participle():
    r = _all("وقال أحد الصرافين الناشطين بالساحة، رفض الكشف عن اسمه، إن الدولار ارتفع.")[0]
    assert (r.source, r.kind, r.claim) == ("أحد الصرافين الناشطين بالساحة", "anonymous", "الدولار ارتفع")
    r = _all("وقال أحد التجار العاملين في سوق الذهب إن الأسعار ارتفعت.")[0]
    assert r.source == "أحد التجار العاملين في سوق الذهب"


def test_an_estimate_exceeded_is_a_comparison():
    rs = _all("توقعت «جدوى للاستثمار» أن يصل العجز إلى نحو 245 مليار ريال، متجاوزا تقديرات الميزانية البالغة 101 مليار ريال.")
    assert [r.cue for r in rs] == ["توقعت"]
    rs = _all("سجل الاقتصاد الصيني نموا بنسبة 5.4 بالمئة، متجاوزا توقعات المحللين، وفق بيانات رسمية صدرت الأربعاء.")
    assert [(r.cue, r.kind) for r in rs] == [("وفق", "document")]


def test_a_given_name_of_the_levant_and_iraq():
    r = _all("من جهته، قال الخبير المصرفي ليث الدليمي لصحيفة \"الصباح\" إن \"الاحتياطي مريح\".")[0]
    assert (r.resolved, r.kind, r.via) == ("ليث الدليمي", "named_person", "صحيفة \"الصباح\"")


def test_the_paper_that_received_a_statement_in_marks_right_after_the_verb():
    r = _all("وذكر بيان للوزارة، تلقته \"الصباح\"، أن \"الوزارة باشرت بتمويل الرواتب\".")[0]
    assert (r.cue, r.kind, r.direct) == ("وذكر", "document", True)
    assert r.claim == "الوزارة باشرت بتمويل الرواتب"


def test_a_ministry_by_its_field_when_the_text_names_it():
    text = "المالية: صرف الزيادة على الرواتب من الشهر المقبل\n\nوأعلنت وزارة المالية أن الزيادة ستصرف الشهر المقبل."
    r = _all(text)[0]
    assert (r.cue, r.source, r.resolved, r.kind) == (":", "المالية", "وزارة المالية", "named_organization")
    text = "المالية تؤكد تأمين الرواتب\n\nأكدت وزارة المالية الاتحادية تأمين رواتب الموظفين."
    r = _all(text)[0]
    assert (r.resolved, r.kind) == ("وزارة المالية الاتحادية", "named_organization")
    r = _all("المالية: صرف الزيادة على الرواتب من الشهر المقبل\n\nوقال مصدر إن الأمور جيدة.")
    assert all(x.source != "المالية" for x in r)  # no ministry named: no body by that word


def test_a_headlines_second_part_names_an_outlet_or_a_named_man():
    r = _all("مصر تطرح صكوكا بقيمة 1.5 مليار دولار.. وبلومبرغ: الطلب تجاوز 6 مليارات")[0]
    assert (r.cue, r.source, r.kind, r.claim) == (":", "بلومبرغ", "media", "الطلب تجاوز 6 مليارات")
    r = _all("ارتفاع الأسعار .. ووزير المالية محمد معيط: الأزمة عابرة")[0]
    assert (r.source, r.kind) == ("محمد معيط", "named_person")
    assert _all("الذهب يرتفع .. والدولار: استقرار") == []


def test_a_colon_claim_ends_where_the_headlines_next_part_has_its_own_cue():
    rs = _all("مصدر حكومي: إيرادات قناة السويس تتعافى تدريجيا.. و«الهيئة» تعلن حوافز جديدة")
    assert [(r.cue, r.claim) for r in rs] == [(":", "إيرادات قناة السويس تتعافى تدريجيا"), ("تعلن", "حوافز جديدة")]
    r = _all("وزير المالية: الأزمة عابرة.. والأسعار ستنخفض")[0]
    assert r.claim == "الأزمة عابرة.. والأسعار ستنخفض"  # no other cue: the same speaker's


def test_a_table_someone_issued_or_published_is_a_document_that_says_it():
    r = _all("ارتفع سعر البنزين 23 ألف ليرة، وفق جدول الأسعار الجديد الذي أصدرته المديرية العامة للنفط.")[0]
    assert (r.cue, r.source, r.kind, r.claim) == ("وفق", "جدول الأسعار الجديد", "document", "ارتفع سعر البنزين 23 ألف ليرة")
    r = _all("ويعقد البنك المركزي اجتماعه المقبل يوم 17 أبريل، بحسب الجدول الزمني المعلن على موقعه الإلكتروني.")[0]
    assert (r.source, r.kind) == ("الجدول الزمني", "document")
    assert _all("وتسير المشاريع وفق الجدول الزمني المحدد.") == []


def test_websites_by_what_they_are():
    r = _all("وذكرت مواقع إخبارية محلية أن الوزير استقال.")[0]
    assert (r.source, r.kind) == ("مواقع إخبارية محلية", "media")
    r = _all("وتراوح سعر الدولار بين 11500 و11700 ليرة، بحسب مواقع متخصصة برصد أسعار الصرف، فيما سجل في حلب 11600 ليرة.")[0]
    assert (r.source, r.kind) == ("مواقع متخصصة برصد أسعار الصرف", "document")
    assert r.claim == "وتراوح سعر الدولار بين 11500 و11700 ليرة"


def test_whom_he_warned_may_hold_a_name_in_marks():
    r = _all("حذر الأمير عبدالعزيز بن سلمان، وزير الطاقة السعودي، الدول الأعضاء في تحالف «أوبك+» من مغبة تجاوز حصصها.")[0]
    assert (r.cue, r.source, r.claim) == ("حذر", "عبدالعزيز بن سلمان", "مغبة تجاوز حصصها")


def test_an_honorific_before_a_name_the_tagger_found():
    rs = _all("وأوضح سعادة هلال سعيد المري، المدير العام للدائرة، أن الطلب ارتفع. وأضاف المري أن الإشغال ارتفع.")
    assert [r.resolved for r in rs] == ["هلال سعيد المري", "هلال سعيد المري"]


def test_maghreb_federations_and_bulletins():
    r = _all("طالبت الكنفدرالية النقابية للقوى المنتجة بمراجعة قيمة النقطة الاستدلالية.")[0]
    assert (r.source, r.kind) == ("الكنفدرالية النقابية للقوى المنتجة", "named_organization")
    r = _all("طالبت الفيدرالية البيمهنية للحوم الحمراء بتشديد المراقبة على مسالك التوزيع.")[0]
    assert (r.source, r.kind, r.claim) == ("الفيدرالية البيمهنية للحوم الحمراء", "named_organization",
                                          "تشديد المراقبة على مسالك التوزيع")
    r = _all("وتراجع التضخم إلى 4 بالمائة، حسبما أوردته نشرية الديوان الوطني للإحصائيات.")[0]
    assert (r.source, r.kind) == ("نشرية الديوان الوطني للإحصائيات", "document")


def test_the_publishers_portal_and_its_exclusive_dateline():
    text = "عنوان\n\nالقاهرة - بوابة الوسط\n\nوأكد مصدر في المؤسسة الوطنية للنفط لـ«الوسط» أن المؤسسة أوقفت المبادلة."
    assert _all(text)[0].via == ""
    text = "عنوان\n\nعدن الغد - خاص\n\nكشفت مصادر حكومية مطلعة لـ«عدن الغد» أن الوزارة عاجزة عن صرف الرواتب."
    assert _all(text)[0].via == ""
    text = "عنوان\n\nالقاهرة - رويترز\n\nوأكد مصدر في المؤسسة الوطنية للنفط لـ«الوسط» أن المؤسسة أوقفت المبادلة."
    assert _all(text)[0].via == "الوسط"


def test_a_channel_told_named_after_its_city_is_no_kunya():
    r = _all("قال مسؤول لتلفزيون أبو ظبي إن الأسعار سترتفع.")[0]
    assert (r.source, r.kind, r.via) == ("مسؤول", "unnamed_official", "تلفزيون أبو ظبي")
    r = _all("وقال الرئيس التنفيذي لبرنامج «كفالة» الأستاذ خالد بن إبراهيم الجاسر لـ«الجزيرة» إن البرنامج رفع الضمان.")[0]
    assert r.resolved == "خالد بن إبراهيم الجاسر"


def test_a_spokesman_for_a_body_no_list_knows():
    r = _all("وقال متحدث باسم مطارات أبوظبي إن المطار استقبل 29.4 مليون مسافر.")[0]
    assert (r.source, r.kind) == ("متحدث باسم مطارات أبوظبي", "unnamed_official")


def test_posts_over_one_of_many_and_over_two_places():
    r = _all("وقال مدير عام إحدى سلاسل الفنادق الكبرى في المدينة، طلب عدم ذكر اسمه، إن الطلب يفوق التوقعات.")[0]
    assert (r.source, r.kind, r.claim) == ("مدير عام إحدى سلاسل الفنادق الكبرى في المدينة", "anonymous",
                                          "الطلب يفوق التوقعات")
    r = _all("وقال المدير القطري للبنك الدولي للضفة الغربية وقطاع غزة ألكسندر هايدن: \"الوضع المالي بات هشا\".")[0]
    assert r.resolved == "ألكسندر هايدن"
    r = _all("ونقلت وكالة الأنباء الأردنية (بترا) عن مدير مركز جسر الملك حسين قوله إن المركز يعمل بطاقته الكاملة.")[0]
    assert (r.source, r.kind) == ("مدير مركز جسر الملك حسين", "unnamed_official")


def test_a_body_by_its_field_in_a_headline_when_the_text_names_it():
    r = _all("المركزي: 1.1 مليار دينار تدفقات الاستثمار\n\nوأظهرت بيانات البنك المركزي الأردني ارتفاع التدفقات.")[0]
    assert (r.cue, r.resolved, r.kind) == (":", "البنك المركزي الأردني", "named_organization")
    r = _all("الإحصاءات: ارتفاع التضخم 2.2 بالمئة\n\nوأظهر التقرير الشهري لدائرة الإحصاءات العامة ارتفاع الأسعار.")[0]
    assert (r.cue, r.resolved, r.kind) == (":", "دائرة الإحصاءات العامة", "named_organization")
    r = _all("النقد الدولي: 64% من السعوديين لا يملكون مساكن\n\nكشف صندوق النقد الدولي أن النسبة منخفضة، "
             "بحسب بيانات مؤسسة النقد العربي السعودي.")[0]
    assert (r.cue, r.resolved) == (":", "صندوق النقد الدولي")  # two words: not «النقد» of مؤسسة النقد


def test_demands_past_a_time_or_where_they_were_made():
    r = _all("ويرتفع النقل، إذ تطالب نقابة أصحاب الحافلات منذ أشهر بمراجعة تعرفة الركوب.")[0]
    assert (r.source, r.claim) == ("نقابة أصحاب الحافلات", "مراجعة تعرفة الركوب")
    r = _all("وطالبت اللجنة في توصياتها الحكومة بدمج الهيئات المستقلة.")[0]
    assert (r.cue, r.source) == ("وطالبت", "اللجنة")
    r = _all("ويطالب القطاع الصناعي منذ سنوات بتوحيد الجهات الرقابية.")[0]
    assert (r.source, r.kind) == ("القطاع الصناعي", "anonymous")


def test_an_mp_for_the_state_of_law_bloc():
    r = _all("نائب عن دولة القانون: الإقليم لم يسلم سوى 190 ألف برميل\n\nوقال مصدر إن الأمور جيدة.")[0]
    assert (r.cue, r.source, r.kind) == (":", "نائب عن دولة القانون", "unnamed_official")


def test_a_family_name_again_takes_no_object_into_the_name():
    rs = _all("وقال عادل المسقطي إن الدين مرتفع. ووصف المسقطي مستويات الدين الحالية بأنها «مقلقة».")
    assert (rs[1].resolved, rs[1].source) == ("عادل المسقطي", "المسقطي")
    assert rs[1].claim.startswith("مستويات الدين الحالية")
    r = _all("في المقابل، انتقد النائب نديم طربيه الموازنة، معتبرا أنها موازنة محاسبية.")[0]
    assert (r.resolved, r.claim) == ("نديم طربيه", "الموازنة")
    text = ("كشف الوزير عبد الرحمن محمد عثمان أن المساحات اتسعت. وقال المزارع عثمان الأمين إن السماد غال.")
    assert _all(text)[1].resolved == "عثمان الأمين"  # a given name, another man


def test_praise_of_how_someone_played_is_no_record():
    rs = _all("قال مدرب إنتر ميلان سيموني إنزاجي إن الفوز مهم. وأشاد إنزاجي بأداء المهاجم الأرجنتيني لاوتارو مارتينيز.")
    assert [r.cue for r in rs] == ["قال"]
    assert _all("وأشاد وزير التجارة بجهود الشباب السعودي في ريادة الأعمال.")[0].cue == "وأشاد"


def test_a_firm_no_list_knows_by_what_it_is_between_commas():
    r = _all("وقالت ميرسك الدنمركية، ثاني أكبر شركة لشحن الحاويات في العالم، في مذكرة للعملاء إنها لن تعود.")[0]
    assert (r.source, r.kind) == ("ميرسك الدنمركية", "named_organization")
    rs = _all("وقالت ميرسك الدنمركية، ثاني أكبر شركة لشحن الحاويات في العالم، إنها لن تعود. "
              "وقالت ميرسك في بيان إن الأسعار سترتفع.")
    assert (rs[1].resolved, rs[1].kind) == ("ميرسك الدنمركية", "named_organization")  # the firm again


def test_the_outlet_told_is_no_part_of_the_sources_body():
    r = _all("وقال مصدر في وزارة الصيد والاقتصاد البحري للأخبار إن نظام الحصص يهدف إلى الحماية.")[0]
    assert r.source == "مصدر في وزارة الصيد والاقتصاد البحري"
    r = _all("في الجانب السوري، قال مصدر في مديرية منفذ البوكمال لتلفزيون سوريا إن الكوادر جاهزة.")[0]
    assert (r.source, r.via) == ("مصدر في مديرية منفذ البوكمال", "تلفزيون سوريا")
    r = _all("وقال مصدر في الهيئة العامة للاستثمار إن المشاريع جاهزة.")[0]
    assert r.source == "مصدر في الهيئة العامة للاستثمار"


def test_two_posts_between_commas_then_the_name():
    r = _all("وقال عضو اللجنة، النائب عن ائتلاف دولة القانون، حسين الساعدي، للسومرية نيوز، إن الحكومة لم ترسل الجداول.")[0]
    assert (r.resolved, r.kind) == ("حسين الساعدي", "named_person")
    assert r.claim == "الحكومة لم ترسل الجداول"


def test_an_honorific_before_a_family_name_alone_keeps_the_earlier_full_name():
    text = ("ووقع الاتفاقية معالي الدكتور ثاني بن أحمد الزيودي، وزير دولة للتجارة الخارجية. "
            "وأكد معالي الزيودي أن الاتفاقية تمثل محطة جديدة.")
    assert _all(text)[0].resolved == "ثاني بن أحمد الزيودي"


def test_a_claim_ends_before_the_narrators_refusal_or_gloss():
    rs = _all("ولفت العبدالجليل إلى أن البنك يدرس التوسع، لكنه رفض الإفصاح عن اسمها، مؤكداً أن الخطوة ستخضع للموافقة.")
    assert [r.claim for r in rs] == ["البنك يدرس التوسع", "الخطوة ستخضع للموافقة"]
    r = _all("أما وزير العمل فاكتفى بالقول إن لجنة المؤشر ستجتمع «في أقرب وقت»، رافضا الالتزام بأي رقم.")[0]
    assert r.claim == "لجنة المؤشر ستجتمع «في أقرب وقت»"
    r = _all("وحذر الوزير من أن \"التحديات لا تزال قائمة\"، في إشارة إلى المعيار 62 الصادر عن الهيئة.")[0]
    assert (r.claim, r.direct) == ("التحديات لا تزال قائمة", True)
