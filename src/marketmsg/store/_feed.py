"""The change feed: every change to a conversation, message, dispute or outbox entry, at a numbered position.

Positions must be gap-free *as seen by readers*: a reader that has seen position ``p`` must never later find a
position below ``p`` appear (a consumer would skip it forever). A database sequence does not give that —
transactions take numbers in one order and commit in another, and rolled-back ones leave holes. So positions
come from a one-row counter (``<prefix>feed_head``) that each writing transaction advances as its last step,
in the same transaction as the change itself:

- the UPDATE locks the counter row until commit (PostgreSQL row lock; SQLite's ``BEGIN IMMEDIATE`` excludes
  every other writer anyway), so the next writer gets its numbers only after this one committed — positions
  become visible strictly in order;
- a rollback undoes the counter with the change: no gaps;
- the lock is taken after the transaction's data writes, right before commit, so writers queue on it only
  for the few statements between the two.

Same writes → same positions on SQLite and PostgreSQL: a batch numbers its rows in code-point order of their
ids (the order the store writes them in), and nothing else consumes positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from ._driver import Driver
from ._schema import Tables

__all__ = ["Change", "ChangeKind", "Entity", "record_changes"]


class Entity(StrEnum):
    """What a change is about."""

    CONVERSATION = "conversation"
    MESSAGE = "message"
    DISPUTE = "dispute"
    OUTBOX = "outbox"


class ChangeKind(StrEnum):
    """What happened: a new object, a changed one, buyer data purged — or, for outbox entries, the new state."""

    INSERT = "insert"
    UPDATE = "update"
    PURGE = "purge"
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"
    PARTIAL = "partial"
    QUEUED = "queued"


@dataclass(frozen=True)
class Change:
    """One entry of the change feed.

    ``object_id`` is the object's id (an outbox entry's idempotency key); ``conversation_id`` is the
    conversation of a message, or the target of an outbox entry. ``at`` is when the store recorded it.
    Read the object itself from the store by id: the feed carries ids, never buyer data.
    """

    position: int
    entity: Entity
    object_id: str
    account: str
    op: ChangeKind
    at: datetime
    conversation_id: str | None = None


_COLUMNS = ("position", "entity", "object_id", "account", "op", "at", "conversation_id")


def record_changes(
    conn: Connection,
    driver: Driver,
    tables: Tables,
    entries: Sequence[tuple[str, str, str, str, str | None]],
    at: datetime,
) -> int:
    """Append ``(entity, object_id, account, op, conversation_id)`` entries in order; returns the last position.

    Call it as the last statement of the writing transaction (it takes the counter's lock until commit).
    """
    if not entries:
        return 0
    last = driver.advance(conn, tables.feed_head, len(entries))
    first = last - len(entries) + 1
    stamp = driver.time(at)
    rows = [
        (first + i, entity, object_id, account, op, stamp, parent)
        for i, (entity, object_id, account, op, parent) in enumerate(entries)
    ]
    driver.insert(conn, tables.changes, _COLUMNS, rows)
    return last


def to_change(row: Any) -> Change:
    position, entity, object_id, account, op, at, parent = row
    return Change(int(position), Entity(entity), object_id, account, ChangeKind(op), at, parent)
