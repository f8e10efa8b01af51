"""Where ingested relay mail, mailbox checkpoints and buyer opt-outs live.

:class:`RelayStore` is the small protocol the channel needs, so the project's shared store can replace it later.
:class:`SqliteRelayStore` is the default: one SQLite file (or a named in-memory database for tests and the
sandbox). Exactly-once ingestion rests on two things done in ONE transaction: inserting the message (unique per
account by normalised Message-ID, and by a content hash because forwarders may rewrite ids — anchors §5.3) and
advancing the source's checkpoint. A crash before the commit re-reads the message; after it, never.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, Protocol, runtime_checkable

from ._model import RelayMessage

__all__ = ["Checkpoint", "IngestResult", "RelayStore", "SqliteRelayStore", "StoredMessage", "dedupe_keys"]

IngestResult = Literal["added", "duplicate"]


@dataclass(frozen=True)
class Checkpoint:
    """Where a mail source stopped: IMAP ``(UIDVALIDITY, last UID)`` (RFC 3501 §2.3.1.1)."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class StoredMessage:
    """A stored message: its parsed form (``meta``), the raw bytes, and local state."""

    seq: int
    direction: Literal["inbound", "outbound"]
    meta: RelayMessage
    raw: bytes = field(repr=False)
    read: bool
    received_at: datetime

    @property
    def thread(self) -> str | None:
        return thread_key(self.meta)

    @property
    def outbound(self) -> bool:
        """Sent by the seller: our replies, and Amazon's copies of replies sent from Seller Central."""
        return self.direction == "outbound" or self.meta.kind == "seller_copy"


def thread_key(message: RelayMessage) -> str | None:
    """``<alias>/<order id>`` (``-`` for pre-sale questions without an order, fact sheet §4.3b)."""
    if message.kind == "seller_copy":
        # Seller Central copies name the order, not the alias: "*/<order>" joins the thread(s) of that order.
        return f"*/{message.order_id}" if message.order_id else None
    if message.kind not in ("buyer_message", "seller_reply") or not message.buyer_alias:
        return None
    return f"{message.buyer_alias}/{message.order_id or '-'}"


def dedupe_keys(message: RelayMessage, raw: bytes) -> tuple[str, str]:
    """(Message-ID key, content key). Without a Message-ID the raw bytes' digest stands in."""
    key = f"mid:{message.message_id}" if message.message_id else f"raw:{hashlib.sha256(raw).hexdigest()}"
    content = "|".join(
        (
            message.sender or "",
            message.sent_at.isoformat() if message.sent_at else "",
            message.subject,
            message.body,
        )
    )
    return key, hashlib.sha256(content.encode()).hexdigest()


@runtime_checkable
class RelayStore(Protocol):
    """Storage the relay channel needs. All methods are blocking; the channel runs them in effects."""

    def ingest(
        self,
        account: str,
        message: RelayMessage,
        raw: bytes,
        *,
        received_at: datetime,
        direction: Literal["inbound", "outbound"] = "inbound",
        source: str | None = None,
        checkpoint: Checkpoint | None = None,
        seen_key: str | None = None,
    ) -> IngestResult:
        """Store a message (dropped as duplicate by Message-ID/content) and advance ``source``, atomically."""
        ...

    def quarantine(
        self,
        account: str,
        raw: bytes,
        error: str,
        *,
        received_at: datetime,
        source: str | None = None,
        checkpoint: Checkpoint | None = None,
        seen_key: str | None = None,
    ) -> None:
        """Keep mail that could not be parsed (nothing is ever lost) and advance ``source``."""
        ...

    def quarantined(self, account: str) -> Sequence[tuple[str, bytes]]:
        """(error, raw) of every message that could not be parsed, oldest first."""
        ...

    def checkpoint(self, account: str, source: str) -> Checkpoint | None: ...

    def seen(self, account: str, source: str, key: str) -> bool: ...

    def messages(
        self, account: str, thread: str | None = None, *, with_raw: bool = True
    ) -> Sequence[StoredMessage]:
        """Messages of ``account`` in arrival order; only thread ``thread`` when given; ``raw`` empty unless asked."""
        ...

    def mark_read(self, account: str, thread: str) -> int: ...

    def set_opted_out(self, account: str, alias: str, at: datetime) -> None: ...

    def is_opted_out(self, account: str, alias: str) -> bool:
        """True when an opt-out bounce was received for ``alias`` (the rules refuse unsolicited messages)."""
        ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS relay_message (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    content_key TEXT NOT NULL,
    thread TEXT,
    direction TEXT NOT NULL,
    kind TEXT NOT NULL,
    meta TEXT NOT NULL,
    raw BLOB NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    UNIQUE (account, dedupe_key),
    UNIQUE (account, content_key)
);
CREATE INDEX IF NOT EXISTS relay_message_thread ON relay_message (account, thread);
CREATE TABLE IF NOT EXISTS relay_checkpoint (
    account TEXT NOT NULL, source TEXT NOT NULL, uidvalidity INTEGER NOT NULL, last_uid INTEGER NOT NULL,
    PRIMARY KEY (account, source)
);
CREATE TABLE IF NOT EXISTS relay_seen (
    account TEXT NOT NULL, source TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (account, source, key)
);
CREATE TABLE IF NOT EXISTS relay_quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, source TEXT, error TEXT NOT NULL,
    raw BLOB NOT NULL, received_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_opt_out (
    account TEXT NOT NULL, alias TEXT NOT NULL, since TEXT NOT NULL, PRIMARY KEY (account, alias)
);
"""

_SELECT_WITH_RAW = "SELECT seq, direction, meta, raw, read, received_at FROM relay_message WHERE account = ?"
_SELECT_WITHOUT_RAW = (
    "SELECT seq, direction, meta, X'', read, received_at FROM relay_message WHERE account = ?"
)
# Attachment bytes are not duplicated into the JSON: they are re-read from the raw mail when needed.
_META_EXCLUDE = {"raw": True, "attachments": {"__all__": {"content"}}}


class SqliteRelayStore:
    """The default :class:`RelayStore`: a SQLite file, or ``file:<name>?mode=memory&cache=shared`` in memory.

    Thread-safe (one connection behind a lock, so the async client's worker threads can share it); several
    processes may open the same file — SQLite serialises their writes.
    """

    def __init__(self, path: str = "marketmsg-relay.sqlite3") -> None:
        self.path = path
        self._lock = threading.Lock()
        uri = path.startswith("file:")
        self._conn = sqlite3.connect(path, uri=uri, check_same_thread=False, isolation_level=None, timeout=30)
        # Closed when the store is garbage-collected, so short-lived adapters never leak connections.
        self._finalizer = weakref.finalize(self, self._conn.close)
        with self._lock:
            if not path.startswith("file:") and path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the connection (also done automatically when the store is garbage-collected)."""
        with self._lock:
            self._finalizer()

    def __repr__(self) -> str:
        return f"SqliteRelayStore({self.path!r})"

    # ------------------------------------------------------------------ writes

    def _advance(
        self, account: str, source: str | None, checkpoint: Checkpoint | None, seen_key: str | None
    ) -> None:
        if source is None:
            return
        if checkpoint is not None:
            self._conn.execute(
                "INSERT INTO relay_checkpoint VALUES (?, ?, ?, ?) ON CONFLICT (account, source) DO UPDATE SET "
                "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
                (account, source, checkpoint.uidvalidity, checkpoint.last_uid),
            )
        if seen_key is not None:
            self._conn.execute(
                "INSERT OR IGNORE INTO relay_seen VALUES (?, ?, ?)", (account, source, seen_key)
            )

    def ingest(
        self,
        account: str,
        message: RelayMessage,
        raw: bytes,
        *,
        received_at: datetime,
        direction: Literal["inbound", "outbound"] = "inbound",
        source: str | None = None,
        checkpoint: Checkpoint | None = None,
        seen_key: str | None = None,
    ) -> IngestResult:
        key, content = dedupe_keys(message, raw)
        meta = message.model_dump_json(exclude=_META_EXCLUDE)  # type: ignore[arg-type]
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO relay_message (account, dedupe_key, content_key, thread, direction, kind, "
                    "meta, raw, read, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        account,
                        key,
                        content,
                        thread_key(message),
                        direction,
                        message.kind,
                        meta,
                        raw,
                        1 if direction == "outbound" else 0,
                        received_at.isoformat(),
                    ),
                )
                added = cursor.rowcount == 1
                if added and message.kind == "opt_out_bounce" and message.buyer_alias:
                    self._conn.execute(
                        "INSERT OR IGNORE INTO relay_opt_out VALUES (?, ?, ?)",
                        (account, message.buyer_alias, received_at.isoformat()),
                    )
                self._advance(account, source, checkpoint, seen_key)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return "added" if added else "duplicate"

    def quarantine(
        self,
        account: str,
        raw: bytes,
        error: str,
        *,
        received_at: datetime,
        source: str | None = None,
        checkpoint: Checkpoint | None = None,
        seen_key: str | None = None,
    ) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(
                    "INSERT INTO relay_quarantine (account, source, error, raw, received_at) VALUES (?, ?, ?, ?, ?)",
                    (account, source, error, raw, received_at.isoformat()),
                )
                self._advance(account, source, checkpoint, seen_key)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def mark_read(self, account: str, thread: str) -> int:
        with self._lock:
            cursor = self._conn.execute(
                "UPDATE relay_message SET read = 1 WHERE account = ? AND thread = ? AND read = 0",
                (account, thread),
            )
            return cursor.rowcount

    def set_opted_out(self, account: str, alias: str, at: datetime) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR IGNORE INTO relay_opt_out VALUES (?, ?, ?)", (account, alias, at.isoformat())
            )

    # ------------------------------------------------------------------ reads

    def checkpoint(self, account: str, source: str) -> Checkpoint | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT uidvalidity, last_uid FROM relay_checkpoint WHERE account = ? AND source = ?",
                (account, source),
            ).fetchone()
        return Checkpoint(int(row[0]), int(row[1])) if row else None

    def seen(self, account: str, source: str, key: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM relay_seen WHERE account = ? AND source = ? AND key = ?",
                (account, source, key),
            ).fetchone()
        return row is not None

    def messages(
        self, account: str, thread: str | None = None, *, with_raw: bool = True
    ) -> list[StoredMessage]:
        sql = _SELECT_WITH_RAW if with_raw else _SELECT_WITHOUT_RAW
        args: tuple[str, ...] = (account,)
        if thread is not None:
            copies = f"*/{thread.rpartition('/')[2]}"
            sql, args = sql + " AND thread IN (?, ?)", (account, thread, copies)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY seq", args).fetchall()
        return [
            StoredMessage(
                seq=int(seq),
                direction=direction,
                meta=RelayMessage.model_validate_json(meta),
                raw=bytes(raw),
                read=bool(read),
                received_at=datetime.fromisoformat(received_at),
            )
            for seq, direction, meta, raw, read, received_at in rows
        ]

    def quarantined(self, account: str) -> list[tuple[str, bytes]]:
        """(error, raw) of every message that could not be parsed, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT error, raw FROM relay_quarantine WHERE account = ? ORDER BY id", (account,)
            ).fetchall()
        return [(str(e), bytes(r)) for e, r in rows]

    def is_opted_out(self, account: str, alias: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM relay_opt_out WHERE account = ? AND alias = ?", (account, alias.lower())
            ).fetchone()
        return row is not None


def utc_now() -> datetime:
    """Wall-clock now in UTC (sources without a clock use it for ``received_at``)."""
    return datetime.now(UTC)
