"""The relay channel through Client and AsyncClient: conversations, messages, replies, read state, rules."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from marketmsg import (
    Attachment,
    Client,
    ConversationStatus,
    Direction,
    InvalidIdError,
    NotFoundError,
    PlatformRuleError,
    VirtualClock,
    register_adapter,
    unregister_adapter,
)
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.testing import AdapterContract, run_local_flow
from marketmsg_amazon.relay import RelaySandbox

from .conftest import RelayContractAdapter, RelayOnlyAdapter


class TestRelayContract(AdapterContract):
    """The shared adapter contract, run against the relay channel's own sandbox."""

    adapter_class = RelayContractAdapter
    reply_text = "Thank you for your message. Your order ships today and arrives on Friday."


@pytest.fixture
def spec(clock: VirtualClock) -> Iterator[SandboxSpec]:
    register_adapter("amazon", RelayOnlyAdapter)
    try:
        yield RelayOnlyAdapter.sandbox(clock)
    finally:
        unregister_adapter("amazon")


@pytest.fixture
def client(spec: SandboxSpec, clock: VirtualClock) -> Iterator[Client]:
    with Sandbox([spec], clock=clock).client() as c:
        yield c


def _controller(spec: SandboxSpec) -> RelaySandbox:
    assert isinstance(spec.controller, RelaySandbox)
    return spec.controller


def test_seeded_mailbox_shows_threads_newest_first(client: Client) -> None:
    conversations = list(client.conversations.list())
    assert len(conversations) >= 10
    times = [c.last_message_at for c in conversations if c.last_message_at is not None]
    assert len(times) == len(conversations) and times == sorted(times, reverse=True)
    for conv in conversations:
        # Ids carry no buyer data (MODEL.md): a thread key, never the relay alias.
        assert conv.id.startswith("amazon:A1RELAYSANDBOX:conv:t-") and "@" not in conv.id
        assert conv.buyer.platform_id and conv.buyer.platform_id.partition("@")[0] not in conv.id
        assert conv.status is ConversationStatus.AWAITING_SELLER
        assert conv.response_due is not None and conv.last_inbound_at is not None
        assert (conv.response_due - conv.last_inbound_at).total_seconds() == 24 * 3600
    markets = {c.buyer.platform_id.rpartition(".amazon.")[2] for c in conversations if c.buyer.platform_id}
    assert len(markets) >= 8
    # Spoofed and system mail never become conversations.
    assert all(c.buyer.platform_id and "evil" not in c.buyer.platform_id for c in conversations)


def test_reply_threads_and_changes_status(client: Client, spec: SandboxSpec) -> None:
    conv = next(iter(client.conversations.list()))
    inbound = list(client.messages.list(conv.id))
    photo = Attachment.from_bytes("label.pdf", b"%PDF-1.4 label", "application/pdf")
    sent = client.messages.reply(
        conv.id, "Thank you, the parcel left our warehouse today.", attachments=[photo]
    )
    assert sent.direction is Direction.OUTBOUND
    mail: EmailMessage = _controller(spec).sent()[-1]
    assert mail["To"] == conv.buyer.platform_id
    assert mail["From"].endswith("<orders@sandbox-seller.example>")
    assert mail["Subject"].startswith("RE: ")
    last_inbound = inbound[-1].raw
    assert mail["In-Reply-To"].strip("<>") in last_inbound.decode(errors="replace")
    assert [p.get_filename() for p in mail.iter_attachments()] == ["label.pdf"]
    again = client.conversations.get(conv.id)
    assert again.status is ConversationStatus.AWAITING_BUYER and again.last_outbound_at is not None
    assert [m.direction for m in client.messages.list(conv.id)][-1] is Direction.OUTBOUND


def test_attachments_over_10_mb_are_refused_before_sending(client: Client, spec: SandboxSpec) -> None:
    conv = next(iter(client.conversations.list()))
    big = Attachment.from_bytes("video.mp4", b"\0" * (10 * 1024 * 1024), "video/mp4")
    with pytest.raises(PlatformRuleError, match="10 MB"):
        client.messages.reply(conv.id, "Here is the video of the packing.", attachments=[big])
    assert _controller(spec).sent() == []


def test_important_tag_only_for_critical_messages_to_opted_out_buyers(
    client: Client, spec: SandboxSpec
) -> None:
    controller = _controller(spec)
    gen = controller.generator
    alias, order = gen.alias("en", n=9001), "111-9000000-9000001"
    controller.deliver(gen.buyer_message(alias=alias, order_id=order, text="Can you change the address?"))
    conv_id = next(c.id for c in client.conversations.list() if c.order_id == order)
    client.messages.reply(conv_id, "We have updated the delivery address.", critical=True)
    assert "[Important]" not in controller.sent()[-1]["Subject"]  # not opted out: no tag
    controller.deliver(gen.notice("opt_out", alias=alias, order_id=order))
    assert "buyer_opted_out" in next(c for c in client.conversations.list() if c.id == conv_id).tags
    client.messages.reply(conv_id, "Your parcel needs a customs form, details below.", critical=True)
    assert controller.sent()[-1]["Subject"].startswith("[Important] RE: ")
    client.messages.reply(conv_id, "Thanks again for your order.", subject="[Important] hello")
    assert "[Important]" not in controller.sent()[-1]["Subject"]


def test_mark_read_clears_unread(client: Client) -> None:
    conv = next(c for c in client.conversations.list() if c.unread_count)
    client.conversations.mark_read(conv.id)
    assert client.conversations.get(conv.id).unread_count == 0
    assert list(client.conversations.list(unread_only=True)) == [
        c for c in client.conversations.list() if c.unread_count
    ]


def test_inbound_attachments_keep_their_bytes(client: Client) -> None:
    for conv in client.conversations.list():
        for message in client.messages.list(conv.id):
            for attachment in message.attachments:
                assert attachment.content is not None and len(attachment.content) == attachment.size
                return
    pytest.fail("the sandbox seeds messages with attachments")


def test_unknown_and_malformed_ids(client: Client) -> None:
    with pytest.raises(NotFoundError):
        client.conversations.get(
            "amazon:A1RELAYSANDBOX:conv:nobody@marketplace.amazon.com/111-0000000-0000000"
        )
    with pytest.raises(InvalidIdError):
        client.conversations.get("amazon:A1RELAYSANDBOX:conv:not-a-thread")


def test_async_client_sees_the_same(spec: SandboxSpec, clock: VirtualClock) -> None:
    sandbox = Sandbox([spec], clock=clock)

    async def run() -> tuple[list[str], str]:
        async with sandbox.async_client() as client:
            ids = [c.id async for c in client.conversations.list()]
            sent = await client.messages.reply(ids[0], "Thank you, we are on it.")
            return ids, sent.conversation_id

    ids, replied = asyncio.run(run())
    with sandbox.client() as client:
        assert [c.id for c in client.conversations.list()] == ids
    assert replied == ids[0]
    assert len(_controller(spec).sent()) == 1


def test_opt_out_is_visible_per_order(spec: SandboxSpec, clock: VirtualClock) -> None:
    controller = _controller(spec)
    gen = controller.generator
    alias, order = gen.alias("de", n=4242), "305-4242424-4242424"
    controller.deliver(gen.buyer_message(locale="de", alias=alias, order_id=order))
    adapter = RelayOnlyAdapter(spec.accounts[0], clock=clock)

    def opted_out() -> bool:
        adapter.relay.sync()
        return run_local_flow(adapter.relay_buyer_opted_out(order))

    assert opted_out() is False
    controller.deliver(gen.notice("opt_out", alias=alias, order_id=order, locale="de"))
    assert opted_out() is True
    bare = RelayOnlyAdapter(spec.accounts[0].model_copy(update={"settings": {}}), clock=clock)
    with pytest.raises(StopIteration) as stop:
        next(bare.relay_buyer_opted_out(order))
    assert stop.value.value is False


def test_a_reply_sent_from_seller_central_answers_the_thread(client: Client, spec: SandboxSpec) -> None:
    controller = _controller(spec)
    gen = controller.generator
    order = "111-7000000-7000007"
    controller.deliver(gen.buyer_message(alias=gen.alias("en", n=7007), name="Robin", order_id=order))
    conv = next(c for c in client.conversations.list() if c.order_id == order)
    assert conv.status is ConversationStatus.AWAITING_SELLER
    controller.deliver(gen.seller_copy(name="Robin", order_id=order, text="It ships tomorrow, Robin."))
    again = next(c for c in client.conversations.list() if c.order_id == order)
    assert again.status is ConversationStatus.AWAITING_BUYER and again.response_due is None
    last = list(client.messages.list(conv.id))[-1]
    assert last.direction is Direction.OUTBOUND and last.body == "It ships tomorrow, Robin."
