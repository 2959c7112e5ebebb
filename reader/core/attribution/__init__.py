"""Attribution: the claims an Arabic news article presents as coming from a source.

``detect_claims(text, entities=None, noise=())`` returns :class:`reader.core.model.Claim`
records in text order, one per cue, as defined in ATTRIBUTION.md: the cue, the source (span
as written, kind, resolved name), the outlet it came through (via), the claim span and
whether it is a direct quote. All offsets are ``str`` indices into ``text``.

Modules, from the word up: :mod:`.words` (closed word lists), :mod:`.cues` (the cue lexicon,
generated), :mod:`.quotes` and :mod:`.context` (the text as read), :mod:`.outlets` and
:mod:`.datelines` (news outlets, the publisher and wires), :mod:`.phrases`, :mod:`.institutions`,
:mod:`.modifiers`, :mod:`.documents`, :mod:`.roles`, :mod:`.anonymity` and :mod:`.sources`
(source phrases and their kinds), :mod:`.cand`, :mod:`.events`, :mod:`.between`,
:mod:`.subjects`, :mod:`.complements` and :mod:`.parse` (reading a verb cue), :mod:`.other_cues`,
:mod:`.noun_cues` and :mod:`.suffixed_cues` (other cues), :mod:`.claims` (claim spans),
:mod:`.mentions`, :mod:`.vias` and :mod:`.resolve` (who a source is), :mod:`.detector`.
"""

from .detector import detect_claims

#: Bump when the rules change: stored analyses made by another version are recomputed.
ANALYZER_VERSION = "attribution-3.19"

__all__ = ["ANALYZER_VERSION", "detect_claims"]
