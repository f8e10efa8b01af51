"""Events from the change feed and the deadline rules: exactly once, typed, ids and facts only, text on opt-in."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest

from marketmsg import OutboxEntry, OutboxState, VirtualClock
from marketmsg.events import Event, EventLog, EventType
from marketmsg.inbox import InboxSync
from marketmsg.models import ConversationStatus, Direction, DisputeStatus
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore, StoreValueError
from marketmsg_fakemarket import FakemarketSimulator

from ..store.conftest import T0, Samples


def _buyer_writes(sim: FakemarketSimulator, clock: VirtualClock, conv: str, text: str) -> None:
    clock.advance(60)
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


def _types(events: list[Event]) -> list[str]:
    return [e.type.value for e in events]


def test_every_new_buyer_message_is_one_message_received(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    events = EventLog(store, clock=clock)
    with sandbox.client(outbox=store) as client:
        InboxSync(client, store, clock=clock).run()
        first = events.pump()
        assert _types(first) == ["message.received"] * 5
        assert [e.position for e in first] == [1, 2, 3, 4, 5]
        # Synced again: nothing new, nothing derived twice.
        InboxSync(client, store, clock=clock).run()
        assert events.pump() == []
        _buyer_writes(sim, clock, "c2", "Any news? My number is +49 170 1234567")
        InboxSync(client, store, clock=clock).run()
        [new] = events.pump()
    assert new.type is EventType.MESSAGE_RECEIVED and new.position == 6
    assert new.data["conversation_id"] == "fakemarket:FM-SELLER-1:conv:c2"
    assert new.data["order_id"] == "FM-1001" and new.data["direction"] == "inbound"
    # Ids and facts only: the buyer's text (and phone number) is nowhere in the stored event.
    assert "1234567" not in new.model_dump_json() and "text" not in new.data
    assert list(events.events(after=5)) == [new]
    assert events.lag() == 0 and events.last_position() == 6


def test_subscribers_get_text_only_when_they_opted_in(
    sandbox: Sandbox, sim: FakemarketSimulator, store: SqlStore, clock: VirtualClock
) -> None:
    events = EventLog(store, clock=clock)
    plain: list[tuple[str, str | None]] = []
    with_text: list[tuple[str, str | None]] = []
    disputes_only: list[Event] = []
    events.subscribe(lambda e, text: plain.append((e.type.value, text)))
    events.subscribe(lambda e, text: with_text.append((e.type.value, text)), include_text=True)
    events.subscribe(lambda e, text: disputes_only.append(e), types=[EventType.DISPUTE_OPENED])

    def broken(event: Event, text: str | None) -> None:
        raise RuntimeError("a subscriber bug")

    events.subscribe(broken)  # must not stop the others
    with sandbox.client(outbox=store) as client:
        InboxSync(client, store, clock=clock).run()
    events.pump()
    assert plain == [("message.received", None)] * 5
    assert sorted(text or "" for _, text in with_text)[0] == "Hello, where is order FM-1000?"
    assert disputes_only == []


def test_concurrent_pumps_derive_each_event_once_in_order(store: SqlStore, clock: VirtualClock) -> None:
    messages = [Samples.message(f"c{i % 7}/m{i}") for i in range(120)]
    for start in range(0, 120, 10):
        store.upsert_messages(messages[start : start + 10])
    logs = [EventLog(store, clock=clock, batch=7) for _ in range(4)]
    derived: list[list[Event]] = [[] for _ in logs]

    def pump(i: int) -> None:
        while batch := logs[i].pump(scan=False):
            derived[i].extend(batch)

    threads = [threading.Thread(target=pump, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = sorted((e for part in derived for e in part), key=lambda e: e.position)
    assert [e.position for e in everything] == list(range(1, 121))
    assert sorted(e.subject_id for e in everything) == sorted(m.id for m in messages)
    assert logs[0].lag() == 0


def test_sla_warnings_once_per_deadline(store: SqlStore, clock: VirtualClock) -> None:
    due = T0 + timedelta(hours=25)
    store.upsert_conversations([Samples.conversation("c1", response_due=due)])
    store.upsert_conversations([Samples.conversation("c2", status=ConversationStatus.AWAITING_BUYER)])
    events = EventLog(store, clock=clock)
    clock.set(T0 + timedelta(hours=10))
    assert events.pump(scan=True) == []  # 15 h left: on track
    clock.set(due - timedelta(hours=3))
    [risk] = events.pump(scan=True)
    assert risk.type is EventType.CONVERSATION_SLA_AT_RISK
    assert risk.data["response_due"] == due.isoformat() and risk.occurred_at == due - timedelta(hours=4)
    assert events.pump(scan=True) == []  # the same deadline never warns twice
    clock.set(due + timedelta(minutes=1))
    [breach] = events.pump(scan=True)
    assert breach.type is EventType.CONVERSATION_SLA_BREACHED and breach.occurred_at == due
    assert events.pump(scan=True) == []
    # The buyer writes again: a new deadline, a new warning cycle.
    later = due + timedelta(hours=24)
    store.upsert_conversations([Samples.conversation("c1", response_due=later, last_message_at=due)])
    clock.set(later - timedelta(hours=1))
    assert _types(events.pump(scan=True)) == ["conversation.sla_at_risk"]


def test_disputes_opened_updated_and_deadline_near(store: SqlStore, clock: VirtualClock) -> None:
    events = EventLog(store, clock=clock)
    dispute = Samples.dispute("d1")  # seller response due T0 + 5 days
    store.upsert_disputes([dispute])
    clock.set(T0 + timedelta(hours=1))
    [opened] = events.pump(scan=True)
    assert opened.type is EventType.DISPUTE_OPENED
    assert opened.data["status"] == "awaiting_seller" and opened.data["amount"] == "12.34"
    assert "Item damaged" not in opened.model_dump_json()  # the buyer's reason is buyer text
    store.upsert_disputes([dispute.model_copy(update={"status": DisputeStatus.ESCALATED})])
    store.upsert_disputes([dispute.model_copy(update={"raw_status": "x"})])
    assert _types(events.pump(scan=False)) == ["dispute.updated", "dispute.updated"]
    clock.set(T0 + timedelta(days=5) - timedelta(hours=2))
    assert _types(events.pump(scan=True)) == ["dispute.deadline_near"]
    assert events.pump(scan=True) == []


def test_outbox_sends_and_unknowns(store: SqlStore, clock: VirtualClock) -> None:
    events = EventLog(store, clock=clock)
    sent = Samples.message("c1/s1", direction=Direction.OUTBOUND)
    conv = sent.conversation_id
    for key in ("k-sent", "k-lost"):
        store.begin(OutboxEntry(key=key, account=Samples.account, target=conv, operation="send_reply",
                                state=OutboxState.PENDING, created_at=T0))  # fmt: skip
    store.begin(OutboxEntry(key="k-part", account=Samples.account, target=conv, operation="send_reply",
                            state=OutboxState.PENDING, created_at=T0))  # fmt: skip
    store.finish("k-sent", OutboxState.SENT, message=sent)
    store.finish("k-lost", OutboxState.UNKNOWN, error="read timeout")
    store.finish("k-part", OutboxState.PARTIAL, error="picture refused")  # in the feed; no event of its own
    derived = events.pump(scan=False)
    assert _types(derived) == ["message.sent", "message.delivery_unknown"]
    assert events.lag() == 0
    assert derived[0].data["outbox_key"] == "k-sent" and derived[0].data["message_id"] == sent.id
    # A later sync stores the same sent message: the same event, not a second one.
    store.upsert_messages([sent])
    assert events.pump(scan=False) == []


def test_dispute_actions_under_the_outbox_are_no_message_events(store: SqlStore, clock: VirtualClock) -> None:
    """``disputes.act(..., idempotency_key=…)`` records its action in the outbox; no message was sent, so neither
    ``message.sent`` nor ``message.delivery_unknown`` may fire for it (the dispute's own change reports it)."""
    events = EventLog(store, clock=clock)
    for key, state in (("d-sent", OutboxState.SENT), ("d-lost", OutboxState.UNKNOWN)):
        store.begin(OutboxEntry(key=key, account=Samples.account, target="fakemarket:s1:dispute:d1",
                                operation="dispute_accept", state=OutboxState.PENDING, created_at=T0))  # fmt: skip
        store.finish(key, state)
    assert events.pump(scan=False) == []
    assert events.lag() == 0


def test_event_payload_is_the_standard_webhooks_shape() -> None:
    event = Event(
        id="evt_1", type=EventType.MESSAGE_RECEIVED, position=1, account="a", subject_id="m",
        occurred_at=T0, data={"message_id": "m"},
    )  # fmt: skip
    assert event.payload() == {
        "type": "message.received",
        "timestamp": T0.isoformat(),
        "data": {"message_id": "m"},
    }
    assert event.payload(text="hi")["data"]["text"] == "hi"


@pytest.mark.parametrize("bad", [-1, "3"])
def test_reading_events_checks_positions(store: SqlStore, bad: Any) -> None:
    # Readers pass positions they kept; a wrong type is a bug in the caller, said plainly.
    with pytest.raises(StoreValueError, match="must be a position"):
        list(EventLog(store).events(after=bad))


def test_a_message_waits_for_its_conversation_within_the_grace(store: SqlStore, clock: VirtualClock) -> None:
    # A sync stores a new conversation's messages first and the conversation after them.
    events = EventLog(store, clock=clock, conversation_grace=timedelta(seconds=30))
    store.upsert_messages([Samples.message("c1/m1")])
    store.upsert_messages([Samples.message("c9/m1")])
    assert events.pump(scan=False) == [] and events.lag() == 2  # held back, in order
    store.upsert_conversations([Samples.conversation("c1")])
    [received] = events.pump(scan=False)  # c1's message goes; c9's still waits (the feed stays in order)
    assert received.data["order_id"] == "303-1234567-1234567"
    assert received.data["response_due"] == Samples.conversation("c1").response_due.isoformat()  # type: ignore[union-attr]
    assert events.lag() == 2  # m1 of c9 and the conversation change behind it
    # Past the grace (the sync died before storing c9), the event goes without the conversation's facts.
    no_wait = EventLog(store, clock=clock, conversation_grace=timedelta(0))
    [late] = no_wait.pump(scan=False)
    assert late.data["conversation_id"].endswith(":c9") and late.data["order_id"] is None
