"""Small per-user state: reading positions per article and settings."""

from __future__ import annotations

import json

from .sqlite import Database

from ..model import now_iso


def reading_position(db: Database, doc_id: str) -> int:
    row = db.execute("SELECT position FROM reading_positions WHERE doc_id = ?", [doc_id]).fetchone()
    return int(row[0]) if row else 0


def set_reading_position(db: Database, doc_id: str, position: int) -> None:
    db.execute(
        "INSERT OR REPLACE INTO reading_positions (doc_id, position, updated) VALUES (?, ?, ?)",
        [doc_id, int(position), now_iso()],
    )


def setting(db: Database, key: str, default=None):
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(db: Database, key: str, value) -> None:
    db.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        [key, json.dumps(value, ensure_ascii=False)],
    )
