"""An idempotency key names one request (issue 11 item 7): reused for another one, nothing is sent.

As Stripe does, the outbox keeps the request's fingerprint with the key (account, target, kind, text hash): the
same key with the same request returns the first message without sending; with a different request it raises
``IdempotencyConflict`` — never "sent" for a message that was not.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marketmsg import IdempotencyConflict, InMemoryOutbox, Outbox
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore


@pytest.fixture(params=["memory", "sqlite"])
def outbox(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Outbox]:
    if request.param == "memory":
        yield InMemoryOutbox()
    else:
        with SqlStore(tmp_path / "outbox.db") as store:
            yield store


def _sent_by_seller(sandbox: Sandbox) -> int:
    simulator = sandbox.controller("fakemarket")
    return sum(1 for r in simulator.requests if r.method == "POST")


def test_same_key_same_request_sends_once(fakemarket: None, outbox: Outbox) -> None:
    sandbox = Sandbox.create(["fakemarket"])
    with sandbox.client(outbox=outbox) as client:
        conv = client.conversations.list().to_list(1)[0]
        first = client.messages.reply(conv.id, "Thank you, it ships today.", idempotency_key="k-1")
        again = client.messages.reply(conv.id, "Thank you, it ships today.", idempotency_key="k-1")
    assert again.id == first.id
    assert _sent_by_seller(sandbox) == 1


@pytest.mark.parametrize("change", ["text", "target"])
def test_same_key_for_another_request_is_refused_and_sends_nothing(
    fakemarket: None, outbox: Outbox, change: str
) -> None:
    sandbox = Sandbox.create(["fakemarket"])
    with sandbox.client(outbox=outbox) as client:
        first, second = client.conversations.list().to_list(2)
        client.messages.reply(first.id, "Thank you, it ships today.", idempotency_key="k-2")
        target, text = (
            (first.id, "Sorry, it is out of stock.")
            if change == "text"
            else (second.id, "Thank you, it ships today.")
        )
        with pytest.raises(IdempotencyConflict) as info:
            client.messages.reply(target, text, idempotency_key="k-2")
    assert info.value.idempotency_key == "k-2" and info.value.differs == (change,)
    assert "nothing was sent" in str(info.value)
    assert _sent_by_seller(sandbox) == 1


@pytest.mark.parametrize("change", ["text", "kind"])
def test_proactive_send_with_a_reused_key_for_another_request_is_refused(outbox: Outbox, change: str) -> None:
    """The library path of ``client.messages.send`` (Amazon SP-API proactive kinds), not only replies and the CLI."""
    from datetime import UTC, datetime

    from marketmsg import MessageKind, VirtualClock
    from marketmsg_amazon import AmazonAdapter
    from marketmsg_amazon import simulator as amazon_sim

    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    spec = AmazonAdapter.sandbox(clock)
    sim = spec.controller
    body = f"Your parcel is delayed by a day, sorry (order {amazon_sim.MFN_ORDER})."
    with Sandbox([spec], clock=clock).client(outbox=outbox) as client:
        first = client.messages.send(
            amazon_sim.MFN_ORDER, MessageKind.UNEXPECTED_PROBLEM, body=body, idempotency_key="k-pro"
        )
        assert (
            client.messages.send(
                amazon_sim.MFN_ORDER, MessageKind.UNEXPECTED_PROBLEM, body=body, idempotency_key="k-pro"
            )
            == first
        )  # the same request again: the first message, nothing sent
        kind, text = (
            (MessageKind.UNEXPECTED_PROBLEM, f"Sorry, two days late (order {amazon_sim.MFN_ORDER}).")
            if change == "text"
            else (MessageKind.CONFIRM_DELIVERY_DETAILS, body)
        )
        with pytest.raises(IdempotencyConflict) as info:
            client.messages.send(amazon_sim.MFN_ORDER, kind, body=text, idempotency_key="k-pro")
    assert info.value.differs == (("text",) if change == "text" else ("operation",))
    assert len(sim.sent(amazon_sim.MFN_ORDER)) == 1
