"""Schema versions and forward migrations, run once per database however many workers start at once.

Version 1 is the schema of the first release (no version table). Each later version is one function in
:data:`MIGRATIONS` that takes the database from the version before it; the latest version is
``len(MIGRATIONS) + 1``. :func:`ensure_schema` runs in one transaction under a lock (a PostgreSQL advisory
transaction lock; SQLite's ``BEGIN IMMEDIATE``), and DDL is transactional on both databases, so a crash leaves
the database at the old version and two workers starting together migrate exactly once.

To add a table or column later: declare it in ``_schema.build_tables`` (new databases get it from
``create_all``) and append a migration that adds it to existing ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, Table, func, insert, inspect, literal, null, select, text

from ._errors import SchemaVersionError
from ._schema import Tables

__all__ = ["LATEST", "MIGRATIONS", "ensure_schema", "schema_version"]

Migration = Callable[[Connection, Tables], None]


def _add_column(conn: Connection, table: Table, column: Column[object]) -> None:
    existing = {c["name"] for c in inspect(conn).get_columns(table.name, schema=table.schema)}
    if column.name in existing:
        return
    preparer = conn.dialect.identifier_preparer
    type_sql = column.type.compile(dialect=conn.dialect)
    conn.execute(
        text(
            f"ALTER TABLE {preparer.format_table(table)} ADD COLUMN {preparer.quote(column.name)} {type_sql}"
        )
    )


def backfill_feed(conn: Connection, tables: Tables, start: int) -> int:
    """Record every stored object in the change feed as an insert, in a backend-independent order.

    Returns the last position used. Ids are ordered by code point on both databases (``COLLATE "C"`` on
    PostgreSQL, SQLite's BINARY collation), so the same data gets the same positions everywhere.
    """
    position = start
    now = datetime.now(UTC)
    sources = [
        ("conversation", tables.conversations, tables.conversations.c.id, null()),
        ("message", tables.messages, tables.messages.c.id, tables.messages.c.conversation_id),
        ("dispute", tables.disputes, tables.disputes.c.id, null()),
        ("outbox", tables.outbox, tables.outbox.c.key, tables.outbox.c.target),
    ]
    for entity, table, key, parent in sources:
        order = key.collate("C") if conn.dialect.name == "postgresql" else key
        op = table.c.state if entity == "outbox" else literal("insert")
        rows = select(
            (func.row_number().over(order_by=order) + position).label("position"),
            literal(entity).label("entity"),
            key.label("object_id"),
            table.c.account,
            op.label("op"),
            literal(now, tables.changes.c.at.type).label("at"),
            parent.label("conversation_id"),
        )
        conn.execute(
            insert(tables.changes).from_select(
                ["position", "entity", "object_id", "account", "op", "at", "conversation_id"], rows
            )
        )
        position += conn.execute(select(func.count()).select_from(table)).scalar_one()
    return position


def _v2_feed_retention(conn: Connection, tables: Tables) -> None:
    """v2: the change feed, the retention purge's ``purged_at`` columns and id map, this version table."""
    for table in (tables.outbox, *tables.records):
        _add_column(conn, table, table.c.purged_at)
    for table in (tables.changes, tables.feed_head, tables.id_map):
        table.create(conn, checkfirst=True)
    last = backfill_feed(conn, tables, 0)
    conn.execute(insert(tables.feed_head).values(id=1, position=last))


def _v3_service(conn: Connection, tables: Tables) -> None:
    """v3: the event log, webhook endpoints and deliveries, account leases (``marketmsg worker``)."""
    s = tables.service
    for table in (s.events, s.event_head, s.endpoints, s.deliveries, s.leases, s.lease_log):
        table.create(conn, checkfirst=True)
    # Events start at the feed's current head: a store that already has history does not flood its
    # subscribers with an event for every message it ever stored (replay from a position instead).
    head = conn.execute(select(tables.feed_head.c.position).where(tables.feed_head.c.id == 1)).scalar()
    conn.execute(
        insert(s.event_head).values(
            id=1, feed_position=int(head or 0), position=0, updated_at=datetime.now(UTC)
        )
    )


def _v4_outbox_parts(conn: Connection, tables: Tables) -> None:
    """v4: the parts of multi-part sends (``OutboxEntry.parts``); existing entries have none."""
    tables.outbox_parts.create(conn, checkfirst=True)


def _v5_record_text(conn: Connection, tables: Tables) -> None:
    """v5: conversations', messages' and disputes' documents are TEXT on PostgreSQL too (were JSONB).

    Nothing queried inside them, and parsing every document into JSONB was a large part of the server's work
    per stored message (see ``RecordDocument``). ``data::text`` keeps every document as the JSON it was (JSONB
    prints keys in its own order and with spaces, which the store's JSON reads do not mind). Rewrites the
    three tables under an exclusive lock, once. SQLite stored them as TEXT already: nothing to do there.
    """
    if conn.dialect.name != "postgresql":
        return
    preparer = conn.dialect.identifier_preparer
    for table in tables.records:
        name = preparer.format_table(table)
        conn.execute(text(f"ALTER TABLE {name} ALTER COLUMN data TYPE TEXT USING data::text"))


MIGRATIONS: list[Migration] = [_v2_feed_retention, _v3_service, _v4_outbox_parts, _v5_record_text]
LATEST = len(MIGRATIONS) + 1


def _lock(conn: Connection, tables: Tables) -> None:
    if conn.dialect.name == "postgresql":
        digest = hashlib.sha256(f"marketmsg-store:{tables.schema_version.fullname}".encode()).digest()
        key = int.from_bytes(digest[:8], "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    # SQLite: the transaction began with BEGIN IMMEDIATE, which already excludes every other writer.


def schema_version(conn: Connection, tables: Tables) -> int | None:
    """The database's schema version: None when the store has no tables yet, 1 for a first-release store."""
    inspector = inspect(conn)
    schema = tables.metadata.schema
    if inspector.has_table(tables.schema_version.name, schema=schema):
        version = conn.execute(select(tables.schema_version.c.version)).scalar_one_or_none()
        if version is not None:
            return int(version)
    if inspector.has_table(tables.outbox.name, schema=schema) or inspector.has_table(
        tables.conversations.name, schema=schema
    ):
        return 1
    return None


def ensure_schema(conn: Connection, tables: Tables, database: str) -> tuple[int | None, int]:
    """Create the tables or migrate them to :data:`LATEST`; returns ``(version before, version after)``."""
    _lock(conn, tables)
    before = schema_version(conn, tables)
    if before is not None and before > LATEST:
        raise SchemaVersionError(
            f"the store in {database} has schema version {before}, newer than this marketmsg understands "
            f"({LATEST}): upgrade marketmsg (pip install -U marketmsg)",
            database=database,
        )
    if before is None:
        tables.metadata.create_all(conn, checkfirst=True)
        conn.execute(insert(tables.feed_head).values(id=1, position=0))
        conn.execute(
            insert(tables.service.event_head).values(
                id=1, feed_position=0, position=0, updated_at=datetime.now(UTC)
            )
        )
    else:
        # Tables added to the schema after this database was created (and not by a migration) appear too.
        for migration in MIGRATIONS[before - 1 :]:
            migration(conn, tables)
        tables.metadata.create_all(conn, checkfirst=True)
    if before != LATEST:
        now = datetime.now(UTC)
        stmt = tables.schema_version
        if before is not None and before >= 2:
            conn.execute(stmt.update().values(version=LATEST, migrated_at=now))
        else:
            conn.execute(insert(stmt).values(id=1, version=LATEST, migrated_at=now))
    return before, LATEST
