"""Static checks of the public API's types (run by mypy --strict in `python3 dev.py lint`, never executed)."""

from __future__ import annotations

from typing import assert_type

from marketmsg import (
    AsyncClient,
    AsyncPaginator,
    Capability,
    Client,
    Conversation,
    Dispute,
    Message,
    OrderContext,
    SyncPaginator,
)


def sync_client(client: Client) -> None:
    assert_type(client.conversations.list(), SyncPaginator[Conversation])
    assert_type(client.conversations.get("x"), Conversation)
    assert_type(client.messages.list("x"), SyncPaginator[Message])
    assert_type(client.messages.reply("x", "hello"), Message)
    assert_type(client.messages.send("o", "warranty"), Message)
    assert_type(client.orders.capabilities("o"), Capability)
    assert_type(client.orders.context("o"), OrderContext)
    assert_type(client.disputes.list(), SyncPaginator[Dispute])
    assert_type(client.disputes.get("d"), Dispute)
    assert_type(client.with_options(max_retries=0), Client)
    for conversation in client.conversations.list():
        assert_type(conversation, Conversation)


async def async_client(client: AsyncClient) -> None:
    assert_type(client.conversations.list(), AsyncPaginator[Conversation])
    assert_type(await client.conversations.get("x"), Conversation)
    assert_type(client.messages.list("x"), AsyncPaginator[Message])
    assert_type(await client.messages.reply("x", "hello"), Message)
    assert_type(await client.orders.capabilities("o"), Capability)
    assert_type(await client.disputes.get("d"), Dispute)
    assert_type(client.with_options(timeout=3.0), AsyncClient)
    async for conversation in client.conversations.list():
        assert_type(conversation, Conversation)
    assert_type(await client.conversations.list().to_list(5), list[Conversation])
