"""Phrasings found when scoring the third held-out set (tests/data/attribution/heldout3):
names in «» inside a phrase, roles with their modifiers, relative clauses on documents,
fronted vias, datelines, topics with أما, and acts that are not claims. The sentences here
are new; none is copied from the held-out texts."""

from reader.core.attribution import detect_claims

from attr_helpers import recs


def test_a_name_in_guillemets_inside_an_apposition_or_a_source():
    (r,) = recs("وقال خالد منصور، كبير المحللين في «بلتون المالية» القابضة، إن السيولة تحسنت.")
    assert (r.source, r.claim) == ("خالد منصور", "السيولة تحسنت")
    (r,) = recs("ووفقا لمذكرة صادرة عن شركة الوساطة «أرقام»، فإن الأرباح سترتفع.")
    assert (r.resolved, r.kind, r.claim) == ("مذكرة صادرة عن شركة الوساطة «أرقام»", "document", "الأرباح سترتفع")


def test_the_via_is_not_swallowed_by_a_role():
    (r,) = recs("وقال مسؤول لوكالة رويترز إن المحادثات توقفت.")
    assert (r.source, r.via, r.claim) == ("مسؤول", "وكالة رويترز", "المحادثات توقفت")


def test_a_participle_with_its_preposition_qualifies_a_role():
    (r,) = recs("وقال دبلوماسي غربي مطلع على الملف لوكالة فرانس برس إن الاتفاق قريب.")
    assert (r.source, r.via) == ("دبلوماسي غربي مطلع على الملف", "وكالة فرانس برس")
    (r,) = recs("وقال مسؤول مصري مشارك في الوساطة إن الجولة المقبلة ستعقد في القاهرة.")
    assert r.source == "مسؤول مصري مشارك في الوساطة"


def test_unnamed_people_with_a_genitive_or_a_field():
    (r,) = recs("ويحذر علماء المناخ منذ سنوات من أن الجفاف سيتفاقم.")
    assert (r.source, r.kind, r.claim) == ("علماء المناخ", "anonymous", "الجفاف سيتفاقم")
    (r,) = recs("ويرى خبراء في مجال الطيران أن الطلب سيتعافى.")
    assert (r.source, r.claim) == ("خبراء في مجال الطيران", "الطلب سيتعافى")
    (r,) = recs("وقالت مصادر مقربة من إدارة الشركة إن الصفقة ألغيت.")
    assert r.source == "مصادر مقربة من إدارة الشركة"


def test_dual_and_plural_back_references_resolve():
    text = ("ونقلت صحيفة الشرق الأوسط عن مصدرين في وزارة النفط أن الإنتاج سيرتفع.\n"
            "وأضاف المصدران أن الوزارة تتفاوض مع شركات آسيوية.")
    first, second = detect_claims(text)
    assert second.source.resolved == first.source.resolved == "مصدرين في وزارة النفط"
    assert second.via is not None and second.via.text == first.via.text


def test_a_role_before_an_unknown_first_name():
    (r,) = recs("وقال المحامي مؤنس الحديدي إن موكله بريء.")
    assert (r.source, r.kind) == ("مؤنس الحديدي", "named_person")


def test_a_role_then_a_family_name_named_before():
    text = ("وقالت النائبة سلمى الزعبي إن القانون ظالم.\n"
            "ووصفت النائبة الزعبي التصويت بأنه \"مهزلة\".")
    _, second = detect_claims(text)
    assert (second.source.resolved, second.source.kind) == ("سلمى الزعبي", "named_person")


def test_a_document_with_a_relative_clause():
    (r,) = recs("وأظهرت وثيقة داخلية حصلت عليها «الشرق» أن الشركة ستسرح 300 موظف.")
    assert (r.source, r.kind, r.claim) == ("وثيقة داخلية", "document", "الشركة ستسرح 300 موظف")


def test_a_fronted_interview_names_the_via_for_the_speaker_and_his_continuation():
    text = ("وفي حديث لقناة «الحدث»، قال المدرب جمال سلامي: «الفريق قادر على التأهل».\n"
            "وتابع: «نحتاج إلى الهدوء».")
    first, second = detect_claims(text)
    assert first.via.text == "قناة «الحدث»"
    assert second.via is not None and second.via.text == "قناة «الحدث»"


def test_a_named_continuation_with_adaf_keeps_the_via():
    text = ("وقال سامي العلي لوكالة بلومبرغ إن الأسعار ستنخفض.\n"
            "«نتوقع هبوطا في الربع الأخير»، أضاف العلي.")
    _, second = detect_claims(text)
    assert second.via is not None and second.via.text == "وكالة بلومبرغ"


def test_the_dateline_is_not_part_of_a_claim_before_its_cue():
    (r,) = recs("عمّان (وكالات) - ارتفع عدد المصابين إلى 40، بحسب ما أعلنته وزارة الصحة.")
    assert r.claim == "ارتفع عدد المصابين إلى 40"


def test_a_compound_name_with_allah_and_a_name_in_marks_in_an_event():
    (r,) = recs("وقال عبد الله الحربي في تغريدة على منصة «إكس» إن القرار نهائي.")
    assert (r.source, r.claim) == ("عبد الله الحربي", "القرار نهائي")
    (r,) = recs("بحسب ما أعلنه المتحدث ذبيح الله مجاهد، ارتفعت الحصيلة.")
    assert r.source == "ذبيح الله مجاهد"


def test_amma_topic_is_the_subject_after_fa():
    text = ("وقالت النقابة إن الأجور متدنية.\n"
            "أما وزارة العمل، فقد أكدت أن الزيادة ستصرف الشهر المقبل.")
    _, second = detect_claims(text)
    assert (second.source.text, second.source.kind) == ("وزارة العمل", "named_organization")


def test_a_relative_clause_cue_takes_the_noun_before_it_as_subject():
    (r,) = recs("وأقر البرلمان القانون وسط اعتراض من نواب اعتبروا أن الضريبة مجحفة.")
    assert (r.cue, r.source, r.kind) == ("اعتبروا", "نواب", "unnamed_official")


def test_a_quotation_with_the_speaker_and_an_apposition_after_it():
    (r,) = recs("«الأرقام مقلقة جدا»، تقول الدكتورة هالة يوسف، أستاذة الصحة العامة بجامعة القاهرة.")
    assert (r.source, r.claim, r.direct) == ("هالة يوسف", "الأرقام مقلقة جدا", True)


def test_object_claims_end_before_a_time_clause_and_acts_end_the_claim():
    (r,) = recs("أعلنت الشركة إقالة مديرها التنفيذي، بعد أيام من تراجع السهم.")
    assert r.claim == "إقالة مديرها التنفيذي"
    # since issue 9 مشيدا is a participle cue of its own (the claim still ends before it)
    r, praise = recs("وقال الاتحاد إن القرار نهائي، مشيدا بدور اللجنة.")
    assert r.claim == "القرار نهائي"
    assert (praise.cue, praise.resolved, praise.claim) == ("مشيدا", "الاتحاد", "دور اللجنة")


def test_declaring_a_state_is_an_act_not_a_claim():
    assert recs("وأعلنت الحكومة حالة الطوارئ في ثلاث محافظات.") == []
    assert recs("وأعلنت الحكومة الحداد ثلاثة أيام.") == []
    (r,) = recs("وأعلنت الوزارة تسجيل حالة وفاة جديدة.")
    assert r.claim == "تسجيل حالة وفاة جديدة"


def test_local_media_reports_and_others():
    (r,) = recs("وذكرت تقارير صحفية محلية أن المدرب سيرحل.")
    assert (r.source, r.kind) == ("تقارير صحفية محلية", "media")
    (r,) = recs("وأيد نواب مستقلون القرار، فيما طالب آخرون بتأجيله.")
    assert (r.cue, r.source, r.kind, r.claim) == ("طالب", "آخرون", "anonymous", "تأجيله")
