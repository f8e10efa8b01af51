"""Run the same client call through ``Client`` or ``AsyncClient`` and get plain values back.

The contract kit parametrises every test over both clients with this, so "sync and async give identical results"
is checked for every adapter, not claimed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Literal, TypeVar

import anyio

from .._client import AsyncClient, Client
from ..sandbox import Sandbox

__all__ = ["Harness", "Mode"]

T = TypeVar("T")
Mode = Literal["sync", "async"]


class Harness:
    """``harness.call(lambda c: c.conversations.get(i), lambda c: c.conversations.get(i))``, materialised."""

    def __init__(self, sandbox: Sandbox, mode: Mode, **client_kwargs: Any) -> None:
        self.sandbox = sandbox
        self.mode = mode
        self.client_kwargs = client_kwargs
        self._sync: Client | None = None

    def _client(self) -> Client:
        if self._sync is None:
            self._sync = self.sandbox.client(**self.client_kwargs)
        return self._sync

    def call(self, sync: Callable[[Client], T], async_: Callable[[AsyncClient], Awaitable[T]]) -> T:
        if self.mode == "sync":
            return sync(self._client())

        async def main() -> T:
            async with self.sandbox.async_client(**self.client_kwargs) as client:
                return await async_(client)

        return anyio.run(main)

    def collect(
        self, sync: Callable[[Client], Any], async_: Callable[[AsyncClient], Any], limit: int = 500
    ) -> list[Any]:
        """Materialise a paginator (sync iterator or async iterator) into a list."""
        if self.mode == "sync":
            return list(sync(self._client()).to_list(limit))

        async def main() -> list[Any]:
            async with self.sandbox.async_client(**self.client_kwargs) as client:
                result: list[Any] = await async_(client).to_list(limit)
                return result

        return anyio.run(main)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
