"""The analysis reads a long text in pieces of bounded size: memory stays bounded, the work
can stop between pieces, and an article (one piece) is analysed exactly as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.core.analysis as analysis
import reader.core.noise as noise
from reader.core import pieces
from reader.core.analysis import AnalysisCancelled, analyze
from reader.core.importers import import_file
from reader.core.pieces import BLOCK_CHARS, blocks
from reader.core.resources import sample_article

DATA = Path(__file__).parent.parent / "data" / "attribution"


def _test_set_texts() -> list[str]:
    """The texts of the attribution test sets (news/ holds offsets only), and the real
    articles of news-dev when they are on this machine."""
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in sorted(DATA.glob("*/*.json")) if p.parent.name not in ("news", "anercorp")]
    news = Path("/work/shared/data/news-dev")
    texts += [f.read_text(encoding="utf-8") for f in sorted(news.glob("*.txt"))]
    return texts


def _sample() -> str:
    return import_file(sample_article()).text


def test_pieces_cover_the_text_and_end_at_paragraphs():
    text = "".join(f"فقرة رقم {i} عن الاقتصاد والأسواق.\n\n" for i in range(2000))
    spans = list(blocks(text, 1000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b <= a + 1000 for a, b in spans)
    assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))
    assert all(text[b - 2:b] == "\n\n" for _a, b in spans[:-1])  # after a blank line
    # no blank line: after a line break, then a sentence, then a space, then anywhere
    lines = text.replace("\n\n", "\n")
    assert all(lines[b - 1] == "\n" for _a, b in list(blocks(lines, 1000))[:-1])
    one_line = text.replace("\n\n", " ")
    assert all(one_line[b - 2:b] == ". " for _a, b in list(blocks(one_line, 1000))[:-1])
    word = "ب" * (2 * BLOCK_CHARS + 123)
    assert [b - a for a, b in blocks(word, BLOCK_CHARS)] == [BLOCK_CHARS, BLOCK_CHARS, 123]
    assert list(blocks("", 1000)) == [(0, 0)]


def test_an_article_is_one_piece_and_analysed_as_a_whole():
    texts = [_sample(), *_test_set_texts()]
    assert len(texts) > 100
    assert all(len(list(blocks(t))) == 1 for t in texts)
    for text in texts[:8]:  # the analysis of one piece is the analysis of the whole text
        assert analyze(text) == analyze(text, block_chars=len(text) + 1)


def test_pieces_are_analysed_apart_and_their_spans_shifted():
    a, b = _sample().rstrip() + "\n\n", _test_set_texts()[0]
    first, second = analyze(a), analyze(b)
    both = analyze(a + b, block_chars=len(a))
    assert list(blocks(a + b, len(a))) == [(0, len(a)), (len(a), len(a + b))]
    shift = len(a)
    assert [(e.start, e.end, e.text, e.type) for e in both.entities] == (
        [(e.start, e.end, e.text, e.type) for e in first.entities]
        + [(e.start + shift, e.end + shift, e.text, e.type) for e in second.entities])
    assert [c.to_dict() for c in both.claims[:len(first.claims)]] == [c.to_dict() for c in first.claims]
    later = both.claims[len(first.claims):]
    assert [(c.start - shift, c.end - shift, c.cue.start - shift, c.text) for c in later] == [
        (c.start, c.end, c.cue.start, c.text) for c in second.claims]
    assert [(n.start - shift, n.reason) for n in both.noise if n.start >= shift] == [
        (n.start, n.reason) for n in second.noise]
    for e in both.entities:
        assert (a + b)[e.start:e.end] == e.text
    for c in both.claims:
        assert (a + b)[c.start:c.end] == c.text and (a + b)[c.cue.start:c.cue.end] == c.cue.text


def test_the_recognisers_never_read_more_than_a_piece(monkeypatch):
    read = []
    real = analysis._analyze_piece

    def spy(text, *args):
        read.append(len(text))
        return real(text, *args)

    monkeypatch.setattr(analysis, "_analyze_piece", spy)
    text = _sample() * 12
    result = analyze(text, block_chars=20_000)
    assert len(read) == len(list(blocks(text, 20_000))) > 1
    assert max(read) <= 20_000
    assert len(result.claims) >= 12 * len(analyze(_sample()).claims) - 12


def test_noise_of_a_long_text_is_found_piece_by_piece(monkeypatch):
    read = []
    real = noise._split_lines
    monkeypatch.setattr(noise, "_split_lines", lambda text: read.append(len(text)) or real(text))
    monkeypatch.setattr(pieces, "BLOCK_CHARS", 5_000)
    line = "صورة تمثيلية. الصورة: ملف\n"
    text = ("قال الوزير إن الاقتصاد ينمو بسرعة كبيرة هذا العام.\n" * 50 + line) * 20
    spans = noise.detect_noise(text)
    assert max(read) <= 5_000 and len(read) > 1
    assert [text[s.start:s.end] for s in spans] == [line.strip()] * 20


def test_analysis_can_stop_between_pieces(monkeypatch):
    calls = []
    text = _sample() * 6
    with pytest.raises(AnalysisCancelled):
        analyze(text, block_chars=10_000, progress=lambda done, total, _l: calls.append((done, total)),
                cancelled=lambda: len(calls) >= 4)
    assert len(calls) == 4 and calls[-1][1] > 4  # stopped early, not at the end


def test_cache_keeps_each_piece(tmp_path):
    from reader.core.importers import import_bytes
    from reader.core.store import Store

    text = _sample() * 4
    with Store.open(tmp_path / "lib.sqlite3") as store:
        doc = store.document(store.import_document(import_bytes(text.encode("utf-8"), "long.txt")).document.id)
        count = lambda: store.db.execute("SELECT count(*) FROM analysis_cache").fetchone()[0]  # noqa: E731
        first = analysis.analyze_document(store, doc)
        assert count() == 1  # one piece: one entry, as before
        cache = analysis.PieceCache(store, analysis.analyzer_key(store.teachings()))
        limit = len(_sample())
        again = analyze(text, noise=doc.noise, block_chars=limit, cache=cache)
        different = {text[a:b] for a, b in blocks(text, limit)}
        assert len(different) > 1 and count() == 1 + len(different)
        cached = analyze(text, noise=doc.noise, block_chars=limit, cache=cache)  # (scores are not kept)
        assert analysis.to_contract(cached) == analysis.to_contract(again)
        assert analysis.to_contract(analysis.analyze_document(store, doc)) == analysis.to_contract(first)
