"""Messages: list a conversation's messages and send a reply — the flows and the mapping of a message."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from marketmsg.adapter import Flow, MessageQuery, ReplyContext, ReplyDraft
from marketmsg.models import Channel, Direction, IdKind, Message, MessageKind, Page, Party, PartyRole

from ._response import raw, read
from ._wire import MessageList, WireMessage

if TYPE_CHECKING:
    from ._adapter import FakemarketAdapter

__all__ = ["list_messages", "send_reply"]


def list_messages(adapter: FakemarketAdapter, query: MessageQuery) -> Flow[Page[Message]]:
    native = query.conversation_native_id
    request = httpx.Request("GET", f"{adapter.base_url}/v1/conversations/{native}/messages")
    response = yield from adapter.call(request, operation="listMessages")
    messages = [to_message(adapter, native, m) for m in read(response, MessageList).messages]
    if query.since is not None:
        since = query.since
        messages = [m for m in messages if m.sent_at >= since]
    return Page(items=tuple(messages))  # the API answers a conversation's messages in one page


def send_reply(
    adapter: FakemarketAdapter, native_id: str, draft: ReplyDraft, context: ReplyContext
) -> Flow[Message]:
    # Fakemarket needs nothing from the conversation to post into it, so ``context`` goes unused; a platform
    # that needs the buyer's id or thread headers reads them from ``context.conversation.raw`` — never again
    # from the API.
    request = httpx.Request(
        "POST", f"{adapter.base_url}/v1/conversations/{native_id}/messages", json={"text": draft.body}
    )
    # idempotent=False: a send whose answer is lost is never retried blindly (DeliveryUnknown instead).
    response = yield from adapter.call(request, operation="sendMessage", idempotent=False)
    return to_message(adapter, native_id, read(response, WireMessage))


def to_message(adapter: FakemarketAdapter, conversation_native_id: str, wire: WireMessage) -> Message:
    inbound = wire.sender == "buyer"
    return Message(
        id=adapter.make_id(IdKind.MESSAGE, f"{conversation_native_id}/{wire.id}"),
        conversation_id=adapter.make_id(IdKind.CONVERSATION, conversation_native_id),
        direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
        sender=Party(role=PartyRole.BUYER if inbound else PartyRole.SELLER),
        kind=MessageKind.REPLY,
        channel=Channel.OTHER,
        body=wire.text,
        sent_at=wire.at,
        platform_message_id=wire.id,
        raw=raw(wire),
    )
