"""Conversations, messages, disputes and cursors: every unified model round-trips; upserts are idempotent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from marketmsg import ConversationStatus, Direction
from marketmsg.store import SqlStore, StoreValueError, SyncCursor

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_conversation_round_trips_with_every_field(store: SqlStore, samples: Any) -> None:
    conversation = samples.conversation()
    store.upsert_conversations([conversation])
    loaded = store.get_conversation(conversation.id)
    assert loaded == conversation
    assert loaded is not None and loaded.raw == {"nested": [1, "two", {"three": None}]}


def test_message_round_trips_including_binary_attachments(store: SqlStore, samples: Any) -> None:
    message = samples.message()
    store.upsert_messages([message])
    [loaded] = store.messages(message.conversation_id)
    assert loaded == message
    assert loaded.attachments[0].content == bytes(range(256))
    assert loaded.sent_at.tzinfo is not None


def test_dispute_round_trips_with_money_solutions_timeline_and_evidence(
    store: SqlStore, samples: Any
) -> None:
    dispute = samples.dispute()
    store.upsert_disputes([dispute])
    [loaded] = store.disputes(account=samples.account)
    assert loaded == dispute
    assert str(loaded.amount) == "12.34 EUR"
    assert loaded.evidence[0].content == b"\x89PNG\r\n\x1a\n\x00\xff"


def test_upsert_reports_new_then_unchanged_then_updated(store: SqlStore, samples: Any) -> None:
    first = store.upsert_conversations([samples.conversation("c1"), samples.conversation("c2")])
    assert sorted(first.new) == ["fakemarket:FM-SELLER-1:conv:c1", "fakemarket:FM-SELLER-1:conv:c2"]
    again = store.upsert_conversations([samples.conversation("c1"), samples.conversation("c2")])
    assert again.changed == () and again.unchanged == 2
    later = T0 + timedelta(hours=5)
    moved = store.upsert_conversations([samples.conversation("c1", last_message_at=later)])
    assert moved.updated == ("fakemarket:FM-SELLER-1:conv:c1",)
    assert moved.previous["fakemarket:FM-SELLER-1:conv:c1"] == T0 + timedelta(hours=1)
    assert store.get_conversation("fakemarket:FM-SELLER-1:conv:c1").last_message_at == later  # type: ignore[union-attr]
    assert store.counts()["conversations"] == 2


def test_a_change_in_raw_only_is_not_an_update(store: SqlStore, samples: Any) -> None:
    store.upsert_conversations([samples.conversation()])
    result = store.upsert_conversations([samples.conversation(raw={"request_id": "different"})])
    assert result.changed == ()


def test_dry_run_reports_without_writing(store: SqlStore, samples: Any) -> None:
    result = store.upsert_conversations([samples.conversation()], dry_run=True)
    assert len(result.new) == 1
    assert store.counts()["conversations"] == 0


def test_the_same_message_twice_is_stored_once(store: SqlStore, samples: Any) -> None:
    store.upsert_messages([samples.message(), samples.message()])
    store.upsert_messages([samples.message()])
    assert store.counts()["messages"] == 1


def test_a_row_another_writer_stored_after_the_lookup_is_updated_not_refused(
    store: SqlStore, samples: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the batch's look at the stored ids and its write, another worker may store one of them: the
    batch still succeeds (PostgreSQL: the COPY of new rows fails on the key, the savepoint takes it back and
    the rows are upserted), and the last write wins."""
    first = samples.message("c1/m1", body="from the other worker")
    store.upsert_messages([first])
    # The lookup ran before the other worker committed: it saw neither id.
    monkeypatch.setattr(store._driver, "select_in", lambda *args, **kwargs: [])
    ours = [samples.message("c1/m1", body="ours"), samples.message("c1/m2")]
    result = store.upsert_messages(ours)
    monkeypatch.undo()
    assert sorted(result.new) == sorted(m.id for m in ours)
    assert list(store.messages("fakemarket:FM-SELLER-1:conv:c1")) == ours
    assert [c.object_id for c in store.changes()] == [first.id, *(m.id for m in ours)]
    assert store.upsert_messages(ours).unchanged == 2


def test_a_refused_value_after_a_concurrent_insert_leaves_the_batch_unwritten(
    store: SqlStore, samples: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch's own error wins over the COPY's unique violation: the error is raised, nothing is written."""
    first = samples.message("c1/m1", body="from the other worker")
    store.upsert_messages([first])
    before = store.last_position()
    monkeypatch.setattr(store._driver, "select_in", lambda *args, **kwargs: [])
    batch = [
        samples.message("c1/m1", body="ours"),
        samples.message("c1/m2"),
        samples.message("c1/" + "x" * 600),
    ]
    with pytest.raises(StoreValueError):
        store.upsert_messages(batch)
    monkeypatch.undo()
    assert list(store.messages("fakemarket:FM-SELLER-1:conv:c1")) == [first]
    assert store.last_position() == before


def test_messages_are_ordered_oldest_first_with_id_tiebreak(store: SqlStore, samples: Any) -> None:
    store.upsert_messages(
        [
            samples.message("c1/m3", sent_at=T0 + timedelta(hours=2)),
            samples.message("c1/m2", sent_at=T0),
            samples.message("c1/m1", sent_at=T0),
            samples.message("c2/m9", sent_at=T0),
        ]
    )
    ids = [m.id.rsplit(":", 1)[1] for m in store.messages("fakemarket:FM-SELLER-1:conv:c1")]
    assert ids == ["c1/m1", "c1/m2", "c1/m3"]


def test_inbox_puts_awaiting_seller_first_soonest_due_first(store: SqlStore, samples: Any) -> None:
    store.upsert_conversations(
        [
            samples.conversation("late", response_due=T0 + timedelta(hours=30)),
            samples.conversation("soon", response_due=T0 + timedelta(hours=2)),
            samples.conversation("nodue", response_due=None),
            samples.conversation(
                "answered",
                status=ConversationStatus.AWAITING_BUYER,
                response_due=None,
                last_message_at=T0 + timedelta(days=3),
            ),
        ]
    )
    assert [c.id.rsplit(":", 1)[1] for c in store.inbox()] == ["soon", "late", "nodue", "answered"]


def test_filters_by_account_order_and_status(store: SqlStore, samples: Any) -> None:
    other = "fakemarket:OTHER"
    store.upsert_conversations(
        [
            samples.conversation("c1"),
            samples.conversation("c2", order_id="FM-2", status=ConversationStatus.CLOSED),
            samples.conversation("c3").model_copy(
                update={"id": "fakemarket:OTHER:conv:c3", "account": other}
            ),
        ]
    )
    assert len(list(store.conversations(account=samples.account))) == 2
    assert [c.order_id for c in store.conversations(order_id="FM-2")] == ["FM-2"]
    assert len(list(store.conversations(status=ConversationStatus.CLOSED))) == 1
    assert store.accounts() == sorted([other, samples.account])


def test_cursor_round_trip_and_watermark_never_moves_back(store: SqlStore) -> None:
    assert store.get_cursor("fakemarket:A", "conversations") is None
    store.set_cursor(SyncCursor("fakemarket:A", "conversations", T0 + timedelta(hours=3), T0, token="p2"))
    store.set_cursor(SyncCursor("fakemarket:A", "conversations", T0, T0 + timedelta(hours=1)))
    cursor = store.get_cursor("fakemarket:A", "conversations")
    assert cursor is not None
    assert cursor.watermark == T0 + timedelta(hours=3)  # a slower worker cannot rewind it
    assert cursor.synced_at == T0 + timedelta(hours=1)
    assert store.get_cursor("fakemarket:A", "disputes") is None
    store.reset_cursors("fakemarket:A")
    assert store.get_cursor("fakemarket:A", "conversations") is None


def test_datetimes_come_back_in_utc_whatever_zone_went_in(store: SqlStore, samples: Any) -> None:
    from zoneinfo import ZoneInfo

    pacific = datetime(2026, 11, 2, 1, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    store.upsert_messages([samples.message(sent_at=pacific, direction=Direction.OUTBOUND)])
    [loaded] = store.messages("fakemarket:FM-SELLER-1:conv:c1")
    assert loaded.sent_at == pacific and loaded.sent_at.utcoffset() == timedelta(0)


def test_tables_use_the_prefix_and_drop_cleanly(tmp_path: Any) -> None:
    with SqlStore(tmp_path / "p.db", table_prefix="acme_mm_") as store:
        assert store.table_names() == [
            "acme_mm_account_leases",
            "acme_mm_changes",
            "acme_mm_conversations",
            "acme_mm_cursors",
            "acme_mm_deliveries",
            "acme_mm_disputes",
            "acme_mm_event_head",
            "acme_mm_events",
            "acme_mm_feed_head",
            "acme_mm_id_map",
            "acme_mm_lease_log",
            "acme_mm_messages",
            "acme_mm_order_facts",
            "acme_mm_outbox",
            "acme_mm_outbox_parts",
            "acme_mm_schema_version",
            "acme_mm_webhook_endpoints",
        ]
        store.drop_tables()
        assert store.table_names() == []


@pytest.mark.parametrize(
    ("target", "needle"),
    [
        ("mysql://u:pw@h/db", "SQLite"),
        ("/no/such/dir/inbox.db", "does not exist"),
        ("", "file path or a database URL"),
    ],
)
def test_bad_targets_are_configuration_errors(target: str, needle: str) -> None:
    from marketmsg import ConfigurationError

    with pytest.raises(ConfigurationError, match=needle) as info:
        SqlStore(target)
    assert "pw" not in str(info.value)


def test_bad_table_prefix_is_refused(tmp_path: Any) -> None:
    from marketmsg import ConfigurationError

    with pytest.raises(ConfigurationError, match="table_prefix"):
        SqlStore(tmp_path / "x.db", table_prefix="drop table;")


def test_repr_hides_the_password() -> None:
    store = SqlStore("postgresql://app:s3cret@127.0.0.1:1/db", create=False)  # no connection is made
    assert "s3cret" not in repr(store)
    assert "postgresql+psycopg://app:***@127.0.0.1:1/db" in repr(store)
    store.close()


def test_a_nul_character_in_platform_text_does_not_break_the_batch(store: SqlStore, samples: Any) -> None:
    store.upsert_messages([samples.message(body="before\x00after")])
    [loaded] = store.messages("fakemarket:FM-SELLER-1:conv:c1")
    # Kept on both backends: documents are JSON text (PostgreSQL's JSONB, before schema v5, could not hold it).
    assert loaded.body == "before\x00after"


def test_postgresql_schema_option_keeps_the_tables_inside_it(samples: Any) -> None:
    import uuid

    from sqlalchemy import text

    from .conftest import POSTGRES_URL, postgres_available

    reason = postgres_available()
    if reason:
        pytest.skip(f"needs PostgreSQL: {reason}")
    schema = f"mm_{uuid.uuid4().hex[:8]}"
    admin = SqlStore(POSTGRES_URL, create=False)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        with SqlStore(POSTGRES_URL, schema=schema) as store:
            store.upsert_conversations([samples.conversation()])
            assert store.get_conversation(samples.conversation().id) == samples.conversation()
            assert "marketmsg_conversations" in store.table_names()
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.close()
