"""Names and colours of word statuses, shared by the panel, the tab and the text tints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from reader.core.vocab.library import STATUSES


def status_label(status: str) -> str:
    return {
        "new": QCoreApplication.translate("VocabLabels", "New"), "learning1": QCoreApplication.translate("VocabLabels", "Learning 1"), "learning2": QCoreApplication.translate("VocabLabels", "Learning 2"),
        "learning3": QCoreApplication.translate("VocabLabels", "Learning 3"), "learning4": QCoreApplication.translate("VocabLabels", "Learning 4"), "known": QCoreApplication.translate("VocabLabels", "Known"),
        "ignored": QCoreApplication.translate("VocabLabels", "Ignored"),
    }.get(status, status)


def status_short(status: str) -> str:
    return {"new": QCoreApplication.translate("VocabLabels", "New"), "known": QCoreApplication.translate("VocabLabels", "Known"), "ignored": QCoreApplication.translate("VocabLabels", "Ignore")}.get(
        status, status[-1:] if status.startswith("learning") else status)


def pos_label(pos: str) -> str:
    return {"noun": QCoreApplication.translate("VocabLabels", "noun"), "verb": QCoreApplication.translate("VocabLabels", "verb"), "adj": QCoreApplication.translate("VocabLabels", "adjective"), "adv": QCoreApplication.translate("VocabLabels", "adverb"),
            "phrase": QCoreApplication.translate("VocabLabels", "phrase"), "particle": QCoreApplication.translate("VocabLabels", "particle"), "name": QCoreApplication.translate("VocabLabels", "name"),
            "number": QCoreApplication.translate("VocabLabels", "number"), "foreign": QCoreApplication.translate("VocabLabels", "foreign word")}.get(pos, pos)


def domain_label(domain: str) -> str:
    return {"banking": QCoreApplication.translate("VocabLabels", "banking"), "lending": QCoreApplication.translate("VocabLabels", "lending and credit"),
            "markets": QCoreApplication.translate("VocabLabels", "markets and securities"), "payments": QCoreApplication.translate("VocabLabels", "payments and fintech"),
            "regulation": QCoreApplication.translate("VocabLabels", "regulation and competition"),
            "public_finance": QCoreApplication.translate("VocabLabels", "public finance"), "trade": QCoreApplication.translate("VocabLabels", "trade"),
            "energy": QCoreApplication.translate("VocabLabels", "energy"), "accounting": QCoreApplication.translate("VocabLabels", "accounting and results"),
            "corporate": QCoreApplication.translate("VocabLabels", "companies and deals"), "economy": QCoreApplication.translate("VocabLabels", "economy")}.get(domain, domain)


#: Learner-mode tints (light theme; blended with the page in dark themes by the caller).
TINTS = {
    "new": QColor(160, 200, 255, 110),
    "learning1": QColor(255, 200, 60, 120),
    "learning2": QColor(255, 210, 90, 95),
    "learning3": QColor(255, 222, 130, 75),
    "learning4": QColor(255, 235, 170, 60),
}
SAVED_COLOR = QColor(230, 120, 40)
TERM_COLOR = QColor(0, 128, 128)

__all__ = ["STATUSES", "status_label", "status_short", "pos_label", "domain_label", "TINTS"]
