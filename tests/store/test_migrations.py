"""A store created by the previous release (schema v1) is migrated in place: data kept, feed backfilled."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, insert, text

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
        assert store.schema_version() == LATEST == 4
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
