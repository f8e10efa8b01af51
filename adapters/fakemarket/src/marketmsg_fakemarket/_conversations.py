"""Conversations: list, get, mark read — the flows and the mapping of Fakemarket's conversation object.

A flow is a generator: it builds requests, ``yield from adapter.call(...)`` hands each to the client's driver
(rate limit, auth, retries, error mapping — sync or async, the flow does not know), and returns unified models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from marketmsg.adapter import ConversationQuery, Flow
from marketmsg.models import Channel, Conversation, ConversationStatus, IdKind, Page, Party, PartyRole

from ._response import raw, read
from ._wire import ConversationList, WireConversation

if TYPE_CHECKING:
    from ._adapter import FakemarketAdapter

__all__ = ["get_conversation", "list_conversations", "mark_read"]


def list_conversations(adapter: FakemarketAdapter, query: ConversationQuery) -> Flow[Page[Conversation]]:
    # The API pages by offset and filters nothing: the filters it lacks are applied to each page here.
    params = {"page": query.cursor} if query.cursor else {}
    request = httpx.Request("GET", f"{adapter.base_url}/v1/conversations", params=params)
    response = yield from adapter.call(request, operation="listConversations")
    page = read(response, ConversationList)
    items = [to_conversation(adapter, c) for c in page.conversations]
    items = [c for c in items if _matches(c, query)]
    cursor = str(page.next_page) if page.next_page is not None else None
    return Page(items=tuple(items), next_cursor=cursor)


def get_conversation(adapter: FakemarketAdapter, native_id: str) -> Flow[Conversation]:
    request = httpx.Request("GET", f"{adapter.base_url}/v1/conversations/{native_id}")
    response = yield from adapter.call(request, operation="getConversation")
    return to_conversation(adapter, read(response, WireConversation))


def mark_read(adapter: FakemarketAdapter, native_id: str) -> Flow[None]:
    request = httpx.Request("POST", f"{adapter.base_url}/v1/conversations/{native_id}/read")
    yield from adapter.call(request, operation="markRead")  # idempotent: marking twice is harmless
    return None


def _matches(conversation: Conversation, query: ConversationQuery) -> bool:
    if query.since is not None and (
        conversation.last_message_at is None or conversation.last_message_at < query.since
    ):
        return False
    if query.status is not None and conversation.status != query.status:
        return False
    if query.channel is not None and conversation.channel != query.channel:
        return False
    if query.order_id is not None and conversation.order_id != query.order_id:
        return False
    return not (query.unread_only and conversation.unread_count == 0)


def to_conversation(adapter: FakemarketAdapter, wire: WireConversation) -> Conversation:
    awaiting_seller = wire.last_from == "buyer"
    return Conversation(
        id=adapter.make_id(IdKind.CONVERSATION, wire.id),
        platform=adapter.name,
        account=adapter.account.key,
        channel=Channel.OTHER,
        buyer=Party(role=PartyRole.BUYER, platform_id=wire.buyer.id, display_name=wire.buyer.name),
        order_id=wire.order_id,
        status=ConversationStatus.AWAITING_SELLER if awaiting_seller else ConversationStatus.AWAITING_BUYER,
        unread_count=wire.unread,
        last_message_at=wire.last_message_at,
        last_inbound_at=wire.last_message_at if awaiting_seller else None,
        raw=raw(wire),
    )
