"""The three messaging channels through the client: IM, station letters, dispute records."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from marketmsg import (
    Attachment,
    Channel,
    ConversationStatus,
    Direction,
    MessageKind,
    UnsupportedOperationError,
    VirtualClock,
)
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.transport import DriverOptions, RateLimiter, SyncDriver
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_aliexpress.simulator import IM_SELLER, LETTER_SELLER, AliExpressSimulator

from .conftest import account

IM_CONV = f"aliexpress:{IM_SELLER}:conv:im/2000000001"
LETTER_CONV = f"aliexpress:{LETTER_SELLER}:conv:station_letter/ch-3001"


def test_im_messages_page_twenty_at_a_time(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock
) -> None:
    for i in range(45):
        clock.advance(60)
        sim.buyer_writes(IM_SELLER, "2000000001", f"message {i}")
    client = make_client(account(spec))
    messages = client.messages.list(IM_CONV).to_list()
    assert len(messages) == 46
    assert len({m.id for m in messages}) == 46, "cursor paging neither skips nor repeats"
    sizes = [
        json.loads(sim.params_of(r)["im_query_message_dto"])["page_size"]
        for r in sim.requests
        if r.url.params.get("method") == "aliexpress/message/list"
    ]
    assert sizes == [20, 20, 20]
    newest = client.conversations.get(IM_CONV)
    assert newest.status is ConversationStatus.AWAITING_SELLER
    assert newest.last_message_at == messages[0].sent_at or newest.last_message_at == max(
        m.sent_at for m in messages
    )


def test_im_reply_text_and_image_by_url(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    client = make_client(account(spec))
    photo = Attachment(
        filename="size-chart.jpg",
        content_type="image/jpeg",
        size=0,
        url="https://ae01.alicdn.com/kf/size-chart.jpg",
    )
    sent = client.messages.reply(
        IM_CONV, "Thank you for your message. Here is the size chart.", attachments=[photo]
    )
    assert sent.direction is Direction.OUTBOUND and sent.channel is Channel.IM
    stored = sim.state.im[IM_SELLER]["2000000001"]["messages"][-2:]
    assert [m["template_id"] for m in stored] == [1, 3]
    assert json.loads(stored[1]["content"])["img_url"] == photo.url
    listed = client.messages.list(IM_CONV).to_list()
    assert listed[-1].kind is MessageKind.IMAGE and listed[-1].attachments[0].url == photo.url
    assert client.conversations.get(IM_CONV).status is ConversationStatus.AWAITING_BUYER


def test_image_bytes_cannot_go_into_a_message(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    client = make_client(account(spec))
    before = len(sim.requests)
    with pytest.raises(UnsupportedOperationError, match="by URL only"):
        client.messages.reply(
            IM_CONV,
            "Thank you for your message. Photo attached.",
            attachments=[Attachment.from_bytes("a.jpg", b"123", "image/jpeg")],
        )
    assert not [r for r in sim.requests[before:] if r.url.params.get("method") == "aliexpress/message/send"]


def test_order_card(spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any) -> None:
    client = make_client(account(spec))
    message = client.messages.send(
        "300001001",
        MessageKind.ORDER_CARD,
        platform="aliexpress",
        account=f"aliexpress:{IM_SELLER}",
        fields={"buyer_id": "2000000002"},
    )
    assert message.kind is MessageKind.ORDER_CARD
    last = sim.state.im[IM_SELLER]["2000000002"]["messages"][-1]
    assert last["template_id"] == 10007 and json.loads(last["content"]) == {"order_id": "300001001"}


def test_station_letters(spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any) -> None:
    client = make_client(account(spec, LETTER_SELLER))
    unread = client.conversations.list(unread_only=True, channel=Channel.STATION_LETTER).to_list()
    assert {c.id for c in unread} == {
        LETTER_CONV,
        f"aliexpress:{LETTER_SELLER}:conv:station_letter/ch-3002",
        f"aliexpress:{LETTER_SELLER}:conv:station_letter/ch-3003",
    }
    conv = client.conversations.get(LETTER_CONV)
    assert (conv.order_id, conv.buyer.platform_id, conv.unread_count) == ("8100000001", "es2220001", 1)
    reply = client.messages.reply(
        LETTER_CONV,
        "Thank you for your message about order 8100000001. Your parcel is in customs, we will update you.",
    )
    assert reply.channel is Channel.STATION_LETTER
    messages = client.messages.list(LETTER_CONV).to_list()
    assert [m.direction for m in messages] == [Direction.INBOUND, Direction.OUTBOUND]
    assert messages[0].channel is Channel.ORDER_MESSAGE
    client.conversations.mark_read(LETTER_CONV)
    assert sim.state.letters["ch-3001"].unread == 0


def test_station_letter_processed_and_rank_flows(
    spec: SandboxSpec, sim: AliExpressSimulator, clock: VirtualClock
) -> None:
    adapter = AliExpressAdapter(account(spec, LETTER_SELLER), clock=clock)
    http = Sandbox([spec], clock=clock).http_client()
    driver = SyncDriver(http, RateLimiter(clock=clock), DriverOptions(clock=clock))
    driver.run(adapter, adapter.mark_processed("station_letter/ch-3002"))
    driver.run(adapter, adapter.set_rank("station_letter/ch-3002", 3))
    http.close()
    assert (sim.state.letters["ch-3002"].deal_stat, sim.state.letters["ch-3002"].rank) == ("1", "3")
    with pytest.raises(UnsupportedOperationError):
        next(adapter.set_rank("station_letter/ch-3002", 9))


def test_dispute_records_are_read_only(spec: SandboxSpec, make_client: Any) -> None:
    client = make_client(account(spec))
    conv = next(c for c in client.conversations.list(channel=Channel.DISPUTE).to_list())
    with pytest.raises(UnsupportedOperationError, match="read-only"):
        client.messages.reply(conv.id, f"Thank you for your message about order {conv.order_id}.")
    records = client.messages.list(conv.id).to_list()
    assert records and all(m.channel is Channel.DISPUTE for m in records)


def test_account_without_messaging_lists_only_disputes(spec: SandboxSpec, make_client: Any) -> None:
    client = make_client(account(spec, settings={"messaging_api": "none"}))
    convs = client.conversations.list().to_list()
    assert convs and {c.channel for c in convs} == {Channel.DISPUTE}


def test_since_filters_conversations(spec: SandboxSpec, make_client: Any, clock: VirtualClock) -> None:
    client = make_client(account(spec))
    recent = client.conversations.list(since=clock.now() - timedelta(hours=2, minutes=30)).to_list()
    assert [c.id for c in recent] == [IM_CONV, f"aliexpress:{IM_SELLER}:conv:im/2000000002"]


def test_im_session_tag_flow(spec: SandboxSpec, sim: AliExpressSimulator, clock: VirtualClock) -> None:
    adapter = AliExpressAdapter(account(spec), clock=clock)
    http = Sandbox([spec], clock=clock).http_client()
    driver = SyncDriver(http, RateLimiter(clock=clock), DriverOptions(clock=clock))
    driver.run(adapter, adapter.tag_session("im/2000000002", 1))
    assert sim.state.im[IM_SELLER]["2000000002"]["tag"] == 1
    driver.run(adapter, adapter.tag_session("im/2000000002", 1, remove=True))
    http.close()
    assert sim.state.im[IM_SELLER]["2000000002"]["tag"] is None


def test_order_context_has_country_and_no_pii(spec: SandboxSpec, make_client: Any) -> None:
    client = make_client(account(spec, LETTER_SELLER))
    context = client.orders.context("8100000001", platform="aliexpress")
    assert (context.order_id, context.buyer_country, context.status) == (
        "8100000001",
        "ES",
        "WAIT_BUYER_ACCEPT_GOODS",
    )
    assert context.purchased_at is not None and context.purchased_at.utcoffset() is not None
    dumped = repr(context.raw) + repr(context)
    assert "Test Street" not in dumped and "5550100" not in dumped and "es2220001" not in dumped


def test_unknown_order_is_not_found(spec: SandboxSpec, make_client: Any) -> None:
    from marketmsg import NotFoundError

    client = make_client(account(spec))
    with pytest.raises(NotFoundError) as info:
        client.orders.context("9999999999", platform="aliexpress")
    # The answer that lacked the order is named by its gateway request id (what AliExpress support asks for).
    assert info.value.request_id and info.value.request_id in str(info.value)


@pytest.mark.parametrize(
    ("seller", "conversation"),
    [
        (IM_SELLER, f"aliexpress:{IM_SELLER}:conv:im/2999999999"),
        (LETTER_SELLER, f"aliexpress:{LETTER_SELLER}:conv:station_letter/ch-9999"),
    ],
)
def test_unknown_conversation_is_not_found_with_the_answers_request_id(
    spec: SandboxSpec, make_client: Any, seller: str, conversation: str
) -> None:
    from marketmsg import NotFoundError

    client = make_client(account(spec, seller))
    with pytest.raises(NotFoundError) as info:
        client.conversations.get(conversation)
    assert info.value.request_id and info.value.request_id in str(info.value)


@pytest.mark.parametrize(
    ("setting", "hours"), [({}, 24), ({"reply_sla_hours": 12}, 12), ({"reply_sla_hours": None}, None)]
)
def test_reply_due_follows_the_configurable_sla(
    spec: SandboxSpec, make_client: Any, setting: dict[str, Any], hours: int | None
) -> None:
    client = make_client(account(spec, settings=setting))
    listed = next(c for c in client.conversations.list() if c.id == IM_CONV)
    fetched = client.conversations.get(IM_CONV)
    assert listed.last_inbound_at is not None
    expected = None if hours is None else listed.last_inbound_at + timedelta(hours=hours)
    assert listed.response_due == fetched.response_due == expected


@pytest.mark.parametrize("page_size", [None, 1, 3])
def test_inbox_merges_channels_newest_first(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock, page_size: int | None
) -> None:
    from marketmsg import Money, ProposeSolution, SolutionKind

    client = make_client(account(spec))
    oldest_open = [d for d in client.disputes.list() if d.status.value == "awaiting_seller"][-1]
    clock.advance(60)
    client.disputes.act(  # fresh activity on an old dispute: it must now lead the inbox
        oldest_open.id,
        ProposeSolution(
            kind=SolutionKind.REFUND, amount=Money(amount="1", currency="USD"), reason="Partial refund"
        ),
    )
    inbox = client.conversations.list(page_size=page_size).to_list()
    stamps = [c.last_message_at for c in inbox]
    assert all(a is not None for a in stamps)
    assert stamps == sorted(stamps, reverse=True)
    assert inbox[0].channel is Channel.DISPUTE
    assert len({c.id for c in inbox}) == len(inbox)
