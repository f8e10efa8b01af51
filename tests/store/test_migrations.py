"""A store created by the previous release (schema v1) is migrated in place: data kept, feed backfilled."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Text, create_engine, insert, inspect, text

from marketmsg.store import SchemaVersionError, SqlStore
from marketmsg.store._codec import encode
from marketmsg.store._migrations import LATEST

from . import _v1_schema
from .conftest import POSTGRES_URL, postgres_available


def _v1_store(kind: str, tmp_path: Path, samples: Any) -> tuple[str, str]:
    """Create the v1 tables and rows exactly as the previous release wrote them; returns (url, prefix)."""
    if kind == "sqlite":
        url, prefix = f"sqlite:///{tmp_path / 'v1.db'}", "marketmsg_"
    else:
        if reason := postgres_available():
            pytest.skip(f"needs PostgreSQL: {reason}")
        url = POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://")
        prefix = f"v{uuid.uuid4().hex[:8]}_"
    tables = _v1_schema.build_tables(prefix)
    engine = create_engine(url)
    now = datetime(2026, 11, 3, tzinfo=UTC)
    with engine.begin() as conn:
        tables.metadata.create_all(conn)
        for conv in (samples.conversation("c2"), samples.conversation("c1")):
            doc, tag = encode(conv)
            conn.execute(
                insert(tables.conversations).values(
                    id=conv.id, account=conv.account, platform=conv.platform, order_id=conv.order_id,
                    status=conv.status.value, last_message_at=conv.last_message_at,
                    response_due=conv.response_due, etag=tag, synced_at=now, data=doc,
                )
            )  # fmt: skip
        message = samples.message("c1/m1")
        doc, tag = encode(message)
        conn.execute(
            insert(tables.messages).values(
                id=message.id, conversation_id=message.conversation_id, account=samples.account,
                platform="fakemarket", direction="inbound", sent_at=message.sent_at, etag=tag, data=doc,
            )
        )  # fmt: skip
        conn.execute(
            insert(tables.outbox).values(
                key="k1", account=samples.account, target=message.conversation_id, operation="send_reply",
                state="sent", created_at=now, updated_at=now, body="hello",
            )
        )  # fmt: skip
    engine.dispose()
    return url, prefix


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_v1_store_is_migrated_and_keeps_its_data(kind: str, tmp_path: Path, samples: Any) -> None:
    url, prefix = _v1_store(kind, tmp_path, samples)
    store = SqlStore(url, table_prefix=prefix)
    try:
        assert store.schema_version() == LATEST == 5
        assert store.get_conversation("fakemarket:FM-SELLER-1:conv:c1") == samples.conversation("c1")
        assert list(store.messages("fakemarket:FM-SELLER-1:conv:c1")) == [samples.message("c1/m1")]
        entry = store.get("k1")
        assert entry is not None and entry.state.value == "sent"
        # Everything already stored is in the feed, in a backend-independent order; new writes follow it.
        feed = [(c.position, c.entity.value, c.object_id, c.op.value) for c in store.changes()]
        assert feed == [
            (1, "conversation", "fakemarket:FM-SELLER-1:conv:c1", "insert"),
            (2, "conversation", "fakemarket:FM-SELLER-1:conv:c2", "insert"),
            (3, "message", "fakemarket:FM-SELLER-1:msg:c1/m1", "insert"),
            (4, "outbox", "k1", "sent"),
        ]
        # v3: the event log starts at the feed's head (history does not flood subscribers); new writes are events.
        from marketmsg.events import EventLog

        events = EventLog(store)
        assert events.lag() == 0
        store.upsert_messages([samples.message("c1/m2")])
        assert store.last_position() == 5
        assert [e.subject_id for e in events.pump(scan=False)] == ["fakemarket:FM-SELLER-1:msg:c1/m2"]
        # The v2 columns work: a purge of everything marks the old rows.
        assert store.purge(datetime(2030, 1, 1, tzinfo=UTC)).conversations == 2
        # Opening again (another worker, a restart) migrates nothing twice.
        again = SqlStore(url, table_prefix=prefix)
        assert again.schema_version() == LATEST and again.last_position() == store.last_position()
        again.close()
    finally:
        if kind == "postgresql":
            store.drop_tables()
        store.close()


def test_a_store_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    SqlStore(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE marketmsg_schema_version SET version = 99"))
    engine.dispose()
    with pytest.raises(SchemaVersionError, match="upgrade marketmsg"):
        SqlStore(path)


def test_migrate_brings_a_store_opened_without_create_up_to_date(tmp_path: Path, samples: Any) -> None:
    """``create=False`` opens a v1 store as it is; ``store.migrate()`` then does what opening with create does."""
    url, prefix = _v1_store("sqlite", tmp_path, samples)
    store = SqlStore(url, table_prefix=prefix, create=False)
    try:
        assert store.schema_version() == 1
        store.migrate()
        assert store.schema_version() == LATEST
        assert store.get_conversation("fakemarket:FM-SELLER-1:conv:c1") == samples.conversation("c1")
        store.migrate()  # idempotent
        assert store.schema_version() == LATEST
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_v4_store_is_migrated_to_text_documents_and_keeps_its_data(
    kind: str, tmp_path: Path, samples: Any
) -> None:
    """v4 → v5: documents of conversations, messages and disputes become TEXT on PostgreSQL (were JSONB).

    The v4 schema is v5's with those three columns JSONB on PostgreSQL (same on SQLite), so the v4 store is
    built as v5 and its columns turned back into JSONB after the rows were written: the rows are then stored
    exactly as a v4 store holds them (JSONB values, JSONB's own key order and spacing when printed).
    """
    from .conftest import make_store

    old = make_store(kind, tmp_path)
    prefix = old.tables.outbox.name[: -len("outbox")]
    target: Any = tmp_path / "store.db" if kind == "sqlite" else POSTGRES_URL
    conversations = [samples.conversation("c1"), samples.conversation("c2")]
    messages = [samples.message("c1/m1"), samples.message("c1/m2", body="second")]
    dispute = samples.dispute("d1")
    old.upsert_messages(messages)
    old.upsert_conversations(conversations)
    old.upsert_disputes([dispute])
    feed = list(old.changes())
    with old.engine.begin() as conn:
        if kind == "postgresql":
            for table in old.tables.records:
                conn.execute(text(f"ALTER TABLE {table.name} ALTER COLUMN data TYPE JSONB USING data::jsonb"))
        conn.execute(text(f"UPDATE {prefix}schema_version SET version = 4"))
    assert old.schema_version() == 4
    old.close()

    store = SqlStore(target, table_prefix=prefix)
    try:
        assert store.schema_version() == LATEST == 5
        for table in store.tables.records:
            [column] = [c for c in inspect(store.engine).get_columns(table.name) if c["name"] == "data"]
            assert isinstance(column["type"], Text)  # PostgreSQL reported JSONB before
        assert store.get_conversation(conversations[0].id) == conversations[0]
        assert {c.id: c for c in store.conversations()} == {c.id: c for c in conversations}
        assert list(store.messages(conversations[0].id)) == messages
        assert list(store.disputes()) == [dispute]
        assert list(store.changes()) == feed  # the feed is untouched
        # A re-sync of the same items finds them unchanged (their etags survived); new items follow the feed.
        assert store.upsert_messages(messages).unchanged == 2
        assert store.upsert_conversations(conversations).unchanged == 2
        third = samples.message("c1/m3", body="third")
        assert store.upsert_messages([third]).new == (third.id,)
        assert store.last_position() == feed[-1].position + 1
        assert list(store.messages(conversations[0].id)) == [*messages, third]
        # The purge still finds and rewrites the migrated rows.
        assert store.purge(datetime(2030, 1, 1, tzinfo=UTC)).conversations == 2
    finally:
        if kind == "postgresql":
            store.drop_tables()
        store.close()
