"""Run the same client call through ``Client`` or ``AsyncClient`` and get plain values back.

The contract kit parametrises every test over both clients with this, so "sync and async give identical results"
is checked for every adapter, not claimed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Literal, TypeVar

import anyio

from .._client import AsyncClient, Client
from .._effects import Effect, Flow, IOEffect, run_flow_sync
from ..sandbox import Sandbox

__all__ = ["Harness", "Mode", "run_local_flow"]

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


def run_local_flow(flow: Flow[T]) -> T:
    """Run an adapter flow whose effects are all local (store reads, SMTP to a test server) without a client.

    For an adapter's unit tests: each :class:`~marketmsg.adapter.IOEffect` (``BlockingCall`` …) runs inline. An
    HTTP call raises ``TypeError``: drive those through a client on the adapter's simulator (:class:`Harness`).
    """

    def perform(effect: Effect) -> Any:
        if not isinstance(effect, IOEffect):
            raise TypeError(f"{effect!r} is not a local effect: run this flow through a client")
        return effect.run_sync()

    return run_flow_sync(flow, perform)
