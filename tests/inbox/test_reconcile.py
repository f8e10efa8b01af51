"""Replies go through the SQL outbox; a send lost in a timeout is reconciled, never sent twice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from marketmsg import DeliveryUnknown, OutboxEntry, OutboxState, VirtualClock
from marketmsg.inbox import InboxSync, ReconcileOutcome
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore
from marketmsg_fakemarket import FakemarketSimulator, Fault

from .conftest import ACCOUNT

CONV = "fakemarket:FM-SELLER-1:conv:c1"
TEXT = "Thank you, your parcel left our warehouse today."


def _lose_answer(sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, key: str) -> None:
    """Send a reply whose answer is lost after the simulator stored it: the outbox entry ends UNKNOWN."""
    sim.inject(Fault(error="read_timeout_after_commit", path_contains="/messages"))
    with sandbox.client(outbox=store) as client, pytest.raises(DeliveryUnknown):
        client.messages.reply(CONV, TEXT, idempotency_key=key)
    entry = store.get(key)
    assert entry is not None and entry.state is OutboxState.UNKNOWN


def test_reply_is_recorded_and_a_retry_with_the_same_key_does_not_send_again(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    with sandbox.client(outbox=store) as client:
        first = client.messages.reply(CONV, TEXT, idempotency_key="order-FM-1000-ship")
        second = client.messages.reply(CONV, TEXT, idempotency_key="order-FM-1000-ship")
    assert second == first
    assert len(sim.sent_messages("c1")) == 1
    stored = store.get("order-FM-1000-ship")
    assert stored is not None and stored.state is OutboxState.SENT and stored.message == first


def test_unknown_send_is_refused_until_reconciled_then_marked_sent(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    _lose_answer(sandbox, sim, store, "k-lost")
    with sandbox.client(outbox=store) as client:
        with pytest.raises(DeliveryUnknown, match="reconcile"):
            client.messages.reply(CONV, TEXT, idempotency_key="k-lost")  # the outbox refuses a blind resend
        report = InboxSync(client, store).reconcile(bodies={"k-lost": TEXT})
        [result] = report.results
        assert result.outcome is ReconcileOutcome.SENT
        assert report.unresolved == []
        again = client.messages.reply(CONV, TEXT, idempotency_key="k-lost")
    assert len(sim.sent_messages("c1")) == 1  # delivered exactly once
    assert again.id == result.message_id
    entry = store.get("k-lost")
    assert entry is not None and entry.state is OutboxState.SENT


def test_a_message_not_on_the_platform_is_left_for_the_user(
    sandbox: Sandbox, store: SqlStore, clock: VirtualClock
) -> None:
    store.begin(
        OutboxEntry(
            key="k-never",
            account=ACCOUNT,
            target=CONV,
            operation="send_reply",
            state=OutboxState.PENDING,
            created_at=clock.now(),
        )
    )
    store.finish("k-never", OutboxState.UNKNOWN, error="timed out")
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store, clock=clock).reconcile(
            bodies={"k-never": "Text that never arrived"}
        )
        [result] = report.results
        assert result.outcome is ReconcileOutcome.NOT_FOUND
        assert "k-never" in str(report)
        assert store.get("k-never").state is OutboxState.UNKNOWN  # type: ignore[union-attr]
        clock.advance(timedelta(hours=1).total_seconds())
        later = InboxSync(client, store, clock=clock).reconcile(
            bodies={"k-never": "Text that never arrived"}, mark_missing_failed=True
        )
    assert later.results[0].outcome is ReconcileOutcome.MARKED_FAILED
    assert store.get("k-never").state is OutboxState.FAILED  # type: ignore[union-attr]


def test_the_outbox_remembers_the_text_it_sent(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    _lose_answer(sandbox, sim, store, "k-remembered")
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store).reconcile()
    assert [r.outcome for r in report.results] == [ReconcileOutcome.SENT]


def test_without_the_text_nothing_is_guessed(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    # An entry written before the outbox recorded bodies (or by a tool that does not) carries no text.
    store.begin(
        OutboxEntry(
            key="k-nobody",
            account=ACCOUNT,
            target=CONV,
            operation="send_reply",
            state=OutboxState.PENDING,
            created_at=sim.clock.now(),
        )
    )
    store.finish("k-nobody", OutboxState.UNKNOWN)
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store).reconcile()
    assert [r.outcome for r in report.results] == [ReconcileOutcome.NEEDS_BODY]
    assert store.get("k-nobody").state is OutboxState.UNKNOWN  # type: ignore[union-attr]


def test_one_platform_message_settles_only_one_unknown_entry(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    _lose_answer(sandbox, sim, store, "k-a")
    # A second UNKNOWN entry with the same text, whose send never reached the platform.
    store.begin(
        OutboxEntry(
            key="k-b",
            account=ACCOUNT,
            target=CONV,
            operation="send_reply",
            state=OutboxState.PENDING,
            created_at=sim.clock.now(),
        )
    )
    store.finish("k-b", OutboxState.UNKNOWN)
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store).reconcile(bodies={"k-a": TEXT, "k-b": TEXT})
    outcomes = sorted(r.outcome.value for r in report.results)
    assert outcomes == ["not_found", "sent"]


def test_an_order_target_without_a_stored_conversation_is_reported(
    sandbox: Sandbox, store: SqlStore, clock: VirtualClock
) -> None:
    store.begin(
        OutboxEntry(
            key="k-order",
            account=ACCOUNT,
            target="FM-9999",
            operation="send_proactive:warranty",
            state=OutboxState.PENDING,
            created_at=clock.now(),
        )
    )
    store.finish("k-order", OutboxState.UNKNOWN)
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store).reconcile(bodies={"k-order": "x"})
    assert report.results[0].outcome is ReconcileOutcome.NO_CONVERSATION


@pytest.mark.anyio
async def test_async_reconcile_settles_the_same_way(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore
) -> None:
    from marketmsg.inbox import AsyncInboxSync

    _lose_answer(sandbox, sim, store, "k-async")
    async with sandbox.async_client(outbox=store) as client:
        report = await AsyncInboxSync(client, store).reconcile(bodies={"k-async": TEXT})
        again = await client.messages.reply(CONV, TEXT, idempotency_key="k-async")
    assert [r.outcome for r in report.results] == [ReconcileOutcome.SENT]
    assert again.id == report.results[0].message_id
    assert len(sim.sent_messages("c1")) == 1


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_a_pending_entry_left_by_a_crashed_worker_is_reconciled_once_stale(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    with sandbox.client(outbox=store) as client:
        client.messages.reply(CONV, TEXT, idempotency_key="k-crash")
    # The worker crashed after the platform accepted the reply but before recording the outcome.
    store.finish("k-crash", OutboxState.PENDING)
    store.begin(
        OutboxEntry(
            key="k-in-flight",
            account=ACCOUNT,
            target=CONV,
            operation="send_reply",
            state=OutboxState.PENDING,
            created_at=clock.now() + timedelta(hours=1),
        )
    )
    clock.advance(timedelta(hours=1, minutes=1).total_seconds())
    with sandbox.client(outbox=store) as client:
        report = InboxSync(client, store, clock=clock).reconcile(bodies={"k-crash": TEXT})
    assert [(r.key, r.outcome) for r in report.results] == [("k-crash", ReconcileOutcome.SENT)]
    assert store.get("k-in-flight").state is OutboxState.PENDING  # type: ignore[union-attr]  # young: untouched
