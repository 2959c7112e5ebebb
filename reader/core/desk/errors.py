"""What can go wrong with a desk, said for the user (all are :class:`ReaderError`)."""

from __future__ import annotations

from ..errors import ReaderError


class DeskError(ReaderError):
    """The desk cannot be used as asked (not a desk, a newer desk, not joined, bad address)."""


class DeskOfflineError(DeskError):
    """The desk's server cannot be reached or went away mid-sync; nothing local is lost and
    the next sync carries on."""


class DeskRefusedError(DeskError):
    """The desk's server refused a change (the user's role has no right to it)."""
