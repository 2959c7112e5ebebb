"""Approximate matches of a quote, found from where its context still is.

A fuzzy match is only ever accepted when the text on both sides of it agrees with the
stored prefix and suffix, so the search starts from the context: pieces of the stored
prefix and suffix (12 folded characters, next to the quote and the 12 before those) are
looked up exactly in the whole folded text (the occurrences nearest the old place, for
common phrases; a side cut by the edge of the text gives that edge instead), and the
quote is aligned (``rapidfuzz.distance.Levenshtein``) in the stretch of text right after a
prefix piece or right before a suffix piece. This finds an edited quote wherever its context survived, in
time proportional to the text, whatever the quote's length (searching for the quote
itself with ``fuzz.partial_ratio_alignment`` costs seconds per megabyte for quotes longer
than 64 characters). A quote whose context was rewritten as well cannot be confirmed, so
it is not looked for.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

PIECE = 12  # folded characters per context piece
SLACK = 4  # how far the boundary may have moved when the nearest piece was edited
SHORTEST_PIECE = 6  # shorter pieces (context cut by the edge of the text) are not looked up
MAX_SCAN = 5000  # occurrences of one piece looked at (common phrases)...
MAX_HITS = 24  # ...of which the nearest the old place are tried
ADJUST = 3  # boundary search around the alignment, in characters


def find_all(haystack: str, needle: str, lo: int = 0, hi: int | None = None, limit: int = -1):
    """Start of every occurrence of ``needle`` in ``haystack[lo:hi]`` (overlaps included)."""
    out: list[int] = []
    if not needle:
        return out
    hi = len(haystack) if hi is None else hi
    i = haystack.find(needle, max(0, lo), hi)
    while i != -1:
        out.append(i)
        if len(out) == limit:
            break
        i = haystack.find(needle, i + 1, hi)
    return out


def _nearest(hits: list[int], near: int) -> list[int]:
    """The MAX_HITS hits nearest ``near`` (ties: the earlier), when there are more."""
    if len(hits) <= MAX_HITS:
        return hits
    return sorted(hits, key=lambda x: (abs(x - near), x))[:MAX_HITS]


def _estimates(
    text: str, fp: str, fs: str, edges: tuple[bool, bool], near: int, m: int
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Where the quote may start (after a prefix piece) and end (before a suffix piece),
    each with the slack allowed around it. ``edges``: whether each side was cut by the
    edge of the text (then the edge says where the quote was); ``near``: the old start."""
    starts: set[tuple[int, int]] = set()
    ends: set[tuple[int, int]] = set()
    if edges[0]:
        starts.add((len(fp), 0))
    if edges[1]:
        ends.add((len(text) - len(fs), 0))
    near_piece, far_piece = fp[-PIECE:], fp[-2 * PIECE : -PIECE]
    for piece, gap, slack in ((near_piece, 0, 0), (far_piece, PIECE, SLACK)):
        if len(piece) >= SHORTEST_PIECE:
            hits = _nearest(find_all(text, piece, limit=MAX_SCAN), near - len(piece) - gap)
            starts.update((x + len(piece) + gap, slack) for x in hits)
    near_piece, far_piece = fs[:PIECE], fs[PIECE : 2 * PIECE]
    for piece, gap, slack in ((near_piece, 0, 0), (far_piece, PIECE, SLACK)):
        if len(piece) >= SHORTEST_PIECE:
            hits = _nearest(find_all(text, piece, limit=MAX_SCAN), near + m + gap)
            ends.update((y - gap, slack) for y in hits)
    return starts, ends


def _align(
    text: str, quote: str, at: int, at_start: bool, slack: int, max_edits: int
) -> tuple[int, int, int] | None:
    """The span of ``text`` closest to ``quote`` that starts (``at_start``) or ends at
    ``at``, give or take ``slack``: (start, end, edits), or None when it needs more than
    ``max_edits`` edits. Text left between the context and the quote beyond ``slack``
    counts as edits too.

    The near boundary is fixed first and the far one tried over every length the edit
    bound allows; then the near one is tuned, then the far one again (a few dozen
    bit-parallel distances, against the quadratic cost of a semi-global alignment)."""
    m, k, n = len(quote), max_edits, len(text)
    reach = slack + ADJUST
    lo = max(0, at - reach - (0 if at_start else m + k))
    hi = min(n, at + reach + (m + k if at_start else 0))
    if hi - lo < m - k:
        return None
    # No span inside [lo, hi) is within k edits if the whole stretch is too far off.
    bound = k + (hi - lo) - (m - k)
    if Levenshtein.distance(quote, text[lo:hi], score_cutoff=bound) > bound:
        return None

    def key(s: int, e: int) -> tuple[int, int, int, int, int, int] | None:
        if s < 0 or e > n or e <= s:
            return None
        d = Levenshtein.distance(quote, text[s:e], score_cutoff=2 * k)
        off = max(0, abs((s if at_start else e) - at) - slack)
        return (d + off, off, abs(e - s - m), s, e, d)

    def best_of(keys) -> tuple[int, int, int, int, int, int] | None:
        found = [x for x in keys if x is not None]
        return min(found) if found else None

    if at_start:
        best = best_of(key(at, at + m + j) for j in range(-k, k + 1))
        if best is None:
            return None
        best = best_of([best] + [key(at + j, best[4]) for j in range(-reach, reach + 1)])
        best = best_of([best] + [key(best[3], best[4] + j) for j in range(-ADJUST, ADJUST + 1)])
    else:
        best = best_of(key(at - m - j, at) for j in range(-k, k + 1))
        if best is None:
            return None
        best = best_of([best] + [key(best[3], at + j) for j in range(-reach, reach + 1)])
        best = best_of([best] + [key(best[3] + j, best[4]) for j in range(-ADJUST, ADJUST + 1)])
    if best is None or best[5] > k:
        return None
    return best[3], best[4], best[5]


def fuzzy_spans(
    text: str,
    quote: str,
    fp: str,
    fs: str,
    max_edits: int,
    edges: tuple[bool, bool] = (False, False),
    near: int = 0,
) -> list[tuple[int, int, int]]:
    """Approximate occurrences of ``quote`` in the folded ``text`` next to where the folded
    prefix ``fp`` or suffix ``fs`` occurs: (start, end, edits), folded offsets. ``edges``
    and ``near`` as for :func:`_estimates`."""
    starts, ends = _estimates(text, fp, fs, edges, near, len(quote))
    found: dict[tuple[int, int], int] = {}
    for s0, slack in sorted(starts):
        hit = _align(text, quote, s0, True, slack, max_edits)
        if hit:
            found[hit[:2]] = hit[2]
    for e0, slack in sorted(ends):
        hit = _align(text, quote, e0, False, slack, max_edits)
        if hit:
            found[hit[:2]] = hit[2]
    # Where both sides of the context were found exactly, what lies between them is the
    # quote: aligning from one side alone may stop at an equally close but shorter span
    # (a letter added at the quote's edge looks like a letter of the context).
    m = len(quote)
    for s0, s_slack in starts:
        if s_slack:
            continue
        for e0, e_slack in ends:
            if e_slack or (s0, e0) in found or abs(e0 - s0 - m) > max_edits:
                continue
            d = Levenshtein.distance(quote, text[s0:e0], score_cutoff=max_edits)
            if d <= max_edits:
                found[(s0, e0)] = d
    return [(s, e, d) for (s, e), d in sorted(found.items())]
