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
