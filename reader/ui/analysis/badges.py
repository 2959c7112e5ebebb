"""Coloured, rounded badges in item views: the kind of a source.

:class:`BadgeDelegate` draws a cell's text as a badge (a column of its own, in the wide
"who said what" list); :class:`BadgedTextDelegate` draws a badge line over a wrapped text,
for the narrow sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..bidi_text import DirectionDelegate, is_rtl

#: The badge's colour (a QColor) is kept in the item under this role; its text is the
#: item's display text.
BADGE_COLOR_ROLE = Qt.ItemDataRole.UserRole + 20  # (+10 is bidi_text.DIRECTION_ROLE)
BADGE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 21
BADGE_NOTE_ROLE = Qt.ItemDataRole.UserRole + 22
PAD_X, PAD_Y = 7, 2


def readable_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.55 else QColor("#ffffff")


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        color = index.data(BADGE_COLOR_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not isinstance(color, QColor) or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:  # selection background, focus
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        metrics = QFontMetrics(option.font)
        width = min(metrics.horizontalAdvance(text) + 2 * PAD_X + 2, option.rect.width() - 4)
        height = metrics.height() + 2 * PAD_Y
        x = option.rect.left() + 2
        if option.direction == Qt.LayoutDirection.RightToLeft:
            x = option.rect.right() - 2 - width
        y = option.rect.top() + (option.rect.height() - height) / 2
        rect = QRectF(x, y, width, height)
        painter.save()
        painter.setFont(option.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(readable_text_color(color))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 2 * PAD_X + 2))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        metrics = QFontMetrics(option.font)
        return QSize(max(size.width(), metrics.horizontalAdvance(text) + 2 * PAD_X + 8),
                     max(size.height(), metrics.height() + 2 * PAD_Y + 4))


class BadgedTextDelegate(DirectionDelegate):
    """A cell with a badge line (the badge, then a small count) over a bold, word-wrapped
    text: a source in a narrow sidebar. Rows without a badge colour are drawn as usual.

    The item's display text is the main text; BADGE_TEXT_ROLE holds the badge's words and
    BADGE_NOTE_ROLE the text after it (e.g. "2 claims"). Rows drawn as usual (a source's
    claims) are laid out in their own text's direction (:class:`DirectionDelegate`)."""

    MARGIN = 4

    def _lines(self, index) -> tuple[str, str, str, QColor | None]:
        return (index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(BADGE_TEXT_ROLE) or "",
                index.data(BADGE_NOTE_ROLE) or "", index.data(BADGE_COLOR_ROLE))

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = option.widget
        if width <= 0 and view is not None:
            width = view.viewport().width() - getattr(view, "indentation", lambda: 0)()
        return max(40, width - 2 * self.MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        text, badge, _note, color = self._lines(index)
        if not isinstance(color, QColor):
            return super().sizeHint(option, index)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        width = self._text_width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        body = metrics.boundingRect(QRect(0, 0, width, 100000), flags, text).height()
        badge_h = option.fontMetrics.height() + 2 * PAD_Y
        return QSize(width + 2 * self.MARGIN, self.MARGIN * 3 + badge_h + body)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        text, badge, note, color = self._lines(index)
        if not isinstance(color, QColor):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rtl = is_rtl(text)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        badge_h = metrics.height() + 2 * PAD_Y
        badge_w = metrics.horizontalAdvance(badge) + 2 * PAD_X + 2
        x = rect.right() - badge_w if rtl else rect.left()
        pill = QRectF(x, rect.top(), badge_w, badge_h)
        painter.save()
        # Lay the texts out in their own direction: a source that mixes Arabic and Latin
        # ("متحدث باسم Alipay") is otherwise ordered left to right in an English window.
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                   else Qt.LayoutDirection.LeftToRight)
        painter.setFont(option.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(pill, badge_h / 2, badge_h / 2)
        painter.setPen(readable_text_color(color))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if note:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText) if not selected else text_color)
            note_rect = QRect(rect.left(), rect.top(), rect.width() - badge_w - 6, badge_h)
            if not rtl:
                note_rect.moveLeft(rect.left() + badge_w + 6)
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(note_rect, side | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute, note)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        body = QRect(rect.left(), rect.top() + badge_h + self.MARGIN, rect.width(), rect.height() - badge_h)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(body, side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)
        painter.restore()
