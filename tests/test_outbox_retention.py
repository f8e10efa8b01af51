"""The in-memory outbox forgets finished sends after a while, never unfinished ones (a long-running client's memory
stays bounded: before, every entry and its Message stayed for the client's life).

Finished = sent or refused; they are kept ``keep_finished_for`` seconds (24 h by default, as Stripe keeps
idempotency keys) and at most the ``keep_finished`` latest. Pending, unknown and partly delivered entries are
what keeps a message from going out twice: they stay whatever their age or number.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from marketmsg import InMemoryOutbox, OutboxEntry, OutboxState, VirtualClock
from marketmsg.sandbox import Sandbox

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def _entry(key: str) -> OutboxEntry:
    return OutboxEntry(
        key=key,
        account="fakemarket:S1",
        target="c1",
        operation="reply",
        state=OutboxState.PENDING,
        created_at=NOW,
    )


# (state the send ended in, whether the outbox may forget it)
ENDINGS = [
    (OutboxState.SENT, True),
    (OutboxState.FAILED, True),
    (OutboxState.UNKNOWN, False),
    (OutboxState.PARTIAL, False),
    (OutboxState.PENDING, False),  # begun, never finished: a crash mid-send
]


@pytest.mark.parametrize(("state", "forgettable"), ENDINGS)
def test_only_finished_entries_are_forgotten_by_count(state: OutboxState, forgettable: bool) -> None:
    outbox = InMemoryOutbox(keep_finished=3)
    outbox.begin(_entry("watched"))
    if state is not OutboxState.PENDING:
        outbox.finish("watched", state)
    for n in range(10):  # ten later sends, all delivered
        outbox.begin(_entry(f"later-{n}"))
        outbox.finish(f"later-{n}", OutboxState.SENT)
    assert (outbox.get("watched") is None) is forgettable
    kept = {e.key for e in outbox.entries(OutboxState.SENT)}
    assert kept == {"later-7", "later-8", "later-9"}


@pytest.mark.parametrize(("state", "forgettable"), ENDINGS)
def test_only_finished_entries_are_forgotten_by_age(state: OutboxState, forgettable: bool) -> None:
    clock = VirtualClock(NOW)
    outbox = InMemoryOutbox(keep_finished_for=3600.0, clock=clock)
    outbox.begin(_entry("watched"))
    if state is not OutboxState.PENDING:
        outbox.finish("watched", state)
    clock.advance(3599.0)
    outbox.begin(_entry("next"))
    outbox.finish("next", OutboxState.SENT)
    assert outbox.get("watched") is not None  # within the hour
    clock.advance(2.0)
    outbox.begin(_entry("last"))
    outbox.finish("last", OutboxState.SENT)
    assert (outbox.get("watched") is None) is forgettable
    assert outbox.get("next") is not None


def test_a_refused_key_taken_over_again_is_not_forgotten_while_in_use() -> None:
    outbox = InMemoryOutbox(keep_finished=1)
    outbox.begin(_entry("k"))
    outbox.finish("k", OutboxState.FAILED)
    assert outbox.begin(_entry("k")).state is OutboxState.PENDING  # the retry takes it over
    outbox.begin(_entry("other"))
    outbox.finish("other", OutboxState.SENT)
    found = outbox.get("k")
    assert found is not None and found.state is OutboxState.PENDING


@pytest.mark.parametrize(("keep", "seconds"), [(-1, 10.0), (5, -1.0), (5, float("nan"))])
def test_nonsense_limits_are_refused(keep: int, seconds: float) -> None:
    with pytest.raises(ValueError, match="keep_finished"):
        InMemoryOutbox(keep_finished=keep, keep_finished_for=seconds)


def test_a_long_running_client_keeps_a_bounded_outbox(fakemarket: None) -> None:
    sandbox = Sandbox.create(["fakemarket"], clock=VirtualClock(NOW))  # paced on virtual time: instant
    outbox = InMemoryOutbox(keep_finished=25)
    with sandbox.client(outbox=outbox) as client:
        conv = client.conversations.list().to_list(1)[0]
        for n in range(120):
            client.messages.reply(conv.id, f"Update {n}: it ships today.", idempotency_key=f"update-{n}")
        assert len(outbox.entries()) == 25
        # within what is kept, a repeated call is still answered from the outbox and sends nothing
        sent = len([r for r in sandbox.controller("fakemarket").requests if r.method == "POST"])
        client.messages.reply(conv.id, "Update 119: it ships today.", idempotency_key="update-119")
        assert len([r for r in sandbox.controller("fakemarket").requests if r.method == "POST"]) == sent


def test_the_default_keeps_a_day_of_keys_on_the_clients_clock(fakemarket: None) -> None:
    clock = VirtualClock(NOW)
    sandbox = Sandbox.create(["fakemarket"], clock=clock)
    with sandbox.client() as client:
        conv = client.conversations.list().to_list(1)[0]
        first = client.messages.reply(conv.id, "It ships today.", idempotency_key="day-1")
        clock.advance(timedelta(hours=23).total_seconds())
        assert client.messages.reply(conv.id, "It ships today.", idempotency_key="day-1").id == first.id
        outbox = client.outbox
        assert isinstance(outbox, InMemoryOutbox) and outbox.keep_finished_for == 24 * 3600.0


def test_replying_in_a_loop_on_the_default_sandbox_is_paced_not_refused(fakemarket: None) -> None:
    # The simulator's buckets once refilled on its frozen data clock while the client paced on real time: the
    # 11th reply in a row got a 429 however well the client paced. 14 replies: the burst of 10, then 5 per second.
    sandbox = Sandbox.create(["fakemarket"])
    with sandbox.client() as client:
        conv = client.conversations.list().to_list(1)[0]
        for n in range(14):
            client.messages.reply(conv.id, f"Update {n}: it ships today.")
    assert len(sandbox.controller("fakemarket").sent_messages(conv.id.rsplit(":", 1)[-1])) >= 14


def test_finish_keeps_every_other_field_of_the_entry() -> None:
    # InMemoryOutbox.finish builds the finished entry field by field (not dataclasses.replace): a field added to
    # OutboxEntry must be added there too, or finish would drop its value.
    from dataclasses import fields, replace

    from marketmsg._outbox import OutboxPart, _finished

    assert [f.name for f in fields(OutboxEntry)] == [
        "key",
        "account",
        "target",
        "operation",
        "state",
        "created_at",
        "message",
        "error",
        "body",
        "parts",
    ]
    entry = replace(_entry("k"), body="hello", parts=(OutboxPart("text", OutboxState.SENT, "r", "p1"),))
    finished = _finished(entry, OutboxState.FAILED, None, "refused")
    assert finished == replace(entry, state=OutboxState.FAILED, error="refused")
    assert finished.body == "hello" and finished.parts == entry.parts
