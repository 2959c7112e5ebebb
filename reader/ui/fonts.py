"""The Arabic reading font, chosen on purpose, with a fallback chain.

Noto Naskh Arabic comes first: a Naskh face made for running text, with Latin and digits of
its own, and it lays out about five times faster than Amiri. Amiri and Scheherazade New are
fine book faces; Noto Sans Arabic is a plain sans; DejaVu Sans covers Latin and most symbols
and has basic Arabic. Only families that are installed and can write Arabic are used; the
chain is given to Qt with ``QFont.setFamilies`` so a character the first face lacks is taken
from the next one rather than from whatever the system falls back to.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

ARABIC_FONT_CHAIN = (
    "Noto Naskh Arabic",
    "Amiri",
    "Scheherazade New",
    "Noto Sans Arabic",
    "DejaVu Sans",
)
DEFAULT_POINT_SIZE = 15.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 48.0


def arabic_families() -> list[str]:
    """Installed families that declare Arabic support (what the font chooser offers)."""
    return sorted(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))


def font_chain(preferred: str | None = None) -> list[str]:
    """The installed fallback chain, with ``preferred`` first when it is installed."""
    installed = set(QFontDatabase.families())
    arabic = set(arabic_families())
    chain = [f for f in ARABIC_FONT_CHAIN if f in installed and (f in arabic or f == "DejaVu Sans")]
    if preferred and preferred in installed:
        chain = [preferred] + [f for f in chain if f != preferred]
    return chain


def reader_font(preferred: str | None = None, point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """The font for the article text: the chain, at ``point_size`` points."""
    font = QFont()
    chain = font_chain(preferred)
    if chain:
        font.setFamilies(chain)
    font.setPointSizeF(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, point_size)))
    font.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
    # Kerning and ligatures come from the font's OpenType tables; Qt applies them by default.
    return font


def primary_family(font: QFont) -> str:
    families = font.families()
    return families[0] if families else font.family()


#: For the interface (lists, menus): a sans face for Arabic behind the style's own font.
INTERFACE_ARABIC_CHAIN = ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans")


def interface_font(base: QFont) -> QFont:
    """``base`` (the style's font) with Arabic faces chosen for the characters it lacks."""
    font = QFont(base)
    installed = set(QFontDatabase.families())
    chain = [f for f in INTERFACE_ARABIC_CHAIN if f in installed]
    first = primary_family(base)
    font.setFamilies([first] + [f for f in chain if f != first])
    return font
