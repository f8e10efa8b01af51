"""The inbox engine's I/O as steps, so one flow runs under ``Client`` and ``AsyncClient``.

Like the core's adapter flows (``marketmsg._effects``), the sync and reconcile logic are generators that
``yield`` a step and receive its result. The sync driver runs each step directly; the async driver awaits the
client's async iterators and moves blocking store calls to a worker thread. Errors raised by a step are thrown
back into the flow, which decides whether one account's failure stops the others (it does not).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio.to_thread

from ..models import Conversation, Dispute, Message

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

__all__ = [
    "ListConversations",
    "ListDisputes",
    "ListMessages",
    "Step",
    "StoreCall",
    "SyncFlow",
    "adrive",
    "drive",
]

T = TypeVar("T")
R = TypeVar("R")


class Step(Generic[T]):
    """One unit of I/O; ``run_sync`` and ``run_async`` must do the same thing."""

    def run_sync(self, client: Client) -> T:
        raise NotImplementedError

    async def run_async(self, client: AsyncClient) -> T:
        raise NotImplementedError


SyncFlow = Generator[Step[Any], Any, R]


@dataclass(frozen=True)
class ListConversations(Step[list[Conversation]]):
    account: str
    since: datetime | None

    def run_sync(self, client: Client) -> list[Conversation]:
        return client.conversations.list(account=self.account, since=self.since).to_list()

    async def run_async(self, client: AsyncClient) -> list[Conversation]:
        return await client.conversations.list(account=self.account, since=self.since).to_list()


@dataclass(frozen=True)
class ListMessages(Step[list[Message]]):
    conversation_id: str
    since: datetime | None

    def run_sync(self, client: Client) -> list[Message]:
        return client.messages.list(self.conversation_id, since=self.since).to_list()

    async def run_async(self, client: AsyncClient) -> list[Message]:
        return await client.messages.list(self.conversation_id, since=self.since).to_list()


@dataclass(frozen=True)
class ListDisputes(Step[list[Dispute]]):
    account: str
    since: datetime | None

    def run_sync(self, client: Client) -> list[Dispute]:
        return client.disputes.list(account=self.account, since=self.since).to_list()

    async def run_async(self, client: AsyncClient) -> list[Dispute]:
        return await client.disputes.list(account=self.account, since=self.since).to_list()


class StoreCall(Step[T]):
    """A blocking store call (SQL): run inline by the sync driver, in a worker thread by the async one."""

    def __init__(self, call: Callable[[], T]) -> None:
        self.call = call

    def run_sync(self, client: Client) -> T:
        return self.call()

    async def run_async(self, client: AsyncClient) -> T:
        return await anyio.to_thread.run_sync(self.call)


def drive(flow: SyncFlow[R], client: Client) -> R:
    """Run ``flow`` with the synchronous client."""
    value: Any = None
    error: Exception | None = None
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        try:
            value = step.run_sync(client)
        except Exception as exc:  # handed to the flow, which knows which failures are per-account
            error = exc


async def adrive(flow: SyncFlow[R], client: AsyncClient) -> R:
    """Run ``flow`` with the asynchronous client."""
    value: Any = None
    error: Exception | None = None
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        value, error = None, None
        try:
            value = await step.run_async(client)
        except Exception as exc:
            error = exc
