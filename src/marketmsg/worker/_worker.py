"""``Worker``: sync accounts on a schedule, settle the outbox, emit events, deliver webhooks — on many hosts.

One worker process runs:

- ``concurrency`` sync threads, each looping: claim one due account (:class:`AccountLeases`), sync it
  (:class:`marketmsg.inbox.InboxSync`; the first sync starts at ``since``), reconcile its outbox entries whose
  outcome is unknown, send its queued replies (``client.messages.queue_reply``; oldest first, at most
  ``send_batch`` per turn, each only while the lease is still this worker's), release it due again after
  ``interval``;
- a heartbeat thread renewing the leases it holds every third of ``lease_ttl``;
- the main loop: derive events from the change feed (:class:`marketmsg.events.EventLog`), deliver webhooks
  (:class:`marketmsg.events.Webhooks`), refresh the gauges.

Stopping (``stop()``, SIGTERM, SIGINT, or ``duration``) lets every thread finish the account it is on — its
writes are transactions, an in-flight send finishes (its outcome recorded, or UNKNOWN), no further queued send
starts, its lease is released — then returns. Nothing is half-written: a sync that is cut
short by a kill leaves its lease to expire and the next worker resumes from the store's cursor.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import ThreadingHTTPServer
from types import FrameType
from typing import TYPE_CHECKING, Any

from .._client_common import draft_reply
from .._clock import Clock, SystemClock
from .._exceptions import (
    ConfigurationError,
    EmptyMessageError,
    IdempotencyConflict,
    InvalidRequestError,
    PlatformRuleError,
)
from .._operations import send_reply_flow
from .._outbox import OutboxEntry, OutboxState
from ..events import EventLog, Webhooks
from ..events._webhooks import default_owner
from ..inbox import InboxSync
from ..inbox._reconcile import reconcile_flow
from ..models.ids import IdKind
from ..store import SqlStore
from ._leases import AccountLeases, Lease
from ._metrics import Metrics, serve_health

if TYPE_CHECKING:
    from .._client import Client

__all__ = ["Worker", "WorkerStats"]

log = logging.getLogger("marketmsg.worker")


@dataclass
class WorkerStats:
    """What a worker did since it started."""

    syncs: int = 0
    sync_errors: int = 0
    events: int = 0
    delivered: int = 0
    lost_leases: int = 0
    sent: int = 0  # queued replies sent
    send_errors: int = 0  # queued replies refused, failed or of unknown outcome
    accounts: set[str] = field(default_factory=set)


class Worker:
    """A long-running worker over ``client``'s accounts and ``store`` (see the module docstring).

    >>> worker = Worker(client, SqlStore("postgresql://…"), interval=timedelta(minutes=2))   # doctest: +SKIP
    >>> worker.run()                         # until SIGTERM                                   # doctest: +SKIP

    Pass the same ``metrics`` to the client's hooks to count 429s and sends:
    ``Client(accounts, event_hooks=EventHooks(on_call=[metrics.on_call]), …)``.
    """

    def __init__(
        self,
        client: Client,
        store: SqlStore,
        *,
        interval: timedelta = timedelta(minutes=5),
        lease_ttl: timedelta = timedelta(seconds=60),
        since: datetime | None = None,
        concurrency: int = 4,
        owner: str | None = None,
        webhooks: bool = True,
        reconcile: bool = True,
        send_batch: int = 20,
        poll: float = 1.0,
        health_port: int | None = None,
        metrics: Metrics | None = None,
        clock: Clock | None = None,
    ) -> None:
        if concurrency < 1:
            raise ConfigurationError("concurrency must be at least 1", field="concurrency")
        if lease_ttl.total_seconds() <= 0 or interval.total_seconds() < 0:
            raise ConfigurationError(
                "lease_ttl must be positive and interval not negative", field="lease_ttl"
            )
        self.client = client
        self.store = store
        self.interval = interval
        self.since = since
        self.concurrency = concurrency
        self.owner = owner or default_owner()
        self.reconcile = reconcile
        self.send_batch = send_batch
        self.poll = poll
        self.health_port = health_port
        self.clock: Clock = clock or SystemClock()
        self.metrics = metrics or Metrics()
        self.stats = WorkerStats()
        self.accounts = [adapter.account.key for adapter in client._state.adapters.values()]
        self.leases = AccountLeases(store, self.owner, ttl=lease_ttl, clock=self.clock)
        # A sync stores a new conversation's messages before the conversation: events wait for it (≤ 30 s).
        self.events = EventLog(store, clock=self.clock, conversation_grace=timedelta(seconds=30))
        self.webhooks = Webhooks(store, clock=self.clock, owner=self.owner) if webhooks else None
        self._stop = threading.Event()
        self._held: dict[str, Lease] = {}
        self._held_lock = threading.Lock()
        self._beat = time.monotonic()
        #: The /healthz + /metrics server while :meth:`run` runs with ``health_port`` (port 0: see its port).
        self.health_server: ThreadingHTTPServer | None = None

    # ------------------------------------------------------------------ lifecycle

    def stop(self) -> None:
        """Ask every loop to finish what it is doing and return (thread- and signal-safe)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def healthy(self) -> bool:
        """Running, and the main loop turned recently."""
        return not self.stopping and time.monotonic() - self._beat < max(30.0, 10 * self.poll)

    def run(self, *, duration: float | None = None, handle_signals: bool = True) -> WorkerStats:
        """Work until :meth:`stop`, SIGTERM/SIGINT (when ``handle_signals`` and on the main thread) or
        ``duration`` seconds; returns the stats."""
        restore = self._install_signals() if handle_signals else None
        self.leases.register(self.accounts)
        health = (
            serve_health(self.health_port, self.healthy, self.metrics)
            if self.health_port is not None
            else None
        )
        self.health_server = health
        threads = [threading.Thread(target=self._heartbeat, name="marketmsg-heartbeat", daemon=True)]
        threads += [
            threading.Thread(target=self._sync_loop, name=f"marketmsg-sync-{i}", daemon=True)
            for i in range(self.concurrency)
        ]
        for thread in threads:
            thread.start()
        log.info(
            "worker %s: %d account(s), %d sync thread(s)", self.owner, len(self.accounts), self.concurrency
        )
        deadline = None if duration is None else time.monotonic() + duration
        try:
            while not self._stop.is_set():
                busy = self.run_events()
                if deadline is not None and time.monotonic() >= deadline:
                    break
                if not busy:
                    self._stop.wait(self.poll)
        finally:
            self._stop.set()
            for thread in threads:
                thread.join()
            self.run_events()  # what the last syncs stored goes out before the worker exits
            if health is not None:
                health.shutdown()
                health.server_close()
            if self.webhooks is not None:
                self.webhooks.close()
            if restore is not None:
                restore()
        log.info(
            "worker %s stopped: %d sync(s), %d event(s)", self.owner, self.stats.syncs, self.stats.events
        )
        return self.stats

    def run_once(self) -> WorkerStats:
        """One pass, then return: sync (reconcile, send the queued replies of) every account of this client that
        is due and not leased by another worker, derive events, deliver webhooks. For cron jobs and tests."""
        self.leases.register(self.accounts)
        for lease in self.leases.claim(self.accounts, limit=len(self.accounts)):
            self.sync(lease)
        self.run_events()
        return self.stats

    def _install_signals(self) -> Callable[[], None] | None:
        if threading.current_thread() is not threading.main_thread():
            return None

        def handler(signum: int, frame: FrameType | None) -> None:
            log.info("worker %s: signal %d, stopping after the current work", self.owner, signum)
            self.stop()

        previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}

        def restore() -> None:
            for sig, old in previous.items():
                signal.signal(sig, old)

        return restore

    # ------------------------------------------------------------------ events and webhooks

    def run_events(self) -> bool:
        """One turn of the main loop: derive events, deliver webhooks, refresh gauges. True if it did work."""
        self._beat = time.monotonic()
        busy = False
        try:
            derived = self.events.pump()
            self.stats.events += len(derived)
            self.metrics.events.inc(len(derived))
            busy = bool(derived)
            if self.webhooks is not None:
                report = self.webhooks.deliver()
                self.stats.delivered += report.delivered
                busy = busy or report.claimed > 0
            self._gauges()
        except Exception as exc:  # the database may be briefly away: keep the worker alive, try next turn
            log.warning("worker %s: events/webhooks turn failed (%s)", self.owner, type(exc).__name__)
        return busy

    def _gauges(self) -> None:
        self.metrics.event_lag.set(self.events.lag())
        self.metrics.sync_lag.set(self.leases.sync_lag(self.accounts))
        with self._held_lock:
            self.metrics.leases.set(len(self._held))
        if self.webhooks is not None:
            for state, count in self.webhooks.queue_depth().items():
                self.metrics.queue.labels(state).set(count)

    # ------------------------------------------------------------------ syncing

    def _heartbeat(self) -> None:
        every = self.leases.ttl.total_seconds() / 3
        while not self._stop.wait(every):
            with self._held_lock:
                held = list(self._held.values())
            try:
                kept = {lease.account for lease in self.leases.renew(held)}
            except (
                Exception
            ) as exc:  # keep beating; a lease that expires meanwhile is taken over, not corrupted
                log.warning("worker %s: lease renewal failed (%s)", self.owner, type(exc).__name__)
                continue
            lost = [lease.account for lease in held if lease.account not in kept]
            if lost:
                self.stats.lost_leases += len(lost)
                log.warning("worker %s lost the lease of %d account(s)", self.owner, len(lost))

    def _sync_loop(self) -> None:
        while not self._stop.is_set():
            try:
                claimed = self.leases.claim(self.accounts, limit=1)
            except Exception as exc:
                log.warning("worker %s: claiming accounts failed (%s)", self.owner, type(exc).__name__)
                claimed = []
            if not claimed:
                self._stop.wait(self.poll)
                continue
            self.sync(claimed[0])

    def sync(self, lease: Lease) -> bool:
        """Sync (and reconcile) the account of ``lease``, then release it; True when it synced cleanly."""
        with self._held_lock:
            self._held[lease.account] = lease
        ok, error = False, None
        try:
            report = InboxSync(self.client, self.store, clock=self.clock, since=self.since).run(
                accounts=[lease.account]
            )
            ok = report.ok
            error = None if ok else "; ".join(e for a in report.accounts for e in a.errors)[:1000]
            if self.reconcile:
                self._reconcile(lease.account)
            if self.send_batch > 0:
                self.send_queued(lease)
        except Exception as exc:  # one account's failure must not stop the worker
            error = f"{type(exc).__name__}"
            log.warning("worker %s: sync of %s failed (%s)", self.owner, lease.account, error)
        finally:
            with self._held_lock:
                self._held.pop(lease.account, None)
            with contextlib.suppress(Exception):  # not released: it expires and is claimed again
                self.leases.release(lease, next_sync_at=self.clock.now() + self.interval, ok=ok, error=error)
        self.metrics.syncs.labels("ok" if ok else "error").inc()
        self.stats.accounts.add(lease.account)
        self.stats.sync_errors += 0 if ok else 1
        self.stats.syncs += 1
        return ok

    def _reconcile(self, account: str) -> None:
        adapter: Any = self.client._state.adapters.get(account)
        if adapter is None:
            return
        self.client._run(adapter, reconcile_flow(adapter, self.store, now=self.clock.now()))

    # ------------------------------------------------------------------ sending the outbox

    def send_queued(self, lease: Lease) -> int:
        """Send up to ``send_batch`` of the account's QUEUED replies, oldest first; returns how many were sent.

        Each send goes through the client's send path with the store as the outbox (rules again, outcome
        recorded; DeliveryUnknown / PARTIAL as for any send), and starts only while ``lease`` is still this
        worker's (fencing generation, unexpired) and the worker is not stopping.
        """
        sent = 0
        for entry in self.store.entries(OutboxState.QUEUED, account=lease.account, limit=self.send_batch):
            if self._stop.is_set() or not self.leases.holds(lease):
                break
            if self._send_one(entry):
                sent += 1
        return sent

    def _send_one(self, entry: OutboxEntry) -> bool:
        try:
            adapter, native = self.client._state.by_id(entry.target, IdKind.CONVERSATION)
            draft = draft_reply(entry.body or "", (), None, False, entry.key)
            flow = send_reply_flow(
                adapter,
                self.store,
                self.client._state.facts,
                conversation_id=entry.target,
                conversation_native_id=native,
                draft=draft,
                # Warnings were settled when it was queued; a blocking finding still refuses it.
                allow_warnings=True,
                now=self.clock.now(),
            )
            self.client._run(adapter, flow)
        except (PlatformRuleError, InvalidRequestError, EmptyMessageError, IdempotencyConflict) as exc:
            # Refused before anything went out: it will never be sent as it is.
            self.store.refuse_queued(entry.key, exc.message)
            self._send_failed(entry, exc)
            return False
        except Exception as exc:  # recorded by the send path (FAILED/PARTIAL/UNKNOWN), or still QUEUED
            self._send_failed(entry, exc)
            return False
        self.stats.sent += 1
        return True

    def _send_failed(self, entry: OutboxEntry, exc: Exception) -> None:
        self.stats.send_errors += 1
        log.warning(
            "worker %s: queued send on %s not sent (%s)", self.owner, entry.account, type(exc).__name__
        )
