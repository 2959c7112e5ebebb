"""Plain-Python core of the reader: text, documents, importers, anchoring, analysis, storage.

Nothing under this package may import Qt (tests/unit/test_no_qt_in_core.py checks it), so the
command line and scripts can use all of it without a display.
"""
