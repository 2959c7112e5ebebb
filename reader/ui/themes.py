"""Reading themes (light, dark, sepia) and the highlight colours in each of them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.colors import HIGHLIGHT_COLORS  # noqa: F401  (the names live in core)


def color_label(name: str) -> str:
    labels = {
        "yellow": QCoreApplication.translate("Colors", "Yellow"),
        "green": QCoreApplication.translate("Colors", "Green"),
        "blue": QCoreApplication.translate("Colors", "Blue"),
        "pink": QCoreApplication.translate("Colors", "Pink"),
        "purple": QCoreApplication.translate("Colors", "Purple"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class Theme:
    name: str
    page: str  # background of the article
    text: str
    dimmed: str  # noise
    marker_text: str  # labels of invisible characters
    marker_back: str
    find_back: str
    find_current_back: str
    highlights: dict  # colour name -> background
    window: str  # window background for the rest of the interface
    window_text: str
    base: str  # lists, inputs
    button: str

    def highlight(self, name: str) -> QColor:
        return QColor(self.highlights.get(name, self.highlights["yellow"]))


THEMES: dict[str, Theme] = {
    "light": Theme(
        "light", page="#ffffff", text="#1a1a1a", dimmed="#a0a0a0",
        marker_text="#b00020", marker_back="#ffe0e6",
        find_back="#ffcc80", find_current_back="#ff9800",
        highlights={"yellow": "#fff176", "green": "#b9f6ca", "blue": "#b3e5fc",
                    "pink": "#f8bbd0", "purple": "#e1bee7"},
        window="", window_text="", base="", button="",
    ),
    "sepia": Theme(
        "sepia", page="#f4ecd8", text="#433422", dimmed="#a8977a",
        marker_text="#9c2a00", marker_back="#f3d2c1",
        find_back="#f0b774", find_current_back="#e08a2c",
        highlights={"yellow": "#f2dc6b", "green": "#c5dfa5", "blue": "#b9d3e3",
                    "pink": "#eab8c2", "purple": "#d6c0de"},
        window="#eadfc4", window_text="#433422", base="#f8f1e0", button="#e3d6b8",
    ),
    "dark": Theme(
        "dark", page="#1e1f22", text="#dcdcdc", dimmed="#6e6e6e",
        marker_text="#ff8a80", marker_back="#4a2626",
        find_back="#8a5a00", find_current_back="#c77800",
        highlights={"yellow": "#6b5d12", "green": "#2e5b3a", "blue": "#1f4b6e",
                    "pink": "#6e2b48", "purple": "#523066"},
        window="#2b2d30", window_text="#dcdcdc", base="#1e1f22", button="#3a3c40",
    ),
}
THEME_NAMES = tuple(THEMES)


def theme_label(name: str) -> str:
    labels = {
        "light": QCoreApplication.translate("Themes", "Light"),
        "sepia": QCoreApplication.translate("Themes", "Sepia"),
        "dark": QCoreApplication.translate("Themes", "Dark"),
    }
    return labels.get(name, name)


def get_theme(name: str) -> Theme:
    return THEMES.get(name, THEMES["light"])


def apply_app_palette(app: QApplication, theme: Theme, default: QPalette) -> None:
    """Give the whole window the theme's colours (light keeps the style's own palette)."""
    if not theme.window:
        app.setPalette(default)
        return
    p = QPalette(default)
    for role, colour in (
        (QPalette.ColorRole.Window, theme.window),
        (QPalette.ColorRole.WindowText, theme.window_text),
        (QPalette.ColorRole.Base, theme.base),
        (QPalette.ColorRole.AlternateBase, theme.window),
        (QPalette.ColorRole.Text, theme.window_text),
        (QPalette.ColorRole.Button, theme.button),
        (QPalette.ColorRole.ButtonText, theme.window_text),
        (QPalette.ColorRole.ToolTipBase, theme.base),
        (QPalette.ColorRole.ToolTipText, theme.window_text),
        (QPalette.ColorRole.PlaceholderText, theme.dimmed),
    ):
        p.setColor(role, QColor(colour))
    # setColor() above set every colour group: give disabled controls the dimmed text
    # again, or a disabled button looks like one that can be pressed.
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(disabled, role, QColor(theme.dimmed))
    app.setPalette(p)


def reader_palette(base: QPalette, theme: Theme) -> QPalette:
    """The article view's palette: page and text colours of the theme."""
    p = QPalette(base)
    p.setColor(QPalette.ColorRole.Base, QColor(theme.page))
    p.setColor(QPalette.ColorRole.Text, QColor(theme.text))
    return p
