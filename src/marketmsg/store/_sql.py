"""``SqlStore``: the outbox, the synced inbox and the sync cursors in one SQL database (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from functools import lru_cache
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, Table, case, delete, func, inspect, nulls_last, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from .._exceptions import ConfigurationError
from .._logging import get_logger
from .._outbox import OutboxEntry, OutboxState
from ..models import Conversation, ConversationStatus, Dispute, Message, parse_id
from ._codec import encode, load_conversation, load_dispute, load_message
from ._engine import make_engine
from ._schema import Tables, build_tables

__all__ = ["SqlStore", "SyncCursor", "UpsertResult"]

log = get_logger("marketmsg.store")
# OutboxEntry gains a ``body`` field in a later core version; store and return it when it exists.
_ENTRY_HAS_BODY = "body" in {f.name for f in fields(OutboxEntry)}
_PREFIX = re.compile(r"[A-Za-z0-9_]{0,40}")
_CHUNK = 500  # ids per IN (...) lookup: well under SQLite's 32766 bound-parameter limit


@dataclass(frozen=True)
class SyncCursor:
    """How far one account's stream (``conversations`` or ``disputes``) has been synced.

    ``watermark`` is the newest platform timestamp seen (the platform's clock, not ours, so skew between hosts
    cannot skip items); ``synced_at`` is when the sync ran; ``token`` is an optional adapter cursor.
    """

    account: str
    stream: str
    watermark: datetime | None
    synced_at: datetime
    token: str | None = None


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


def _now() -> datetime:
    return datetime.now(UTC)


@lru_cache(maxsize=4096)  # called with conversation ids: many messages share one
def _account_of(object_id: str) -> tuple[str, str]:
    # ids are "<platform>:<seller>:<kind>:<native>" (models.ids); a plain split is 10x cheaper than parse_id,
    # which matters when a sync stores thousands of messages.
    parts = object_id.split(":", 2)
    if len(parts) < 3 or not parts[0] or not parts[1]:
        parse_id(object_id)  # raises InvalidIdError with the explanation
    return f"{parts[0]}:{parts[1]}", parts[0]


class SqlStore:
    """Durable storage for many workers: implements :class:`marketmsg.Outbox` and keeps the synced inbox.

    >>> store = SqlStore("inbox.db")                                    # doctest: +SKIP
    >>> store = SqlStore("postgresql://app@db.internal/marketmsg")      # doctest: +SKIP
    >>> client = marketmsg.Client(accounts, outbox=store)               # doctest: +SKIP

    ``target`` is a SQLite file path (created on first use), a SQLAlchemy URL (``sqlite:///…``,
    ``postgresql://…`` — psycopg 3 is used when no driver is named) or an :class:`~sqlalchemy.Engine`.
    Tables are named ``<table_prefix>outbox`` and so on and are created unless ``create=False``.
    The store is thread-safe; share one instance per process and point every process at the same database.
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | Engine,
        *,
        table_prefix: str = "marketmsg_",
        schema: str | None = None,
        create: bool = True,
        echo: bool = False,
    ) -> None:
        if not _PREFIX.fullmatch(table_prefix):
            raise ConfigurationError(
                f"table_prefix {table_prefix!r} may only contain letters, digits and '_'",
                field="table_prefix",
            )
        self._owns_engine = not isinstance(target, Engine)
        self.engine: Engine = make_engine(target, echo=echo)
        self.dialect = self.engine.dialect.name
        self.tables: Tables = build_tables(table_prefix, schema)
        if create:
            self.create_tables()

    # ------------------------------------------------------------------ lifecycle

    def create_tables(self) -> None:
        """Create missing tables and indexes (existing ones are left as they are).

        Safe when several workers start at once: if another one created a table between our check and our
        CREATE, the database refuses ours; checking again then finds everything in place.
        """
        try:
            self.tables.metadata.create_all(self.engine, checkfirst=True)
        except (IntegrityError, OperationalError, ProgrammingError):
            log.debug("another worker created the store's tables at the same time; checking again")
            self.tables.metadata.create_all(self.engine, checkfirst=True)

    def drop_tables(self) -> None:
        """Drop this store's tables (and only them). Irreversible."""
        self.tables.metadata.drop_all(self.engine, checkfirst=True)

    def table_names(self) -> list[str]:
        """Names of this store's tables that exist in the database."""
        existing = set(inspect(self.engine).get_table_names(schema=self.tables.metadata.schema))
        return sorted(t.name for t in self.tables.metadata.sorted_tables if t.name in existing)

    def close(self) -> None:
        """Release pooled connections (only when the store created the engine)."""
        if self._owns_engine:
            self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SqlStore({self.engine.url.render_as_string(hide_password=True)!r})"

    # ------------------------------------------------------------------ helpers

    def _insert(self, table: Table) -> Any:
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    def _upsert(
        self, conn: Connection, table: Table, rows: list[dict[str, Any]], keys: Sequence[str]
    ) -> None:
        if not rows:
            return
        stmt = self._insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c[k] for k in keys],
            set_={name: stmt.excluded[name] for name in rows[0] if name not in keys},
        )
        conn.execute(stmt, rows)

    def _existing(
        self, conn: Connection, table: Table, ids: Sequence[str], *extra: str
    ) -> dict[str, RowMapping]:
        found: dict[str, RowMapping] = {}
        columns = [table.c.id, table.c.etag, *(table.c[name] for name in extra)]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for row in conn.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
                found[row["id"]] = row
        return found

    # ------------------------------------------------------------------ outbox (marketmsg.Outbox)

    def begin(self, entry: OutboxEntry) -> OutboxEntry:
        """Record ``entry`` as pending, or return the existing entry with the same key.

        Atomic across threads, processes and hosts: of several workers beginning the same key, exactly one gets
        its own ``entry`` back (and may send); the others get the stored entry. A FAILED entry (nothing was
        delivered) is taken over by exactly one new attempt, as :class:`marketmsg.InMemoryOutbox` does.
        """
        t = self.tables.outbox
        row = {
            "key": entry.key,
            "account": entry.account,
            "target": entry.target,
            "operation": entry.operation,
            "state": entry.state.value,
            "created_at": entry.created_at,
            "updated_at": _now(),
            "message_id": entry.message.id if entry.message else None,
            "message": encode(entry.message)[0] if entry.message else None,
            "error": entry.error,
            # Forward-compatible: an OutboxEntry that carries the body lets reconcile match on it.
            "body": getattr(entry, "body", None),
        }
        with self.engine.begin() as conn:
            # RETURNING rather than rowcount: psycopg reports -1 for INSERT … ON CONFLICT DO NOTHING.
            inserted = conn.execute(
                self._insert(t)
                .values(**row)
                .on_conflict_do_nothing(index_elements=[t.c.key])
                .returning(t.c.key)
            ).first()
            if inserted is not None:
                log.debug("outbox %s: recorded as pending", entry.key)
                return entry
            retaken = conn.execute(
                update(t)
                .where(t.c.key == entry.key, t.c.state == OutboxState.FAILED.value)
                .values({k: v for k, v in row.items() if k != "key"})
                .returning(t.c.key)
            ).first()
            if retaken is not None:
                log.debug("outbox %s: failed before, new attempt recorded", entry.key)
                return entry
            existing = conn.execute(select(t).where(t.c.key == entry.key)).mappings().one()
        log.debug("outbox %s: already %s, not recorded again", entry.key, existing["state"])
        return self._entry(existing)

    def finish(
        self, key: str, state: OutboxState, *, message: Message | None = None, error: str | None = None
    ) -> None:
        """Record the outcome of the send under ``key`` (unknown keys are ignored, like the in-memory outbox)."""
        t = self.tables.outbox
        values = {
            "state": state.value,
            "updated_at": _now(),
            "error": error,
            "message": encode(message)[0] if message else None,
            "message_id": message.id if message else None,
        }
        with self.engine.begin() as conn:
            conn.execute(update(t).where(t.c.key == key).values(values))

    def get(self, key: str) -> OutboxEntry | None:
        """The entry recorded under ``key``, or ``None``."""
        with self.engine.begin() as conn:
            row = (
                conn.execute(select(self.tables.outbox).where(self.tables.outbox.c.key == key))
                .mappings()
                .first()
            )
        return None if row is None else self._entry(row)

    def entries(self, state: OutboxState | None = None) -> Sequence[OutboxEntry]:
        """Entries (in one state, or all), oldest first."""
        t = self.tables.outbox
        query = select(t).order_by(t.c.created_at, t.c.key)
        if state is not None:
            query = query.where(t.c.state == state.value)
        with self.engine.begin() as conn:
            return [self._entry(row) for row in conn.execute(query).mappings()]

    def outbox_body(self, key: str) -> str | None:
        """The message text recorded with an outbox entry, when the sender recorded it."""
        t = self.tables.outbox
        with self.engine.begin() as conn:
            return conn.execute(select(t.c.body).where(t.c.key == key)).scalar_one_or_none()

    def claimed_message_ids(self) -> set[str]:
        """Platform message ids already attributed to a SENT outbox entry (reconcile never reuses one)."""
        t = self.tables.outbox
        with self.engine.begin() as conn:
            return set(conn.execute(select(t.c.message_id).where(t.c.message_id.is_not(None))).scalars())

    @staticmethod
    def _entry(row: RowMapping) -> OutboxEntry:
        extra: dict[str, Any] = {}
        if _ENTRY_HAS_BODY:
            extra["body"] = row["body"]
        return OutboxEntry(
            key=row["key"],
            account=row["account"],
            target=row["target"],
            operation=row["operation"],
            state=OutboxState(row["state"]),
            created_at=row["created_at"],
            message=load_message(row["message"]) if row["message"] else None,
            error=row["error"],
            **extra,
        )

    # ------------------------------------------------------------------ conversations, messages, disputes

    def _write(
        self,
        table: Table,
        items: Iterable[Conversation | Message | Dispute],
        columns: Callable[[Any], dict[str, Any]],
        *,
        dry_run: bool = False,
    ) -> UpsertResult:
        docs = {item.id: (item, encode(item)) for item in items}
        with self.engine.begin() as conn:
            extra = ("last_message_at",) if table is self.tables.conversations else ()
            existing = self._existing(conn, table, list(docs), *extra)
            rows: list[dict[str, Any]] = []
            new: list[str] = []
            updated: list[str] = []
            previous: dict[str, datetime | None] = {}
            for object_id, (item, (doc, tag)) in docs.items():
                old = existing.get(object_id)
                if old is not None and old["etag"] == tag:
                    continue
                if old is None:
                    new.append(object_id)
                else:
                    updated.append(object_id)
                    previous[object_id] = old.get("last_message_at")
                rows.append({"id": object_id, "etag": tag, "data": doc, **columns(item)})
            if not dry_run:
                # Same row order in every worker: concurrent upserts of overlapping batches then queue on row
                # locks instead of deadlocking on PostgreSQL.
                rows.sort(key=lambda row: str(row["id"]))
                self._upsert(conn, table, rows, ["id"])
        return UpsertResult(tuple(new), tuple(updated), len(docs) - len(rows), previous)

    def upsert_conversations(
        self, items: Iterable[Conversation], *, synced_at: datetime | None = None, dry_run: bool = False
    ) -> UpsertResult:
        """Insert or update conversations; rows whose unified content is unchanged are not rewritten.

        ``dry_run=True`` only reports what would change: the inbox engine stores a changed conversation's
        messages *before* the conversation itself, so a crash in between is repaired by the next run.
        """
        synced = synced_at or _now()

        def columns(conv: Conversation) -> dict[str, Any]:
            return {
                "account": conv.account,
                "platform": conv.platform,
                "order_id": conv.order_id,
                "status": conv.status.value,
                "last_message_at": conv.last_message_at,
                "response_due": conv.response_due,
                "synced_at": synced,
            }

        return self._write(self.tables.conversations, items, columns, dry_run=dry_run)

    def upsert_messages(self, items: Iterable[Message]) -> UpsertResult:
        """Insert or update messages by id (a message seen twice is stored once)."""

        def columns(msg: Message) -> dict[str, Any]:
            account, platform = _account_of(msg.conversation_id)
            return {
                "conversation_id": msg.conversation_id,
                "account": account,
                "platform": platform,
                "direction": msg.direction.value,
                "sent_at": msg.sent_at,
            }

        return self._write(self.tables.messages, items, columns)

    def upsert_disputes(self, items: Iterable[Dispute]) -> UpsertResult:
        """Insert or update disputes by id."""

        def columns(dispute: Dispute) -> dict[str, Any]:
            due = dispute.timeline.seller_response_due
            return {
                "account": dispute.account,
                "platform": dispute.platform,
                "order_id": dispute.order_id,
                "status": dispute.status.value,
                "opened_at": dispute.opened_at,
                "updated_at": dispute.updated_at,
                "response_due": due.at if due else None,
            }

        return self._write(self.tables.disputes, items, columns)

    def get_conversation(self, conversation_id: str) -> Conversation | None:
        t = self.tables.conversations
        with self.engine.begin() as conn:
            doc = conn.execute(select(t.c.data).where(t.c.id == conversation_id)).scalar_one_or_none()
        return None if doc is None else load_conversation(doc)

    def conversations(
        self,
        *,
        account: str | None = None,
        order_id: str | None = None,
        status: ConversationStatus | None = None,
        limit: int | None = None,
    ) -> list[Conversation]:
        """Stored conversations, most recent activity first (ties by id, so the order is deterministic)."""
        t = self.tables.conversations
        query = select(t.c.data).order_by(nulls_last(t.c.last_message_at.desc()), t.c.id)
        query = _filters(query, t, account=account, order_id=order_id, status=status)
        return [load_conversation(doc) for doc in self._scalars(query.limit(limit))]

    def inbox(self, *, account: str | None = None, limit: int | None = None) -> list[Conversation]:
        """The work queue: awaiting a seller reply first, soonest due first; then everything else by activity."""
        t = self.tables.conversations
        waiting = (t.c.status != ConversationStatus.AWAITING_SELLER.value).asc()
        query = select(t.c.data).order_by(
            waiting, nulls_last(t.c.response_due.asc()), nulls_last(t.c.last_message_at.desc()), t.c.id
        )
        return [
            load_conversation(doc) for doc in self._scalars(_filters(query, t, account=account).limit(limit))
        ]

    def messages(self, conversation_id: str) -> list[Message]:
        """A conversation's stored messages, oldest first (ties by id)."""
        t = self.tables.messages
        query = select(t.c.data).where(t.c.conversation_id == conversation_id).order_by(t.c.sent_at, t.c.id)
        return [load_message(doc) for doc in self._scalars(query)]

    def disputes(self, *, account: str | None = None, order_id: str | None = None) -> list[Dispute]:
        """Stored disputes, oldest opened first (ties by id)."""
        t = self.tables.disputes
        query = select(t.c.data).order_by(nulls_last(t.c.opened_at.asc()), t.c.id)
        return [
            load_dispute(doc) for doc in self._scalars(_filters(query, t, account=account, order_id=order_id))
        ]

    def accounts(self) -> list[str]:
        """Accounts with anything stored."""
        t = self.tables
        union = select(t.conversations.c.account).union(select(t.disputes.c.account))
        return sorted(self._scalars(union))

    def counts(self) -> dict[str, int]:
        """Rows per table: ``{"conversations": 5, "messages": 7, ...}``."""
        prefix_len = len(self.tables.outbox.name) - len("outbox")
        with self.engine.begin() as conn:
            return {
                table.name[prefix_len:]: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in self.tables.metadata.sorted_tables
            }

    def _scalars(self, query: Any) -> Iterator[Any]:
        with self.engine.begin() as conn:
            return iter(list(conn.execute(query).scalars()))

    # ------------------------------------------------------------------ sync cursors

    def get_cursor(self, account: str, stream: str) -> SyncCursor | None:
        """The cursor of ``account``'s ``stream``, or ``None`` before the first sync."""
        t = self.tables.cursors
        with self.engine.begin() as conn:
            row = (
                conn.execute(select(t).where(t.c.account == account, t.c.stream == stream)).mappings().first()
            )
        if row is None:
            return None
        return SyncCursor(row["account"], row["stream"], row["watermark"], row["synced_at"], row["token"])

    def set_cursor(self, cursor: SyncCursor) -> None:
        """Save a cursor. The watermark never moves backwards, so a slow worker cannot undo a faster one.

        Decided inside the upsert statement itself (not read-then-write), so it holds between concurrent
        workers on PostgreSQL's default isolation level too.
        """
        t = self.tables.cursors
        stmt = self._insert(t).values(
            account=cursor.account,
            stream=cursor.stream,
            watermark=cursor.watermark,
            synced_at=cursor.synced_at,
            token=cursor.token,
        )
        new = stmt.excluded.watermark
        keep_newest = case(
            (t.c.watermark.is_(None), new),
            (new.is_(None), t.c.watermark),
            (new > t.c.watermark, new),
            else_=t.c.watermark,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.c.account, t.c.stream],
            set_={
                "watermark": keep_newest,
                "synced_at": stmt.excluded.synced_at,
                "token": stmt.excluded.token,
            },
        )
        with self.engine.begin() as conn:
            conn.execute(stmt)

    def reset_cursors(self, account: str | None = None) -> None:
        """Forget sync progress (all accounts, or one), so the next sync fetches everything again."""
        t = self.tables.cursors
        with self.engine.begin() as conn:
            conn.execute(delete(t) if account is None else delete(t).where(t.c.account == account))

    # ------------------------------------------------------------------ order facts (marketmsg._facts.OrderFactStore)

    def load_order_facts(self, account: str, order_id: str) -> Mapping[str, Any] | None:
        """The client's cached order facts of one order (a JSON document), or None."""
        t = self.tables.order_facts
        with self.engine.begin() as conn:
            row = conn.execute(
                select(t.c.data).where(t.c.account == account, t.c.order_id == order_id)
            ).scalar_one_or_none()
        return row if isinstance(row, Mapping) else None

    def save_order_facts(self, account: str, order_id: str, entry: Mapping[str, Any]) -> None:
        """Replace the cached order facts of one order."""
        row = {"account": account, "order_id": order_id, "updated_at": _now(), "data": dict(entry)}
        with self.engine.begin() as conn:
            self._upsert(conn, self.tables.order_facts, [row], ("account", "order_id"))


def _filters(query: Any, table: Table, **values: Any) -> Any:
    for name, value in values.items():
        if value is not None:
            query = query.where(table.c[name] == getattr(value, "value", value))
    return query
