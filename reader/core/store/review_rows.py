"""Analysis cache, editorial reviews of claims (with their trail) and entity decisions."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .sqlite import Database

from ..model import now_iso

REVIEW_STATUSES = ("unreviewed", "verified", "needs_second_source", "disputed")
ENTITY_ACTIONS = ("accept", "reject", "rename", "retype", "merge", "add")


@dataclass(frozen=True)
class ClaimReview:
    doc_id: str
    claim_key: str
    status: str
    note: str
    exact: str
    author: str
    updated: str


@dataclass(frozen=True)
class TrailEntry:
    doc_id: str
    claim_key: str
    status: str
    note: str
    author: str
    at: str


@dataclass(frozen=True)
class EntityDecision:
    id: int
    action: str
    form: str
    value: str
    type: str
    author: str
    at: str


# --- analysis cache ----------------------------------------------------------------------


def cached_analysis(db: Database, sha256: str, analyzer: str) -> dict | None:
    row = db.execute(
        "SELECT result FROM analysis_cache WHERE sha256 = ? AND analyzer = ?", [sha256, analyzer]
    ).fetchone()
    return json.loads(row[0]) if row else None


def save_analysis(db: Database, sha256: str, analyzer: str, result: dict) -> None:
    db.execute(
        "INSERT OR REPLACE INTO analysis_cache (sha256, analyzer, result, created) VALUES (?, ?, ?, ?)",
        [sha256, analyzer, json.dumps(result, ensure_ascii=False), now_iso()],
    )


# --- reviews -----------------------------------------------------------------------------


def reviews_for(db: Database, doc_id: str) -> dict[str, ClaimReview]:
    rows = db.execute(
        "SELECT doc_id, claim_key, status, note, exact, author, updated FROM claim_reviews WHERE doc_id = ?",
        [doc_id],
    ).fetchall()
    return {r[1]: ClaimReview(*r) for r in rows}


def set_review(
    db: Database, doc_id: str, claim_key: str, status: str, note: str, exact: str, author: str
) -> ClaimReview:
    if status not in REVIEW_STATUSES:
        raise ValueError(f"unknown review status {status!r}; use one of {', '.join(REVIEW_STATUSES)}")
    at = now_iso()
    db.execute(
        """INSERT OR REPLACE INTO claim_reviews (doc_id, claim_key, status, note, exact, author, updated)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [doc_id, claim_key, status, note, exact, author, at],
    )
    db.execute(
        """INSERT INTO claim_review_trail (doc_id, claim_key, status, note, author, at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [doc_id, claim_key, status, note, author, at],
    )
    return ClaimReview(doc_id, claim_key, status, note, exact, author, at)


def trail(db: Database, doc_id: str, claim_key: str | None = None) -> list[TrailEntry]:
    sql = "SELECT doc_id, claim_key, status, note, author, at FROM claim_review_trail WHERE doc_id = ?"
    params: list = [doc_id]
    if claim_key is not None:
        sql += " AND claim_key = ?"
        params.append(claim_key)
    # In time order: entries merged from a desk arrive after later local ones.
    return [TrailEntry(*r) for r in db.execute(sql + " ORDER BY at, id", params).fetchall()]


# --- entity decisions --------------------------------------------------------------------


def add_decision(db: Database, action: str, form: str, value: str = "", type_: str = "", author: str = "") -> EntityDecision:
    if action not in ENTITY_ACTIONS:
        raise ValueError(f"unknown entity action {action!r}; use one of {', '.join(ENTITY_ACTIONS)}")
    if not form.strip():
        raise ValueError("an entity decision needs the entity's text")
    at = now_iso()
    cursor = db.execute(
        "INSERT INTO entity_decisions (action, form, value, type, author, at) VALUES (?, ?, ?, ?, ?, ?)",
        [action, form, value, type_, author, at],
    )
    return EntityDecision(cursor.lastrowid, action, form, value, type_, author, at)


def decisions(db: Database) -> list[EntityDecision]:
    rows = db.execute(
        # In the order they were made (teachings merged from a desk arrive later).
        "SELECT id, action, form, value, type, author, at FROM entity_decisions ORDER BY at, id"
    ).fetchall()
    return [EntityDecision(*r) for r in rows]


def remove_decision(db: Database, decision_id: int) -> None:
    db.execute("DELETE FROM entity_decisions WHERE id = ?", [decision_id])
