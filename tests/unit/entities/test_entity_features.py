"""Tagger features: document features, the article and currency classes, the title gate."""

from reader.core.entities.features import FeatureExtractor, Lexicon
from reader.core.entities.patterns import PatternFinder
from reader.core.entities.tagger import Tagger
from reader.core.text import fold


def doc_features(text_sentences, lexicon=None):
    fx = FeatureExtractor(lexicon)
    sentences = [s.split() for s in text_sentences]
    return sentences, fx.document(sentences)


def feats_of(sentences, doc, word, nth=0):
    hits = [f for ws, fs in zip(sentences, doc) for w, f in zip(ws, fs) if w == word]
    return hits[nth]


def test_document_features_come_from_the_other_occurrences_only():
    sentences, doc = doc_features([
        "ووصل الوفد إلى مدينة بغنداران أمس",
        "وقال سكان بغنداران إن",
        "زار كوستا المدينة",
    ])
    first = feats_of(sentences, doc, "بغنداران", 0)
    second = feats_of(sentences, doc, "بغنداران", 1)
    # The second mention learns that the word follows a place head (مدينة) elsewhere ...
    assert "dpLOCHEAD" in second and "dn=1" in second
    # ... but the first does not learn it from itself.
    assert "dpLOCHEAD" not in first and "dn=1" in first
    # A word seen once in the document has no document features.
    assert feats_of(sentences, doc, "كوستا") == []


def test_document_features_see_through_proclitics_and_the_article():
    sentences, doc = doc_features(["زار الرئيس كوستا", "وكوستا هنا", "المدينة والمدينة مدينة"])
    assert "dpTITLE" in feats_of(sentences, doc, "وكوستا")
    assert "dal" in feats_of(sentences, doc, "مدينة")  # المدينة is in the document too
    assert "dbare" in feats_of(sentences, doc, "المدينة")


def test_article_and_currency_classes():
    lex = Lexicon(words={"الحكومه": "O"}, freq={"الحكومه": 5, "حكومه": 2})
    fx = FeatureExtractor(lex)
    own = fx.sentence(["حكومة", "الحكومة", "بغنداران", "بالدولار"])
    assert "alf=al" in own[0] and "alf=bare" in own[1]
    assert not any(f.startswith("alf=") for f in own[2])
    assert "cur" in own[3] and "+1cur" in own[2]


def test_title_rule_skips_words_the_training_data_saw_outside_names():
    words = "قال الرئيس معتنقي الديانة و الرئيس يلتسين".split()
    norms = [fold(w) for w in words]
    lex = Lexicon(words={"يلتسين": "PER"}, freq={"معتنقي": 2, "يلتسين": 3})
    tagger = Tagger.__new__(Tagger)  # only the lexicon look-ups are used here
    tagger.lexicon = lex
    assert tagger.plain_word("معتنقي") and not tagger.plain_word("يلتسين")
    assert not tagger.plain_word("بغنداران")  # never seen: may be a name
    found = PatternFinder(words, norms, lambda w: False, tagger.plain_word).find()
    assert [(" ".join(words[c.first:c.last + 1]), c.type) for c in found] == [("يلتسين", "PER")]


def test_propagation_does_not_spread_a_word_seen_outside_names():
    from reader.core.entities.propagate import collect_names, propagate

    lex = Lexicon(words={"غروب": "O"}, freq={"غروب": 1})
    assert lex.seen_outside_names("غروب") and not lex.seen_outside_names("بغنداران")
    s1 = [fold(w) for w in "زار غروب و بغنداران".split()]
    names = collect_names([s1], [["O", "B-ORG", "O", "B-LOC"]], [[1.0] * 4])
    s2 = [fold(w) for w in "قبل غروب الشمس في بغنداران".split()]
    assert propagate(s2, ["O"] * 5, names, lex.seen_outside_names) == [
        "O", "O", "O", "O", "B-LOC"]


def test_document_features_of_the_neighbours_are_features_too():
    fx = FeatureExtractor()
    words = "زار كوستا المدينة".split()
    extra = [[], ["dpTITLE", "dn=1"], []]
    feats = fx.sentence(words, None, extra)
    assert "dpTITLE" in feats[1] and "+1dpTITLE" in feats[0] and "-1dn=1" in feats[2]
    assert fx.sentence(words) == fx.sentence(words, None, [[], [], []])


def test_alef_maksura_as_written_is_a_feature():
    """fold() makes على (on) and علي (Ali) one word; the mk flag keeps them apart."""
    fx = FeatureExtractor(None)
    on, ali, marked = fx.sentence(["على", "علي", "علىً"])
    assert "w=علي" in on and "w=علي" in ali
    assert "mk" in on and "mk" not in ali
    assert "mk" in marked  # a mark after the letter does not hide it


def test_the_tagger_gives_crfsuite_only_the_attributes_its_model_knows():
    """Filtered and in UTF-8, the features give the very labels and probabilities that all
    of them as strings give (crfsuite skips what it does not know)."""
    from reader.core.entities.tagger import get_tagger

    tagger = get_tagger()
    crf, fx = tagger._crf, tagger._features
    known = set(crf.info().attributes)
    assert set(fx._form) == known
    everything = FeatureExtractor(tagger.lexicon)
    words = ("وقال الرئيس التنفيذي لشركة أرامكو السعودية أمين الناصر ، في مؤتمر صحفي بالرياض "
             "أمس ، إن الشركة ستزيد إنتاجها إلى 12 مليون برميل يوميا .").split()
    other = "وأضاف الناصر أن أرامكو ماضية في خططها .".split()
    extra = everything.document([words, other])[0]
    assert any(extra)  # the repeated names have document features
    fast = fx.sentence(words, None, extra)
    full = everything.sentence(words, None, extra)
    assert all(isinstance(f, bytes) for fs in fast for f in fs)
    assert fast == [[f.encode() for f in fs if f in known] for fs in full]
    labels = crf.tag(full)
    marginals = [crf.marginal(lab, i) for i, lab in enumerate(labels)]
    assert crf.tag(fast) == labels
    assert [crf.marginal(lab, i) for i, lab in enumerate(labels)] == marginals
