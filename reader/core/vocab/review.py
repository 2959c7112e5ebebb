"""Spaced repetition with FSRS (the ``fsrs`` package, MIT): a new card for each saved word,
and what a rating (Again, Hard, Good, Easy) does to it. Cards are kept as the package's own
JSON (``Card.to_dict``) in the saved word's row.

Fuzzing (a random spread of intervals) is off, so that the same history always gives the
same schedule: tests and two programs on one library agree.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import lru_cache

#: Ratings as FSRS numbers them.
RATINGS = {1: "again", 2: "hard", 3: "good", 4: "easy"}


@lru_cache(maxsize=1)
def scheduler():
    from fsrs import Scheduler

    return Scheduler(enable_fuzzing=False)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def new_card(now: datetime | None = None) -> tuple[str, str]:
    """A new card (JSON) and when it is due (at once)."""
    from fsrs import Card

    now = now or datetime.now(timezone.utc)
    card = Card(due=now)
    return json.dumps(card.to_dict()), _iso(now)


def _card(card_json: str):
    from fsrs import Card

    data = json.loads(card_json or "{}")
    if not data:
        return Card()
    return Card.from_dict(data)


def review(card_json: str, rating: int, now: datetime | None = None) -> tuple[str, str]:
    """The card after a rating (1 again, 2 hard, 3 good, 4 easy) and its next due time."""
    from fsrs import Rating

    if rating not in RATINGS:
        raise ValueError(f"a rating is 1 (again), 2 (hard), 3 (good) or 4 (easy), not {rating!r}")
    now = now or datetime.now(timezone.utc)
    card, _log = scheduler().review_card(_card(card_json), Rating(rating), review_datetime=now)
    return json.dumps(card.to_dict()), _iso(card.due)


def intervals(card_json: str, now: datetime | None = None) -> dict[int, float]:
    """For each rating, how long until the card is due again (seconds): shown on the buttons."""
    now = now or datetime.now(timezone.utc)
    out = {}
    for rating in RATINGS:
        _card_json, due = review(card_json, rating, now)
        out[rating] = max(0.0, (parse_time(due) - now).total_seconds())
    return out


def card_state(card_json: str) -> str:
    """"new", "learning", "review" or "relearning" (for the Vocabulary tab)."""
    data = json.loads(card_json or "{}")
    if not data.get("last_review"):
        return "new"
    return {1: "learning", 2: "review", 3: "relearning"}.get(data.get("state"), "learning")


def interval_text(seconds: float) -> str:
    """A short interval for a button: 1 min, 10 min, 3 h, 4 d, 2 mo, 1.2 y."""
    minutes = seconds / 60
    if minutes < 60:
        return f"{max(1, round(minutes))} min"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)} h"
    days = hours / 24
    if days < 31:
        return f"{round(days)} d"
    if days < 365:
        return f"{round(days / 30)} mo"
    return f"{days / 365:.1f} y"
