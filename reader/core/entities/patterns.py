"""Rules that find names the tagger missed: organisation heads, titles, Latin-script names.

- ``وزارة/هيئة/وكالة/بنك/مصرف/جامعة/مجلس/منظمة ...`` followed by a name (definite words,
  و + definite words, a construct chain) is an ORG, head included: "وزارة الصناعة
  وتكنولوجيا المعلومات", "مجلس الأمن الدولي". ``شركة`` + a name tags the name only
  ("شركة Ant Group" -> "Ant Group"), as ANERcorp does.
- A title (الرئيس، الوزير، الشيخ، الدكتور ...), optionally with a nationality or office
  adjective (الرئيس الأمريكي، الرئيس التنفيذي), then one to three name-like words: PER.
- A run of Latin-script words inside Arabic text ("Alipay", "Ant Group") that the gazetteer
  does not know: ORG by default; PER after a title or when it starts with a common given
  name; nothing for lowercase words and technical acronyms (CEO, GDP ...).

Each rule returns candidates over token indices; the caller decides what wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from reader.core.text import fold

from .clitics import clitic_variants
from .gazetteer import first_names, trigger_classes
from .numwords import FUNCTION_WORDS, MONTHS, RELATIVE_ANCHORS, WEEKDAYS


@dataclass(frozen=True)
class Candidate:
    first: int
    last: int  # inclusive
    type: str
    origin: str = "pattern"


def _f(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


ORG_HEADS = _f("وزارة هيئة وكالة بنك مصرف جامعة مجلس")
NAME_ONLY_HEADS = _f("شركة مجموعة منصة تطبيق")
#: Definite words that end a name rather than continue it.
_STOP = _f(
    "الذي التي الذين اللذين اللتين اللواتي اليوم الآن أمس الأمس حاليا السابق السابقة "
    "الأسبق نفسه نفسها ذاته ذاتها أيضا المسؤول المسؤولة المعنية المعني المختص المختصة "
    "المقبل المقبلة الماضي الماضية الجديد الجديدة الحالي الحالية الجاري الجارية الأخير "
    "الأخيرة الأول الأولى الإدارة الادارة الأكثر الأقل الأكبر الأصغر الأعلى الأدنى الأفضل "
    "الأسوأ الأسبوع الاسبوع الليلة الشهر للعام للسنة للربع للشهر للفترة للنصف"
) | RELATIVE_ANCHORS | WEEKDAYS  # ("وزارة الاقتصاد والتخطيط | للعام المالي": which year, not the body)
#: Words that begin with و but are no و + noun ("مجلس الوزراء | وزير الخارجية"، "| وهو الذي").
_NOT_WA = _f("وزير وزيرة وكيل وكيلة والي ولي وهو وهي وهم وقد وكان وكانت")
#: Titles after which an unknown word is taken as a name (not ambiguous ones like العالم).
PERSON_TITLES = _f(
    "الرئيس الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان الدكتور الدكتورة المهندس "
    "السيد السيدة الوزير الوزيرة السفير اللواء العميد العقيد الجنرال المشير البابا "
    "الملياردير المستشارة السناتور السيناتور النائب"
)
_ADJ_AFTER_TITLE = _f(
    "التنفيذي التنفيذية السابق السابقة الأسبق العام العامة المنتخب المنتخبة المكلف الأول "
    "الأولى المؤقت المؤقتة الفخري"
)
_NAME_CONNECTORS = _f("بن ابن بنت أبو أبي أم آل عبد دي دو فان فون لا")
TECH_ACRONYMS = frozenset(
    "CEO CFO CTO COO GDP AI IPO ETF USD EUR PDF API APP IT PC TV SMS GPS VIP NGO HIV DNA "
    "COVID OK PR HR R&D ESG IoT VR AR UI UX FAQ PIN ATM QR ID URL WWW HTTP HTTPS".split()
)
_LATIN_ORG_HINTS = _f("شركة شركات مجموعة منصة تطبيق بنك مصرف علامة موقع خدمة")


def _is_definite(n: str) -> bool:
    return any(v.startswith("ال") and len(v) > 3 for v in clitic_variants(n))


def _is_latin_name(word: str) -> bool:
    return word[:1].isascii() and word[:1].isalpha()


def _is_nationality(n: str) -> bool:
    """الأمريكي، الصينية، الإسرائيلي ...: a definite adjective in -ي/-ية."""
    return n.startswith("ال") and (n.endswith("ي") or n.endswith("يه")) and len(n) > 5


#: Heads after which a name in quotation marks is an organisation: «الصباح», “هيوماين”.
QUOTED_ORG_HEADS = _f(
    "صحيفة جريدة مجلة موقع قناة إذاعة راديو شبكة وكالة تلفزيون منصة تطبيق شركة مجموعة "
    "مصرف بنك نادي فريق حزب حركة جمعية مؤسسة"
)
#: Verbs after which لـ names whom the words were said to (not دعا لـ, "called for").
_SAID_TO_VERBS = _f(
    "قال قالت يقول تقول صرح صرحت يصرح تصرح أكد أكدت يؤكد تؤكد أوضح أوضحت يوضح توضح "
    "كشف كشفت يكشف تكشف أفاد أفادت يفيد تفيد ذكر ذكرت يذكر تذكر أضاف أضافت يضيف تضيف "
    "أشار أشارت يشير تشير أعلن أعلنت يعلن تعلن"
)
_OPEN_MARKS = frozenset("«“")
_CLOSE_MARKS = frozenset("»”")
_DASHES = frozenset("-–—")


class PatternFinder:
    def __init__(self, words: Sequence[str], norms: Sequence[str],
                 common_word: Callable[[str], bool],
                 plain_word: Callable[[str], bool] | None = None, org_heads: bool = True,
                 line_starts: frozenset[int] | set[int] = frozenset()):
        self.line_starts = line_starts
        self.words = words
        self.plain = plain_word
        self.org_heads = org_heads
        self.norms = norms
        self.n = len(words)
        self.common = common_word
        self.triggers = trigger_classes()
        self.names = first_names()

    def norm(self, k: int) -> str:
        return self.norms[k] if 0 <= k < self.n else ""

    def is_word(self, k: int) -> bool:
        w = self.norm(k)
        return bool(w) and w[0].isalpha()

    # --- organisations --------------------------------------------------------------------

    def org_after_head(self, i: int) -> Candidate | None:
        if not self.org_heads:
            return None
        variants = clitic_variants(self.norm(i))
        if not any(v in ORG_HEADS for v in variants):
            return None
        k = i + 1
        if not (self.is_word(k) and _is_definite(self.norm(k))) or self.norm(k) in _STOP:
            return None
        end = k
        while end < self.n and end - i < 6:
            w = self.norm(end)
            if not self.is_word(end) or w in _STOP or w in FUNCTION_WORDS \
                    or (w[:1] in "وف" and w[1:] in _STOP) or w.startswith(("بال", "وبال")):
                break  # ("مجلس الوزراء | والذي"، "جامعة الدول العربية | بالتعاون": no part of the name)
            if _is_definite(w):
                end += 1
            elif w.startswith("و") and self.is_word(end + 1) and _is_definite(self.norm(end + 1)) \
                    and self.norm(end + 1) not in _STOP and len(w) > 3 and w not in _NOT_WA \
                    and not _is_definite(w) and w not in ORG_HEADS:
                end += 2  # وتكنولوجيا المعلومات (not "مجلس الشورى | وزارة العمل": the و of وزارة)
            else:
                break
        if end <= k:
            return None
        return Candidate(i, end - 1, "ORG")

    def name_after_company(self, i: int) -> Candidate | None:
        variants = clitic_variants(self.norm(i))
        if not any(v in NAME_ONLY_HEADS for v in variants):
            return None
        k = i + 1
        if k < self.n and _is_latin_name(self.words[k]) and self.words[k][:1].isupper():
            end = k
            while end + 1 < self.n and _is_latin_name(self.words[end + 1]):
                end += 1
            return Candidate(k, end, "ORG")
        return None

    def quoted_org(self, i: int) -> Candidate | None:
        """A name in «» or “” (one to four words) that is an outlet or a company by its
        place: after a head (صحيفة «الصباح»، شركة “هيوماين”), after a dateline's dash at
        the start of a line (صفاقس - «الصباح»), or after لـ right after a reporting verb
        (وقال لـ«المدى»)."""
        j = i + 1
        while j < self.n and j - i <= 5 and self.words[j] not in _CLOSE_MARKS:
            if self.words[j] in _OPEN_MARKS or not (self.is_word(j) or self.norm(j).isdigit()):
                return None
            j += 1
        if j >= self.n or self.words[j] not in _CLOSE_MARKS or j == i + 1 or j - i > 5:
            return None
        if not self.is_word(i + 1) or self.norm(i + 1) in FUNCTION_WORDS:
            return None
        if not (self._org_head_before(i) or self._dateline_before(i) or self._said_to(i)):
            return None
        return Candidate(i + 1, j - 1, "ORG", "quoted")

    def datelines(self) -> list[Candidate]:
        """The place of a wire dateline at the start of one of the first three lines:
        one or two words, then a dash or an agency in brackets and a dash (موروني -
        «عربي21»، جاكرتا (يونا) -): LOC."""
        out = []
        for k in sorted(self.line_starts)[:3]:
            end = k
            while end < self.n and end - k < 2 and (end == k or end not in self.line_starts) \
                    and self.is_word(end) and not _is_latin_name(self.words[end]) \
                    and self.norm(end) not in FUNCTION_WORDS:
                end += 1
            if end == k or end >= self.n or any(self.common(self.norm(m)) for m in range(k, end)):
                continue
            if end - k == 2 and self.norm(k) in self.names:
                continue  # a byline (فيصل البعيجان - الرياض), not a place
            j = end
            if self.words[j] == "(":
                while j < self.n and j - end <= 6 and self.words[j] != ")":
                    j += 1
                j += 1
            if j < self.n and self.words[j] in _DASHES and j + 1 not in self.line_starts:
                out.append(Candidate(k, end - 1, "LOC", "dateline"))
        return out

    def _org_head_before(self, i: int) -> bool:
        return i > 0 and any(v in QUOTED_ORG_HEADS for v in clitic_variants(self.norm(i - 1)))

    def _dateline_before(self, i: int) -> bool:
        """``i - 1`` is a dash after at most three words that start a line."""
        if i < 2 or self.words[i - 1] not in _DASHES:
            return False
        k = i - 2
        while k >= 0 and i - 1 - k <= 4:
            if k in self.line_starts:
                return all(self.is_word(m) for m in range(k, i - 1))
            k -= 1
        return False

    def _said_to(self, i: int) -> bool:
        """وقال متحدث باسم الشركة لـ«المدى»: ل (لـ) before the mark, and a verb of saying
        to someone a few words before it, on the same line."""
        if i < 2 or self.norm(i - 1).rstrip("ـ") != "ل":
            return False
        for k in range(i - 2, max(-1, i - 10), -1):
            if any(v in _SAID_TO_VERBS for v in clitic_variants(self.norm(k))):
                return True
            if k in self.line_starts:
                break
        return False

    # --- people ---------------------------------------------------------------------------

    def name_after_title(self, i: int) -> Candidate | None:
        variants = clitic_variants(self.norm(i))
        if not any(v in PERSON_TITLES for v in variants):
            return None
        k = i + 1
        skipped = 0
        while skipped < 2 and k < self.n and (
                self.norm(k) in _ADJ_AFTER_TITLE or _is_nationality(self.norm(k))):
            k += 1
            skipped += 1
        start = k
        while k < self.n and k - start < 3 and self.name_like(k, first=k == start):
            k += 1
        if k == start:
            return None
        return Candidate(start, k - 1, "PER")

    def given_then_family(self, i: int) -> Candidate | None:
        """"محافظ مؤسسة النقد | فهد المبارك": a listed given name and a family name with the
        article that no ordinary word is (or a link, بن، آل), wherever the tagger saw none."""
        k = i + 1
        g = self.norm(i)
        if k >= self.n or not self.is_word(k) or g.startswith("ال") or self.common(g) \
                or (self.plain is not None and self.plain(g)):
            return None  # (علي is also على; سعيد، باسم، عزيز are also words)
        w = self.norm(k)
        if not (w in _NAME_CONNECTORS or w in self.names or (w.startswith("ال") and len(w) > 4)):
            return None
        while k < self.n and k - i < 4 and self.is_word(k) and self._family_word(k):
            k += 1
        if k - i < 2 or self.norm(k - 1) in _NAME_CONNECTORS:
            return None
        return Candidate(i, k - 1, "PER")

    def _family_word(self, k: int) -> bool:
        w = self.norm(k)
        if self.common(w) or (self.plain is not None and self.plain(w)):
            return False  # (النصر، الثقافة، التخصصي: words the training data saw outside names)
        if w in _NAME_CONNECTORS or w in self.names:
            return True
        return w.startswith("ال") and len(w) > 4 and not w.endswith(("يه", "ون", "ين", "ات")) \
            and w not in _STOP and w not in FUNCTION_WORDS and w not in MONTHS and not self.triggers.get(w)

    def name_like(self, k: int, first: bool = True) -> bool:
        """Could the word at k be (a part of) a name? After the first word of a name, a
        definite word that is not an ordinary word may follow (سامي الخطيب)."""
        w = self.norm(k)
        if not self.is_word(k) or w in FUNCTION_WORDS or w in _STOP or w in MONTHS:
            return False
        if _is_latin_name(self.words[k]):
            return self.words[k][:1].isupper()
        if w in _NAME_CONNECTORS or w in self.names:
            return True
        if w.startswith("و") or (w.startswith("ال") and first):
            return False
        if self.triggers.get(w) or any(v in FUNCTION_WORDS for v in clitic_variants(w)[1:]):
            return False
        if first and w[0] in "بلك" and self.common(w[1:]):
            return False  # لكرة، بالقدم: a preposition on an ordinary word
        if first and self.plain is not None and self.plain(w):
            return False  # seen in the training data, mostly not as a person's name
        return not self.common(w)

    # --- Latin-script names ---------------------------------------------------------------

    def latin_run(self, i: int) -> Candidate | None:
        w = self.words[i]
        if not (_is_latin_name(w) and w[:1].isupper()):
            return None
        if i > 0 and _is_latin_name(self.words[i - 1]):
            return None  # inside a run
        end = i
        while end + 1 < self.n and (
                (_is_latin_name(self.words[end + 1]) and self.words[end + 1][:1].isupper())
                or (self.words[end + 1] in ("&", "-", ".") and end + 2 < self.n
                    and _is_latin_name(self.words[end + 2]))):
            end += 1
        run = self.words[i:end + 1]
        if len(run) == 1 and (w in TECH_ACRONYMS or len(w) < 2):
            return None
        if not (self._arabic(i - 1) or self._arabic(end + 1)):
            return None  # Latin text, not a Latin name inside Arabic
        if len(run) > 6:
            return None  # an English sentence, not a name
        prev = self.norm(i - 1)
        prev_variants = clitic_variants(prev) if prev else []
        if any(self.triggers.get(v) == "TITLE" for v in prev_variants) or fold(w) in {
                fold(x) for x in _LATIN_GIVEN}:
            return Candidate(i, end, "PER")
        return Candidate(i, end, "ORG")

    def _arabic(self, k: int) -> bool:
        w = self.norm(k)
        return bool(w) and "\u0600" <= w[0] <= "\u06FF"

    def find(self) -> list[Candidate]:
        out: list[Candidate] = []
        rules = (None, self.org_after_head, self.name_after_company, self.name_after_title,
                 self.given_then_family)
        last = -1
        for i in range(self.n):
            if i <= last:
                continue
            w = self.words[i]
            if w in _OPEN_MARKS:
                c = self.quoted_org(i)
            elif _is_latin_name(w):
                c = self.latin_run(i)
            else:
                kind = _rule_kind(self.norms[i])
                if not kind:
                    continue
                c = rules[kind](i)
            if c is not None:
                out.append(c)
                last = c.last
        taken = {k for c in out for k in range(c.first, c.last + 1)}
        out += [c for c in self.datelines() if not taken & set(range(c.first, c.last + 1))]
        return sorted(out, key=lambda c: c.first)


@lru_cache(maxsize=100_000)
def _rule_kind(norm: str) -> int:
    """Which rule a word may start: 1 organisation head, 2 company head, 3 title, 4 a
    listed given name, 0 none."""
    variants = clitic_variants(norm)
    if any(v in ORG_HEADS for v in variants):
        return 1
    if any(v in NAME_ONLY_HEADS for v in variants):
        return 2
    if any(v in PERSON_TITLES for v in variants):
        return 3
    if norm in first_names():
        return 4
    return 0


_LATIN_GIVEN = (
    "John George David Michael Peter James Robert Richard Thomas William Charles Joseph "
    "Daniel Mark Paul Steven Andrew Christopher Brian Kevin Jeff Jack Joe Donald Elon Bill "
    "Tim Warren Mary Maria Anna Elizabeth Janet Christine Sarah Emma Ahmed Mohamed Mohammed "
    "Ali Omar Hassan Khaled".split()
)
