"""Translating an article segment by segment (no Qt).

- :mod:`.model`: segments, terms, memory units; the statuses draft, translated, reviewed;
- :mod:`.segmentation`: sentences as segments, merging and splitting by hand;
- :mod:`.library`: :class:`Translations`, reading and changing a translation in the library;
- :mod:`.memory`: the translation memory (rapidfuzz on normalised text) and word diffs;
- :mod:`.termbase` and :mod:`.term_match`: terms of a segment through clitics and plurals;
- :mod:`.revision`: re-attaching segments to a revised article.
"""
