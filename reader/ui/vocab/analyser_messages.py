"""The status bar's words for the analyser's helper process: restarted after it died, could
not start, died again. The cause comes from the core in English ("ended by signal SIGKILL",
"exit code 1: <its last error line>", "no answer in 120 s"); its known parts are said in the
interface's language here, and what the helper itself wrote stays as written, isolated so
that it reads in its own direction inside an Arabic sentence."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from reader.core.vocab.morph_client import AnalyserUnavailable

from ..bidi_text import FSI, PDI

def _isolated(text: str) -> str:
    return FSI + text + PDI


def cause_text(cause: str) -> str:
    """How the helper ended, in the interface's language."""
    head, _, detail = cause.partition(": ")
    if m := re.fullmatch(r"ended by signal (\S+)", head):
        text = QCoreApplication.translate("VocabWorker", "ended by signal %1").replace("%1", m[1])
    elif m := re.fullmatch(r"exit code (-?\d+)", head):
        text = QCoreApplication.translate("VocabWorker", "exit code %1").replace("%1", m[1])
    elif m := re.fullmatch(r"no answer in (\d+) s", head):
        text = QCoreApplication.translate("VocabWorker", "no answer in %1 s").replace("%1", m[1])
    else:
        return _isolated(cause)
    return text + (": " + _isolated(detail) if detail else "")


def restarted_message(cause: str) -> str:
    return QCoreApplication.translate(
        "VocabWorker", "The word analyser stopped (%1) and was restarted.").replace("%1", cause_text(cause))


def unavailable_message(exc: AnalyserUnavailable) -> str:
    if exc.kind == "start":
        text = QCoreApplication.translate(
            "VocabWorker", "The word analyser could not start (%1); words are shown without their "
            "lemma until the window is reopened.")
    else:
        text = QCoreApplication.translate(
            "VocabWorker", "The word analyser stopped again (%1); words are shown without their "
            "lemma until the window is reopened.")
    return text.replace("%1", cause_text(exc.cause))
