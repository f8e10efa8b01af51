"""An IM reply with a picture is two platform sends; the outbox tracks each (issue 11, item 6).

Through the public client against the IOP simulator: the text arrives and the picture is refused, so the reply is
PARTIAL (typed: ``PartialDelivery``), and sending again under the same key sends only the picture — on the
in-memory outbox, on SQLite and on PostgreSQL (where a second client, another process's, does the retry).
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest

from marketmsg import (
    APIConnectionError,
    AsyncClient,
    Attachment,
    BadRequestError,
    DeliveryUnknown,
    Outbox,
    OutboxState,
    PartialDelivery,
    VirtualClock,
)
from marketmsg.inbox import InboxSync, ReconcileOutcome
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.store import SqlStore
from marketmsg_aliexpress.simulator import IM_SELLER, AliExpressSimulator, Fault

from .conftest import account

IM_CONV = f"aliexpress:{IM_SELLER}:conv:im/2000000001"
TEXT = "Thank you for your message. Here is the size chart."
PHOTO = Attachment(
    filename="size-chart.jpg",
    content_type="image/jpeg",
    size=0,
    url="https://ae01.alicdn.com/kf/size-chart.jpg",
)
SEND = "message/send"


def _sent(sim: AliExpressSimulator) -> list[tuple[int, str]]:
    """(template, text or image URL) of every IM message the seller sent to the buyer, oldest first."""
    messages = sim.state.im[IM_SELLER]["2000000001"]["messages"]
    out = []
    for m in messages:
        if m["from_account_id"] != IM_SELLER:
            continue
        content = json.loads(m["content"])
        out.append((int(m["template_id"]), str(content.get("txt") or content.get("img_url") or "")))
    return out


def _text_passes_picture_refused(sim: AliExpressSimulator) -> None:
    # The first send (the text) goes through untouched; the second (the picture) is refused by the gateway.
    sim.inject(
        Fault(api_contains=SEND),
        Fault(code="15", msg="Remote service error", sub_code="isv.invalid-parameter", api_contains=SEND),
    )


def test_picture_refused_after_the_text_is_partial_and_a_retry_sends_only_the_picture(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    _text_passes_picture_refused(sim)
    client = make_client(account(spec), outbox=outbox)
    with pytest.raises(PartialDelivery) as info:
        client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-photo")
    assert info.value.delivered == ("text",) and info.value.refused == "image:0"
    assert isinstance(info.value.__cause__, BadRequestError)
    assert _sent(sim) == [(1, TEXT)]
    entry = outbox.get("k-photo")
    assert entry is not None and entry.state is OutboxState.PARTIAL
    assert [(p.name, p.state) for p in entry.parts] == [
        ("text", OutboxState.SENT),
        ("image:0", OutboxState.FAILED),
    ]
    text_part = entry.part("text")
    assert text_part is not None and text_part.platform_id  # the simulator's message id of the text

    # The retry: another client (another worker, on the SQL stores) with the same key and request.
    retry = make_client(account(spec), outbox=outbox)
    message = retry.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-photo")
    assert _sent(sim) == [(1, TEXT), (3, PHOTO.url)]  # the text once, the picture once
    assert message.platform_message_id == text_part.platform_id
    done = outbox.get("k-photo")
    assert done is not None and done.state is OutboxState.SENT and done.message == message
    assert {p.name: p.state for p in done.parts} == {"text": OutboxState.SENT, "image:0": OutboxState.SENT}
    # Done is done: a third call returns the message and sends nothing.
    assert retry.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-photo") == message
    assert len(_sent(sim)) == 2


def test_text_refused_fails_the_whole_reply_and_a_retry_sends_both(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    sim.inject(
        Fault(code="15", msg="Remote service error", sub_code="isv.invalid-parameter", api_contains=SEND)
    )
    client = make_client(account(spec), outbox=outbox)
    with pytest.raises(BadRequestError):
        client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-text")
    entry = outbox.get("k-text")
    assert entry is not None and entry.state is OutboxState.FAILED
    assert _sent(sim) == []
    client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-text")
    assert _sent(sim) == [(1, TEXT), (3, PHOTO.url)]


def test_picture_lost_in_a_timeout_is_unknown_and_never_resent_blindly(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    sim.inject(Fault(api_contains=SEND), Fault(error="read_timeout_after_commit", api_contains=SEND))
    client = make_client(account(spec), outbox=outbox)
    with pytest.raises(DeliveryUnknown) as info:
        client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-lost")
    assert info.value.idempotency_key == "k-lost"
    entry = outbox.get("k-lost")
    assert entry is not None and entry.state is OutboxState.UNKNOWN
    assert {p.name: p.state for p in entry.parts} == {
        "text": OutboxState.SENT,
        "image:0": OutboxState.UNKNOWN,
    }
    with pytest.raises(DeliveryUnknown):
        client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-lost")
    assert _sent(sim) == [(1, TEXT), (3, PHOTO.url)]  # the simulator committed both; neither was sent again


def test_a_refused_connection_for_the_picture_is_partial_at_once(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, tmp_path: Path
) -> None:
    with SqlStore(tmp_path / "outbox.db") as store:
        sim.inject(Fault(api_contains=SEND), Fault(error="connect", api_contains=SEND))
        client = make_client(account(spec), outbox=store, max_retries=0)
        with pytest.raises(PartialDelivery):  # the picture provably never left: no reconcile needed
            client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-conn")
        entry = store.get("k-conn")
        assert entry is not None and entry.state is OutboxState.PARTIAL


def test_reconcile_finds_an_ambiguous_picture_by_its_url_and_nothing_is_sent_twice(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, tmp_path: Path, clock: VirtualClock
) -> None:
    with SqlStore(tmp_path / "outbox.db") as store:
        sim.inject(Fault(api_contains=SEND), Fault(error="read_timeout_after_commit", api_contains=SEND))
        client = make_client(account(spec), outbox=store)
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-amb")
        clock.advance(timedelta(hours=1).total_seconds())  # past the window: mark_missing_failed would act
        [result] = InboxSync(client, store, clock=clock).reconcile(mark_missing_failed=True).results
        assert result.outcome is ReconcileOutcome.SENT, result.detail
        entry = store.get("k-amb")
        assert entry is not None and entry.state is OutboxState.SENT and entry.message is not None
        assert entry.message.body == TEXT
        again = client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-amb")
        assert again == entry.message
    assert _sent(sim) == [(1, TEXT), (3, PHOTO.url)]


def test_reconcile_gives_up_a_picture_that_never_arrived_and_a_retry_sends_only_it(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, tmp_path: Path, clock: VirtualClock
) -> None:
    with SqlStore(tmp_path / "outbox.db") as store:
        # A 500 for the picture: ambiguous to the client (DeliveryUnknown), but the gateway processed nothing.
        sim.inject(Fault(api_contains=SEND), Fault(status=500, api_contains=SEND))
        client = make_client(account(spec), outbox=store)
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-500")
        [result] = InboxSync(client, store, clock=clock).reconcile(mark_missing_failed=True).results
        assert (
            result.outcome is ReconcileOutcome.NOT_FOUND and "image:0" in result.detail
        )  # within the window
        clock.advance(timedelta(hours=1).total_seconds())
        [result] = InboxSync(client, store, clock=clock).reconcile(mark_missing_failed=True).results
        assert result.outcome is ReconcileOutcome.MARKED_FAILED, result.detail
        entry = store.get("k-500")
        assert entry is not None and entry.state is OutboxState.PARTIAL  # the text stays delivered
        client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-500")
    assert _sent(sim) == [(1, TEXT), (3, PHOTO.url)]


def test_async_client_tracks_parts_the_same_way(
    spec: SandboxSpec, sim: AliExpressSimulator, clock: VirtualClock, tmp_path: Path
) -> None:
    store = SqlStore(tmp_path / "outbox.db")
    _text_passes_picture_refused(sim)

    async def main() -> None:
        sandbox = Sandbox([spec], clock=clock)
        async with AsyncClient(
            [account(spec)], http_client=sandbox.async_http_client(), clock=clock, outbox=store
        ) as client:
            with pytest.raises(PartialDelivery):
                await client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-async")
            await client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-async")

    anyio.run(main)
    assert _sent(sim) == [(1, TEXT), (3, PHOTO.url)]
    store.close()


def test_a_retry_that_fails_early_keeps_the_reply_partial(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    _text_passes_picture_refused(sim)
    client = make_client(account(spec), outbox=outbox, max_retries=0)
    with pytest.raises(PartialDelivery):
        client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-again")
    # The retry cannot even read the conversation: nothing is sent, and the text stays recorded as delivered.
    sim.inject(Fault(error="connect", api_contains="message/list"))
    with pytest.raises(APIConnectionError):
        client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-again")
    entry = outbox.get("k-again")
    assert entry is not None and entry.state is OutboxState.PARTIAL
    client.messages.reply(IM_CONV, TEXT, attachments=[PHOTO], idempotency_key="k-again")
    assert _sent(sim) == [(1, TEXT), (3, PHOTO.url)]
