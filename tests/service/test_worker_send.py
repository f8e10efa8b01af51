"""The worker sends the outbox: replies queued with ``client.messages.queue_reply`` are sent by the worker that
holds the account's lease, exactly once, through the normal send path (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from marketmsg import IdempotencyConflict, PolicyViolation, VirtualClock
from marketmsg.rules import Finding, RuleContext
from marketmsg.sandbox import Sandbox
from marketmsg.store import ChangeKind, SqlStore
from marketmsg.worker import Worker
from marketmsg_fakemarket import FakemarketAdapter, FakemarketSimulator

from .conftest import ACCOUNT

TTL = timedelta(seconds=10)


class _NoAtSign:
    """A rule pack that blocks any text with an ``@`` (as a contact-detail rule would)."""

    platform = "fakemarket"

    def check_content(self, text: str, context: RuleContext) -> list[Finding]:
        at = text.find("@")
        if at < 0:
            return []
        return [Finding(rule="contact.email", severity="block", message="e-mail", start=at, end=at + 1)]

    def check_send(self, context: RuleContext) -> list[Finding]:
        return []


def _worker(client: object, store: SqlStore, clock: VirtualClock, owner: str) -> Worker:
    return Worker(client, store, lease_ttl=TTL, owner=owner, webhooks=False, clock=clock)  # type: ignore[arg-type]


def test_queued_replies_are_sent_once_by_the_lease_holder(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    with sandbox.client(outbox=store) as client:
        conv = next(c for c in client.conversations.list() if c.id.endswith(":c1"))
        native = conv.id.rsplit(":", 1)[1]
        keys = [f"q{i}" for i in range(3)]
        for i, key in enumerate(keys):
            entry = client.messages.queue_reply(conv.id, f"Queued reply {i}", idempotency_key=key)
            assert entry.state.value == "queued"
            clock.advance(1)  # distinct created_at: oldest first
        # Queuing the same request again changes nothing; another text under the key is a conflict.
        assert client.messages.queue_reply(conv.id, "Queued reply 0", idempotency_key="q0").key == "q0"
        with pytest.raises(IdempotencyConflict):
            client.messages.queue_reply(conv.id, "Another text", idempotency_key="q0")
        assert sim.sent_messages(native) == [], "queuing sends nothing"

        a, b = _worker(client, store, clock, "a"), _worker(client, store, clock, "b")
        a.leases.register(a.accounts)
        (held,) = a.leases.claim([ACCOUNT], limit=1)
        assert b.leases.claim([ACCOUNT], limit=1) == []
        # a's lease expires and b takes the account over (generation + 1): a may no longer send.
        clock.advance(TTL.total_seconds() + 1)
        (taken,) = b.leases.claim([ACCOUNT], limit=1)
        assert taken.generation == held.generation + 1
        assert a.send_queued(held) == 0
        assert b.sync(taken) is True
        derived = b.events.pump()

    assert [m["text"] for m in sim.sent_messages(native)] == [f"Queued reply {i}" for i in range(3)]
    assert [store.get(k).state.value for k in keys] == ["sent"] * 3  # type: ignore[union-attr]
    assert b.stats.sent == 3 and a.stats.sent == 0
    assert sorted(e.type.value for e in derived if e.type.value == "message.sent") == ["message.sent"] * 3
    ops = [c.op for c in store.changes(after=0, limit=1000) if c.object_id in keys]
    assert ops.count(ChangeKind.QUEUED) == 3 and ops.count(ChangeKind.SENT) == 3


def test_two_workers_racing_on_one_entry_send_it_once(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    with sandbox.client(outbox=store) as client:
        conv = next(c for c in client.conversations.list() if c.id.endswith(":c2"))
        entry = client.messages.queue_reply(conv.id, "Only once", idempotency_key="race")
        workers = [_worker(client, store, clock, f"w{i}") for i in range(2)]
        barrier = threading.Barrier(2)

        def send(worker: Worker) -> None:
            barrier.wait()
            worker._send_one(entry)

        threads = [threading.Thread(target=send, args=(w,)) for w in workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert [m["text"] for m in sim.sent_messages("c2")] == ["Only once"]
    assert store.get("race").state.value == "sent"  # type: ignore[union-attr]
    # The loser either replays the stored message (the winner had finished) or finds the send in flight.
    assert sum(w.stats.sent for w in workers) >= 1


def test_blocked_text_is_refused_at_enqueue_and_at_send(
    sandbox: Sandbox,
    sim: FakemarketSimulator,
    store: SqlStore,
    clock: VirtualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with sandbox.client(outbox=store) as client:
        conv = next(c for c in client.conversations.list() if c.id.endswith(":c3"))
        # Queued before the rule existed; the rule then blocks it when the worker sends.
        client.messages.queue_reply(conv.id, "mail me at a@b.example", idempotency_key="later")
        monkeypatch.setattr(FakemarketAdapter, "rule_pack", _NoAtSign())
        with pytest.raises(PolicyViolation):
            client.messages.queue_reply(conv.id, "write to a@b.example", idempotency_key="now")
        assert store.get("now") is None, "a refused text is never queued"
        worker = _worker(client, store, clock, "a")
        worker.leases.register(worker.accounts)
        (lease,) = worker.leases.claim([ACCOUNT], limit=1)
        assert worker.send_queued(lease) == 0
    assert sim.sent_messages("c3") == []
    refused = store.get("later")
    assert refused is not None and refused.state.value == "failed" and worker.stats.send_errors == 1


def test_a_stopping_worker_starts_no_queued_send(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    with sandbox.client(outbox=store) as client:
        conv = next(c for c in client.conversations.list() if c.id.endswith(":c4"))
        client.messages.queue_reply(conv.id, "After the restart", idempotency_key="stop")
        worker = _worker(client, store, clock, "a")
        worker.leases.register(worker.accounts)
        (lease,) = worker.leases.claim([ACCOUNT], limit=1)
        worker.stop()  # what SIGTERM does
        assert worker.send_queued(lease) == 0
    assert sim.sent_messages("c4") == []
    assert store.get("stop").state.value == "queued"  # type: ignore[union-attr]


def test_queueing_needs_a_durable_outbox(sandbox: Sandbox) -> None:
    from marketmsg import ConfigurationError

    with sandbox.client() as client:
        conv = next(iter(client.conversations.list()))
        with pytest.raises(ConfigurationError):
            client.messages.queue_reply(conv.id, "Nowhere to keep it")


def test_the_async_client_queues_too(sandbox: Sandbox, store: SqlStore, clock: VirtualClock) -> None:
    import anyio

    async def queue() -> str:
        async with sandbox.async_client(outbox=store) as client:
            ids = [c.id async for c in client.conversations.list()]
            conv_id = next(i for i in ids if i.endswith(":c5"))
            entry = await client.messages.queue_reply(conv_id, "From async", idempotency_key="async")
            return entry.state.value

    assert anyio.run(queue) == "queued"
    assert store.get("async") is not None
