"""Keyboard shortcuts in menus, read left to right in the Arabic interface too.

A menu item's text reaches the style as "label\tshortcut", and the style draws the shortcut
in the menu's direction. In a right-to-left menu the bidi algorithm moved the trailing
neutral characters of a shortcut to its other end: "Ctrl++" read "++Ctrl" and "Ctrl+-"
read "-+Ctrl". The shortcut is a sequence of Latin key names, so it is isolated left to
right (LRI ... PDI) before the style draws or measures it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionMenuItem

from .bidi_text import ltr_isolate


def menu_item_text(text: str) -> str:
    """"label\\tshortcut" with the shortcut isolated left to right."""
    label, tab, shortcut = text.partition("\t")
    if not tab or not shortcut or shortcut.startswith("\u2066"):
        return text
    return f"{label}\t{ltr_isolate(shortcut)}"


class ShortcutStyle(QProxyStyle):
    """The application's style, with menu shortcuts drawn left to right."""

    def _isolated(self, option):
        if isinstance(option, QStyleOptionMenuItem) and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = menu_item_text(option.text)
        return option

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_MenuItem:
            option = self._isolated(option)
        super().drawControl(element, option, painter, widget)

    def sizeFromContents(self, kind, option, size, widget=None):
        if kind == QStyle.ContentsType.CT_MenuItem:
            option = self._isolated(option)
        return super().sizeFromContents(kind, option, size, widget)
