"""Translated names of segment statuses and termbase origins."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("TranslateLabels", "draft"),
        "translated": QCoreApplication.translate("TranslateLabels", "translated"),
        "reviewed": QCoreApplication.translate("TranslateLabels", "reviewed"),
    }
    return labels.get(status, status)


def origin_label(origin: str) -> str:
    labels = {
        "own": QCoreApplication.translate("TranslateLabels", "my term"),
        "entity": QCoreApplication.translate("TranslateLabels", "name"),
        "glossary": QCoreApplication.translate("TranslateLabels", "glossary"),
    }
    return labels.get(origin, origin)


def kind_label(kind: str) -> str:
    labels = {
        "exact": QCoreApplication.translate("TranslateLabels", "exact"),
        "clitic": QCoreApplication.translate("TranslateLabels", "with clitic"),
        "inflected": QCoreApplication.translate("TranslateLabels", "other form"),
    }
    return labels.get(kind, kind)
