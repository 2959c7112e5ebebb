"""Importing a CSV word list into the saved words (one transaction)."""

from __future__ import annotations

from .csv_io import read_csv
from .glossary import default_glossary
from .library import SavedWord, add_saved_batch, new_saved_word, saved_keys


def import_word_list(store, path, analyse) -> tuple[list[SavedWord], int]:
    """Save every word of the list that is not saved yet; returns (added, skipped).
    ``analyse(word)`` gives a word's analysis (lemma, root...)."""
    rows = read_csv(path)
    known = saved_keys(store)
    added: list[SavedWord] = []
    skipped = 0
    glossary = default_glossary()
    for row in rows:
        entry = glossary.lookup(row.word) if len(row.word.split()) == 1 else None
        if entry is None:
            entry = next((e for e in glossary.find(row.word)
                          if e.start == 0 and e.end == len(row.word)), None)
            entry = entry.entry if entry is not None else None
        if entry is not None:
            key, lemma, root, pos = entry.key, row.lemma or entry.term, row.root or entry.root, entry.pos
            domain, vowelled = entry.domain, entry.vowelled
        else:
            a = analyse(row.word)
            key, lemma, root, pos = a.key, row.lemma or a.lemma, row.root or a.root, a.pos
            domain, vowelled = "", a.vowelled
        if key in known:
            skipped += 1
            continue
        known.add(key)
        added.append(new_saved_word(key, row.word, lemma=lemma, vowelled=vowelled, root=root,
                                    pos=pos, gloss=row.gloss or (entry.gloss if entry else ""),
                                    domain=domain, sentence=row.sentence))
    add_saved_batch(store, added)
    return added, skipped
