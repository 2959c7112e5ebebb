"""The vocabulary's line under each article in the library pane: "unknown words: N · new
terms: M", from the article's summary (its lemma and term keys), which the vocabulary
worker builds in the background, a piece at a time, for every article without one."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from reader.core.vocab import library as lib

from .vocab_worker import SUMMARY_KEY

# After the window opens, how long until the missing summaries are asked for (ms).
FIRST_REQUEST_MS = 2000
# Changes that come together (a summary, statuses) refresh the pane once (ms).
REFRESH_DELAY_MS = 300


class LibraryCounts(QObject):
    def __init__(self, window, worker, service, alive, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.worker = worker
        self.service = service
        self._alive = alive
        self._pending = False
        self._known: tuple | None = None  # (doc id -> sha256, statuses, saved keys) of a pass
        window.library_pane.details_provider = self.details
        worker.summaryReady.connect(lambda _doc_id: self.refresh_soon())
        window.session.libraryChanged.connect(lambda: QTimer.singleShot(500, self, self.request_summaries))
        QTimer.singleShot(FIRST_REQUEST_MS, self, self.request_summaries)

    @property
    def store(self):
        return self.window.session.store

    def _shas(self) -> dict[str, str]:
        return dict(self.store.db.execute("SELECT id, sha256 FROM documents WHERE deleted = 0").fetchall())

    def details(self, entry) -> str:
        """"unknown words: N · new terms: M" for a library entry, once its words are known."""
        if self._known is None or entry.id not in self._known[0]:
            self._known = (self._shas(), self.service.statuses(), lib.saved_keys(self.store))
        shas, statuses, saved = self._known
        sha = shas.get(entry.id)
        summary = lib.article_summary(self.store, sha, SUMMARY_KEY) if sha else None
        if summary is None:
            return ""
        lemmas, terms = summary
        unknown = sum(1 for k in lemmas if statuses.get(k, "new") == "new" and k not in saved)
        new_terms = sum(1 for k in terms if statuses.get(k, "new") == "new" and k not in saved)
        return self.tr("unknown words: %1 · new terms: %2").replace("%1", str(unknown)).replace(
            "%2", str(new_terms))

    def request_summaries(self) -> None:
        if not self._alive():
            return
        self._known = None  # statuses and articles may have changed
        done = lib.summarised(self.store, SUMMARY_KEY)
        self.worker.request_summaries([(doc_id, sha) for doc_id, sha in self._shas().items()
                                       if sha not in done])

    def refresh_soon(self) -> None:
        """Show the counts again shortly (statuses or summaries changed)."""
        if self._pending:
            return
        self._pending = True

        def run():
            self._pending = False
            if self._alive():
                self._known = None
                self.window.library_pane.refresh_details()

        QTimer.singleShot(REFRESH_DELAY_MS, self, run)
