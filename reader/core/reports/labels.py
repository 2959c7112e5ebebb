"""Names and colours of source kinds and review statuses, shared by every report and view.

English and Arabic labels live here for the exports (plain text, no Qt); the window
translates its own copies with ``tr()``. The colours are used by the report's chart and by
the sidebar's badges, so that a kind looks the same everywhere.
"""

from __future__ import annotations

from reader.core.model import SOURCE_KINDS

#: A claim the detector found no source for ("source": null in the contract).
NO_SOURCE = "none"
#: Every kind a claim can be counted under, in report order.
REPORT_KINDS = (*SOURCE_KINDS, NO_SOURCE)
#: Kinds that do not name who is speaking.
UNNAMED_KINDS = frozenset({"anonymous", "unnamed_official", NO_SOURCE})

KIND_LABELS: dict[str, tuple[str, str]] = {
    "named_person": ("Named person", "شخص مسمّى"),
    "named_organization": ("Named organisation", "مؤسسة مسمّاة"),
    "media": ("Media", "وسيلة إعلام"),
    "document": ("Document", "وثيقة"),
    "anonymous": ("Anonymous", "مصدر مجهول"),
    "unnamed_official": ("Unnamed official", "مسؤول غير مسمّى"),
    NO_SOURCE: ("No source", "بلا مصدر"),
}

KIND_COLORS: dict[str, str] = {
    "named_person": "#2e7d32",
    "named_organization": "#1565c0",
    "media": "#6a1b9a",
    "document": "#00838f",
    "anonymous": "#c62828",
    "unnamed_official": "#ef6c00",
    NO_SOURCE: "#757575",
}

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "unreviewed": ("Unreviewed", "لم يُراجَع"),
    "verified": ("Verified", "تم التحقق"),
    "needs_second_source": ("Needs a second source", "يحتاج إلى مصدر ثانٍ"),
    "disputed": ("Disputed", "موضع خلاف"),
}

STATUS_COLORS: dict[str, str] = {
    "unreviewed": "#fff3b0",
    "verified": "#c8e6c9",
    "needs_second_source": "#ffe0b2",
    "disputed": "#ffcdd2",
}


def kind_label(kind: str, lang: str = "en") -> str:
    en, ar = KIND_LABELS.get(kind, (kind, kind))
    return ar if lang == "ar" else en


def status_label(status: str, lang: str = "en") -> str:
    en, ar = STATUS_LABELS.get(status, (status, status))
    return ar if lang == "ar" else en


def both(pair: tuple[str, str]) -> str:
    """"English · العربية"."""
    return f"{pair[0]} · {pair[1]}"
