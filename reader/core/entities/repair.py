"""Repairs of name spans found on real news text, applied after the tagger, the gazetteer
and the patterns have been put together (``pipeline``), before the numbers are merged.

- A currency word is never a person, an organisation or a place: a span of currency words
  only (ريال، يوان، الدولار الأمريكي) is the MISC it is in ANERcorp. (The tagger learnt
  ريال as the first word of ريال مدريد, and يوان as a Chinese given name.)
- Compound given names stay whole: عبد الله، ولي الله، ما شاء الله، نور الدين. A span that
  starts at the second half takes the first half in ("الله الزوي" after ما شاء -> "ما شاء
  الله الزوي", a person).
- Dotted acronyms stay whole: a name span over a part of جيه.إل.إل covers all of it, and
  an untagged acronym of three letters or more in Arabic script is an ORG.
- Head nouns stay in organisation names: بنك/البنك/مصرف/هيئة/جامعة/منظمة right before a
  name makes the head and the name one ORG (البنك الأهلي، هيئة السوق المالية).
- A document word alone (البلاغ، التقرير) is no person: the tagger's one-word PER over it is
  dropped ("وتوقع البلاغ أن").
- «مالي» the adjective ("financial": وسيط مالي) is not the country Mali: a lone LOC مالي
  after a word that does not announce a place is dropped.
- A newspaper named in quotation marks is the newspaper, not the place it is named after:
  «الشرق الأوسط» -> ORG Asharq Al-Awsat (forms listed in media.tsv with the tag ``weak``).
"""

from __future__ import annotations

from typing import Sequence

from reader.core.text import fold, possessed_stance

from .clitics import clitic_variants
from .gazetteer import first_names, gazetteer, trigger_classes
from .layout import Layout, Span
from .numwords import CURRENCY, CURRENCY_ADJ, FUNCTION_WORDS
from .tagger import acronym_part


_BARE_CLITICS = frozenset(("ل", "ب", "و", "ف", "ك", "لل"))


def _f(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


#: Currency nouns with the article (الريال، بالدولار): with CURRENCY, a name made of these
#: only is a currency.
_CURRENCY_DEFINITE = frozenset("ال" + w for w in CURRENCY if not w.isascii())
_CURRENCY_ADJ_DEFINITE = frozenset("ال" + w for w in CURRENCY_ADJ)
#: Second halves of compound given names, after عبد (عبد الله، عبد الرحمن ...).
_AFTER_ABD = _f(
    "الله الرحمن الرحيم العزيز الكريم الحميد المجيد الملك اللطيف الحكيم الرزاق الوهاب الفتاح "
    "الغني القادر القدير الهادي الناصر الباري الرؤوف الجبار الستار الغفار الإله السلام الحليم "
    "المحسن المنعم الجليل المطلب الواحد الأحد الصمد المعطي الودود الخالق المنان النور الحي "
    "القيوم الحفيظ الوكيل الإله البديع الرشيد العليم الخبير الباسط الحق الحافظ")
#: Other compound given names: first half -> second halves.
_COMPOUNDS: dict[tuple[str, ...], frozenset[str]] = {
    (fold("ولي"),): _f("الله"),
    (fold("آية"),): _f("الله"),
    (fold("ما"), fold("شاء")): _f("الله"),
    (fold("عبد"),): _AFTER_ABD,
}
for _w in "نصر فضل جاد خير عطا حسب فتح رزق عوض جار".split():
    _COMPOUNDS[(fold(_w),)] = _COMPOUNDS.get((fold(_w),), frozenset()) | _f("الله")
for _w in ("نور عز صلاح علاء بهاء شمس محيي محي جمال كمال تاج خير نصر سيف زين ضياء نجم فخر "
           "عماد بدر شرف تقي ركن قطب").split():
    _COMPOUNDS[(fold(_w),)] = _COMPOUNDS.get((fold(_w),), frozenset()) | _f("الدين")
_COMPOUNDS[(fold("زين"),)] |= _f("العابدين")
_COMPOUND_SECONDS = frozenset().union(*_COMPOUNDS.values())
#: Words that link the parts of a name and never end it.
_NAME_LINKS = _f("بن ابن بنت منت أبو أبي أبا آل عبد")
#: Words after a name that carry it on to the father's or the family's name.
_NAME_GOES_ON = _f("بن ابن بنت ولد منت")
#: A name never starts on these (its first word is the person's own name).
_SON_OF = _f("بن ابن")
#: علي (Ali) folds like على (on), a function word.
_ALI = fold("علي")
_NAME_TYPES = frozenset({"PER", "LOC", "ORG", "MISC"})
#: Heads kept in front of an organisation's name.
_ORG_HEADS = _f("بنك البنك مصرف المصرف هيئة الهيئة جامعة منظمة كتائب سرايا ألوية")
#: Words no person's name begins with: a span the tagger calls PER from one of them is a body.
_BODY_HEADS = _ORG_HEADS | _f("مجلس المجلس وزارة الوزارة شركة الشركة مؤسسة المؤسسة صندوق الصندوق "
                              "اتحاد الاتحاد حزب الحزب لجنة اللجنة جمعية الجمعية حركة الحركة جبهة الجبهة "
                              "كتائب سرايا ألوية فيلق مركز المركز معهد المعهد")
#: Words before مالي that announce the country.
#: Role and trade words that alone name no one (المحللة، الخبير).
_ROLE_WORDS = _f("محلل محللة محللون محللين خبير خبيرة خبراء مستشار مستشارة مدير مديرة رئيس رئيسة وزير وزيرة "
                 "متحدث متحدثة ناطق ناطقة مسؤول مسؤولة سفير سفيرة مراسل مراسلة "
                 "باحث باحثة أستاذ أستاذة محامي محامية وكيل وكيلة نائب نائبة عضو عضوة محافظ مساعد سمسار موزع")
#: Plural posts in a construct (مديري مديريات التموين): a group of office holders, never one person's name.
_PLURAL_POSTS = _f("مديري مديرو مسؤولي مسؤولو ممثلي ممثلو رؤساء أعضاء موظفي موظفو وزراء قادة "
                   "منتجو منتجي مربو مربي مزارعو مزارعي مستوردو مستوردي موزعو موزعي تجار")
#: Documents that speak (وأوضح البلاغ، وتوقع التقرير): alone, never a person.
_DOCUMENT_WORDS = _f("بلاغ بيان تقرير بيانات معطيات نشرة مذكرة دراسة تعميم مسح استطلاع")
#: Trades that describe a person before the name (المستثمر العقاري خالد …).
_KUNYA = _f("أبو أم ابو ام")
_TRADES = _f("زائر زائرة متسوق متسوقة مستثمر مستثمرة تاجر تاجرة اقتصادي اقتصادية مواطن مواطنة رجل سيدة لاعب لاعبة مدرب مدربة فنان فنانة "
             "وسيط وسيطة مطور مطورة مقاول مقاولة مسوق مسوقة")
_IN_THE_NAME_OF = _f("باسم بإسم")
_WORKERS = _f("موظف موظفة عامل عاملة سائق سائقة بائع بائعة مواطن مواطنة طالب طالبة مزارع مزارعة راع راعي مهندس "
              "مهندسة طبيب طبيبة ممرض ممرضة تاجر تاجرة مستثمر مستثمرة مقيم مقيمة زائر زائرة حاج حاجة معتمر معتمرة")
_SPOKESMAN = _f("الناطق الناطقة المتحدث المتحدثة الرسمي الرسمية ناطق ناطقة متحدث متحدثة رسمي رسمية")
#: "his saying", "her confirming": what a source is quoted with after its name (نقلت عن X قوله).
_SAYING_OF_HIM = _f("قوله قولها قولهم قولهما تأكيده تأكيدها تأكيدهم "
                   "تفاؤله تفاؤلها تشاؤمه تشاؤمها قلقه قلقها ارتياحه ارتياحها استياءه استياءها أسفه أسفها "
                   "ترحيبه ترحيبها رفضه رفضها تأييده تأييدها أمله أملها استعداده استعدادها شكره شكرها")
#: Role words a tagger's person span may run on to ("… آل خليفة عاهل البحرين").
_MANNER = _f("ساخرا ساخرة مبتسما مبتسمة ضاحكا ضاحكة غاضبا غاضبة مازحا مازحة متحسرا متحسرة متنهدا متنهدة "
              "متسائلا متسائلة مستغربا مستغربة")
#: Given names written with the article (Sudanese and Maghrebi usage): before a person's name
#: they are its first part ("للحزب الطيب | عثمان الحاج").
_AL_GIVEN = _f("الطيب الصادق الهادي الطاهر المختار الخضر الفاتح الشفيع المنصف الحبيب المهدي الحسن الحسين "
               "العباس البشير")
_ROLE_AFTER_NAME = _f("عاهل رئيس وزير وزيرة سفير قائد زعيم مستشار مدير نائب متحدث محافظ مندوب مفتي")
_MALI_CONTEXT = _f(
    "في إلى الى من دولة جمهورية عاصمة شمال جنوب شرق غرب وسط حكومة رئيس و مثل بين مع "
    "بلدان دول زار يزور زيارة غادر وصل إمبراطورية مملكة تونس الجزائر النيجر السنغال "
    "موريتانيا بوركينا")
_MALI = fold("مالي")
_BP = (fold("بي"), fold("بي"))
_OPEN = frozenset("«“\"")
_CLOSE = frozenset("»”\"")


def is_currency_run(norms: Sequence[str]) -> bool:
    """Whether folded words are a currency name and nothing else (ريال سعودي، الدولار)."""
    if not norms:
        return False
    head = clitic_variants(norms[0])
    if not any(v in CURRENCY or v in _CURRENCY_DEFINITE for v in head):
        return False
    return all(n in CURRENCY_ADJ or n in _CURRENCY_ADJ_DEFINITE for n in norms[1:])


#: Abbreviated titles (د. doctor, م. engineer, أ. professor) and the names of letters that
#: dotted acronyms are spelt with in Arabic (جيه.بي، إس.تي.سي).
_TITLE_LETTERS = frozenset({"د", "م", "أ"})
_LETTER_NAMES = frozenset(
    "إيه إي بي سي دي إف جي جيه إتش اتش آي كيه إل إم إن أو كيو آر إس تي يو في واي زد".split())


#: Imperfect verbs of saying and thinking that follow a topic with ف (أما X فيرى أن).
_SAYS_AFTER = _f("يرى ترى يقول تقول يؤكد تؤكد يعتقد تعتقد يضيف تضيف يشير تشير يوضح توضح يتوقع تتوقع "
                 "يعتبر تعتبر يعلق تعلق تساءل تساءلت يتساءل تتساءل")


def _verb_of_saying_after(norm: str) -> bool:
    """فيرى، فقال، وأكد: ف/و and a verb of saying, never the last word of a name."""
    return norm[:1] in "فو" and len(norm) > 3 and (norm[1:] in _SAYS_AFTER or trigger_classes().get(norm[1:]) == "SAY")

def _dual_role(word: str) -> bool:
    """"(ال)وزيران"، "(ال)رئيسين": the dual of a role word, two people named after it."""
    return word.endswith(("ان", "ين")) and word[:-2] in _ROLE_WORDS

_STARTING = _f("المباشرة البدء الانتهاء الاستمرار الشروع التوقف")
_STARTING_PREPS = _f("في من")
_HONORIFICS = _f("معالي سعادة سمو فضيلة سماحة فخامة")
_ATTRIBUTES_TO = _f("ويعزو وتعزو ويرجع وترجع ويعزي عزا وعزا أرجع وأرجع أرجعت وأرجعت يعزو يرجع")  # (not عزت, a given name)
_SON = _f("بن ابن")
_AFTER_NAME = _f("في على عن خلال عبر أمس اليوم إن أن بأن")


class Repairs:
    def __init__(self, text: str, words: Sequence[str], norms: Sequence[str],
                 starts: Sequence[int], ends: Sequence[int], layout: Layout):
        self.text = text
        self.words = words
        self.norms = norms
        self.starts = starts
        self.ends = ends
        self.layout = layout
        self.n = len(words)

    def run(self) -> None:
        self.dotted_acronyms()
        self.one_type_per_name()
        self.family_name_alone()
        for s in self.layout.spans():
            if self.layout.owner[s.first] is not s:
                continue  # replaced by an earlier repair
            if s.last > s.first and self.norms[s.last] in _BARE_CLITICS:
                # "أبو فيصل | لـ«عكاظ»": a preposition written apart (with its tatweel) ends no name
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "PER" and s.last > s.first and (self.norms[s.first] in _ATTRIBUTES_TO or (
                    self.norms[s.first][:1] in "وف" and self.norms[s.first][1:] in _SAYS_AFTER)):
                # "ويعزو | عبدالرحمن …"، "ويقول | X": the verb before the name is no part of it
                last = s.last - 1 if self._object_then_to(s.first + 1, s.last) else s.last
                self._set(s, Span(s.first + 1, last, s.type, s.origin, s.score))
            elif s.type == "PER" and s.first > 0 and self._object_then_to(s.first, s.last):
                # "ويعزو عبدالرحمن | الركود إلى …": what he puts down to something is the verb's object
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "PER" and s.last > s.first and self._told_outlet(s.last):
                # "غازي أبو حمد | لرويترز": the agency he told is no part of his name
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type in ("PER", "ORG") and self._stance_noun(s):
                pass
            elif s.type == "PER" and self._family_after_bin(s):
                pass
            elif s.type == "PER" and s.last > s.first and self.norms[s.first] in _HONORIFICS:
                # "معالي | سالم الرشيدي"، "سعادة | محمد الفلاسي": the honorific is no part of the name
                self._set(s, Span(s.first + 1, s.last, s.type, s.origin, s.score))
            elif s.type != "MISC" and is_currency_run(self.norms[s.first:s.last + 1]):
                self._set(s, Span(s.first, s.last, "MISC", s.origin, s.score))
            elif s.type in ("PER", "MISC") and self.compound_name(s):
                pass
            elif s.type == "PER" and self.unfinished_name(s):
                pass
            elif s.type == "PER" and s.last > s.first and self._al_given_before(s):
                pass
            elif s.type == "PER" and s.origin == "model" and self._leading_descriptor(s):
                pass
            elif s.type == "ORG" and s.origin == "model" and self._titled_person(s):
                pass
            elif s.type == "PER" and s.last - s.first >= 2 and _verb_of_saying_after(self.norms[s.last]):
                # "أما المستشار المالي محمد العنقري | فيرى أن": the verb after the name
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "PER" and s.last - s.first >= 2 and self.norms[s.last].startswith(("بال", "لل")) \
                    and len(self.norms[s.last]) > 5 and s.origin == "model":
                # "خالد الفالح | بالحضور": a preposition and the article after the name is not the name
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "PER" and self.norms[s.first] in _IN_THE_NAME_OF and s.first > 0 \
                    and self.norms[s.first - 1] in _SPOKESMAN:
                self.layout.remove(s)  # "الناطق الرسمي | باسم الاتحاد": in the name of, not باسم the given name
            elif s.type in ("ORG", "MISC") and s.origin == "model" and s.last == s.first + 1 \
                    and self.norms[s.first] in _KUNYA and self.norms[s.last] in first_names():
                self._set(s, Span(s.first, s.last, "PER", s.origin, s.score))  # "أم فيصل": a mother by her son's name
            elif s.type == "PER" and self._masdar_after_family(s):
                # "عبير بنت سعد المالكي | تركيز برامج التوظيف": what she criticised, a verbal noun
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.last > s.first and self.norms[s.last] in _SAYING_OF_HIM:
                # "عن مسؤول بالبنك المركزي | قوله إن": "his saying" after the name is not the name
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "PER" and s.last > s.first and self.norms[s.last] in _MANNER:
                # "يقول الرشيد | ساخرا": how he said it is no part of his name
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "PER" and s.last - s.first >= 2 and self.norms[s.last] in _ROLE_AFTER_NAME:
                # "حمد بن عيسى آل خليفة | عاهل البحرين": the role after the name is not the name
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "PER" and s.origin in ("model", "pattern") and self.norms[s.first] in _PLURAL_POSTS:
                self.layout.remove(s)  # "مديري مديريات التموين": the directors of a body, no one named
            elif (s.type == "LOC" and self._adjective_mali(s)) or self._basis_points(s) or self._role_alone(s) \
                    or self._trade_before_person(s):
                self.layout.remove(s)
            elif s.type == "PER" and s.origin == "model" and self._no_name_word(s):
                self.layout.remove(s)  # "(المستشار) العقاري المهندس": an adjective and a title, no name
            elif s.type == "ORG" and s.last > s.first + 1 and self.norms[s.last] in _STARTING and s.last + 1 < self.n \
                    and (self.norms[s.last + 1][:1] == "ب" or self.norms[s.last + 1] in _STARTING_PREPS):
                # "أعلنت وزارة التجارة | المباشرة بتوزيع": what the body announced, a verbal noun and its ب
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif s.type == "ORG" and s.last > s.first and trigger_classes().get(self.norms[s.last]) == "TITLE":
                # "مجلس الشورى | الدكتور فهد …": the title of the person named next is no part of the body
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))
            elif self.quoted_media(s) or self.org_head(s):
                pass
        for s in self.layout.spans():  # (a name joined to the next one may have taken its clitic)
            if s.last > s.first and self.layout.owner[s.first] is s and self.norms[s.last] in _BARE_CLITICS:
                self._set(s, Span(s.first, s.last - 1, s.type, s.origin, s.score))

    def _masdar_after_family(self, s: Span) -> bool:
        """A person's last word is a verbal noun of the pattern تفعيل (تركيز، تحديد، تخفيض) right
        after a family name with the article, and a definite noun follows it (its object)."""
        w = self.norms[s.last]
        prev = self.norms[s.last - 1] if s.last - 1 >= s.first else ""
        return s.last - s.first >= 2 and len(w) == 5 and w[0] == "ت" and w[3] == "ي" \
            and prev.startswith("ال") and len(prev) > 4 and s.last + 1 < self.n \
            and len(self.norms[s.last + 1]) > 3 and self.norms[s.last + 1][:1].isalpha() \
            and self.norms[s.last + 1] not in _AFTER_NAME

    def one_type_per_name(self) -> None:
        """The same name tagged with two types in one text by the tagger takes the type it
        has most often there (a listed or a pattern's name counts twice): «جنرال
        إلكتريك» MISC in a headline and ORG four times after it is ORG."""
        by_name: dict[tuple[str, ...], list[Span]] = {}
        for s in self.layout.spans():
            key = tuple(self.norms[s.first:s.last + 1])
            key = (clitic_variants(key[0])[-1],) + key[1:]
            by_name.setdefault(key, []).append(s)
        for spans in by_name.values():
            if len({s.type for s in spans}) < 2:
                continue
            votes: dict[str, int] = {}
            for s in spans:
                votes[s.type] = votes.get(s.type, 0) + (1 if s.origin == "model" else 2)
            best = max(sorted(votes), key=lambda t: votes[t])
            if sorted(votes.values())[-2:] == [votes[best]] * 2:
                continue  # a tie: no majority
            for s in spans:
                if s.origin == "model" and s.type != best:
                    self._set(s, Span(s.first, s.last, best, s.origin, s.score))

    def family_name_alone(self) -> None:
        """A family name written alone after the full name ("توفيق الربيعة" … "وأكد الربيعة")
        is the person, whatever type the tagger gave the one word (a ة ending reads as an
        organisation's)."""
        spans = self.layout.spans()
        family = {self.norms[s.last] for s in spans
                  if s.type == "PER" and s.last > s.first and self.norms[s.last].startswith("ال")
                  and len(self.norms[s.last]) > 4}
        if not family:
            return
        for s in spans:
            if s.first == s.last and s.type in ("ORG", "LOC", "MISC") and s.origin == "model" \
                    and clitic_variants(self.norms[s.first])[-1] in family:
                self._set(s, Span(s.first, s.last, "PER", s.origin, s.score))

    def _titled_person(self, s: Span) -> bool:
        """"(للشركة) المهندس ناصر الناصر" tagged as an organisation: a person's title and a listed
        given name open it; the name after the title is a person."""
        if s.last - s.first >= 2 and trigger_classes().get(self.norms[s.first]) == "TITLE" \
                and self.norms[s.first + 1] in first_names():
            self._set(s, Span(s.first + 1, s.last, "PER", s.origin, s.score))
            return True
        k = s.first  # "الخبير العقاري ياسر المغامسي" tagged as a body: a role and its adjective, then him
        while k < s.last and k - s.first < 3:
            w = clitic_variants(self.norms[k])[-1]
            if not (w.startswith("ال") and len(w) > 4 and (w.endswith("ي") and k > s.first or w[2:] in _ROLE_WORDS
                                                           or w[2:] in _TRADES)):
                break
            k += 1
        if k == s.first or k >= s.last or not (self.norms[k] in first_names() or (
                self.norms[k] in _KUNYA and self.norms[k + 1] in first_names())):
            return False
        self._set(s, Span(k, s.last, "PER", s.origin, s.score))  # (and "الزائرة أم يوسف": her kunya)
        return True

    def _leading_descriptor(self, s: Span) -> bool:
        """"(المستثمر) العقاري خالد المبيض" tagged as one person: a definite description (a
        role, a trade, a nisba adjective) in front of a given name is no part of the name."""
        k = s.first
        while k < s.last and k - s.first < 3:
            w = clitic_variants(self.norms[k])[-1]
            if not (w.startswith("ال") and len(w) > 4 and (w.endswith("ي") or w[2:] in _ROLE_WORDS
                                                           or w[2:] in _TRADES or _dual_role(w[2:]))):
                break
            k += 1
        if k == s.first or self.norms[k] not in first_names():
            return False
        self._set(s, Span(k, s.last, s.type, s.origin, s.score))
        return True

    def _trade_before_person(self, s: Span) -> bool:
        """"المستثمر العقاري | عبدالله الأحمري" with the trade tagged as a body: a definite trade
        or role and its nisba adjectives right before a person's name is no organisation."""
        if s.type != "ORG" or s.origin != "model" or s.last - s.first > 2:
            return False
        head = clitic_variants(self.norms[s.first])[-1]
        if not (head.startswith("ال") and (head[2:] in _TRADES or head[2:] in _ROLE_WORDS)):
            return False
        titles = trigger_classes()
        k = s.first + 1
        while k <= s.last and self.norms[k].startswith("ال") and self.norms[k].endswith("ي"):
            k += 1
        while k <= s.last and titles.get(self.norms[k]) == "TITLE":
            k += 1  # "الخبير العقاري المهندس | مازن …": the person's title was taken in
        if k != s.last + 1:
            return False
        t = s.last + 1
        while t < self.n and t - s.last <= 2 and titles.get(self.norms[t]) == "TITLE":
            t += 1  # "المستثمر العقاري | الأستاذ | خالد …"
        nxt = self.layout.owner[t] if t < self.n else None
        return nxt is not None and nxt.type == "PER" and nxt.first == t

    def _family_after_bin(self, s: Span) -> bool:
        """"عبدالعزيز بن فهد | المقبل في تغريدة": after بن and a given name, a definite word
        (no adjective in ة, no title or role) before a preposition or punctuation is the
        family name, though it is also a common word (المقبل "next")."""
        k = s.last + 1
        if s.last - s.first < 2 or self.norms[s.last - 1] not in _SON or k >= self.n or self.layout.owner[k] is not None:
            return False
        w = self.norms[k]
        if not (w.startswith("ال") and len(w) >= 5 and not w.endswith(("ه", "ة", "يه")) and w not in FUNCTION_WORDS
                and trigger_classes().get(w) is None and w[2:] not in _ROLE_WORDS):
            return False
        nxt = self.norms[k + 1] if k + 1 < self.n else ""
        if nxt and nxt[0].isalpha() and nxt not in _AFTER_NAME:
            return False
        self._set(s, Span(s.first, k, s.type, s.origin, s.score))
        return True

    def _object_then_to(self, first: int, last: int) -> bool:
        """The name at [first, last] follows a verb of attributing and its last word, definite,
        comes right before إلى: that word is the verb's object (ويعزو X الركود إلى)."""
        return last > first and first > 0 and self.norms[first - 1] in _ATTRIBUTES_TO \
            and self.norms[last].startswith("ال") and not self.norms[last].endswith(("ي", "ى")) \
            and self.norms[last] not in first_names() and last + 1 < len(self.norms) \
            and self.norms[last + 1] in ("الي", "إلى")  # (not a family name: الفلاني، الشمري)

    def _told_outlet(self, k: int) -> bool:
        """Token ``k`` is لـ written on a known outlet's name (لرويترز، للجزيرة)."""
        n = self.norms[k]
        if len(n) < 4 or n[0] != "ل":
            return False
        name = "ال" + n[2:] if n.startswith("لل") else n[1:]
        entry = gazetteer().get((name,))
        return entry is not None and entry.type == "ORG"

    def _stance_noun(self, s: Span) -> bool:
        """"وأكد الوزير | حرصه على"، "وجدد | دعمه للجهود": a stance noun with a possessive
        pronoun (``text.possessed_stance``) is the verb's object, never a name or part of one:
        a span that starts with one is dropped, one that reaches one ends before it."""
        k = next((k for k in range(s.first, s.last + 1) if possessed_stance(self.norms[k])), -1)
        if k < 0:
            return False
        if k == s.first:
            self.layout.remove(s)
        else:
            self._set(s, Span(s.first, k - 1, s.type, s.origin, s.score))
        return True

    def _no_name_word(self, s: Span) -> bool:
        """Every word of the span is a title, a role word or a definite nisba adjective."""
        titles = trigger_classes()
        for k in range(s.first, s.last + 1):
            w = self.norms[k]
            if titles.get(w) == "TITLE" or (w.startswith("ال") and w[2:] in _ROLE_WORDS) \
                    or (w.startswith("ال") and len(w) > 5 and w.endswith("ي") and w not in first_names()):
                continue
            return False
        return s.last > s.first

    def _role_alone(self, s: Span) -> bool:
        """A role word alone (المحللة، الخبير، المستشار) names no one: the tagger's one-word
        span over it is dropped; nor does a worker and his nationality ("موظف فلبيني")."""
        if s.type == "PER" and s.last == s.first + 1 and s.origin == "model" \
                and self.norms[s.first] in _WORKERS and self.norms[s.last].endswith(("ي", "يه")) \
                and not self.norms[s.last].startswith("ال"):
            return True
        if s.first != s.last or s.origin != "model":
            return False
        for w in clitic_variants(self.norms[s.first]):  # (all readings: وكيل is no و + كيل)
            w = w[2:] if w.startswith("ال") else w
            if w in _ROLE_WORDS or (s.type == "PER" and w in _DOCUMENT_WORDS):  # "وتوقع البلاغ أن"
                return True
        return False

    def _set(self, old: Span, new: Span) -> None:
        self.layout.replace(self.layout.hits(new) + [old], new)

    def _line_break(self, a: int, b: int) -> bool:
        """A line ends between tokens a and b."""
        return "\n" in self.text[self.ends[a]:self.starts[b]]

    def _joined(self, k: int) -> bool:
        """No space between tokens k-1 and k."""
        return 0 < k < self.n and self.ends[k - 1] == self.starts[k]

    # --- compound given names ---------------------------------------------------------------

    def compound_name(self, s: Span) -> bool:
        norms = self.norms
        first = s.first
        second = norms[first]
        if second not in _COMPOUND_SECONDS:
            return False
        for head, seconds in _COMPOUNDS.items():
            k = first - len(head)
            if k < 0 or second not in seconds:
                continue
            words = tuple(norms[k:first])
            if words != head and not (len(head) == 1 and head[0] in clitic_variants(words[0])):
                continue
            after = self.layout.owner[s.last + 1] if s.last + 1 < self.n else None
            if s.last == first and s.type == "MISC" and head != (fold("عبد"),):
                if after is None or after.type != "PER" or after.first != s.last + 1:
                    return False  # ما شاء الله: God, not a person
                self.layout.remove(after)  # ولي الله + كريمي: one person
                s = Span(s.first, after.last, "PER", after.origin, after.score)
            before = self.layout.owner[k - 1] if k > 0 else None
            start = before.first if before is not None and before.type == "PER" and \
                before.last == k - 1 else k
            typ = "PER" if s.type == "MISC" or start < k else s.type
            self._set(s, Span(start, s.last, typ, s.origin, s.score))
            return True
        return False

    def unfinished_name(self, s: Span) -> bool:
        """A person's name cannot end on بن، أبو، آل، عبد: the next word, or the name that
        follows, belongs to it (الحسن بن + علي، سعد بن أبي + وقاص); بن/بنت/ولد + a name right
        after it goes on with it (الحسن + بن علي، عائشة + بنت أبي بكر، محمد + ولد عبد
        العزيز); and a name cannot start on بن/ابن: the word before it is the person's own
        name (علي + بن أبي طالب), unless it is a title, a verb of saying or a function word."""
        first = self._own_name_before(s)
        last = s.last
        layout = self.layout
        while True:
            k = last + 1
            after = layout.owner[k] if k < self.n else None
            if after is not None and (after.first != k or after.type not in _NAME_TYPES
                                      or self._line_break(last, k)):
                after = None
            if self.norms[last] in _NAME_LINKS and self._free_word(last, k):
                last = k
            elif self.norms[last] in _NAME_LINKS and after is not None:
                last = after.last  # سعد بن أبي + وقاص
            elif k < self.n and self.norms[k] in _NAME_GOES_ON:
                if after is not None and after.type == "PER":
                    last = after.last  # الحسن + بن علي
                elif self._free_word(last, k) and self._free_word(k, k + 1):
                    last = k + 1
                elif self._free_word(last, k) and k + 1 < self.n and \
                        self._starts_person(k + 1, k):
                    last = layout.owner[k + 1].last  # عائشة بنت + أبي بكر
                else:
                    break
            else:
                break
        if last == s.last and first == s.first:
            return False
        self._set(s, Span(first, last, "PER", s.origin, s.score))
        return True

    def _al_given_before(self, s: Span) -> bool:
        """"الأمين السياسي للحزب الطيب | عثمان الحاج": a given name written with the article, in
        no entity, right before a person's name of two words or more, is its first part."""
        k = s.first - 1
        if k < 0 or self.norms[k] not in _AL_GIVEN or self.layout.owner[k] is not None \
                or self._line_break(k, s.first) or not self.words[k][:1].isalpha():
            return False
        self._set(s, Span(k, s.last, s.type, s.origin, s.score))
        return True

    def _starts_person(self, k: int, before: int) -> bool:
        o = self.layout.owner[k]
        return o is not None and o.first == k and o.type == "PER" and \
            not self._line_break(before, k)

    def _own_name_before(self, s: Span) -> int:
        """The first token of a person's name that the tagger started at بن/ابن."""
        k = s.first - 1
        if k < 0 or self.norms[s.first] not in _SON_OF or self.layout.owner[k] is not None \
                or not self.words[k][:1].isalpha() or self._line_break(k, s.first):
            return s.first
        variants = clitic_variants(self.norms[k])
        if (self.norms[k] in FUNCTION_WORDS and self.norms[k] != _ALI) or any(
                v in trigger_classes() for v in variants) or _verb_of_saying_after(self.norms[k]):
            return s.first  # (and "ويضيف | بن سلطان": a family name after the verb)
        return k

    def _free_word(self, before: int, k: int) -> bool:
        """Token k is a word in no entity, on the same line as token ``before``."""
        return (k < self.n and self.layout.owner[k] is None and self.words[k][:1].isalpha()
                and self.norms[k] not in FUNCTION_WORDS and not self._line_break(before, k))

    # --- dotted acronyms ----------------------------------------------------------------------

    def dotted_acronyms(self) -> None:
        """جيه.إل.إل، آر.سي.إس: a name span over a part covers the whole acronym."""
        k = 0
        words = self.words
        while k < self.n:
            end = k
            while end + 2 < self.n and words[end + 1] == "." and self._joined(end + 1) and \
                    self._joined(end + 2) and (self._acronym_part(end + 2) or (
                        end > k and words[end + 2].isalpha())):
                end += 2
                if not self._acronym_part(end):
                    break  # a word ends the chain: جي.بي.مورغان
            if end > k and self._acronym_part(k) and not self._title_before_name(k, end):
                self._cover(k, end)
                k = end + 1
            else:
                k += 1

    def _acronym_part(self, k: int) -> bool:
        return acronym_part(self.words[k])

    def _title_before_name(self, k: int, end: int) -> bool:
        """"د.فهد", "م.خالد": an abbreviated title glued to a name, not an acronym."""
        return end == k + 2 and self.words[k] in _TITLE_LETTERS and len(self.words[end]) >= 3 \
            and self.words[end] not in _LETTER_NAMES

    def _cover(self, first: int, last: int) -> None:
        hits = self.layout.hits(Span(first, last, "", "", 0.0))
        if not hits:
            if last - first >= 4 and not self.words[first].isascii():
                # three letters or more (جيه.إل.إل، آر.سي.إس): a company's or an agency's name
                self.layout.add(Span(first, last, "ORG", "pattern", 0.6))
            return
        typ = "ORG" if any(h.type == "ORG" for h in hits) else hits[0].type
        lo = min(first, min(h.first for h in hits))
        hi = max(last, max(h.last for h in hits))
        best = max(hits, key=lambda h: (h.origin == "gazetteer", h.last - h.first))
        new = Span(lo, hi, typ, best.origin, min(h.score for h in hits),
                   best.canonical if best.first == lo and best.last == hi else "")
        self.layout.replace(self.layout.hits(new), new)

    # --- organisations ------------------------------------------------------------------------

    def org_head(self, s: Span) -> bool:
        if s.type == "PER" and s.last > s.first and any(
                v in _BODY_HEADS for v in clitic_variants(self.norms[s.first])):
            self._set(s, Span(s.first, s.last, "ORG", s.origin, s.score))  # مجلس الكاكاو الغاني
            return True
        if s.type in ("LOC", "MISC") and s.last > s.first and any(
                v in _ORG_HEADS for v in clitic_variants(self.norms[s.first])):
            self._set(s, Span(s.first, s.last, "ORG", s.origin, s.score))  # بنك الجزيرة
            return True
        k = s.first - 1
        if k < 0 or self.layout.owner[k] is not None or s.type not in ("ORG", "LOC", "MISC"):
            return False
        if not any(v in _ORG_HEADS for v in clitic_variants(self.norms[k])):
            return False
        if self._line_break(k, s.first):
            return False
        self._set(s, Span(k, s.last, "ORG", s.origin, s.score))
        return True

    def quoted_media(self, s: Span) -> bool:
        if s.type == "ORG" or s.first == 0 or s.last + 1 >= self.n:
            return False
        if self.words[s.first - 1] not in _OPEN or self.words[s.last + 1] not in _CLOSE:
            return False
        entry = gazetteer().media_entry(tuple(self.norms[s.first:s.last + 1]))
        if entry is None:
            return False
        self._set(s, Span(s.first, s.last, "ORG", "gazetteer", 1.0, entry.canonical))
        return True

    def _basis_points(self, s: Span) -> bool:
        """«بي بي» after a number is basis points (12 «بي بي»), not BP or a name."""
        if tuple(self.norms[s.first:s.last + 1]) != _BP:
            return False
        k = s.first - 1
        while k >= 0 and self.words[k] in _OPEN:
            k -= 1
        return k >= 0 and self.norms[k][:1].isdigit()

    # --- places -------------------------------------------------------------------------------

    def _adjective_mali(self, s: Span) -> bool:
        """مالي after an indefinite word is the adjective (وسيط مالي، عجز مالي); after a
        definite word, a preposition or a place, or before و and a place, it is Mali."""
        if s.first != s.last or self.norms[s.first] != _MALI or s.first == 0:
            return False
        prev = self.norms[s.first - 1]
        for k in (s.first - 1, s.first + 1):
            near = self.layout.owner[k] if k < self.n else None
            if near is not None and near.type == "LOC":
                return False
        if not prev[:1].isalpha() or prev.startswith("ال"):
            return False
        return not any(v in _MALI_CONTEXT for v in clitic_variants(prev))
