"""The change feed: every change at a gap-free position, the same positions on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest

from marketmsg import OutboxEntry, OutboxState
from marketmsg.store import AsyncSqlStore, ChangeKind, Entity, SqlStore, StoreValueError

from .conftest import T0, make_store


def _writes(store: SqlStore, samples: Any) -> None:
    """One fixed sequence of writes (inserts, an update, unchanged rows, an outbox entry and its outcome)."""
    store.upsert_conversations([samples.conversation("c2"), samples.conversation("c1")])
    store.upsert_messages([samples.message("c1/m2"), samples.message("c1/m1")])
    store.upsert_conversations([samples.conversation("c1")])  # unchanged: no change recorded
    store.upsert_conversations([samples.conversation("c1", last_message_at=T0 + timedelta(days=1))])
    store.upsert_disputes([samples.dispute("d1")])
    entry = OutboxEntry(
        key="k1", account=samples.account, target="fakemarket:FM-SELLER-1:conv:c1", operation="send_reply",
        state=OutboxState.PENDING, created_at=T0,
    )  # fmt: skip
    store.begin(entry)
    store.begin(entry)  # already there: nothing changes
    store.finish("k1", OutboxState.SENT)
    store.finish("no-such-key", OutboxState.SENT)  # ignored: nothing changes


def _feed(store: SqlStore) -> list[tuple[int, str, str, str, str | None]]:
    return [(c.position, c.entity.value, c.object_id, c.op.value, c.conversation_id) for c in store.changes()]


EXPECTED = [
    (1, "conversation", "fakemarket:FM-SELLER-1:conv:c1", "insert", None),
    (2, "conversation", "fakemarket:FM-SELLER-1:conv:c2", "insert", None),
    (3, "message", "fakemarket:FM-SELLER-1:msg:c1/m1", "insert", "fakemarket:FM-SELLER-1:conv:c1"),
    (4, "message", "fakemarket:FM-SELLER-1:msg:c1/m2", "insert", "fakemarket:FM-SELLER-1:conv:c1"),
    (5, "conversation", "fakemarket:FM-SELLER-1:conv:c1", "update", None),
    (6, "dispute", "fakemarket:FM-SELLER-1:dispute:d1", "insert", None),
    (7, "outbox", "k1", "pending", "fakemarket:FM-SELLER-1:conv:c1"),
    (8, "outbox", "k1", "sent", "fakemarket:FM-SELLER-1:conv:c1"),
]


def test_every_change_gets_the_next_position_in_id_order(store: SqlStore, samples: Any) -> None:
    assert store.last_position() == 0
    _writes(store, samples)
    assert _feed(store) == EXPECTED
    assert store.last_position() == 8
    [change] = list(store.changes(after=6, limit=1))
    assert (change.entity, change.op, change.account) == (Entity.OUTBOX, ChangeKind.PENDING, samples.account)
    assert change.at.tzinfo is not None
    assert [c.position for c in store.changes(after=3, limit=2)] == [4, 5]
    assert list(store.changes(after=8)) == []


def test_positions_are_identical_on_sqlite_and_postgresql(tmp_path: Path, samples: Any) -> None:
    # The same writes on both backends give the same feed (EXPECTED is checked on both by the test above,
    # this pins it explicitly side by side).
    feeds = []
    for kind in ("sqlite", "postgresql"):
        store = make_store(kind, tmp_path)
        try:
            _writes(store, samples)
            feeds.append(_feed(store))
        finally:
            if store.dialect == "postgresql":
                store.drop_tables()
            store.close()
    assert feeds[0] == feeds[1] == EXPECTED


def test_a_rolled_back_write_leaves_no_gap(store: SqlStore, samples: Any) -> None:
    store.upsert_conversations([samples.conversation("c1")])
    with pytest.raises(StoreValueError):
        # The second message's id is too long: the whole batch is refused, nothing is written or numbered.
        store.upsert_messages([samples.message("c1/m1"), samples.message("c1/" + "x" * 600)])
    store.upsert_messages([samples.message("c1/m1")])
    assert [c.position for c in store.changes()] == [1, 2]


def test_paging_with_small_batches_sees_everything_once(store: SqlStore, samples: Any) -> None:
    store.upsert_messages([samples.message(f"c1/m{i:02d}") for i in range(25)])
    seen = [c.position for c in store.changes(after=0, batch=4)]
    assert seen == list(range(1, 26))


def test_bad_arguments_are_typed_errors(store: SqlStore) -> None:
    with pytest.raises(StoreValueError, match="after"):
        store.changes(after=-1)
    with pytest.raises(StoreValueError, match="limit"):
        store.changes(limit=-5)


def test_concurrent_writers_never_let_a_reader_skip_a_position(store: SqlStore, samples: Any) -> None:
    """Writers in threads (PostgreSQL: concurrent transactions) while a reader follows the feed: the reader's
    positions are exactly 1..N in order, although it reads while later positions are still committing."""
    writers, per_writer = 4, 15
    done = threading.Event()
    seen: list[int] = []

    def write(w: int) -> None:
        for i in range(per_writer):
            store.upsert_messages([samples.message(f"c{w}/m{i}")])

    def follow() -> None:
        last = 0
        while True:
            finished = done.is_set()
            for change in store.changes(after=last):
                seen.append(change.position)
                last = change.position
            if finished:
                return

    reader = threading.Thread(target=follow)
    reader.start()
    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    reader.join()
    assert seen == list(range(1, writers * per_writer + 1))


def test_async_store_streams_the_feed(store: SqlStore, samples: Any) -> None:
    _writes(store, samples)

    async def main() -> list[int]:
        wrapped = AsyncSqlStore(store)
        got = [c.position async for c in wrapped.changes(after=2)]
        assert await wrapped.last_position() == 8
        first = [c.id async for c in wrapped.conversations(limit=1)]
        assert first == ["fakemarket:FM-SELLER-1:conv:c1"]
        await wrapped.aclose()  # does not close a store it was given
        return got

    assert anyio.run(main) == [3, 4, 5, 6, 7, 8]
    assert store.last_position() == 8
