"""``InboxSync`` / ``AsyncInboxSync``: the public face of the inbox engine, one per client flavour."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from .._clock import Clock, SystemClock
from .._exceptions import ConfigurationError
from ..store import SqlStore
from ._reconcile import DEFAULT_WINDOW, ReconcileReport, reconcile_flow
from ._steps import adrive, drive
from ._sync import DEFAULT_OVERLAP, Progress, SyncReport, sync_accounts

if TYPE_CHECKING:
    from .._client import AsyncClient, Client
    from ..models import Account

__all__ = ["AsyncInboxSync", "InboxSync"]


def _pick(accounts: Sequence[Account], wanted: Sequence[str] | None) -> list[tuple[str, str]]:
    pairs = [(a.key, a.platform) for a in accounts]
    if wanted is None:
        return pairs
    chosen = [p for p in pairs if p[0] in wanted or p[0].split(":", 1)[1] in wanted]
    missing = [w for w in wanted if not any(w in (k, k.split(":", 1)[1]) for k, _ in pairs)]
    if missing:
        known = ", ".join(k for k, _ in pairs)
        raise ConfigurationError(
            f"account(s) {', '.join(missing)} not configured on the client; configured: {known}",
            field="accounts",
        )
    return chosen


class _Base:
    def __init__(
        self,
        store: SqlStore,
        *,
        clock: Clock | None,
        overlap: timedelta,
        progress: Progress | None,
    ) -> None:
        if not isinstance(store, SqlStore):
            raise ConfigurationError("InboxSync needs a marketmsg.store.SqlStore", field="store")
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.overlap = overlap
        self.progress = progress


class InboxSync(_Base):
    """Pull every account's conversations, messages and disputes into ``store``, incrementally.

    >>> with SqlStore("inbox.db") as store, Client(accounts, outbox=store) as client:  # doctest: +SKIP
    ...     report = InboxSync(client, store).run()
    ...     print(report)                 # 3 new conversations, 7 new messages, ...
    ...     print(InboxSync(client, store).run().changed)  # 0: nothing changed since

    ``overlap`` re-reads that much before the last watermark (listings can lag); items seen again are
    recognised as unchanged. ``progress`` receives a :class:`SyncEvent` after each step (for progress bars).
    """

    def __init__(
        self,
        client: Client,
        store: SqlStore,
        *,
        clock: Clock | None = None,
        overlap: timedelta = DEFAULT_OVERLAP,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(store, clock=clock, overlap=overlap, progress=progress)
        self.client = client

    def run(self, *, accounts: Sequence[str] | None = None) -> SyncReport:
        """Sync all of the client's accounts (or those named); one account's failure does not stop the others."""
        flow = sync_accounts(
            self.store,
            _pick(self.client.accounts, accounts),
            clock=self.clock,
            overlap=self.overlap,
            progress=self.progress,
        )
        return drive(flow, self.client)

    def reconcile(
        self,
        *,
        bodies: Mapping[str, str] | None = None,
        window: timedelta = DEFAULT_WINDOW,
        mark_missing_failed: bool = False,
    ) -> ReconcileReport:
        """Resolve UNKNOWN outbox entries against the platform (see :mod:`marketmsg.inbox._reconcile`)."""
        flow = reconcile_flow(
            self.store,
            now=self.clock.now(),
            bodies=bodies,
            window=window,
            mark_missing_failed=mark_missing_failed,
        )
        return drive(flow, self.client)


class AsyncInboxSync(_Base):
    """:class:`InboxSync` for :class:`marketmsg.AsyncClient`: the same methods, awaited.

    Store calls run in worker threads, so the event loop never blocks on the database.
    """

    def __init__(
        self,
        client: AsyncClient,
        store: SqlStore,
        *,
        clock: Clock | None = None,
        overlap: timedelta = DEFAULT_OVERLAP,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(store, clock=clock, overlap=overlap, progress=progress)
        self.client = client

    async def run(self, *, accounts: Sequence[str] | None = None) -> SyncReport:
        """Sync all of the client's accounts (or those named); one account's failure does not stop the others."""
        flow = sync_accounts(
            self.store,
            _pick(self.client.accounts, accounts),
            clock=self.clock,
            overlap=self.overlap,
            progress=self.progress,
        )
        return await adrive(flow, self.client)

    async def reconcile(
        self,
        *,
        bodies: Mapping[str, str] | None = None,
        window: timedelta = DEFAULT_WINDOW,
        mark_missing_failed: bool = False,
    ) -> ReconcileReport:
        """Resolve UNKNOWN outbox entries against the platform."""
        flow = reconcile_flow(
            self.store,
            now=self.clock.now(),
            bodies=bodies,
            window=window,
            mark_missing_failed=mark_missing_failed,
        )
        return await adrive(flow, self.client)
