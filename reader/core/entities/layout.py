"""Entity spans over a document's tokens while the pipeline puts them together."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Span:
    first: int
    last: int
    type: str
    origin: str
    score: float
    canonical: str = ""

    def overlaps(self, o: "Span") -> bool:
        return self.first <= o.last and o.first <= self.last

    def contains(self, o: "Span") -> bool:
        return self.first <= o.first and o.last <= self.last


class Layout:
    """Non-overlapping spans over a document's tokens, with an owner per token (so that
    finding what a new span overlaps costs its length, not the number of spans)."""

    def __init__(self, n_tokens: int, spans: list[Span]):
        self.owner: list[Span | None] = [None] * n_tokens
        for s in spans:
            self.add(s)

    def hits(self, span: Span) -> list[Span]:
        out: list[Span] = []
        for k in range(span.first, span.last + 1):
            s = self.owner[k]
            if s is not None and (not out or out[-1] is not s):
                out.append(s)
        return out

    def add(self, span: Span) -> None:
        for k in range(span.first, span.last + 1):
            self.owner[k] = span

    def remove(self, span: Span) -> None:
        for k in range(span.first, span.last + 1):
            if self.owner[k] is span:
                self.owner[k] = None

    def replace(self, old: list[Span], new: Span) -> None:
        for s in old:
            self.remove(s)
        self.add(new)

    def spans(self) -> list[Span]:
        out: list[Span] = []
        for s in self.owner:
            if s is not None and (not out or out[-1] is not s):
                out.append(s)
        return out
