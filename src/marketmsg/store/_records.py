"""Batched upserts of conversations, messages and disputes, with their change-feed entries, in one transaction.

Per batch: encode every model once (pydantic's Rust serialiser), check the values against the column limits,
read the stored etags of those ids in chunks, write only rows whose unified content changed — one
``INSERT … ON CONFLICT DO UPDATE`` executemany on SQLite; on PostgreSQL a binary ``COPY`` of the new ids and one
upsert of the changed ones — then append one feed entry per written row. Rows are written
in code-point order of their ids, so concurrent upserts of overlapping batches queue on row locks instead of
deadlocking on PostgreSQL, and the feed numbers them the same way on every backend.

A row the retention purge pseudonymised is not rewritten by a re-sync of the same item (that would bring the
buyer data back): only newer activity on the platform replaces it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table

from ..models import (
    Conversation,
    ConversationStatus,
    Direction,
    Dispute,
    DisputeStatus,
    Message,
    parse_id,
)
from ._codec import encode
from ._driver import Driver
from ._errors import StoreValueError
from ._feed import Entity, record_changes
from ._schema import LIMITS, Tables

__all__ = ["Kind", "UpsertResult", "id_digest", "write_records"]


@dataclass(frozen=True)
class UpsertResult:
    """What an upsert changed: ids inserted, ids whose unified content changed, and how many were identical.

    ``previous`` maps each updated conversation id to its stored ``last_message_at`` before the update.
    """

    new: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0
    previous: Mapping[str, datetime | None] = field(default_factory=dict)

    @property
    def changed(self) -> tuple[str, ...]:
        return self.new + self.updated


def id_digest(object_id: str) -> str:
    """The key under which the id map remembers an id the purge replaced (the id itself is buyer data)."""
    return hashlib.sha256(object_id.encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=4096)  # called with conversation ids: many messages share one
def account_of(object_id: str) -> tuple[str, str]:
    # ids are "<platform>:<seller>:<kind>:<native>" (models.ids); a plain split is 10x cheaper than parse_id,
    # which matters when a sync stores thousands of messages.
    parts = object_id.split(":", 2)
    if len(parts) < 3 or not parts[0] or not parts[1]:
        parse_id(object_id)  # raises InvalidIdError with the explanation
    return f"{parts[0]}:{parts[1]}", parts[0]


Columns = Callable[[Any, Driver], tuple[Any, ...]]
# Enum member → stored value by dict lookup: cheaper than the ``.value`` descriptor, per row of a large batch.
_VALUE: dict[Any, str] = {
    member: member.value for enum in (ConversationStatus, Direction, DisputeStatus) for member in enum
}


def _conversation(conv: Conversation, d: Driver) -> tuple[Any, ...]:
    return (
        conv.account,
        conv.platform,
        conv.order_id,
        _VALUE[conv.status],
        d.time(conv.last_message_at),
        d.time(conv.response_due),
    )


def _message(msg: Message, d: Driver) -> tuple[Any, ...]:
    account, platform = account_of(msg.conversation_id)
    return (msg.conversation_id, account, platform, _VALUE[msg.direction], d.time(msg.sent_at))


def _dispute(dispute: Dispute, d: Driver) -> tuple[Any, ...]:
    due = dispute.timeline.seller_response_due
    return (
        dispute.account,
        dispute.platform,
        dispute.order_id,
        _VALUE[dispute.status],
        d.time(dispute.opened_at),
        d.time(dispute.updated_at),
        d.time(due.at if due else None),
    )


@dataclass(frozen=True)
class Kind:
    """How one kind of record maps to its table."""

    entity: Entity
    #: The row's values after ``id``, in ``names`` order (tuples: a large batch builds no dict per row).
    columns: Columns
    names: tuple[str, ...]
    #: The column that says how recent the platform's activity on the object is (a purged row is replaced
    #: only by newer activity).
    activity: str

    def table(self, tables: Tables) -> Table:
        return {
            Entity.CONVERSATION: tables.conversations,
            Entity.MESSAGE: tables.messages,
            Entity.DISPUTE: tables.disputes,
        }[self.entity]


CONVERSATIONS = Kind(
    Entity.CONVERSATION,
    _conversation,
    ("account", "platform", "order_id", "status", "last_message_at", "response_due"),
    "last_message_at",
)
MESSAGES = Kind(
    Entity.MESSAGE, _message, ("conversation_id", "account", "platform", "direction", "sent_at"), "sent_at"
)
DISPUTES = Kind(
    Entity.DISPUTE,
    _dispute,
    ("account", "platform", "order_id", "status", "opened_at", "updated_at", "response_due"),
    "updated_at",
)

_LIMITED = tuple(
    (name, LIMITS.get(name, LIMITS["id"]))
    for name in ("id", "account", "platform", "order_id", "status", "conversation_id", "key")
)


def check_values(row: Mapping[str, Any], database: str) -> None:
    """Refuse, before any write, what a column cannot hold — the same way on SQLite and PostgreSQL."""
    for name, limit in _LIMITED:
        value = row.get(name)
        if value is None or (len(value) <= limit and "\x00" not in value):
            continue
        if len(value) > limit:
            raise StoreValueError(
                f"{len(value)} characters, but the store holds at most {limit}; ids and keys must come from "
                "the platform adapters unchanged",
                field=name,
                database=database,
            )
        if "\x00" in value:
            raise StoreValueError(
                "contains a NUL character (U+0000), which no id may contain", field=name, database=database
            )


def _encode(item: Any) -> tuple[str, str]:
    try:
        return encode(item)
    except (UnicodeEncodeError, ValueError) as exc:
        raise StoreValueError(f"cannot be stored: {exc}", field=type(item).__name__) from None


def write_records(
    conn: Connection,
    driver: Driver,
    tables: Tables,
    kind: Kind,
    items: Iterable[Conversation | Message | Dispute],
    *,
    now: datetime,
    database: str,
    extra: Mapping[str, Any] | None = None,
    dry_run: bool = False,
) -> UpsertResult:
    """Upsert ``items`` into ``kind``'s table inside ``conn``'s transaction (see the module docstring)."""
    table = kind.table(tables)
    docs: dict[str, Any] = {item.id: item for item in items}  # an id given twice: the last one is stored
    if not docs:
        return UpsertResult()
    previous_column = ("last_message_at",) if kind.entity is Entity.CONVERSATION else ()
    existing = {
        row[0]: row
        for row in driver.select_in(
            conn, table, ("id", "etag", "purged_at", kind.activity, *previous_column), "id", list(docs)
        )
    }
    purged_ids = _purged_ids(conn, driver, tables, [i for i in docs if i not in existing])
    extra_values = dict(extra or {})
    # Every row: (id, *kind.names, *extra, etag, data, purged_at); positions of what the loop needs.
    names = ("id", *kind.names, *extra_values, "etag", "data", "purged_at")
    tail = (*extra_values.values(),)
    activity_at = kind.names.index(kind.activity)
    account_at = names.index("account")
    parent_at = names.index("conversation_id") if "conversation_id" in names else None
    limited = [(names.index(name), limit) for name, limit in _LIMITED if name in names]
    previous: dict[str, datetime | None] = {}
    changed: list[tuple[Any, ...]] = []
    changes: list[tuple[str, str, str, str, str | None]] = []
    entity = kind.entity.value
    columns = kind.columns
    # Rows go out in code-point order of their ids (see the module docstring), new ones while the loop still
    # encodes the rest (PostgreSQL: a COPY stream the server works on meanwhile); the feed follows that order.
    with driver.new_rows(conn, table, names, ("id",), write=not dry_run) as add_new:
        for object_id in sorted(docs):
            item = docs[object_id]
            text, tag = _encode(item)
            old = existing.get(object_id)
            if old is not None and old[1] == tag:
                continue  # unchanged: a re-sync costs no column building
            values = columns(item, driver)
            activity = values[activity_at]
            if old is not None and old[2] is not None and not _newer(activity, old[3]):
                continue  # purged, and the platform shows nothing newer: keep the buyer data out
            if old is None and object_id in purged_ids and not _newer(activity, purged_ids[object_id]):
                continue  # the same, for an id the purge replaced
            row = (object_id, *values, *tail, tag, text, None)
            for i, limit in limited:
                value = row[i]
                if value is not None and (len(value) > limit or "\x00" in value):
                    check_values(dict(zip(names, row, strict=True)), database)  # raises, naming the column
            if old is None:
                add_new(row)
            else:
                changed.append(row)
                if previous_column:
                    previous[object_id] = _as_time(driver, old[4])
            changes.append(
                (
                    entity,
                    object_id,
                    row[account_at],
                    "insert" if old is None else "update",
                    None if parent_at is None else row[parent_at],
                )
            )
    if changes and not dry_run:
        driver.upsert(conn, table, names, ("id",), changed)
        record_changes(conn, driver, tables, changes, now)
    written = {change[1]: change[3] for change in changes}
    return UpsertResult(
        tuple(i for i in docs if written.get(i) == "insert"),  # in the order they were given
        tuple(i for i in docs if written.get(i) == "update"),
        len(docs) - len(changes),
        previous,
    )


def _newer(activity: Any, stored: Any) -> bool:
    # Both values are in the column's storage form (text on SQLite, aware datetimes on PostgreSQL).
    return activity is not None and (stored is None or activity > stored)


def _as_time(driver: Driver, value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _purged_ids(conn: Connection, driver: Driver, tables: Tables, ids: list[str]) -> dict[str, Any]:
    """Of ``ids`` (not in the table), those the purge replaced, with the cutoff it used."""
    if not ids:
        return {}
    probe = conn.exec_driver_sql(f"SELECT 1 FROM {driver.table(tables.id_map)} LIMIT 1").fetchone()
    if probe is None:
        return {}
    by_digest = {id_digest(i): i for i in ids}
    return {
        by_digest[digest]: cutoff
        for digest, cutoff in driver.select_in(
            conn, tables.id_map, ("digest", "cutoff"), "digest", list(by_digest)
        )
    }
