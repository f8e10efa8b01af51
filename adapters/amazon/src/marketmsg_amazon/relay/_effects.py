"""Blocking relay steps (store reads/writes, IMAP and Maildir syncs) as effects for both clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import anyio.to_thread

from marketmsg.adapter import IOEffect

__all__ = ["RelayIO"]

T = TypeVar("T")


class RelayIO(IOEffect[T], Generic[T]):
    """Run one blocking step: directly under ``Client``, in a worker thread under ``AsyncClient``.

    SQLite and ``imaplib`` are blocking libraries; a worker thread keeps the event loop free without a second
    implementation of the step. ``idempotent`` steps (reads, syncs whose checkpoint makes repeats harmless) may be
    retried by the driver after a connection error.
    """

    def __init__(self, operation: str, fn: Callable[[], T], *, idempotent: bool = True) -> None:
        self.operation = operation
        self.idempotent = idempotent
        self._fn = fn

    def __repr__(self) -> str:
        return f"RelayIO({self.operation!r})"

    def run_sync(self) -> T:
        return self._fn()

    async def run_async(self) -> T:
        return await anyio.to_thread.run_sync(self._fn)
