"""The detector finishes on every sentence: a walk from subject to claim once went back and forth
for ever on "وقال أمين منطقة عسير المهندس فايز الوادعي للصحيفة إن …". These sentences combine
verbs, posts, titles, names, whom the speaker told and the claim's opening (all made up)."""

import itertools
import signal

from reader.core.attribution import detect_claims
from reader.core.entities import recognize

_VERBS = ["وقال", "ويقول", "وأكد", "وبين", "وطالب"]
_POSTS = ["أمين منطقة عسير", "مدير جمرك ميناء جازان", "رئيس مجلس إدارة الشركة", "أمين العاصمة المقدسة",
          "المتحدث الرسمي باسم الوزارة"]
_TITLES = ["", "المهندس", "الدكتور"]
_NAMES = ["فايز الوادعي", "محمد بن عبدالله العلي"]
_TOLD = ["", "للصحيفة", "لـ«الوطن»", "، في تصريح لـ«عكاظ»،"]
_CLAIMS = ["إن النسبة لم تتجاوز 23 في المئة.", "أن الأسعار سترتفع.", "بزيادة الرواتب."]


def _too_long(*_):
    raise TimeoutError


def test_every_combination_finishes_quickly():
    old = signal.signal(signal.SIGALRM, _too_long)
    slow = []
    try:
        for verb, post, title, name, told, claim in itertools.product(_VERBS, _POSTS, _TITLES, _NAMES, _TOLD, _CLAIMS):
            text = " ".join(p for p in (verb, post, f"{title} {name}".strip(), told, claim) if p).replace(" ،", "،")
            signal.alarm(2)
            try:
                detect_claims(text, recognize(text))
            except TimeoutError:
                slow.append(text)
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, old)
    assert slow == []
