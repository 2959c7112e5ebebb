"""The editorial desk: libraries share their work through a PostgreSQL database.

Each person's SQLite library stays the working copy (everything works offline); a desk (a
PostgreSQL database the team shares) carries everyone's changes to everyone else. What
travels is registered in one place (:mod:`.tables`); local changes are captured by triggers
(:mod:`.capture`); the merge is in :mod:`.merge`; the desk's side (schema, roles, row-level
security) in :mod:`.server_schema` and :mod:`.server`; a sync in :mod:`.engine`.

Plain Python, no Qt: the command line and the window's background sync both use it.
"""

from .engine import SyncReport, Status, init, join, leave, restore_conflict, status, sync
from .errors import DeskError, DeskOfflineError, DeskRefusedError
from .local import Conflict, conflicts

__all__ = [
    "SyncReport", "Status", "init", "join", "leave", "restore_conflict", "status", "sync",
    "DeskError", "DeskOfflineError", "DeskRefusedError", "Conflict", "conflicts",
]
