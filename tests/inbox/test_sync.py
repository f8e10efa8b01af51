"""Incremental inbox sync against the fakemarket simulator: complete, idempotent, resumable, sync = async."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from marketmsg import VirtualClock
from marketmsg.inbox import AsyncInboxSync, InboxSync, SyncEvent
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore
from marketmsg_fakemarket import FakemarketSimulator, Fault

from .conftest import ACCOUNT


def _message_listings(sim: FakemarketSimulator) -> int:
    return sum(1 for r in sim.requests if r.method == "GET" and r.url.path.endswith("/messages"))


def _buyer_writes(sim: FakemarketSimulator, clock: VirtualClock, conv: str, text: str) -> None:
    clock.advance(3600)
    with sim.lock:
        c = sim.convs[conv]
        c.messages.append(
            {
                "id": f"{conv}-b{len(c.messages) + 1}",
                "from": "buyer",
                "text": text,
                "at": clock.now().isoformat(),
            }
        )
        c.unread += 1


def test_first_sync_stores_every_conversation_and_message(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store).run()
    assert report.ok
    [account] = report.accounts
    assert (account.conversations_seen, account.conversations_new, account.messages_new) == (5, 5, 5)
    assert store.counts()["conversations"] == 5
    assert store.counts()["messages"] == 5
    assert store.get_cursor(ACCOUNT, "conversations") is not None


def test_second_sync_fetches_nothing_new_and_stores_no_duplicates(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    with sandbox.client(outbox=store) as client:
        InboxSync(client, store).run()
        listings = _message_listings(sim)
        before = store.counts()
        again = InboxSync(client, store).run()
    assert again.changed == 0
    assert _message_listings(sim) == listings  # no conversation changed, so no message listing was needed
    assert store.counts() == before


def test_a_new_buyer_message_is_picked_up_incrementally(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    with sandbox.client(outbox=store) as client:
        InboxSync(client, store).run()
        listings = _message_listings(sim)
        _buyer_writes(sim, clock, "c2", "Any news?")
        report = InboxSync(client, store).run()
    [account] = report.accounts
    assert (account.conversations_new, account.conversations_updated, account.messages_new) == (0, 1, 1)
    assert _message_listings(sim) == listings + 1  # only the changed conversation's messages were listed
    bodies = [m.body for m in store.messages("fakemarket:FM-SELLER-1:conv:c2")]
    assert bodies == ["Hello, where is order FM-1001?", "Any news?"]
    cursor = store.get_cursor(ACCOUNT, "conversations")
    assert cursor is not None and cursor.watermark == clock.now()


def test_the_watermark_is_passed_as_since_minus_the_overlap(sandbox: Sandbox, store: SqlStore) -> None:
    seen: list[Any] = []
    with sandbox.client(outbox=store) as client:
        InboxSync(client, store).run()
        # The engine runs the adapter's own listing on the client's driver: spy on the adapter.
        adapter = client._state.adapters[ACCOUNT]
        original = adapter.list_conversations

        def spy(query: Any) -> Any:
            if query.cursor is None:
                seen.append(query.since)
            return original(query)

        adapter.list_conversations = spy  # type: ignore[method-assign]
        InboxSync(client, store, overlap=timedelta(minutes=10)).run()
    cursor = store.get_cursor(ACCOUNT, "conversations")
    assert cursor is not None and cursor.watermark is not None
    assert seen == [cursor.watermark - timedelta(minutes=10)]


def test_a_failed_message_listing_is_retried_by_the_next_run(
    sandbox: Sandbox,
    sim: FakemarketSimulator,
    store: SqlStore,
    clock: VirtualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with sandbox.client(outbox=store, max_retries=0) as client:
        sim.inject(Fault(status=500, path_contains="/messages"))
        first = InboxSync(client, store).run()
        assert not first.ok
        assert "InternalServerError" in first.accounts[0].errors[0]
        assert "conv:c5" in first.accounts[0].errors[0]  # the report names the conversation ...
        assert (
            "conv:c5" not in caplog.text and "messages" in caplog.text
        )  # ... the log does not (ids carry PII)
        assert store.counts()["conversations"] == 4  # the one whose messages failed is not stored yet
        assert store.get_cursor(ACCOUNT, "conversations") is None  # nor is the watermark advanced
        clock.advance(60)  # let the simulator's own rate limit refill (retries are off in this client)
        second = InboxSync(client, store).run()
    assert second.ok
    assert second.accounts[0].conversations_new == 1
    assert (store.counts()["conversations"], store.counts()["messages"]) == (5, 5)


def test_progress_events_reach_done(sandbox: Sandbox, store: SqlStore) -> None:
    events: list[SyncEvent] = []
    with sandbox.client(outbox=store) as client:
        InboxSync(client, store, progress=events.append).run()
    assert events[-1].done == events[-1].total
    assert all(e.account == ACCOUNT for e in events)


def test_unknown_account_is_a_configuration_error(sandbox: Sandbox, store: SqlStore) -> None:
    from marketmsg import ConfigurationError

    with sandbox.client(outbox=store) as client, pytest.raises(ConfigurationError, match="NOPE"):
        InboxSync(client, store).run(accounts=["fakemarket:NOPE"])


@pytest.mark.anyio
async def test_async_sync_gives_the_same_store_as_sync(sandbox: Sandbox, tmp_path: Any) -> None:
    sync_store, async_store = SqlStore(tmp_path / "s.db"), SqlStore(tmp_path / "a.db")
    try:
        with sandbox.client(outbox=sync_store) as client:
            expected = InboxSync(client, sync_store).run()
        async with sandbox.async_client(outbox=async_store) as aclient:
            got = await AsyncInboxSync(aclient, async_store).run()
            again = await AsyncInboxSync(aclient, async_store).run()
        assert got.accounts == expected.accounts
        assert again.changed == 0
        assert list(async_store.inbox()) == list(sync_store.inbox())
        for conv in sync_store.conversations():
            assert list(async_store.messages(conv.id)) == list(sync_store.messages(conv.id))
    finally:
        sync_store.close()
        async_store.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_two_workers_syncing_one_account_at_once_store_everything_once(
    sandbox: Sandbox, store: SqlStore
) -> None:
    import threading

    reports: list[Any] = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        with sandbox.client(outbox=store) as client:
            barrier.wait()
            reports.append(InboxSync(client, store).run())

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(reports) == 2
    assert all(r.ok for r in reports), [r.accounts[0].errors for r in reports]
    assert (store.counts()["conversations"], store.counts()["messages"]) == (5, 5)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_sync_runs_on_the_clients_driver(sandbox: Sandbox, store: SqlStore, mode: str) -> None:
    """Store calls and listings are effects of the client's own driver: hooks see them, limits apply."""
    import anyio

    from marketmsg import CallRecord, EventHooks

    records: list[CallRecord] = []
    hooks = EventHooks(on_call=[records.append])
    if mode == "sync":
        with sandbox.client(outbox=store, event_hooks=hooks) as client:
            InboxSync(client, store).run()
    else:

        async def main() -> None:
            async with sandbox.async_client(outbox=store, event_hooks=hooks) as client:
                await AsyncInboxSync(client, store).run()

        anyio.run(main)
    operations = [r.operation for r in records]
    assert "store_get_cursor" in operations and "store_set_cursor" in operations
    assert "listConversations" in operations and "listMessages" in operations
    assert all(r.account == ACCOUNT for r in records)


def test_first_sync_starts_at_since_then_follows_the_cursor(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    from datetime import UTC, datetime

    # Seeded conversations' last messages are at 2026-11-01 08:00 + i hours (i = 0..4).
    since = datetime(2026, 11, 1, 10, 30, tzinfo=UTC)
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store, clock=clock, since=since).run()
        assert [c.id.rsplit(":", 1)[1] for c in store.conversations()] == ["c5", "c4"]
        assert report.total("messages_new") == 2
        # An old conversation comes back to life: only what is newer than `since` is read from it.
        _buyer_writes(sim, clock, "c1", "still there?")
        InboxSync(client, store, clock=clock, since=since).run()
    texts = [m.body for m in store.messages("fakemarket:FM-SELLER-1:conv:c1")]
    assert texts == ["still there?"]
