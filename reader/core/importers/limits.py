"""How much one import may read, so that no file, however built, takes the reader's memory
past about 1 GB or its time past a few seconds.

The file itself is at most 20 MB (``MAX_FILE_BYTES``), and a ZIP archive may declare at most
100 MB inside it (archive.py); within those, a page of a million tiny tags or a book whose
chapters expand to 99 MB would still take minutes and gigabytes to parse and keep. So, per
import:

- at most MAX_MARKUP_BYTES of markup are read out of an archive (EPUB chapters, DOCX body),
  checked against each member's declared size before it is decompressed;
- at most MAX_ELEMENTS elements are parsed (web page, all chapters of a book, DOCX body),
  counted on the text before lxml builds a tree;
- at most MAX_TEXT_CHARS characters of text are kept, with no "word" (a run without white
  space) longer than MAX_WORD_CHARS: the word tokenizer's regular expression needs about
  100 bytes per character of the word it matches (a 9.5-million-letter word: 1.1 GB).

Past any of them the file is refused with one line that names it. A long book (a few MB of
text, tens of thousands of elements) is far inside every limit.
"""

from __future__ import annotations

import re

from reader.core.errors import DocumentError

#: Most characters of text kept from one file (about 5,000 pages of a book).
MAX_TEXT_CHARS = 10_000_000
#: Longest run of characters without white space in a text (a word is rarely 30 letters).
MAX_WORD_CHARS = 100_000
#: Most elements parsed from one file (all chapters of a book together; a DOCX paragraph
#: takes ten or more). lxml needs about 150 bytes for each.
MAX_ELEMENTS = 1_000_000
#: Most bytes of markup read out of an archive (all members together, uncompressed).
MAX_MARKUP_BYTES = 50 * 1024 * 1024

_START_TAG_RE = re.compile(r"<[A-Za-z]")
# Only where a run of non-space characters starts, so each character is looked at once.
_LONG_WORD_RE = re.compile(r"(?<!\S)\S{%d}" % (MAX_WORD_CHARS + 1))
_START_TAG_BYTES_RE = re.compile(rb"<[A-Za-z]")


def count_elements(markup: str | bytes) -> int:
    """How many elements ``markup`` opens (its start tags), without parsing it."""
    regex = _START_TAG_RE if isinstance(markup, str) else _START_TAG_BYTES_RE
    return len(regex.findall(markup))


def _millions(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".") + " million"


class Budget:
    """What one import has read so far; each ``add_*`` refuses the file past its limit."""

    def __init__(self, name: str, what: str):
        self.name = name
        self.what = what  # "web page", "EPUB book", "DOCX document"
        self.markup_bytes = 0
        self.elements = 0
        self.chars = 0

    def add_markup(self, size: int) -> None:
        """Before decompressing a member of ``size`` bytes."""
        self.markup_bytes += size
        if self.markup_bytes > MAX_MARKUP_BYTES:
            raise DocumentError(
                f"the {self.what} holds more than {MAX_MARKUP_BYTES // 1048576} MB of text and "
                "markup, more than the reader reads from one file; split it into smaller files",
                self.name,
            )

    def add_elements(self, markup: str | bytes) -> None:
        """Before parsing ``markup``."""
        self.elements += count_elements(markup)
        if self.elements > MAX_ELEMENTS:
            raise DocumentError(
                f"the {self.what} has more than {MAX_ELEMENTS:,} elements, more than the "
                "reader parses from one file; it is probably not an article or a book",
                self.name,
            )

    def add_text(self, chars: int) -> None:
        """After extracting ``chars`` characters of text."""
        self.chars += chars
        check_text_length(self.chars, self.name)


def check_text(text: str, name: str) -> None:
    """Refuse a text longer than MAX_TEXT_CHARS or with a word longer than MAX_WORD_CHARS."""
    check_text_length(len(text), name)
    if len(text) > MAX_WORD_CHARS and _LONG_WORD_RE.search(text):
        raise DocumentError(
            f"the text has a run of more than {MAX_WORD_CHARS:,} characters without a space; "
            "it is probably not text that can be read",
            name,
        )


def check_text_length(chars: int, name: str) -> None:
    refuse_past(chars, MAX_TEXT_CHARS, name, "the text is too long",
                lambda n: f"{_millions(n)} characters")


def refuse_past(amount: int, limit: int, name: str, problem: str, show) -> None:
    """DocumentError "<name>: <problem> (<amount>; the limit is <limit>); split it..."."""
    if amount > limit:
        raise DocumentError(
            f"{problem} ({show(amount)}; the limit is {show(limit)}); split it into smaller files",
            name,
        )
