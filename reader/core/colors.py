"""The highlight colours an annotation may have, by name (the window draws each one in the
colours of its theme; the command line and imported annotations are checked against this)."""

from __future__ import annotations

#: Highlight colours, in the order the toolbar and the shortcuts (Ctrl+1 ... Ctrl+5) use.
HIGHLIGHT_COLORS = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOR = HIGHLIGHT_COLORS[0]
