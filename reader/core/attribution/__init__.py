"""Attribution: the claims an Arabic news article presents as coming from a source.

``detect_claims(text, entities=None, noise=())`` returns :class:`reader.core.model.Claim`
records in text order, one per cue, as defined in ATTRIBUTION.md: the cue, the source (span
as written, kind, resolved name), the outlet it came through (via), the claim span and
whether it is a direct quote. All offsets are ``str`` indices into ``text``.

Modules: :mod:`.cues` (the cue lexicon, generated), :mod:`.words` (closed word lists),
:mod:`.outlets` (news outlets and vias), :mod:`.phrases` and :mod:`.sources` (source
phrases and their kinds), :mod:`.quotes`, :mod:`.parse` and :mod:`.other_cues` (reading one
cue), :mod:`.claims` (claim spans), :mod:`.resolve` (who a source is), :mod:`.detector`.
"""

from .detector import detect_claims

#: Bump when the rules change: stored analyses made by another version are recomputed.
ANALYZER_VERSION = "attribution-1.6"

__all__ = ["ANALYZER_VERSION", "detect_claims"]
