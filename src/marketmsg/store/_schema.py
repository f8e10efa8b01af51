"""The store's tables: one JSON document per unified object, plus the columns the inbox filters and sorts on.

Every table name starts with a configurable prefix (default ``marketmsg_``) so the store can live inside an
application's existing database, and so test runs can use a throw-away prefix on a shared server.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Dialect,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeEngine

__all__ = [
    "LIMITS",
    "RecordDocument",
    "ServiceTables",
    "Tables",
    "UtcDateTime",
    "build_tables",
    "pg_json_text",
]

_ID = 512  # ids embed platform-native keys (Amazon relay alias + order id); generous but bounded for indexes
#: Column sizes of the indexed string columns, checked before writing on every backend (SQLite would accept
#: longer values, PostgreSQL would refuse them: the store behaves the same on both).
LIMITS = {
    "id": _ID,
    "account": 200,
    "platform": 40,
    "order_id": 200,
    "status": 40,
    "key": 255,
    "operation": 100,
}
# A JSON "\u0000" escape not itself escaped (an even number of backslashes before it).
_JSON_NUL = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")
# Monotonic integer keys: BIGINT on PostgreSQL, INTEGER (the rowid alias, ordered and compact) on SQLite.
_Position = BigInteger().with_variant(Integer(), "sqlite")


def pg_json_text(text: str) -> str:
    """JSON text PostgreSQL's JSONB accepts: it cannot hold U+0000, so a NUL that slipped into platform text
    is stored as U+FFFD instead of failing the whole batch."""
    return _JSON_NUL.sub(r"\1\\ufffd", text) if "\\u0000" in text else text


class JsonDocument(TypeDecorator[Any]):
    """A unified model's JSON: JSONB on PostgreSQL (queryable), TEXT on SQLite.

    Accepts the :class:`JsonText` the codec already produced, so a document is serialised once, not twice
    (SQLAlchemy's JSON type would ``json.dumps`` it again); returns the parsed document.
    """

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return dialect.type_descriptor(JSONB() if dialect.name == "postgresql" else Text())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return json.loads(pg_json_text(value)) if isinstance(value, str) else value
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return json.loads(value) if isinstance(value, str) else value


class RecordDocument(JsonDocument):
    """v5: a conversation's, message's or dispute's JSON, TEXT on every backend.

    Nothing queries inside these documents (every filter and sort has its own column), so PostgreSQL need not
    parse each one into JSONB on write nor print it back on read: that parse was a fifth of the server's work
    per stored message. TEXT also keeps a U+0000 in platform text (``\\u0000`` in the JSON) as SQLite does.
    """

    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


_Document = JsonDocument


class UtcDateTime(TypeDecorator[datetime]):
    """Tz-aware UTC datetimes on every backend.

    SQLite has no time zone type and SQLAlchemy writes an aware datetime's wall clock as is, so values are
    normalised to naive UTC there (which also keeps lexical order = time order) and made aware again on read.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the store only accepts timezone-aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class ServiceTables:
    """v3: what a running service keeps — the event log, webhook endpoints and their delivery queue, and the
    account leases that share accounts between workers (see :mod:`marketmsg.events`, :mod:`marketmsg.worker`)."""

    events: Table
    event_head: Table
    endpoints: Table
    deliveries: Table
    leases: Table
    lease_log: Table


@dataclass(frozen=True)
class Tables:
    """The store's tables under one prefix."""

    metadata: MetaData
    outbox: Table
    conversations: Table
    messages: Table
    disputes: Table
    cursors: Table
    order_facts: Table
    changes: Table
    feed_head: Table
    id_map: Table
    schema_version: Table
    service: ServiceTables
    outbox_parts: Table

    @property
    def records(self) -> tuple[Table, Table, Table]:
        """The tables of unified objects: conversations, messages, disputes."""
        return self.conversations, self.messages, self.disputes


def _table(metadata: MetaData, name: str, *columns: Any) -> Table:
    return Table(name, metadata, *columns)


def build_tables(prefix: str, schema: str | None = None) -> Tables:
    """Declare the tables named ``<prefix>outbox``, ``<prefix>conversations`` and so on."""
    md = MetaData(schema=schema)
    outbox = _table(
        md,
        f"{prefix}outbox",
        # The primary key is what makes ``begin`` atomic across workers: INSERT … ON CONFLICT DO NOTHING.
        Column("key", String(255), primary_key=True),
        Column("account", String(200), nullable=False),
        Column("target", String(_ID), nullable=False),
        Column("operation", String(100), nullable=False),
        Column("state", String(20), nullable=False),
        Column("created_at", UtcDateTime(), nullable=False),
        Column("updated_at", UtcDateTime(), nullable=False),
        Column("message_id", String(_ID)),
        Column("message", _Document()),
        Column("error", Text),
        Column("body", Text),
        Column("purged_at", UtcDateTime()),  # v2: buyer data removed by the retention purge
        Index(f"ix_{prefix}outbox_state", "state", "account"),
    )
    conversations = _table(
        md,
        f"{prefix}conversations",
        Column("id", String(_ID), primary_key=True),
        Column("account", String(200), nullable=False),
        Column("platform", String(40), nullable=False),
        Column("order_id", String(200)),
        Column("status", String(40), nullable=False),
        Column("last_message_at", UtcDateTime()),
        Column("response_due", UtcDateTime()),
        Column("etag", String(32), nullable=False),
        Column("synced_at", UtcDateTime(), nullable=False),
        Column("data", RecordDocument(), nullable=False),
        Column("purged_at", UtcDateTime()),
        Index(f"ix_{prefix}conv_account", "account", "last_message_at"),
        Index(f"ix_{prefix}conv_order", "order_id"),
        Index(f"ix_{prefix}conv_due", "status", "response_due"),
    )
    messages = _table(
        md,
        f"{prefix}messages",
        Column("id", String(_ID), primary_key=True),
        Column("conversation_id", String(_ID), nullable=False),
        Column("account", String(200), nullable=False),
        Column("platform", String(40), nullable=False),
        Column("direction", String(20), nullable=False),
        Column("sent_at", UtcDateTime(), nullable=False),
        Column("etag", String(32), nullable=False),
        Column("data", RecordDocument(), nullable=False),
        Column("purged_at", UtcDateTime()),
        Index(f"ix_{prefix}msg_conv", "conversation_id", "sent_at"),
        Index(f"ix_{prefix}msg_account", "account", "sent_at"),
    )
    disputes = _table(
        md,
        f"{prefix}disputes",
        Column("id", String(_ID), primary_key=True),
        Column("account", String(200), nullable=False),
        Column("platform", String(40), nullable=False),
        Column("order_id", String(200)),
        Column("status", String(40), nullable=False),
        Column("opened_at", UtcDateTime()),
        Column("updated_at", UtcDateTime()),
        Column("response_due", UtcDateTime()),
        Column("etag", String(32), nullable=False),
        Column("data", RecordDocument(), nullable=False),
        Column("purged_at", UtcDateTime()),
        Index(f"ix_{prefix}disp_account", "account", "opened_at"),
        Index(f"ix_{prefix}disp_order", "order_id"),
    )
    cursors = _table(
        md,
        f"{prefix}cursors",
        Column("account", String(200), primary_key=True),
        Column("stream", String(40), primary_key=True),
        Column("watermark", UtcDateTime()),
        Column("synced_at", UtcDateTime(), nullable=False),
        Column("token", Text),
    )
    # The client's order-fact cache (marketmsg._facts): non-PII order facts per fact class, so every worker
    # reads an order's fulfilment once instead of each spending the order's quota.
    order_facts = _table(
        md,
        f"{prefix}order_facts",
        Column("account", String(200), primary_key=True),
        Column("order_id", String(200), primary_key=True),
        Column("updated_at", UtcDateTime(), nullable=False),
        Column("data", _Document(), nullable=False),
    )
    # ---- v2: the change feed, pseudonymised ids, the schema version (see _migrations.py)
    changes = _table(
        md,
        f"{prefix}changes",
        # Gap-free and in commit order: allocated from feed_head under its row lock (see _feed.py).
        Column("position", _Position, primary_key=True, autoincrement=False),
        Column("entity", String(20), nullable=False),
        Column("object_id", String(_ID), nullable=False),
        Column("account", String(200), nullable=False),
        Column("op", String(20), nullable=False),
        Column("at", UtcDateTime(), nullable=False),
        Column("conversation_id", String(_ID)),
        Index(f"ix_{prefix}changes_object", "object_id"),
    )
    feed_head = _table(
        md,
        f"{prefix}feed_head",
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("position", _Position, nullable=False),
    )
    id_map = _table(
        md,
        f"{prefix}id_map",
        # sha256 of an id that the retention purge replaced (it carried buyer data) → the id it has now, and
        # the purge's cutoff (a re-sync of the same item from before the cutoff must not bring the data back).
        Column("digest", String(64), primary_key=True),
        Column("entity", String(20), nullable=False),
        Column("current_id", String(_ID), nullable=False),
        Column("cutoff", UtcDateTime(), nullable=False),
    )
    schema_version = _table(
        md,
        f"{prefix}schema_version",
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("version", Integer, nullable=False),
        Column("migrated_at", UtcDateTime(), nullable=False),
    )
    # ---- v4: the parts of multi-part sends (an IM text and its pictures; a mail's Message-ID before it is sent)
    outbox_parts = _table(
        md,
        f"{prefix}outbox_parts",
        Column("key", String(255), primary_key=True),
        Column("name", String(100), primary_key=True),
        Column("seq", Integer, nullable=False),  # the order the parts were first recorded in
        Column("state", String(20), nullable=False),
        Column("ref", String(_ID)),
        Column("platform_id", String(_ID)),
        Column("updated_at", UtcDateTime(), nullable=False),
    )
    return Tables(
        md,
        outbox,
        conversations,
        messages,
        disputes,
        cursors,
        order_facts,
        changes,
        feed_head,
        id_map,
        schema_version,
        build_service_tables(md, prefix),
        outbox_parts,
    )


def build_service_tables(md: MetaData, prefix: str) -> ServiceTables:
    """v3: the event log, webhook endpoints and deliveries, account leases and their log."""
    events = _table(
        md,
        f"{prefix}events",
        # Positions are allocated under event_head's row lock, like the change feed's (gap-free, in order).
        Column("position", _Position, primary_key=True, autoincrement=False),
        # Derived from what the event is about: deriving it twice (a replay, a retried pump) finds it again.
        Column("id", String(64), nullable=False, unique=True),
        Column("type", String(40), nullable=False),
        Column("account", String(200), nullable=False),
        Column("subject_id", String(_ID), nullable=False),
        Column("source_position", _Position),  # the change-feed position it came from (None: a deadline rule)
        Column("occurred_at", UtcDateTime(), nullable=False),
        Column("data", _Document(), nullable=False),
    )
    event_head = _table(
        md,
        f"{prefix}event_head",
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("feed_position", _Position, nullable=False),  # the change feed is read up to here
        Column("position", _Position, nullable=False),  # the event log's newest position
        Column("updated_at", UtcDateTime(), nullable=False),
    )
    endpoints = _table(
        md,
        f"{prefix}webhook_endpoints",
        Column("id", String(100), primary_key=True),
        Column("url", Text, nullable=False),
        Column("secret", Text, nullable=False),
        Column("types", Text),  # space-separated event types; NULL: every type
        Column("include_text", Integer, nullable=False),
        Column("created_at", UtcDateTime(), nullable=False),
        Column("disabled_at", UtcDateTime()),
    )
    deliveries = _table(
        md,
        f"{prefix}deliveries",
        Column("endpoint_id", String(100), primary_key=True),
        Column("event_position", _Position, primary_key=True, autoincrement=False),
        Column("state", String(20), nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("next_attempt_at", UtcDateTime(), nullable=False),
        Column("lease_owner", String(200)),
        Column("lease_until", UtcDateTime()),
        Column("last_status", Integer),
        Column("last_error", Text),
        Column("delivered_at", UtcDateTime()),
        Index(f"ix_{prefix}deliveries_due", "state", "next_attempt_at"),
    )
    leases = _table(
        md,
        f"{prefix}account_leases",
        Column("account", String(200), primary_key=True),
        Column("owner", String(200)),
        Column("lease_until", UtcDateTime()),
        Column("generation", _Position, nullable=False),  # +1 per claim: a fencing token
        Column("next_sync_at", UtcDateTime(), nullable=False),
        Column("last_synced_at", UtcDateTime()),
        Column("last_error", Text),
        Index(f"ix_{prefix}leases_due", "next_sync_at"),
    )
    lease_log = _table(
        md,
        f"{prefix}lease_log",
        # One row per claim: who held which account from when until when (audit, and the proof in the tests
        # that no two workers ever held one account at once).
        Column("account", String(200), primary_key=True),
        Column("generation", _Position, primary_key=True, autoincrement=False),
        Column("owner", String(200), nullable=False),
        Column("started_at", UtcDateTime(), nullable=False),
        Column("lease_until", UtcDateTime(), nullable=False),
        Column("finished_at", UtcDateTime()),
        Column("outcome", String(20)),
    )
    return ServiceTables(events, event_head, endpoints, deliveries, leases, lease_log)
