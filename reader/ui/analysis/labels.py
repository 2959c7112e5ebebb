"""Translated names and colours of entity types, source kinds and review statuses.

The colours of kinds come from :mod:`reader.core.reports.labels` (the report's chart uses
the same ones); entity types get theirs here. Review colours are translucent so that they
tint the page in every theme (light, sepia, dark) without hiding the text.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from reader.core.reports.labels import KIND_COLORS, NO_SOURCE, STATUS_LABELS

REVIEW_STATUSES = tuple(STATUS_LABELS)

ENTITY_COLORS = {
    "PER": "#1e88e5",
    "ORG": "#8e24aa",
    "LOC": "#2e7d32",
    "MISC": "#6d4c41",
    "MONEY": "#c79100",
    "PERCENT": "#00838f",
    "DATE": "#d81b60",
    "QUANTITY": "#ef6c00",
}

#: (red, green, blue, alpha) tints of claims in the text, per review status.
STATUS_TINTS = {
    "unreviewed": (120, 144, 156, 60),
    "verified": (67, 160, 71, 80),
    "needs_second_source": (251, 140, 0, 85),
    "disputed": (229, 57, 53, 80),
}



def entity_type_label(type_: str) -> str:
    labels = {
        "PER": QCoreApplication.translate("AnalysisLabels", "People"),
        "ORG": QCoreApplication.translate("AnalysisLabels", "Organisations"),
        "LOC": QCoreApplication.translate("AnalysisLabels", "Places"),
        "MISC": QCoreApplication.translate("AnalysisLabels", "Other names"),
        "MONEY": QCoreApplication.translate("AnalysisLabels", "Money"),
        "PERCENT": QCoreApplication.translate("AnalysisLabels", "Percentages"),
        "DATE": QCoreApplication.translate("AnalysisLabels", "Dates"),
        "QUANTITY": QCoreApplication.translate("AnalysisLabels", "Quantities"),
    }
    return labels.get(type_, type_)


def entity_type_name(type_: str) -> str:
    """The singular name of a type, for menus ("Retype as Person")."""
    names = {
        "PER": QCoreApplication.translate("AnalysisLabels", "Person"),
        "ORG": QCoreApplication.translate("AnalysisLabels", "Organisation"),
        "LOC": QCoreApplication.translate("AnalysisLabels", "Place"),
        "MISC": QCoreApplication.translate("AnalysisLabels", "Other name"),
        "MONEY": QCoreApplication.translate("AnalysisLabels", "Money"),
        "PERCENT": QCoreApplication.translate("AnalysisLabels", "Percentage"),
        "DATE": QCoreApplication.translate("AnalysisLabels", "Date"),
        "QUANTITY": QCoreApplication.translate("AnalysisLabels", "Quantity"),
    }
    return names.get(type_, type_)


def kind_label(kind: str) -> str:
    labels = {
        "named_person": QCoreApplication.translate("AnalysisLabels", "Named person"),
        "named_organization": QCoreApplication.translate("AnalysisLabels", "Named organisation"),
        "media": QCoreApplication.translate("AnalysisLabels", "Media"),
        "document": QCoreApplication.translate("AnalysisLabels", "Document"),
        "anonymous": QCoreApplication.translate("AnalysisLabels", "Anonymous"),
        "unnamed_official": QCoreApplication.translate("AnalysisLabels", "Unnamed official"),
        NO_SOURCE: QCoreApplication.translate("AnalysisLabels", "No source"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "unreviewed": QCoreApplication.translate("AnalysisLabels", "Unreviewed"),
        "verified": QCoreApplication.translate("AnalysisLabels", "Verified"),
        "needs_second_source": QCoreApplication.translate("AnalysisLabels", "Needs a second source"),
        "disputed": QCoreApplication.translate("AnalysisLabels", "Disputed"),
    }
    return labels.get(status, status)


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, KIND_COLORS[NO_SOURCE]))


def entity_color(type_: str) -> QColor:
    return QColor(ENTITY_COLORS.get(type_, "#757575"))


def status_color(status: str) -> QColor:
    r, g, b, a = STATUS_TINTS.get(status, STATUS_TINTS["unreviewed"])
    return QColor(r, g, b, a)


def dot_icon(color: QColor, size: int = 14) -> QIcon:
    return _dot_icon(QColor(color).rgba(), size)


@lru_cache(maxsize=64)
def _dot_icon(rgba: int, size: int) -> QIcon:
    """One icon per colour, shared by every row that shows it (a book has thousands)."""
    color = QColor.fromRgba(rgba)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    solid = QColor(color)
    solid.setAlpha(255)
    painter.setPen(solid.darker(130))
    painter.setBrush(solid)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


def status_icon(status: str) -> QIcon:
    r, g, b, _a = STATUS_TINTS.get(status, STATUS_TINTS["unreviewed"])
    return dot_icon(QColor(r, g, b))
