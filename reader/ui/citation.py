"""Copy with citation: the quote, then the article's title, outlet and date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.model import Document


def citation_text(quote: str, doc: Document) -> str:
    """``quote`` followed by where it comes from, e.g. «...» — title، outlet، date.

    The punctuation follows the interface language (the translation supplies the Arabic
    quotation marks and comma); parts the document does not have are left out.
    """
    quote = " ".join(quote.split())
    source = [part for part in (doc.title.strip(), doc.outlet.strip(), doc.date.strip()) if part]
    separator = QCoreApplication.translate("Citation", ", ")
    quoted = QCoreApplication.translate("Citation", "“%1”").replace("%1", quote)
    if not source:
        return quoted
    return (
        QCoreApplication.translate("Citation", "%1 — %2")
        .replace("%1", quoted)
        .replace("%2", separator.join(source))
    )
