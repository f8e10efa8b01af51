"""Where ingested relay mail, mailbox checkpoints and buyer opt-outs live.

:class:`RelayStore` is the small protocol the channel needs, so the project's shared store can replace it later.
:class:`SqliteRelayStore` is the default: one SQLite file (or a named in-memory database for tests and the
sandbox). Exactly-once ingestion rests on two things done in ONE transaction: inserting the message (unique per
account by normalised Message-ID, and by a content hash because forwarders may rewrite ids — anchors §5.3) and
advancing the source's checkpoint. A crash before the commit re-reads the message; after it, never.

Buyer data. Threads are keyed by a *thread key* — a short hash of the buyer's alias and the order
(:func:`relay_thread_key`) — which is also the native part of conversation ids, so ids carry no buyer data
(``shared/MODEL.md``). Opt-outs are kept by a digest of the alias. :meth:`SqliteRelayStore.purge_buyer_data`
is the retention hook (:class:`marketmsg.retention.PurgeHook`): raw mail, bodies, subjects, names and aliases
older than the cutoff go; ids, thread keys, timestamps and SHA-256 digests stay.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol, runtime_checkable

from marketmsg.adapter import override

from ._model import RelayMessage

__all__ = [
    "THREAD_KEY_RE",
    "Checkpoint",
    "IngestResult",
    "RelayStore",
    "SqliteRelayStore",
    "StoredMessage",
    "activity_at",
    "alias_digest",
    "dedupe_keys",
    "relay_thread_key",
    "thread_key",
]

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
    #: The thread key (``t-…``), ``*/<order>`` for Seller Central copies, None for notices and suspects.
    thread: str | None = None

    @property
    def outbound(self) -> bool:
        """Sent by the seller: our replies, and Amazon's copies of replies sent from Seller Central."""
        return self.direction == "outbound" or self.meta.kind == "seller_copy"


#: A thread key: ``t-`` and 16 base32 characters (80 bits of SHA-256).
THREAD_KEY_RE = re.compile(r"^t-[a-z2-7]{16}$")
_THREAD_KEY_DOMAIN = b"marketmsg relay thread v1\x00"
_ALIAS_DOMAIN = b"marketmsg relay alias v1\x00"
#: A Date more than this after the mail was received is not believed (clock skew, or a forged far future).
MAX_CLOCK_SKEW = timedelta(days=1)


def relay_thread_key(alias: str, order_id: str | None) -> str:
    """The thread key of (buyer alias, order): ``t-`` + 16 base32 characters of a SHA-256.

    Stable and one-way: the same buyer and order always give the same key (so ids issued before this change,
    which held ``<alias>/<order>``, map onto it), and the key reveals neither (MODEL.md: ids carry no buyer data).
    """
    material = _THREAD_KEY_DOMAIN + f"{alias.strip().lower()}/{order_id or '-'}".encode()
    return "t-" + base64.b32encode(hashlib.sha256(material).digest()[:10]).decode().lower()


def alias_digest(alias: str) -> str:
    """How an opt-out remembers a buyer without keeping the alias."""
    return "h-" + hashlib.sha256(_ALIAS_DOMAIN + alias.strip().lower().encode()).hexdigest()[:32]


def thread_key(message: RelayMessage) -> str | None:
    """The thread a message belongs to: buyer alias + order id (``-`` for pre-sale questions, §4.3b), hashed."""
    if message.kind == "seller_copy":
        # Seller Central copies name the order, not the alias: "*/<order>" joins the thread(s) of that order.
        return f"*/{message.order_id}" if message.order_id else None
    if message.kind not in ("buyer_message", "seller_reply") or not message.buyer_alias:
        return None
    return relay_thread_key(message.buyer_alias, message.order_id)


def activity_at(sent_at: datetime | None, received_at: datetime) -> datetime:
    """When a message happened: its Date, unless missing or more than a day after it was received."""
    if sent_at is None or sent_at > received_at + MAX_CLOCK_SKEW:
        return received_at
    return sent_at


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

    def is_opted_out(self, account: str, alias: str) -> bool:
        """True when an opt-out bounce was received for ``alias`` (the rules refuse unsolicited messages)."""
        ...

    def thread_opted_out(self, account: str, thread: str) -> bool:
        """True when the buyer of thread ``thread`` opted out (still known after the alias was purged)."""
        ...

    def purge_buyer_data(self, *, before: datetime) -> int:
        """The retention hook (:class:`marketmsg.retention.PurgeHook`): forget buyer data older than ``before``.

        Returns how many stored items changed; idempotent; ids and thread keys keep resolving afterwards.
        """
        ...


_SCHEMA_VERSION = 1
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
    raw_sha256 TEXT,
    purged_at TEXT,
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
    raw BLOB NOT NULL, received_at TEXT NOT NULL, raw_sha256 TEXT, purged_at TEXT
);
-- "alias" holds alias_digest(alias) since schema version 1, never the alias itself.
CREATE TABLE IF NOT EXISTS relay_opt_out (
    account TEXT NOT NULL, alias TEXT NOT NULL, since TEXT NOT NULL, PRIMARY KEY (account, alias)
);
-- Which buyer (by alias digest) a thread key belongs to: opt-outs still apply after the aliases are purged.
CREATE TABLE IF NOT EXISTS relay_thread (
    account TEXT NOT NULL, thread TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (account, thread)
);
"""

_SELECT_WITH_RAW = (
    "SELECT seq, direction, meta, raw, read, received_at, thread FROM relay_message WHERE account = ?"
)
_SELECT_WITHOUT_RAW = (
    "SELECT seq, direction, meta, X'', read, received_at, thread FROM relay_message WHERE account = ?"
)
# Attachment bytes are not duplicated into the JSON: they are re-read from the raw mail when needed.
_META_EXCLUDE = {"raw": True, "attachments": {"__all__": {"content"}}}


class SqliteRelayStore:
    """The default :class:`RelayStore`: a SQLite file, or ``file:<name>?mode=memory&cache=shared`` in memory.

    Thread-safe (one connection behind a lock, so the async client's worker threads can share it); several
    processes may open the same file — SQLite serialises their writes.
    """

    def __init__(self, path: str | os.PathLike[str] = "marketmsg-relay.sqlite3") -> None:
        path = os.fspath(path)  # a pathlib.Path works as it does for SqlStore
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
            self._migrate()

    def _migrate(self) -> None:
        """Bring a store written by an older version up to date (one transaction; safe with other processes)."""
        if self._conn.execute("PRAGMA user_version").fetchone()[0] >= _SCHEMA_VERSION:
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            if self._conn.execute("PRAGMA user_version").fetchone()[0] < 1:
                self._migrate_to_thread_keys()
            self._conn.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def _migrate_to_thread_keys(self) -> None:
        # v0 keyed threads by "<alias>/<order>" and opt-outs by the alias: both buyer data.
        for table in ("relay_message", "relay_quarantine"):
            columns = {row[1] for row in self._conn.execute(f"PRAGMA table_info({table})")}
            for column in ("raw_sha256", "purged_at"):
                if column not in columns:
                    self._conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
        legacy = self._conn.execute(
            "SELECT DISTINCT account, thread FROM relay_message WHERE thread LIKE '%@%/%'"
        ).fetchall()
        for account, thread in legacy:
            alias, _, order = str(thread).rpartition("/")
            key = relay_thread_key(alias, None if order == "-" else order)
            self._conn.execute(
                "UPDATE relay_message SET thread = ? WHERE account = ? AND thread = ?", (key, account, thread)
            )
            self._conn.execute(
                "INSERT OR IGNORE INTO relay_thread VALUES (?, ?, ?)", (account, key, alias_digest(alias))
            )
        for account, alias, since in self._conn.execute(
            "SELECT account, alias, since FROM relay_opt_out WHERE alias NOT LIKE 'h-%'"
        ).fetchall():
            self._conn.execute("DELETE FROM relay_opt_out WHERE account = ? AND alias = ?", (account, alias))
            self._conn.execute(
                "INSERT OR IGNORE INTO relay_opt_out VALUES (?, ?, ?)", (account, alias_digest(alias), since)
            )

    def close(self) -> None:
        """Close the connection (also done automatically when the store is garbage-collected)."""
        with self._lock:
            self._finalizer()

    @override
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
                thread = thread_key(message)
                if added and message.buyer_alias and thread and not thread.startswith("*/"):
                    self._conn.execute(
                        "INSERT OR IGNORE INTO relay_thread VALUES (?, ?, ?)",
                        (account, thread, alias_digest(message.buyer_alias)),
                    )
                if added and message.kind == "opt_out_bounce" and message.buyer_alias:
                    self._conn.execute(
                        "INSERT OR IGNORE INTO relay_opt_out VALUES (?, ?, ?)",
                        (account, alias_digest(message.buyer_alias), received_at.isoformat()),
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
        with self._lock:
            if thread is None:
                rows = self._conn.execute(sql + " ORDER BY seq", (account,)).fetchall()
            else:
                rows = self._conn.execute(sql + " AND thread = ? ORDER BY seq", (account, thread)).fetchall()
                # Seller Central copies ("*/<order>") join by the thread's order, which only its messages know.
                orders = {
                    str(order)
                    for (order,) in self._conn.execute(
                        "SELECT DISTINCT json_extract(meta, '$.order_id') FROM relay_message "
                        "WHERE account = ? AND thread = ?",
                        (account, thread),
                    )
                    if order
                }
                for order in sorted(orders):
                    rows += self._conn.execute(sql + " AND thread = ?", (account, f"*/{order}")).fetchall()
                rows.sort(key=lambda row: int(row[0]))
        return [
            StoredMessage(
                seq=int(seq),
                direction=direction,
                meta=RelayMessage.model_validate_json(meta),
                raw=bytes(raw),
                read=bool(read),
                received_at=datetime.fromisoformat(received_at),
                thread=thread_of,
            )
            for seq, direction, meta, raw, read, received_at, thread_of in rows
        ]

    def quarantined(self, account: str) -> list[tuple[str, bytes]]:
        """(error, raw) of every message that could not be parsed, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT error, raw FROM relay_quarantine WHERE account = ? ORDER BY id", (account,)
            ).fetchall()
        return [(str(e), bytes(r)) for e, r in rows]

    def thread_opted_out(self, account: str, thread: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM relay_thread t JOIN relay_opt_out o ON o.account = t.account AND o.alias = t.alias "
                "WHERE t.account = ? AND t.thread = ?",
                (account, thread),
            ).fetchone()
        return row is not None

    def is_opted_out(self, account: str, alias: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM relay_opt_out WHERE account = ? AND alias = ?", (account, alias_digest(alias))
            ).fetchone()
        return row is not None

    # ------------------------------------------------------------------ retention

    def purge_buyer_data(self, *, before: datetime) -> int:
        """Forget buyer data of everything whose last activity is before ``before`` (the retention hook).

        A thread counts by its newest message, so a conversation still going on keeps its history; notices,
        suspects and quarantined mail count one by one. What goes: raw mail, bodies, subjects and topics (they
        carry buyer names), buyer names, aliases, reply addresses, attachment bytes and names. What stays:
        thread keys (so conversation ids keep resolving), Message-IDs, order ids, kinds, timestamps, sizes,
        content types and SHA-256 digests (of each raw mail, and of each attachment). Opt-outs are kept by alias
        digest and survive. Idempotent; each batch is one transaction.
        """
        if before.tzinfo is None:
            raise ValueError("before must be a timezone-aware datetime (UTC)")
        cutoff = before.astimezone(UTC)
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, account, thread, received_at, json_extract(meta, '$.sent_at') FROM relay_message "
                "WHERE purged_at IS NULL"
            ).fetchall()
            quarantined = self._conn.execute(
                "SELECT id, received_at FROM relay_quarantine WHERE purged_at IS NULL"
            ).fetchall()
        last: dict[tuple[str, str], datetime] = {}
        when: dict[int, datetime] = {}
        for seq, account, thread, received, sent in rows:
            at = activity_at(_instant(sent), datetime.fromisoformat(received))
            when[int(seq)] = at
            if thread:
                last[(account, thread)] = max(at, last.get((account, thread), at))
        due = [
            int(seq)
            for seq, account, thread, _, _ in rows
            if (last[(account, thread)] if thread else when[int(seq)]) < cutoff
        ]
        due_quarantine = [int(i) for i, received in quarantined if datetime.fromisoformat(received) < cutoff]
        stamp = datetime.now(UTC).isoformat()
        changed = 0
        for start in range(0, len(due), _PURGE_BATCH):
            changed += self._purge_messages(due[start : start + _PURGE_BATCH], stamp)
        for start in range(0, len(due_quarantine), _PURGE_BATCH):
            changed += self._purge_quarantine(due_quarantine[start : start + _PURGE_BATCH], stamp)
        return changed

    def _purge_messages(self, seqs: list[int], stamp: str) -> int:
        changed = 0
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for seq in seqs:
                    row = self._conn.execute(
                        "SELECT meta, raw FROM relay_message WHERE seq = ? AND purged_at IS NULL", (seq,)
                    ).fetchone()
                    if row is None:  # purged by another process meanwhile
                        continue
                    meta = _without_buyer_data(RelayMessage.model_validate_json(row[0]))
                    self._conn.execute(
                        "UPDATE relay_message SET meta = ?, raw = X'', raw_sha256 = ?, purged_at = ? WHERE seq = ?",
                        (
                            meta.model_dump_json(exclude=_META_EXCLUDE),  # type: ignore[arg-type]
                            hashlib.sha256(bytes(row[1])).hexdigest(),
                            stamp,
                            seq,
                        ),
                    )
                    changed += 1
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return changed

    def _purge_quarantine(self, ids: list[int], stamp: str) -> int:
        changed = 0
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for ident in ids:
                    row = self._conn.execute(
                        "SELECT raw FROM relay_quarantine WHERE id = ? AND purged_at IS NULL", (ident,)
                    ).fetchone()
                    if row is None:
                        continue
                    self._conn.execute(
                        "UPDATE relay_quarantine SET raw = X'', raw_sha256 = ?, purged_at = ? WHERE id = ?",
                        (hashlib.sha256(bytes(row[0])).hexdigest(), stamp, ident),
                    )
                    changed += 1
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return changed


_PURGE_BATCH = 200


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _without_buyer_data(meta: RelayMessage) -> RelayMessage:
    """``meta`` with what identifies or quotes the buyer removed; ids, kinds, order, times and digests kept."""
    attachments = tuple(
        a.model_copy(update={"filename": f"purged-{(a.sha256 or '')[:12] or 'attachment'}", "content": None})
        for a in meta.attachments
    )
    return meta.model_copy(
        update={
            "subject": "",
            "topic": None,
            "buyer_alias": None,
            "reply_address": None,
            "buyer_name": None,
            "sender": meta.sender if meta.kind == "seller_reply" else None,
            "body": "",
            "attachments": attachments,
        }
    )
