"""Account leases: many workers on many hosts share accounts through the store, one worker per account at a time.

Each account has a row in ``<prefix>account_leases``: who holds it (``owner``), until when (``lease_until``),
a ``generation`` that grows by one with every claim (a fencing token), and when it is due for its next sync.
A worker **claims** due, unheld accounts with ``SELECT … FOR UPDATE SKIP LOCKED`` (workers claiming at the same
moment skip each other's rows instead of queueing; SQLite's ``BEGIN IMMEDIATE`` serialises them), **renews**
what it holds while it works, and **releases** each account with its next due time. A worker that dies stops
renewing; once its ``lease_until`` passes, the account is due and unheld again and another worker claims it.
Every claim writes a row to ``<prefix>lease_log`` (owner, generation, start, lease end, finish), so who held
which account when can be audited — the multi-worker tests prove "never two at once" from it.

Times come from the workers' clocks: keep hosts on NTP and the lease TTL far above any skew (seconds vs. tens
of seconds).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update

from .._clock import Clock, SystemClock
from ..store import SqlStore

__all__ = ["AccountLeases", "Lease"]


@dataclass(frozen=True)
class Lease:
    """A claim on one account: valid while ``generation`` is the account's current one and unexpired."""

    account: str
    owner: str
    generation: int
    until: datetime


class AccountLeases:
    """The lease table seen by one worker (``owner``)."""

    def __init__(self, store: SqlStore, owner: str, *, ttl: timedelta, clock: Clock | None = None) -> None:
        self.store = store
        self.owner = owner
        self.ttl = ttl
        self.clock: Clock = clock or SystemClock()
        self._t = store.tables.service.leases
        self._log = store.tables.service.lease_log

    def register(self, accounts: Iterable[str]) -> None:
        """Make ``accounts`` known (due now); accounts already known keep their schedule."""
        wanted = sorted(set(accounts))
        if not wanted:
            return
        now = self.clock.now()
        rows = [{"account": account, "generation": 0, "next_sync_at": now} for account in wanted]
        # ON CONFLICT DO NOTHING: workers starting together register the same accounts once.
        stmt = self.store._insert(self._t).values(rows).on_conflict_do_nothing(index_elements=["account"])
        with self.store._writing("register accounts for the workers") as conn:
            conn.execute(stmt)

    def claim(self, accounts: Sequence[str], *, limit: int) -> list[Lease]:
        """Claim up to ``limit`` of ``accounts`` that are due and not held by a live lease, most overdue first."""
        t = self._t
        now = self.clock.now()
        until = now + self.ttl
        free = or_(t.c.owner.is_(None), t.c.lease_until < now)
        query = (
            select(t.c.account, t.c.generation)
            .where(and_(t.c.next_sync_at <= now, free, t.c.account.in_(list(accounts))))
            .order_by(t.c.next_sync_at, t.c.account)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        leases: list[Lease] = []
        with self.store._writing("claim accounts") as conn:
            for account, generation in conn.execute(query).all():
                lease = Lease(account, self.owner, int(generation) + 1, until)
                conn.execute(
                    update(t)
                    .where(t.c.account == account)
                    .values(owner=self.owner, lease_until=until, generation=lease.generation)
                )
                conn.execute(
                    self._log.insert().values(
                        account=account,
                        generation=lease.generation,
                        owner=self.owner,
                        started_at=now,
                        lease_until=until,
                    )
                )
                leases.append(lease)
        return leases

    def renew(self, leases: Sequence[Lease]) -> list[Lease]:
        """Extend ``leases``; returns those still held (a lease that expired and was taken over is lost)."""
        if not leases:
            return []
        t, lg = self._t, self._log
        until = self.clock.now() + self.ttl
        kept = []
        with self.store._writing("renew account leases") as conn:
            for lease in leases:
                held = conn.execute(
                    update(t)
                    .where(
                        t.c.account == lease.account,
                        t.c.owner == self.owner,
                        t.c.generation == lease.generation,
                    )
                    .values(lease_until=until)
                ).rowcount
                if held:
                    conn.execute(
                        update(lg)
                        .where(lg.c.account == lease.account, lg.c.generation == lease.generation)
                        .values(lease_until=until)
                    )
                    kept.append(Lease(lease.account, lease.owner, lease.generation, until))
        return kept

    def holds(self, lease: Lease) -> bool:
        """Whether ``lease`` is still this worker's: its generation is the account's current one (fencing) and
        it has not expired. The worker asks before each queued send."""
        t = self._t
        query = select(t.c.account).where(
            t.c.account == lease.account,
            t.c.owner == self.owner,
            t.c.generation == lease.generation,
            t.c.lease_until > self.clock.now(),
        )
        with self.store._reading("check an account lease") as conn:
            return conn.execute(query).first() is not None

    def release(self, lease: Lease, *, next_sync_at: datetime, ok: bool, error: str | None = None) -> bool:
        """Give the account back, due again at ``next_sync_at``; False when the lease had been lost already."""
        t, lg = self._t, self._log
        now = self.clock.now()
        values: dict[str, object] = {"owner": None, "lease_until": None, "next_sync_at": next_sync_at,
                                     "last_error": error}  # fmt: skip
        if ok:
            values["last_synced_at"] = now
        with self.store._writing("release an account lease") as conn:
            held = conn.execute(
                update(t)
                .where(
                    t.c.account == lease.account, t.c.owner == self.owner, t.c.generation == lease.generation
                )
                .values(values)
            ).rowcount
            conn.execute(
                update(lg)
                .where(lg.c.account == lease.account, lg.c.generation == lease.generation)
                .values(finished_at=now, outcome=("ok" if ok else "error") if held else "lost")
            )
        return bool(held)

    def sync_lag(self, accounts: Sequence[str]) -> float:
        """Seconds the most overdue of ``accounts`` has waited past its due time (0 when none is overdue)."""
        t = self._t
        now = self.clock.now()
        with self.store._reading("read the account schedule") as conn:
            oldest = conn.execute(
                select(t.c.next_sync_at)
                .where(t.c.account.in_(list(accounts)))
                .order_by(t.c.next_sync_at)
                .limit(1)
            ).scalar_one_or_none()
        return max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0
