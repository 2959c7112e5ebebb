"""Claim spans: where they start and stop, trimming, direct quotes."""

from reader.core.attribution import detect_claims

from attr_helpers import recs


def test_claim_stops_before_a_participle_and_a_coordinated_cue():
    a, b, c = recs("قال البنك المركزي الأوروبي إنه سيخفض الفائدة، مضيفا أن التضخم يقترب من هدفه، "
                   "ولافتا إلى أن النمو ضعيف.")
    assert [r.claim for r in (a, b, c)] == ["سيخفض الفائدة", "التضخم يقترب من هدفه", "النمو ضعيف"]
    assert a.source == b.source == c.source == "البنك المركزي الأوروبي"
    a, b = recs("نفت وزارة الخارجية علمها بأي عقوبات جديدة، ووصفت التقارير بأنها \"حرب نفسية\".")
    assert a.claim == "علمها بأي عقوبات جديدة"
    assert (b.cue, b.source, b.resolved, b.claim) == ("ووصفت", "", "وزارة الخارجية", "التقارير بأنها \"حرب نفسية\"")


def test_claim_after_a_pronoun_complementizer():
    (r,) = recs("وقالت الشركتان في وقت سابق إنهما تتعاونان في مجالات عدة.")
    assert r.claim == "تتعاونان في مجالات عدة"


def test_claim_after_ila_anna_and_min_anna():
    (r,) = recs("وأشار الباحثون إلى أن الدراسة لم تثبت علاقة سببية.")
    assert r.claim == "الدراسة لم تثبت علاقة سببية"
    (r,) = recs("حذرت الأمم المتحدة من أن العالم يتجه نحو ارتفاع الحرارة.")
    assert r.claim == "العالم يتجه نحو ارتفاع الحرارة"


def test_whole_quoted_claim_is_a_direct_quote_and_a_partly_quoted_one_is_not():
    (r,) = recs("وقال الباحث إن \"النتائج تؤكد أهمية النوم\".")
    assert (r.claim, r.direct) == ("النتائج تؤكد أهمية النوم", True)
    (r,) = recs("قال المدرب إن فريقه «لم يقدم أفضل مستوياته» في الشوط الأول.")
    assert (r.claim, r.direct) == ("فريقه «لم يقدم أفضل مستوياته» في الشوط الأول", False)


def test_a_quotation_with_several_sentences_is_one_claim():
    (r,) = recs("وأضاف الوزير: «نحن لا نستهدف فائضا. الأولوية هي النمو».")
    assert (r.claim, r.direct) == ("نحن لا نستهدف فائضا. الأولوية هي النمو", True)


def test_the_narrator_moving_on_ends_the_claim():
    (r,) = recs("قال الجيش في بيان إنه استهدف \"عنصرين\"، لكنه لم يقدم أدلة على ذلك.")
    assert r.claim == "استهدف \"عنصرين\""
    a, b = recs("ولم ترد أبل على طلب للتعليق، فيما رفضت متحدثة باسم جوجل التعليق.")
    assert a.claim == "على طلب للتعليق" and b.claim == "التعليق"
    r, own = recs("وقال النائب إن المشروع \"يثقل كاهل الطبقة الوسطى\"، على حد تعبيره.")
    assert r.claim == "المشروع \"يثقل كاهل الطبقة الوسطى\""
    assert (own.cue, own.resolved) == ("على حد تعبيره", "النائب")  # his own words, a record (issue 9)


def test_claim_text_is_the_text_at_its_offsets():
    text = "  قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء السيطرة .  "
    (c,) = detect_claims(text)
    assert text[c.start:c.end] == c.text == "الحكومة تريد إنهاء السيطرة"
    assert text[c.cue.start:c.cue.end] == "قالت"
    assert text[c.source.start:c.source.end] == "مصادر"


def test_an_apposition_after_a_name_is_skipped():
    (r,) = recs("وقالت سلمى الحربي، الأستاذة في كلية الطب، إن العلاج متاح.")
    assert (r.source, r.claim) == ("سلمى الحربي", "العلاج متاح")


def test_the_verb_own_preposition_ends_an_adverbial_phrase():
    (r,) = recs("وأشارت الوزارة في بيان نشرته على موقعها إلى ارتفاع الصادرات.")
    assert (r.source, r.claim) == ("الوزارة", "ارتفاع الصادرات")
