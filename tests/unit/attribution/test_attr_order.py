"""Verb-subject and subject-verb order; the claim before the cue and after it."""

from attr_helpers import recs


def test_verb_subject():
    (r,) = recs("وقال مصدر مقرب من المنظمين إن الحكومة تريد إنهاء ذلك.")
    assert (r.source, r.claim) == ("مصدر مقرب من المنظمين", "الحكومة تريد إنهاء ذلك")


def test_subject_verb_with_the_claim_before():
    text = ("تم إخبار الشركة بالتفرغ من أعمال القروض ، الأوقات المالية ذكرت يوم الاثنين نقلا عن شخص "
            "على علم بالموضوع.")
    (r,) = recs(text)
    assert (r.cue, r.source, r.kind, r.via, r.claim) == (
        "ذكرت", "شخص على علم بالموضوع", "anonymous", "الأوقات المالية",
        "تم إخبار الشركة بالتفرغ من أعمال القروض")


def test_subject_verb_at_the_start_of_a_sentence():
    (r,) = recs("الخرطوم (رويترز) - الحكومة السودانية قالت يوم الأربعاء إنها لن تشارك في المحادثات.")
    assert (r.source, r.kind, r.claim) == ("الحكومة السودانية", "named_organization", "لن تشارك في المحادثات")
    (r,) = recs("لكن البنك الدولي يرى أن الإصلاحات «ضرورية».")
    assert (r.source, r.claim, r.direct) == ("البنك الدولي", "الإصلاحات «ضرورية»", False)
    (r,) = recs("وكانت النيابة العامة قد ذكرت في أمر الإحالة أن المتهم حول الأموال.")
    assert (r.source, r.claim) == ("النيابة العامة", "المتهم حول الأموال")


def test_cue_after_the_claim():
    (r,) = recs("«لن نبيع أي لاعب أساسي»، قال رئيس النادي فلورنتينو بيريز للصحفيين.")
    assert (r.source, r.claim, r.direct) == ("فلورنتينو بيريز", "لن نبيع أي لاعب أساسي", True)
    (r,) = recs("وستستمر المشاورات مع الأطراف الإقليمية، قال متحدث باسم الخارجية.")
    assert (r.source, r.claim) == ("متحدث باسم الخارجية", "وستستمر المشاورات مع الأطراف الإقليمية")
