"""The public clients: ``Client`` (generated from the async source) and ``AsyncClient``."""

from ._client_async import AsyncClient, AsyncConversations, AsyncDisputes, AsyncMessages, AsyncOrders
from ._client_sync import Client, Conversations, Disputes, Messages, Orders

__all__ = [
    "AsyncClient",
    "AsyncConversations",
    "AsyncDisputes",
    "AsyncMessages",
    "AsyncOrders",
    "Client",
    "Conversations",
    "Disputes",
    "Messages",
    "Orders",
]
