"""Auto-paging iterators that merge listings across accounts and platforms.

Each account's listing is fetched lazily page by page; the merged stream is ordered by the given key (newest
first for conversations), so a unified inbox reads naturally without loading everything. A listing ordered by
something the platforms cannot sort by (disputes: the nearest deadline first) passes ``order``: iteration then
reads every page first and sorts. ``notices`` says which accounts a listing skipped and why (not errors).
"""

from __future__ import annotations

import heapq
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from ._effects import Flow
from .models import Page

__all__ = ["AsyncPaginator", "SyncPaginator", "all_pages", "newest_first"]

T = TypeVar("T")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

FetchPage = Callable[[str | None], Page[T]]
AsyncFetchPage = Callable[[str | None], Awaitable[Page[T]]]


def newest_first(attr: str) -> Callable[[object], datetime]:
    """Sort key: the datetime attribute ``attr`` (missing = oldest)."""

    def key(item: object) -> datetime:
        value = getattr(item, attr, None)
        return value if isinstance(value, datetime) else _EPOCH

    return key


def all_pages(fetch: Callable[[str | None], Flow[Page[T]]]) -> Flow[list[T]]:
    """Every item of a paged listing, as a flow: ``items = yield from all_pages(lambda c: adapter.list_…(c))``.

    Stops at a cursor seen before, as the paginators do (a platform that loops must not be hammered).
    """
    items: list[T] = []
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        page = yield from fetch(cursor)
        items.extend(page.items)
        if not page.next_cursor or page.next_cursor in seen:
            return items
        seen.add(page.next_cursor)
        cursor = page.next_cursor


class SyncPaginator(Generic[T]):
    """Iterate items across every source and page; ``.pages()`` yields raw pages source by source.

    ``notices``: one line per account the listing skipped (e.g. its platform has no disputes API).
    """

    def __init__(
        self,
        sources: Sequence[FetchPage[T]],
        key: Callable[[T], datetime] | None = None,
        *,
        order: Callable[[T], Any] | None = None,
        notices: list[str] | None = None,
    ) -> None:
        self._sources = list(sources)
        self._key = key
        self._order = order
        self.notices: list[str] = notices if notices is not None else []

    def _items(self, fetch: FetchPage[T]) -> Iterator[T]:
        for page in self._pages_of(fetch):
            yield from page.items

    @staticmethod
    def _pages_of(fetch: FetchPage[T]) -> Iterator[Page[T]]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            page = fetch(cursor)
            yield page
            if not page.next_cursor or page.next_cursor in seen:
                return  # a cursor seen before would loop forever: stop rather than hammer the platform
            seen.add(page.next_cursor)
            cursor = page.next_cursor

    def pages(self) -> Iterator[Page[T]]:
        for fetch in self._sources:
            yield from self._pages_of(fetch)

    def __iter__(self) -> Iterator[T]:
        streams = [self._items(fetch) for fetch in self._sources]
        if self._order is not None:
            yield from sorted((item for stream in streams for item in stream), key=self._order)
            return
        if self._key is None or len(streams) == 1:
            for stream in streams:
                yield from stream
            return
        yield from heapq.merge(*streams, key=self._key, reverse=True)

    def to_list(self, limit: int | None = None) -> list[T]:
        """The first ``limit`` items (all when ``None``)."""
        out: list[T] = []
        for item in self:
            if limit is not None and len(out) >= limit:
                break
            out.append(item)
        return out


class AsyncPaginator(Generic[T]):
    """``async for`` over items across every source and page, merged like :class:`SyncPaginator`."""

    def __init__(
        self,
        sources: Sequence[AsyncFetchPage[T]],
        key: Callable[[T], datetime] | None = None,
        *,
        order: Callable[[T], Any] | None = None,
        notices: list[str] | None = None,
    ) -> None:
        self._sources = list(sources)
        self._key = key
        self._order = order
        self.notices: list[str] = notices if notices is not None else []

    @staticmethod
    async def _pages_of(fetch: AsyncFetchPage[T]) -> AsyncIterator[Page[T]]:
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            page = await fetch(cursor)
            yield page
            if not page.next_cursor or page.next_cursor in seen:
                return
            seen.add(page.next_cursor)
            cursor = page.next_cursor

    async def _items(self, fetch: AsyncFetchPage[T]) -> AsyncIterator[T]:
        async for page in self._pages_of(fetch):
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        for fetch in self._sources:
            async for page in self._pages_of(fetch):
                yield page

    def __aiter__(self) -> AsyncIterator[T]:
        return self._merged()

    async def _merged(self) -> AsyncIterator[T]:
        streams = [self._items(fetch) for fetch in self._sources]
        if self._order is not None:
            collected = [item for stream in streams async for item in stream]
            for item in sorted(collected, key=self._order):
                yield item
            return
        key = self._key
        if key is None or len(streams) == 1:
            for stream in streams:
                async for item in stream:
                    yield item
            return
        # k-way merge: keep each stream's head, always emit the newest (ties keep source order, like heapq.merge).
        heads: list[tuple[T, int]] = []
        for index, stream in enumerate(streams):
            async for item in stream:
                heads.append((item, index))
                break
        while heads:
            best = max(range(len(heads)), key=lambda i: (key(heads[i][0]), -heads[i][1]))
            item, index = heads.pop(best)
            yield item
            async for nxt in streams[index]:
                heads.append((nxt, index))
                break

    async def to_list(self, limit: int | None = None) -> list[T]:
        out: list[T] = []
        async for item in self:
            if limit is not None and len(out) >= limit:
                break
            out.append(item)
        return out
