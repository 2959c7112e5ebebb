"""Diacritics and spelling variants (alef/hamza, ya/alef maqsura, ta marbuta) match."""

from attr_helpers import recs


def test_diacritised_text():
    rs = recs("قَالَ وَزِيرُ الخَارِجِيَّةِ مُحَمَّد بن عبد الرحمن إِنَّ المُفَاوَضَاتِ بَلَغَتْ مَرْحَلَةً حَاسِمَةً.\n"
              "وَأَضَافَ أَنَّ الوُسَطَاءَ يَعْمَلُونَ.\n"
              "وَأَشَارَتْ وَكَالَةُ الأَنْبَاءِ القَطَرِيَّةُ إِلَى أَنَّ جَوْلَةً جَدِيدَةً سَتُعْقَدُ.")
    assert [r.cue for r in rs] == ["قَالَ", "وَأَضَافَ", "وَأَشَارَتْ"]
    assert rs[0].source == "مُحَمَّد بن عبد الرحمن" and rs[0].claim == "المُفَاوَضَاتِ بَلَغَتْ مَرْحَلَةً حَاسِمَةً"
    assert rs[1].resolved == "مُحَمَّد بن عبد الرحمن"
    assert (rs[2].source, rs[2].kind) == ("وَكَالَةُ الأَنْبَاءِ القَطَرِيَّةُ", "media")


def test_spelling_variants_and_tatweel():
    (r,) = recs("واضاف المتحدث ان الاتفاق سيوقع قريبا.")
    assert r.cue == "واضاف" and r.claim == "الاتفاق سيوقع قريبا"
    (r,) = recs("ونفى الوزير ان تكون الحكومة قد تراجعت.")
    assert r.cue == "ونفى"
    (r,) = recs("وقــال المتحدث إن الحادث وقع صباحاً.")
    assert r.cue == "وقــال"
    (r,) = recs("وأكّدَ التقرير أنّ الأرقام دقيقة.")
    assert (r.cue, r.kind) == ("وأكّدَ", "document")
