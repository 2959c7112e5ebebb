from reader.core import text as t


def test_normalize_folds_and_maps_back():
    original = "وبالقُرُوضِ أليباي مسؤول ﻻ ٣٧ الـــمال"
    n = t.normalize(original)
    assert n.text == "وبالقروض اليباي مسءول لا 37 المال"
    start = n.text.index("اليباي")
    a, b = n.span_to_original(start, start + len("اليباي"))
    assert original[a:b] == "أليباي"
    start = n.text.index("قروض")
    a, b = n.span_to_original(start, start + 4)
    assert original[a:b] == "قُرُوضِ"[:-1] or original[a:b] == "قُرُوض"
    assert n.original_to_normalized(original.index("أليباي")) == n.text.index("اليباي")


def test_fold_variants_agree():
    assert t.fold("مسؤول") == t.fold("مسئول")
    assert t.fold("مستشفى") == t.fold("مستشفي")
    assert t.fold("مدرسة") == t.fold("مدرسه")
    assert t.fold("إنترنت") == t.fold("انترنت") == t.fold("آنترنت")
    assert t.fold("Alipay") == "alipay"


def test_invisibles_are_found():
    s = "قال\u200f إن\u200c الأمر"
    assert [(i, name) for i, _, name in t.find_invisibles(s)] == [
        (3, "RIGHT-TO-LEFT MARK"),
        (7, "ZERO WIDTH NON-JOINER"),
    ]


def test_tokens_keep_numbers_and_offsets():
    s = "ارتفع 5ر47 و5.47% و1,000 القُرُوضِ Alipay"
    toks = t.tokenize(s)
    assert [x.text for x in toks] == ["ارتفع", "5ر47", "و", "5.47%", "و", "1,000", "القُرُوضِ", "Alipay"]
    for tok in toks:
        assert s[tok.start:tok.end] == tok.text
    assert toks[6].base == "قروض"


def test_strip_proclitics_is_conservative():
    assert t.strip_proclitics(t.fold("وبالقروض")) == "قروض"
    assert t.strip_proclitics(t.fold("للصحيفة")) == "صحيفه"
    assert t.strip_proclitics("ولد") == "ولد"
    assert t.strip_proclitics("بلد") == "بلد"


def test_sentences():
    s = (
        "قال د. محمد إن النمو بلغ 5.47 بالمئة. وأضاف: 'الأمر جيد'.\n"
        "وقال تشاو: 'من غير المعقول تقييد .. الوصول'. 'رد المستخدمون'.\n"
        "  • بند أول\nهل هذا صحيح؟ نعم! انتهى"
    )
    got = [x.text for x in t.sentences(s)]
    assert got == [
        "قال د. محمد إن النمو بلغ 5.47 بالمئة.",
        "وأضاف: 'الأمر جيد'.",
        "وقال تشاو: 'من غير المعقول تقييد .. الوصول'.",
        "'رد المستخدمون'.",
        "بند أول",
        "هل هذا صحيح؟",
        "نعم!",
        "انتهى",
    ]
    for x in t.sentences(s):
        assert s[x.start:x.end] == x.text


def test_variant_pattern_finds_real_text():
    s = "وبالقُرُوضِ القروض قروضهم أليباي ALIPAY مسئول"
    assert [m.group() for m in t.variant_pattern("القروض").finditer(s)] == ["وبالقُرُوضِ", "القروض"]
    assert [m.group() for m in t.variant_pattern("قروض", whole_word=True).finditer(s)] == [
        "وبالقُرُوضِ",
        "القروض",
    ]
    assert t.variant_pattern("alipay").search(s).group() == "ALIPAY"
    assert t.variant_pattern("مسؤول").search(s).group() == "مسئول"


def test_sample_sentences_keep_quotes_together():
    from reader.core.resources import sample_article

    s = sample_article().read_text(encoding="utf-8")
    texts = [x.text for x in t.sentences(s)]
    assert "'إنها تريد إنهاء ذلك'." in texts
    assert any(x.startswith("وقال تشاو: 'من غير المعقول تقييد .. الوصول") for x in texts)


def test_token_spans_of_the_text_just_tokenized_are_the_same_as_a_fresh_scan():
    """The analysis tokenizes a long text for its entities, then asks token_spans of the same
    string for its claims: the remembered tokens give the same three lists."""
    from reader.core import text as T

    long_text = "قال الوزير إن «السوق» ستنمو 5.5% في 2025، وأضاف: نعم. " * 600
    tokens = T.tokenize(long_text, punctuation=True)
    remembered = T.token_spans(long_text, punctuation=True)
    T._last_tokens = (None, None)
    assert remembered == T.token_spans(long_text, punctuation=True)
    assert remembered[2] == [t.text for t in tokens]
    # another string with the same characters is scanned, never mistaken for the remembered one
    other = "".join(list(long_text))
    assert T.token_spans(other, punctuation=True) == remembered


def test_an_acronym_spelt_in_arabic_letter_names_does_not_end_a_sentence():
    from reader.core.text import sentences

    text = "ونقلت وكالة بي. تي. ايه عن الوزير قوله إن الحكومة مستعدة. وقال النائب إن ذلك غير كاف."
    assert [s.text for s in sentences(text)] == [
        "ونقلت وكالة بي. تي. ايه عن الوزير قوله إن الحكومة مستعدة.", "وقال النائب إن ذلك غير كاف."]
    assert len(sentences("قالت شبكة سي. إن. إن الإخبارية إن الهجوم وقع. وأضافت أن الضحايا كثر.")) == 2
    # a letter name that ends a sentence, then the word في (in)
    assert len(sentences("وصل القطار إلى محطة بي. في المساء عاد الركاب.")) == 2


def test_a_middle_initial_does_not_end_a_sentence():
    from reader.core.text import sentences

    assert [s.text for s in sentences("وقال سليم ي. حداد إن القرار كان متوقعا. وأضاف أنه جيد.")] == [
        "وقال سليم ي. حداد إن القرار كان متوقعا.", "وأضاف أنه جيد."]
    # a letter after a definite word, or before a new clause, still ends one
    assert len(sentences("وتأهل الفريق عن المجموعة ي. وقال المدرب إن الفوز مستحق.")) == 2
    assert len(sentences("وحل في المركز الأخير فريق الهلال ي. المباراة القادمة صعبة.")) == 2


def test_an_initial_waw_or_before_a_fa_surname():
    from reader.core.text import sentences

    assert len(sentences("وقال أندرو و. فيلدينغ إن عمان تملك أصولا.")) == 1
    assert len(sentences("وقال مارك ج. فيلدن إن النمو قوي.")) == 1
    assert len(sentences("وتأهل الفريق ي. فقد فاز في مباراته الأخيرة.")) == 2


def test_a_middle_initial_written_as_a_letters_name_ends_no_sentence():
    from reader.core.text import sentences

    text = "وقال بيتر إتش. غرينفيلد إن البنك أرسل رسالة. وأضاف أن السوق هادئة."
    assert len(sentences(text)) == 2
    text = "ونقلت وكالة بي. تي. ايه عن الوزير قوله. وأضاف أن السوق هادئة."
    assert len(sentences(text)) == 2


def test_a_middle_initial_before_a_name_with_waw_is_no_sentence_end():
    from reader.core.text import sentences

    assert len(sentences("وقال غاري إل. ويندهام إن النمو مستمر.")) == 1
    assert len(sentences("قال مارك دبليو. هيلمان إن الخطوة صحيحة.")) == 1
    assert len(sentences("وصل الوفد برئاسة جون إل. وقال المدير إن الأمر انتهى.")) == 2  # (a clause with و)


def test_a_question_mark_inside_a_quotation_that_a_comma_follows_is_no_sentence_end():
    from reader.core.text import sentences

    assert len(sentences("«من أين جاء هذا الاستهلاك؟»، يتساءل الخالدي.")) == 1
    assert len(sentences("قال: «من أين؟» ثم خرج.")) == 2
