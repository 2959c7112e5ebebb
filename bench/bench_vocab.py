"""Vocabulary timings: the glossary terms of `reader analyze` (the `vocabulary` field) and the
learner's word list (every word's lemma, through the morphological analyser), for an article
of about 1,000 words and for 1 MB of Arabic. Prints figures; asserts nothing.

    python bench/bench_vocab.py

The 1,000-word article is real news from ../shared/data/news-dev/ when that folder is there
(read at run time, never copied), else the sample article repeated; 1 MB is made of the news
articles (or the sample) repeated.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEWS = Path("/work/shared/data/news-dev")


def texts() -> list[str]:
    if NEWS.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(NEWS.glob("*.txt"))]
    from reader.core.resources import sample_article

    return [sample_article().read_text(encoding="utf-8")]


def timed(label: str, fn) -> float:
    t = time.perf_counter()
    fn()
    dt = time.perf_counter() - t
    print(f"{label:62} {dt:7.3f} s")
    return dt


def main() -> None:
    from reader.core.text import words
    from reader.core.vocab.glossary import default_glossary, load_glossary
    from reader.core.vocab.morphology import Morphology
    from reader.core.vocab.words import article_vocabulary, vocabulary_for

    corpus = texts()
    from reader.core.text import token_spans

    joined = "\n".join(corpus)
    while len(words(joined)) < 1000:
        joined += "\n" + joined
    article = joined[:token_spans(joined)[1][999]]  # the first 1,000 words
    big = ""
    i = 0
    while len(big.encode("utf-8")) < 1_000_000:
        big += corpus[i % len(corpus)] + "\n"
        i += 1
    print(f"article: {len(words(article))} words; big text: {len(big.encode('utf-8')) / 1e6:.2f} MB, "
          f"{len(words(big))} words, {len(set(words(big)))} distinct")
    timed("load the glossary and build its index (once per process)",
          lambda: (load_glossary(), default_glossary()))
    timed("vocabulary (glossary terms) of the 1,000-word article", lambda: vocabulary_for(article))
    timed("vocabulary (glossary terms) of 1 MB", lambda: vocabulary_for(big))
    m = Morphology()
    timed("load the analyser (farahidi and its corpus statistics)", m.load)
    timed("every word's lemma, 1,000 words, analyser cache cold",
          lambda: article_vocabulary(article, morphology=m))
    timed("every word's lemma, 1,000 words, warm (seen before)",
          lambda: article_vocabulary(article, morphology=m))
    timed("every word's lemma, 1 MB, words of the article already known",
          lambda: article_vocabulary(big, morphology=m))
    timed("quick pass without the analyser (first paint), 1 MB",
          lambda: article_vocabulary(big, use_analyser=False, morphology=Morphology()))


if __name__ == "__main__":
    main()
