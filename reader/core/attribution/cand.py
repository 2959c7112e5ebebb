"""The candidate record of one cue while its sentence is read (:class:`Cand`)."""

from __future__ import annotations

from dataclasses import dataclass

from .cues import VerbForm
from .outlets import OutletMatch
from .phrases import NP


@dataclass
class Cand:
    cue_a: int  # cue tokens [cue_a, cue_b)
    cue_b: int
    kind: str  # verb | prep | part | noreply | decline | colon | quote
    phrase_start: int  # first token of the attribution phrase (a subject before the verb too)
    phrase_end: int  # token past the phrase (subject, via, adverbials)
    np: NP | None = None  # the source phrase as written
    implied: bool = False
    gender: str = ""
    number: str = "s"
    via: OutletMatch | None = None
    via_np: NP | None = None  # the outlet that relayed the source (ذكرت X نقلا عن Y)
    claim_tok: int = -1  # token where the claim begins ("after" mode)
    claim_char: int = -1  # character where it begins, when a clitic is cut off (بوفاة)
    mode: str = "after"  # after | before | whole | quote
    obj: bool = False  # the claim is the object of the verb (أعلنت X فسخ العقد), no إن/أن
    sv: bool = False
    verb: VerbForm | None = None
    anonymous: bool = False  # the source asked not to be named
    role_after: str = ""  # a role given in apposition after a name
    lemma: str = ""
    after_event: bool = False  # an adverbial speech event (في بيان ...) was skipped
    interview: bool = False  # the via came with "في حديثه لـ..."، "تحدثوا لـ...": an interview
    exclusive: bool = False  # "في تصريحات خاصة لـ«X»": statements given to X alone
    lead_via: bool = False  # the via is an outlet cited at the head of the sentence (وبحسب «رويترز»، ...)
    nested: bool = False  # a second source inside another claim (الصندوق الذي دعت الوزارة إلى إنشائه)
    claim_end: int = -1  # token where the claim ends when it is not the clause after the cue
    bp: int = -1  # where the clause before this cue ends (see claims.break_point)
    parent: "Cand | None" = None  # for a participle: the cue whose speaker it continues
    backref: bool = False  # "ما ذكره X"، "التي أعلنتها X": cited by the speaker, who speaks on
    relayed_by_implied: bool = False  # "ونقلت عن X": the relaying outlet is the implied subject
    inserted: int = -1  # "نفت مصادر، حسبما أفادت رويترز، وجود …": a cue of its own between subject and claim
    honorific: str = ""  # "وأوضح سموه": the honorific that stands for the speaker (folded)
