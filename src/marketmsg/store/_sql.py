"""``SqlStore``: the outbox, the synced inbox, the change feed and the sync cursors in one SQL database."""

from __future__ import annotations

import os
import re
import types
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    Text,
    and_,
    case,
    cast,
    delete,
    exists,
    func,
    inspect,
    nulls_last,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.sql.elements import ColumnElement

from .._exceptions import ConfigurationError
from .._logging import get_logger
from .._outbox import RETRYABLE, OutboxEntry, OutboxPart, OutboxState
from ..models import Conversation, ConversationStatus, Dispute, Message
from ._codec import encode, load_message
from ._driver import Driver, pg_text_array
from ._engine import READ_ONLY, make_engine, shown_url
from ._errors import StoreValueError, database_errors
from ._feed import Change, Entity, record_changes, to_change
from ._migrations import ensure_schema, schema_version
from ._reads import decode_conversation, decode_dispute, decode_message
from ._records import CONVERSATIONS, DISPUTES, MESSAGES, UpsertResult, check_values, id_digest, write_records
from ._schema import Tables, build_tables

if TYPE_CHECKING:
    from ..retention import PurgeHook
    from ._purge import PurgeReport

__all__ = ["SqlStore", "SyncCursor", "UpsertResult"]

log = get_logger("marketmsg.store")
# OutboxEntry gains a ``body`` field in a later core version; store and return it when it exists.
_ENTRY_HAS_BODY = "body" in {f.name for f in fields(OutboxEntry)}
_PREFIX = re.compile(r"[A-Za-z0-9_]{0,40}")
#: Rows fetched per round trip by the streaming reads: enough to amortise the round trip, small enough that
#: memory stays flat however large the store is.
BATCH = 500
T = TypeVar("T")


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


def _now() -> datetime:
    return datetime.now(UTC)


class SqlStore:
    """Durable storage for many workers: implements :class:`marketmsg.Outbox` and keeps the synced inbox.

    >>> store = SqlStore("inbox.db")                                    # doctest: +SKIP
    >>> store = SqlStore("postgresql://app@db.internal/marketmsg")      # doctest: +SKIP
    >>> client = marketmsg.Client(accounts, outbox=store)               # doctest: +SKIP

    ``target`` is a SQLite file path (created on first use), a SQLAlchemy URL (``sqlite:///…``,
    ``postgresql://…`` — psycopg 3 is used when no driver is named) or an :class:`~sqlalchemy.Engine`.
    Tables are named ``<table_prefix>outbox`` and so on; they are created, or migrated from an older
    release's schema, unless ``create=False``. The store is thread-safe; share one instance per process and
    point every process at the same database. Database failures surface as :class:`StoreError` subclasses.
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
        if not isinstance(table_prefix, str) or not _PREFIX.fullmatch(table_prefix):
            raise ConfigurationError(
                f"table_prefix {table_prefix!r} may only contain letters, digits and '_' (at most 40)",
                field="table_prefix",
            )
        self._owns_engine = not isinstance(target, Engine)
        self.engine: Engine = make_engine(target, echo=echo)
        self.dialect = self.engine.dialect.name
        self.database = shown_url(self.engine)
        self.tables: Tables = build_tables(table_prefix, schema)
        self._driver = Driver(self.dialect, self.engine.dialect.identifier_preparer)
        # One shared connection (in-memory SQLite): a listing cannot stay open while another query runs.
        self._single_connection = self.engine.pool.__class__.__name__ == "StaticPool"
        self._purge_hook_providers: list[Callable[[], Callable[[], Iterable[PurgeHook]] | None]] = []
        if create:
            self.create_tables()

    # ------------------------------------------------------------------ lifecycle

    def _guard(self, action: str) -> AbstractContextManager[None]:
        return database_errors(self.database, action)

    @contextmanager
    def _writing(self, action: str) -> Iterator[Connection]:
        with self._guard(action), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _reading(self, action: str) -> Iterator[Connection]:
        """A read-only transaction: a consistent snapshot, and on SQLite no write lock."""
        with self._guard(action), self.engine.connect() as conn:
            options: dict[str, Any] = {READ_ONLY: True}
            if self.dialect == "postgresql":
                options["isolation_level"] = (
                    "REPEATABLE READ"  # one snapshot for every statement of a listing
                )
            conn.execution_options(**options)
            with conn.begin():
                yield conn

    def create_tables(self) -> None:
        """Create missing tables, or migrate an older release's tables to this version (idempotent).

        Safe when several workers start at once: the migration runs under a lock, exactly once.
        """
        # The migration takes a lock first (see _migrations.py): concurrent workers run it one after another.
        with self._writing("create or migrate the store's tables") as conn:
            before, after = ensure_schema(conn, self.tables, self.database)
        if before is not None and before != after:
            log.info("store schema migrated from version %d to %d", before, after)

    def migrate(self) -> None:
        """Bring an existing store to this version's schema (what ``create=True`` does on open)."""
        self.create_tables()

    def schema_version(self) -> int | None:
        """The database's schema version (``None`` when the store has no tables)."""
        with self._reading("read the schema version") as conn:
            return schema_version(conn, self.tables)

    def drop_tables(self) -> None:
        """Drop this store's tables (and only them). Irreversible."""
        with self._guard("drop the store's tables"):
            self.tables.metadata.drop_all(self.engine, checkfirst=True)

    def table_names(self) -> list[str]:
        """Names of this store's tables that exist in the database."""
        with self._guard("list the store's tables"):
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
        return f"SqlStore({self.database})"

    # ------------------------------------------------------------------ helpers

    def _insert(self, table: Table) -> Any:
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    def _text(self, column: Any) -> Any:
        """A JSON document column read as text (no dict building in the driver)."""
        return cast(column, Text) if self.dialect == "postgresql" else type_coerce(column, Text)

    def _by_id(self, column: Any) -> Any:
        """Ordering by id in code-point order on every backend (PostgreSQL would use the locale's)."""
        return column.collate("C") if self.dialect == "postgresql" else column

    def _stream(self, action: str, query: Any, decode: Callable[[Any], T], batch: int = BATCH) -> Iterator[T]:
        """Rows of ``query`` decoded one at a time, fetched ``batch`` at a time through a server-side cursor."""
        for rows in self._batches(action, query, batch):
            for row in rows:
                yield decode(row)

    def _batches(self, action: str, query: Any, batch: int = BATCH) -> Iterator[Sequence[Any]]:
        if self._single_connection:
            # The only connection cannot stay inside this read while the caller runs other queries.
            with self._reading(action) as conn:
                everything = conn.execute(query).all()
            for start in range(0, len(everything), batch):
                yield everything[start : start + batch]
            return
        with self._reading(action) as conn:
            result = conn.execution_options(yield_per=batch).execute(query)
            while rows := result.fetchmany(batch):
                yield rows

    def _resolve(self, conn: Connection, object_id: str) -> str:
        """``object_id``, or the id it has now if the retention purge replaced it (it carried buyer data)."""
        t = self.tables.id_map
        current = conn.execute(select(t.c.current_id).where(t.c.digest == id_digest(object_id))).scalar()
        return current if isinstance(current, str) else object_id

    # ------------------------------------------------------------------ outbox (marketmsg.Outbox)

    def _outbox_row(self, entry: OutboxEntry) -> dict[str, Any]:
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
            "error": self._driver.text(entry.error),
            # Forward-compatible: an OutboxEntry that carries the body lets reconcile match on it.
            "body": self._driver.text(getattr(entry, "body", None)),
            "purged_at": None,
        }
        check_values({"id": entry.target, "account": entry.account, "key": entry.key}, self.database)
        if len(entry.key) > 255 or len(entry.operation) > 100:
            raise StoreValueError("longer than the outbox column holds (255 / 100)", field="key/operation")
        if "\x00" in entry.operation:
            raise StoreValueError("contains a NUL character (U+0000)", field="operation")
        return row

    def _record_outbox(self, conn: Connection, entry: OutboxEntry, state: str) -> None:
        record_changes(
            conn,
            self._driver,
            self.tables,
            [(Entity.OUTBOX.value, entry.key, entry.account, state, entry.target)],
            _now(),
        )

    def begin(self, entry: OutboxEntry) -> OutboxEntry:
        """Record ``entry`` as pending, or return the existing entry with the same key.

        Atomic across threads, processes and hosts: of several workers beginning the same key, exactly one gets
        its own ``entry`` back (and may send); the others get the stored entry. A FAILED entry (nothing was
        delivered) is taken over by exactly one new attempt, as :class:`marketmsg.InMemoryOutbox` does.
        """
        t = self.tables.outbox
        row = self._outbox_row(entry)
        with self._writing("record an outbox entry") as conn:
            # RETURNING rather than rowcount: psycopg reports -1 for INSERT … ON CONFLICT DO NOTHING.
            inserted = conn.execute(
                self._insert(t)
                .values(**row)
                .on_conflict_do_nothing(index_elements=[t.c.key])
                .returning(t.c.key)
            ).first()
            if inserted is not None:
                self._record_outbox(conn, entry, entry.state.value)
                log.debug("outbox %s: recorded as pending", entry.key)
                return entry
            takeover: ColumnElement[bool] = t.c.state.in_([s.value for s in RETRYABLE])
            if entry.state is OutboxState.PENDING:
                # A QUEUED entry is taken over by the send of the very same request (the Worker's, or the
                # user's own reply under that key); another request under its key is a conflict, as for SENT.
                # The same test as ``takes_over`` (request_differences): a stored entry without a text matches any.
                body = getattr(entry, "body", None)
                takeover = or_(
                    takeover,
                    and_(
                        t.c.state == OutboxState.QUEUED.value,
                        t.c.account == entry.account,
                        t.c.target == entry.target,
                        t.c.operation == entry.operation,
                        t.c.body.is_(None)
                        if body is None
                        else or_(t.c.body.is_(None), t.c.body == self._driver.text(body)),
                    ),
                )
            retaken = conn.execute(
                update(t)
                .where(t.c.key == entry.key, takeover)
                .values({k: v for k, v in row.items() if k != "key"})
                .returning(t.c.key)
            ).first()
            if retaken is not None:
                self._record_outbox(conn, entry, entry.state.value)
                log.debug("outbox %s: failed before, new attempt recorded", entry.key)
                return entry
            existing = conn.execute(select(t).where(t.c.key == entry.key)).mappings().one()
            parts = self._parts(conn, [entry.key])
        log.debug("outbox %s: already %s, not recorded again", entry.key, existing["state"])
        return self._entry(existing, parts.get(entry.key, ()))

    def finish(
        self, key: str, state: OutboxState, *, message: Message | None = None, error: str | None = None
    ) -> None:
        """Record the outcome of the send under ``key`` (unknown keys are ignored, like the in-memory outbox)."""
        t = self.tables.outbox
        values = {
            "state": state.value,
            "updated_at": _now(),
            "error": self._driver.text(error),
            "message": encode(message)[0] if message else None,
            "message_id": message.id if message else None,
        }
        if message is not None:
            check_values({"id": message.id}, self.database)
        with self._writing("record the outcome of a send") as conn:
            found = conn.execute(
                update(t).where(t.c.key == key).values(values).returning(t.c.account, t.c.target)
            ).first()
            if found is not None:
                record_changes(
                    conn,
                    self._driver,
                    self.tables,
                    [(Entity.OUTBOX.value, key, found[0], state.value, found[1])],
                    _now(),
                )

    def refuse_queued(self, key: str, error: str) -> bool:
        """Mark the QUEUED entry ``key`` FAILED (its send was refused before anything went out); False when it
        is no longer queued (a send took it over)."""
        t = self.tables.outbox
        values = {"state": OutboxState.FAILED.value, "updated_at": _now(), "error": self._driver.text(error)}
        with self._writing("record a refused queued send") as conn:
            found = conn.execute(
                update(t)
                .where(t.c.key == key, t.c.state == OutboxState.QUEUED.value)
                .values(values)
                .returning(t.c.account, t.c.target)
            ).first()
            if found is not None:
                record_changes(
                    conn,
                    self._driver,
                    self.tables,
                    [(Entity.OUTBOX.value, key, found[0], OutboxState.FAILED.value, found[1])],
                    _now(),
                )
        return found is not None

    def record_part(self, key: str, part: OutboxPart) -> None:
        """Record (or update) one part of the send under ``key``; committed before the send's next step."""
        p = self.tables.outbox_parts
        check_values({"id": part.ref, "key": key}, self.database)
        check_values({"id": part.platform_id}, self.database)
        if len(part.name) > 100 or "\x00" in part.name:
            raise StoreValueError("a part name holds at most 100 characters and no NUL", field="part")
        values = {
            "state": part.state.value,
            "ref": part.ref,
            "platform_id": part.platform_id,
            "updated_at": _now(),
        }
        with self._writing("record a part of a send") as conn:
            changed = conn.execute(
                update(p).where(p.c.key == key, p.c.name == part.name).values(values).returning(p.c.key)
            ).first()
            if changed is None:
                seq = conn.execute(select(func.count()).select_from(p).where(p.c.key == key)).scalar_one()
                conn.execute(self._insert(p).values(key=key, name=part.name, seq=seq, **values))

    def _parts(self, conn: Connection, keys: Sequence[str]) -> dict[str, tuple[OutboxPart, ...]]:
        """The recorded parts of ``keys``, in recording order."""
        p = self.tables.outbox_parts
        found: dict[str, list[OutboxPart]] = {}
        for start in range(0, len(keys), BATCH):
            rows = conn.execute(
                select(p).where(p.c.key.in_(keys[start : start + BATCH])).order_by(p.c.key, p.c.seq)
            ).mappings()
            for row in rows:
                found.setdefault(row["key"], []).append(
                    OutboxPart(
                        name=row["name"],
                        state=OutboxState(row["state"]),
                        ref=row["ref"],
                        platform_id=row["platform_id"],
                    )
                )
        return {key: tuple(parts) for key, parts in found.items()}

    def get(self, key: str) -> OutboxEntry | None:
        """The entry recorded under ``key``, or ``None``."""
        t = self.tables.outbox
        with self._reading("read an outbox entry") as conn:
            row = conn.execute(select(t).where(t.c.key == key)).mappings().first()
            parts = self._parts(conn, [key]) if row is not None else {}
        return None if row is None else self._entry(row, parts.get(key, ()))

    def entries(
        self, state: OutboxState | None = None, *, account: str | None = None, limit: int | None = None
    ) -> Sequence[OutboxEntry]:
        """Entries (in one state, or all; of one account, or all), oldest first, with their parts; at most
        ``limit`` of them."""
        t = self.tables.outbox
        query = select(t).order_by(t.c.created_at, self._by_id(t.c.key))
        if state is not None:
            query = query.where(t.c.state == state.value)
        if account is not None:
            query = query.where(t.c.account == account)
        if limit is not None:
            query = query.limit(limit)
        with self._reading("list outbox entries") as conn:
            rows = list(conn.execute(query).mappings())
            parts = self._parts(conn, [row["key"] for row in rows])
        return [self._entry(row, parts.get(row["key"], ())) for row in rows]

    def outbox_body(self, key: str) -> str | None:
        """The message text recorded with an outbox entry, when the sender recorded it."""
        t = self.tables.outbox
        with self._reading("read an outbox entry") as conn:
            return conn.execute(select(t.c.body).where(t.c.key == key)).scalar_one_or_none()

    def claimed_message_ids(self) -> set[str]:
        """Message ids already attributed to a SENT outbox entry, and the platform ids of delivered parts
        (reconcile never gives one message to two sends)."""
        t, p = self.tables.outbox, self.tables.outbox_parts
        with self._reading("read the outbox") as conn:
            ids = set(conn.execute(select(t.c.message_id).where(t.c.message_id.is_not(None))).scalars())
            parts = select(p.c.platform_id).where(
                p.c.platform_id.is_not(None), p.c.state == OutboxState.SENT.value
            )
            return ids | set(conn.execute(parts).scalars())

    @staticmethod
    def _entry(row: RowMapping, parts: tuple[OutboxPart, ...] = ()) -> OutboxEntry:
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
            parts=parts,
            **extra,
        )

    # ------------------------------------------------------------------ conversations, messages, disputes

    def upsert_conversations(
        self, items: Iterable[Conversation], *, synced_at: datetime | None = None, dry_run: bool = False
    ) -> UpsertResult:
        """Insert or update conversations; rows whose unified content is unchanged are not rewritten.

        ``dry_run=True`` only reports what would change: the inbox engine stores a changed conversation's
        messages *before* the conversation itself, so a crash in between is repaired by the next run.
        """
        synced = synced_at or _now()
        with self._writing("store conversations") as conn:
            return write_records(
                conn,
                self._driver,
                self.tables,
                CONVERSATIONS,
                items,
                now=_now(),
                database=self.database,
                extra={"synced_at": self._driver.time(synced)},
                dry_run=dry_run,
            )

    def upsert_messages(self, items: Iterable[Message]) -> UpsertResult:
        """Insert or update messages by id (a message seen twice is stored once)."""
        with self._writing("store messages") as conn:
            return write_records(
                conn, self._driver, self.tables, MESSAGES, items, now=_now(), database=self.database
            )

    def upsert_disputes(self, items: Iterable[Dispute]) -> UpsertResult:
        """Insert or update disputes by id."""
        with self._writing("store disputes") as conn:
            return write_records(
                conn, self._driver, self.tables, DISPUTES, items, now=_now(), database=self.database
            )

    def get_conversation(self, conversation_id: str) -> Conversation | None:
        """The stored conversation, or ``None``.

        An id the retention purge replaced (it carried buyer data) still finds its pseudonymised conversation.
        """
        t = self.tables.conversations
        with self._reading("read a conversation") as conn:
            found = self._resolve(conn, conversation_id)
            text = conn.execute(select(self._text(t.c.data)).where(t.c.id == found)).scalar_one_or_none()
        return None if text is None else decode_conversation(text)

    def conversations(
        self,
        *,
        account: str | None = None,
        order_id: str | None = None,
        status: ConversationStatus | None = None,
        limit: int | None = None,
    ) -> Iterator[Conversation]:
        """Stored conversations, most recent activity first (ties by id), streamed: wrap in ``list()`` for a list.

        Rows come through a server-side cursor in batches and are decoded one at a time, so memory stays flat
        however many there are; the listing is one consistent snapshot.
        """
        t = self.tables.conversations
        query = select(self._text(t.c.data)).order_by(
            nulls_last(t.c.last_message_at.desc()), self._by_id(t.c.id)
        )
        query = _filters(query, t, account=account, order_id=order_id, status=status).limit(limit)
        return self._stream("list conversations", query, lambda row: decode_conversation(row[0]))

    def inbox(self, *, account: str | None = None, limit: int | None = None) -> Iterator[Conversation]:
        """The work queue, streamed: awaiting a seller reply first, soonest due first; then the rest by activity."""
        t = self.tables.conversations
        waiting = case((t.c.status == ConversationStatus.AWAITING_SELLER.value, 0), else_=1)
        query = select(self._text(t.c.data)).order_by(
            waiting,
            nulls_last(t.c.response_due.asc()),
            nulls_last(t.c.last_message_at.desc()),
            self._by_id(t.c.id),
        )
        query = _filters(query, t, account=account).limit(limit)
        return self._stream("list the inbox", query, lambda row: decode_conversation(row[0]))

    def messages(
        self,
        conversation_id: str | None = None,
        *,
        account: str | None = None,
        since: datetime | None = None,
    ) -> Iterator[Message]:
        """Stored messages, oldest first (ties by id), streamed: one conversation's, one account's, or all.

        ``since`` keeps messages sent at or after it. An id the retention purge replaced still finds its
        conversation's (pseudonymised) messages.
        """
        t = self.tables.messages
        query = select(self._text(t.c.data)).order_by(t.c.sent_at, self._by_id(t.c.id))
        if conversation_id is not None:
            with self._reading("list messages") as conn:
                conversation_id = self._resolve(conn, conversation_id)
            query = query.where(t.c.conversation_id == conversation_id)
        if since is not None:
            query = query.where(t.c.sent_at >= since)
        query = _filters(query, t, account=account)
        return self._stream("list messages", query, lambda row: decode_message(row[0]))

    def disputes(self, *, account: str | None = None, order_id: str | None = None) -> Iterator[Dispute]:
        """Stored disputes, oldest opened first (ties by id), streamed."""
        t = self.tables.disputes
        query = select(self._text(t.c.data)).order_by(nulls_last(t.c.opened_at.asc()), self._by_id(t.c.id))
        query = _filters(query, t, account=account, order_id=order_id)
        return self._stream("list disputes", query, lambda row: decode_dispute(row[0]))

    def export_batches(
        self, *, account: str, order_id: str | None = None, batch: int = BATCH
    ) -> Iterator[list[tuple[str, list[str]]]]:
        """For exports: ``[(conversation JSON, [message JSON, …]), …]`` per batch of conversations.

        Conversations in chronological order of their last activity (none first, ties by id), each with its
        messages oldest first — all inside one read snapshot, one messages query per batch of conversations.
        """
        d = self._driver
        p = "%s" if d.postgres else "?"
        conversations, messages = d.table(self.tables.conversations), d.table(self.tables.messages)
        by_id = ' COLLATE "C"' if d.postgres else ""
        where, params = f"account = {p}", [account]
        if order_id is not None:
            where, params = f"{where} AND order_id = {p}", [account, order_id]
        # Driver-level cursors inside the store's read transaction (one snapshot): the export reads every row
        # of an account, and SQLAlchemy's per-row result machinery would cost more than the database.
        # PostgreSQL sorts the selection itself (no index matches NULLS FIRST + code-point ids): it sorts only
        # the ids, and each batch's documents are fetched by primary key. SQLite reads them in index order.
        outer_sql = (
            f"SELECT id{'' if d.postgres else ', data'} FROM {conversations} WHERE {where} "  # noqa: S608
            f"ORDER BY last_message_at ASC{' NULLS FIRST' if d.postgres else ''}, id{by_id}"
        )
        with self._reading("export conversations") as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            if d.postgres:
                # Each batch reads ~500 conversations' messages through the (conversation_id, sent_at) index.
                # Right after a bulk load, before autovacuum has analysed the tables, the planner guesses
                # thousands of rows per batch and scans the whole messages table instead, every batch
                # (3x slower on a fresh 100,000-conversation store), with parallel workers that cost more to
                # start than the batch takes. This read transaction only.
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
                conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
            # PostgreSQL: a named (server-side) cursor, fetched ``batch`` rows per round trip.
            outer: Any = raw.cursor(name=f"mm_export_{id(self):x}") if d.postgres else raw.cursor()
            inner = raw.cursor()
            try:
                if d.postgres:
                    outer.itersize = batch
                outer.execute(outer_sql, params)
                while part := outer.fetchmany(batch):
                    ids = [row[0] for row in part]
                    if d.postgres:
                        inner.execute(
                            f"SELECT id, data FROM {conversations} WHERE id = ANY(%s::text[])",  # noqa: S608
                            (pg_text_array(ids),),
                        )
                        documents = dict(inner.fetchall())
                        part = [(object_id, documents[object_id]) for object_id in ids]
                    grouped: dict[str, list[str]] = {i: [] for i in ids}
                    match = "= ANY(%s::text[])" if d.postgres else f"IN ({', '.join('?' * len(ids))})"
                    inner.execute(
                        f"SELECT conversation_id, data FROM {messages} "  # noqa: S608
                        f"WHERE conversation_id {match} ORDER BY conversation_id, sent_at, id{by_id}",
                        (pg_text_array(ids),) if d.postgres else ids,
                    )
                    for conversation_id, text in inner.fetchall():
                        grouped[conversation_id].append(text)
                    yield [(text, grouped[object_id]) for object_id, text in part]
            finally:
                inner.close()
                outer.close()

    def export_text(
        self,
        *,
        account: str,
        order_id: str | None = None,
        conversation: tuple[str, str],
        message: tuple[str, str],
        batch: int = BATCH,
    ) -> Iterator[tuple[str, int, int]]:
        """For JSON Lines exports: per batch of conversations (in :meth:`export_batches` order), ``(text,
        conversations, messages)`` where ``text`` is each conversation's document between ``conversation``'s two
        strings, followed by each of its messages' documents between ``message``'s.

        PostgreSQL builds the text itself (one streamed query: each conversation's messages are concatenated
        through the ``(conversation_id, sent_at)`` index), so a document crosses to Python once, as part of a
        batch's string, instead of as a row to group (benchmarks/store_stream.py, 100,000 conversations with
        300,000 messages: 2.2x the raw cursor's time before, 1.5x with this). The stored documents are TEXT, so the bytes are the ones
        SQLite's path (below) writes; tests/store/test_export.py compares the two.
        """
        d = self._driver
        if not d.postgres:
            c_open, c_close = conversation
            m_open, m_close = message
            for part in self.export_batches(account=account, order_id=order_id, batch=batch):
                lines: list[str] = []
                count = 0
                for document, texts in part:
                    lines.append(f"{c_open}{document}{c_close}")
                    lines.extend(f"{m_open}{text}{m_close}" for text in texts)
                    count += len(texts)
                yield "".join(lines), len(part), count
            return
        conversations, messages = d.table(self.tables.conversations), d.table(self.tables.messages)
        where, filters = "account = %s", [account]
        if order_id is not None:
            where, filters = f"{where} AND order_id = %s", [account, order_id]
        # The conversations' ids are sorted first, alone (a few MB; sorting the finished text instead spilled
        # ~250 MB to disk), then each conversation's document is read by primary key and its messages, through
        # their index, aggregated into its text.
        sql = (
            "SELECT %s || c.data || %s || coalesce(m.text, ''), m.n "  # noqa: S608
            f"FROM (SELECT id, last_message_at FROM {conversations} WHERE {where} "
            'ORDER BY last_message_at ASC NULLS FIRST, id COLLATE "C") o '
            f"JOIN {conversations} c ON c.id = o.id "
            "CROSS JOIN LATERAL (SELECT string_agg(%s || data || %s, '' ORDER BY sent_at, id COLLATE \"C\") AS text, "
            f"count(*) AS n FROM {messages} WHERE conversation_id = c.id) m "
            'ORDER BY o.last_message_at ASC NULLS FIRST, o.id COLLATE "C"'
        )
        params = [*conversation, *filters, *message]  # in the placeholders' order
        with self._reading("export conversations") as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            # As in export_batches: a fresh, unanalysed store must still read messages through their index. JIT
            # compiling this plan costs more (~0.13 s) than it saves on any export.
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
            conn.exec_driver_sql("SET LOCAL jit = off")
            cursor: Any = raw.cursor(name=f"mm_export_text_{id(self):x}")
            try:
                cursor.itersize = batch
                cursor.execute(sql, params)
                while part := cursor.fetchmany(batch):
                    yield "".join(row[0] for row in part), len(part), sum(row[1] for row in part)
            finally:
                cursor.close()

    def dispute_documents(self, *, account: str, order_id: str | None = None) -> Iterator[str]:
        """For exports: the disputes' JSON documents in :meth:`disputes` order."""
        t = self.tables.disputes
        query = select(self._text(t.c.data)).order_by(nulls_last(t.c.opened_at.asc()), self._by_id(t.c.id))
        query = _filters(query, t, account=account, order_id=order_id)
        return self._stream("export disputes", query, lambda row: str(row[0]))

    def conversation_count(self, *, account: str | None = None, order_id: str | None = None) -> int:
        """How many conversations are stored (of an account, of an order)."""
        t = self.tables.conversations
        query = _filters(select(func.count()).select_from(t), t, account=account, order_id=order_id)
        with self._reading("count conversations") as conn:
            return int(conn.execute(query).scalar_one())

    def accounts(self) -> list[str]:
        """Accounts with anything stored."""
        t = self.tables
        union = select(t.conversations.c.account).union(select(t.disputes.c.account))
        with self._reading("list accounts") as conn:
            return sorted(conn.execute(union).scalars())

    def has_account(self, account: str) -> bool:
        """Whether a conversation or a dispute of ``account`` is stored: two index probes, where :meth:`accounts`
        reads every stored account (an export checks its account first)."""
        t = self.tables
        query = select(
            or_(
                exists().where(t.conversations.c.account == account),
                exists().where(t.disputes.c.account == account),
            )
        )
        with self._reading("look up an account") as conn:
            return bool(conn.execute(query).scalar_one())

    def counts(self) -> dict[str, int]:
        """Rows per table: ``{"conversations": 5, "messages": 7, ...}``."""
        prefix_len = len(self.tables.outbox.name) - len("outbox")
        with self._reading("count the store's rows") as conn:
            return {
                table.name[prefix_len:]: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in self.tables.metadata.sorted_tables
            }

    # ------------------------------------------------------------------ change feed

    def changes(self, *, after: int = 0, limit: int | None = None, batch: int = BATCH) -> Iterator[Change]:
        """Changes recorded after position ``after``, in position order (at most ``limit``), streamed.

        Positions are gap-free and become visible in order: keep the last position you processed and pass it
        as ``after`` next time, and nothing is skipped or seen twice. See :mod:`marketmsg.store._feed`.
        """
        if not isinstance(after, int) or after < 0:
            raise StoreValueError(f"must be a position (an int >= 0), got {after!r}", field="after")
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise StoreValueError(f"must be an int >= 0 or None, got {limit!r}", field="limit")
        return self._changes(after, limit, batch)

    def _changes(self, after: int, limit: int | None, batch: int) -> Iterator[Change]:
        t = self.tables.changes
        remaining = limit
        # Keyset pages, each its own short read: positions never change once visible, so nothing can be
        # skipped between pages, and no transaction stays open while the caller works.
        while remaining is None or remaining > 0:
            size = batch if remaining is None else min(batch, remaining)
            query = select(*(t.c[n] for n in _CHANGE_COLUMNS)).where(t.c.position > after)
            with self._reading("read the change feed") as conn:
                rows = conn.execute(query.order_by(t.c.position).limit(size)).all()
            for row in rows:
                yield to_change(row)
            if len(rows) < size:
                return
            after = int(rows[-1][0])
            if remaining is not None:
                remaining -= len(rows)

    def last_position(self) -> int:
        """The newest committed position of the change feed (0 when empty): start a live consumer here."""
        t = self.tables.feed_head
        with self._reading("read the change feed") as conn:
            return int(conn.execute(select(t.c.position).where(t.c.id == 1)).scalar_one_or_none() or 0)

    # ------------------------------------------------------------------ retention

    def purge(
        self,
        older_than: timedelta | datetime | None = None,
        *,
        account: str | None = None,
        platform: str | None = None,
        hooks: Iterable[PurgeHook] = (),
        now: datetime | None = None,
    ) -> PurgeReport:
        """Remove buyer PII from everything whose last activity is older than ``older_than``.

        ``older_than`` is a period (default :data:`marketmsg.retention.DPP_RETENTION`, 30 days — Amazon's
        Data Protection Policy) or an absolute tz-aware cutoff. Buyer names, handles/aliases, subjects,
        message text, attachments' bytes and file names, raw platform payloads and outbox texts are removed or
        pseudonymised; ids, timestamps, statuses, order ids, amounts and digests stay for audit. Ids that
        contained buyer data are replaced by pseudonyms, and the old ids keep resolving through
        :meth:`get_conversation` and :meth:`messages`. Then every hook in ``hooks`` (adapter-owned stores, e.g.
        the Amazon relay-mail store: :func:`marketmsg.retention.purge_hooks`) purges with the same cutoff, and
        so does every hook registered with :meth:`register_purge_hooks` (a client built on this store registers
        its adapters' hooks). Cached order facts not refreshed since the cutoff are dropped.
        Idempotent and safe to re-run or to run while workers sync. See docs/store.md, "Retention".
        """
        from ._purge import purge_store

        chosen = list(hooks)
        for ref in list(self._purge_hook_providers):
            provider = ref()
            if provider is not None:  # its client is gone: nothing of it to purge any more
                chosen.extend(provider())
        unique = list({id(hook): hook for hook in chosen}.values())  # a hook given twice purges once
        return purge_store(
            self, older_than, account=account, platform=platform, hooks=unique, now=now or _now()
        )

    def register_purge_hooks(self, provider: Callable[[], Iterable[PurgeHook]]) -> None:
        """Have :meth:`purge` also run the hooks ``provider()`` returns (a client built on this store registers
        its adapters' hooks: the Amazon relay-mail store). Called at purge time; hooks given twice run once.

        A bound method is held weakly (a client that is gone stops being asked); anything else strongly.
        """
        self._purge_hook_providers = [r for r in self._purge_hook_providers if r() is not None]
        if isinstance(provider, types.MethodType):
            self._purge_hook_providers.append(weakref.WeakMethod(provider))
        else:
            self._purge_hook_providers.append(lambda: provider)

    def purge_buyer_data(self, *, before: datetime) -> int:
        """:class:`marketmsg.retention.PurgeHook`: purge everything older than ``before``; items changed."""
        return self.purge(before).total

    # ------------------------------------------------------------------ sync cursors

    def get_cursor(self, account: str, stream: str) -> SyncCursor | None:
        """The cursor of ``account``'s ``stream``, or ``None`` before the first sync."""
        t = self.tables.cursors
        with self._reading("read a sync cursor") as conn:
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
        check_values({"account": cursor.account, "status": cursor.stream}, self.database)
        stmt = self._insert(t).values(
            account=cursor.account,
            stream=cursor.stream,
            watermark=cursor.watermark,
            synced_at=cursor.synced_at,
            token=self._driver.text(cursor.token),
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
        with self._writing("save a sync cursor") as conn:
            conn.execute(stmt)

    def reset_cursors(self, account: str | None = None) -> None:
        """Forget sync progress (all accounts, or one), so the next sync fetches everything again."""
        t = self.tables.cursors
        with self._writing("reset sync cursors") as conn:
            conn.execute(delete(t) if account is None else delete(t).where(t.c.account == account))

    # ------------------------------------------------------------------ order facts (marketmsg._facts.OrderFactStore)

    def load_order_facts(self, account: str, order_id: str) -> Mapping[str, Any] | None:
        """The client's cached order facts of one order (a JSON document), or None."""
        t = self.tables.order_facts
        with self._reading("read cached order facts") as conn:
            row = conn.execute(
                select(t.c.data).where(t.c.account == account, t.c.order_id == order_id)
            ).scalar_one_or_none()
        return row if isinstance(row, Mapping) else None

    def save_order_facts(self, account: str, order_id: str, entry: Mapping[str, Any]) -> None:
        """Replace the cached order facts of one order."""
        t = self.tables.order_facts
        check_values({"account": account, "order_id": order_id}, self.database)
        stmt = self._insert(t).values(account=account, order_id=order_id, updated_at=_now(), data=dict(entry))
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.c.account, t.c.order_id],
            set_={"updated_at": stmt.excluded.updated_at, "data": stmt.excluded.data},
        )
        with self._writing("cache order facts") as conn:
            conn.execute(stmt)


_CHANGE_COLUMNS = ("position", "entity", "object_id", "account", "op", "at", "conversation_id")


def _filters(query: Any, table: Table, **values: Any) -> Any:
    for name, value in values.items():
        if value is not None:
            query = query.where(table.c[name] == getattr(value, "value", value))
    return query
