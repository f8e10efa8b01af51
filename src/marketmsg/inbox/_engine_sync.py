"""``InboxSync``: the inbox engine's I/O shell over ``Client`` — generated.

GENERATED from ``_engine_async.py`` by ``scripts/unasync.py`` — do not edit by hand; CI checks it.
The work is in flows (``_sync.sync_account``, ``_reconcile.reconcile_flow``), one per account, run by the client's
own driver like any adapter operation: store calls are :class:`~marketmsg.adapter.BlockingCall` effects (run inline
under ``Client``), listings are the adapter's own operations, rate limits and retries apply.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .._clock import Clock, SystemClock
from .._exceptions import ConfigurationError
from ..store import SqlStore
from ._reconcile import DEFAULT_WINDOW, ReconcileReport, reconcile_flow
from ._sync import DEFAULT_OVERLAP, Progress, SyncReport, sync_account

if TYPE_CHECKING:
    from .._client import Client
    from ..adapter import Adapter

__all__ = ["InboxSync"]


def _pick(adapters: Sequence[Adapter], wanted: Sequence[str] | None) -> list[Adapter]:
    if wanted is None:
        return list(adapters)
    keys = {a.account.key: a for a in adapters}
    chosen = [a for a in adapters if a.account.key in wanted or a.account.seller_id in wanted]
    missing = [w for w in wanted if not any(w in (a.account.key, a.account.seller_id) for a in adapters)]
    if missing:
        raise ConfigurationError(
            f"account(s) {', '.join(missing)} not configured on the client; configured: {', '.join(keys)}",
            field="accounts",
        )
    return chosen


class InboxSync:
    """Pull every account's conversations, messages and disputes into ``store``, incrementally.

    >>> with SqlStore("inbox.db") as store, Client(accounts, outbox=store) as client:  # doctest: +SKIP
    ...     report = InboxSync(client, store).run()
    ...     print(report)                 # 3 new conversations, 7 new messages, ...
    ...     print(InboxSync(client, store).run().changed)  # 0: nothing changed since

    ``overlap`` re-reads that much before the last watermark (listings can lag); items seen again are
    recognised as unchanged. ``progress`` receives a :class:`SyncEvent` after each step (for progress bars).
    ``since`` is where an account's first sync starts (default: its whole history): a new account reads only
    what changed since then.
    """

    def __init__(
        self,
        client: Client,
        store: SqlStore,
        *,
        clock: Clock | None = None,
        overlap: timedelta = DEFAULT_OVERLAP,
        progress: Progress | None = None,
        since: datetime | None = None,
    ) -> None:
        if not isinstance(store, SqlStore):
            raise ConfigurationError("InboxSync needs a marketmsg.store.SqlStore", field="store")
        if since is not None and (since.tzinfo is None or since.utcoffset() is None):
            raise ConfigurationError("since must be a timezone-aware datetime", field="since")
        self.client = client
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.overlap = overlap
        self.progress = progress
        self.since = since

    def run(self, *, accounts: Sequence[str] | None = None) -> SyncReport:
        """Sync all of the client's accounts (or those named); one account's failure does not stop the others."""
        now = self.clock.now()
        report = SyncReport()
        for adapter in _pick(list(self.client._state.adapters.values()), accounts):
            flow = sync_account(
                adapter, self.store, now=now, overlap=self.overlap, progress=self.progress, since=self.since
            )
            report.accounts.append(self.client._run(adapter, flow))
        return report

    def reconcile(
        self,
        *,
        bodies: Mapping[str, str] | None = None,
        window: timedelta = DEFAULT_WINDOW,
        mark_missing_failed: bool = False,
    ) -> ReconcileReport:
        """Resolve UNKNOWN outbox entries of the client's accounts against the platform
        (see :mod:`marketmsg.inbox._reconcile`)."""
        now = self.clock.now()
        report = ReconcileReport()
        for adapter in self.client._state.adapters.values():
            flow = reconcile_flow(
                adapter,
                self.store,
                now=now,
                bodies=bodies,
                window=window,
                mark_missing_failed=mark_missing_failed,
            )
            report.results.extend((self.client._run(adapter, flow)).results)
        return report
