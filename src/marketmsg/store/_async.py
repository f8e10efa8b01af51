"""``AsyncSqlStore``: the store for asyncio code — every call runs in a worker thread, never on the event loop.

The database work is the same as :class:`SqlStore`'s (one implementation, so the two cannot drift); streams
hand over one batch per thread hop, so an ``async for`` over a large listing or the change feed costs one
thread switch per batch, not per row.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import datetime, timedelta
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.to_thread

from ..models import Conversation, ConversationStatus, Dispute, Message
from ._feed import Change
from ._sql import BATCH, SqlStore

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ..retention import PurgeHook
    from ._purge import PurgeReport
    from ._records import UpsertResult

__all__ = ["AsyncSqlStore"]

T = TypeVar("T")


class AsyncSqlStore:
    """:class:`SqlStore`'s reads, writes, change feed and purge, awaited.

    >>> async with AsyncSqlStore("inbox.db") as store:                    # doctest: +SKIP
    ...     async for change in store.changes(after=last_seen):
    ...         ...
    ...     report = await store.purge()                                   # the DPP's 30 days

    Pass an existing :class:`SqlStore` to share its engine; :attr:`sync` is the underlying store (give that one
    to ``AsyncClient(outbox=…)`` and ``AsyncInboxSync``, which already run store calls in threads).
    """

    def __init__(self, target: SqlStore | str | os.PathLike[str] | Engine, **options: Any) -> None:
        self.sync: SqlStore = target if isinstance(target, SqlStore) else SqlStore(target, **options)
        self._owns = not isinstance(target, SqlStore)

    async def _call(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await anyio.to_thread.run_sync(partial(func, *args, **kwargs))

    async def _stream(self, make: Callable[[], Iterator[T]]) -> AsyncIterator[T]:
        # One thread hop per batch: the sync generator is advanced BATCH items at a time in a worker thread.
        iterator = await self._call(make)

        def take() -> list[T]:
            return [item for _, item in zip(range(BATCH), iterator, strict=False)]

        try:
            while items := await self._call(take):
                for item in items:
                    yield item
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                await self._call(close)

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Release the engine's connections (only when this object opened the store)."""
        if self._owns:
            await self._call(self.sync.close)

    async def __aenter__(self) -> AsyncSqlStore:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncSqlStore({self.sync.database})"

    # ------------------------------------------------------------------ records

    async def upsert_conversations(
        self, items: Iterable[Conversation], *, synced_at: datetime | None = None, dry_run: bool = False
    ) -> UpsertResult:
        return await self._call(
            self.sync.upsert_conversations, list(items), synced_at=synced_at, dry_run=dry_run
        )

    async def upsert_messages(self, items: Iterable[Message]) -> UpsertResult:
        return await self._call(self.sync.upsert_messages, list(items))

    async def upsert_disputes(self, items: Iterable[Dispute]) -> UpsertResult:
        return await self._call(self.sync.upsert_disputes, list(items))

    async def get_conversation(self, conversation_id: str) -> Conversation | None:
        return await self._call(self.sync.get_conversation, conversation_id)

    def conversations(
        self,
        *,
        account: str | None = None,
        order_id: str | None = None,
        status: ConversationStatus | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[Conversation]:
        return self._stream(
            partial(self.sync.conversations, account=account, order_id=order_id, status=status, limit=limit)
        )

    def inbox(self, *, account: str | None = None, limit: int | None = None) -> AsyncIterator[Conversation]:
        return self._stream(partial(self.sync.inbox, account=account, limit=limit))

    def messages(
        self, conversation_id: str | None = None, *, account: str | None = None, since: datetime | None = None
    ) -> AsyncIterator[Message]:
        return self._stream(partial(self.sync.messages, conversation_id, account=account, since=since))

    def disputes(self, *, account: str | None = None, order_id: str | None = None) -> AsyncIterator[Dispute]:
        return self._stream(partial(self.sync.disputes, account=account, order_id=order_id))

    async def accounts(self) -> list[str]:
        return await self._call(self.sync.accounts)

    async def counts(self) -> dict[str, int]:
        return await self._call(self.sync.counts)

    # ------------------------------------------------------------------ change feed and retention

    def changes(self, *, after: int = 0, limit: int | None = None) -> AsyncIterator[Change]:
        """The change feed after ``after``, in position order (see :meth:`SqlStore.changes`)."""
        self.sync.changes(after=after, limit=limit)  # validates the arguments now, not at the first await
        return self._stream(partial(self.sync.changes, after=after, limit=limit))

    async def last_position(self) -> int:
        return await self._call(self.sync.last_position)

    async def purge(
        self,
        older_than: timedelta | datetime | None = None,
        *,
        account: str | None = None,
        platform: str | None = None,
        hooks: Iterable[PurgeHook] = (),
        now: datetime | None = None,
    ) -> PurgeReport:
        """:meth:`SqlStore.purge` in a worker thread (hooks run there too: they are blocking by contract)."""
        return await self._call(
            self.sync.purge, older_than, account=account, platform=platform, hooks=list(hooks), now=now
        )

    async def purge_buyer_data(self, *, before: datetime) -> int:
        return await self._call(self.sync.purge_buyer_data, before=before)
