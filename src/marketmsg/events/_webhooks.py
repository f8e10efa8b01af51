"""Webhook delivery in the Standard Webhooks format, through a durable queue in the store.

Every event the :class:`~marketmsg.events.EventLog` derives is queued, in the same transaction, as one delivery
row per endpoint that wants it (``<prefix>deliveries``). :meth:`Webhooks.deliver` then:

1. **claims** due rows — ``pending`` ones whose next attempt is due, and ``delivering`` ones whose lease expired
   (their worker died mid-attempt) — with ``SELECT … FOR UPDATE SKIP LOCKED`` (SQLite: ``BEGIN IMMEDIATE``),
   marking them ``delivering`` under its own lease; several workers never claim the same row;
2. **posts** each event, signed (``webhook-id`` = the event id, the same on every retry so receivers can
   deduplicate; ``webhook-timestamp``; ``webhook-signature`` = ``v1,<HMAC-SHA256>`` by the ``standardwebhooks``
   reference library);
3. **records** the outcome, only while it still holds the lease: 2xx → ``delivered``; anything else → back to
   ``pending`` after an exponential back-off with jitter, or ``dead`` after ``max_attempts``.

So delivery is at least once: a worker killed between the POST and step 3 leaves a ``delivering`` row whose
lease expires, and another worker posts it again — with the same ``webhook-id``. Dead letters stay in the table
for inspection and :meth:`Webhooks.retry_dead`; :meth:`Webhooks.replay` queues every event after a position
again (an ERP restored from a backup).

Needs the ``service`` extra (``pip install 'marketmsg[service]'``) for ``standardwebhooks``.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import random
import secrets
import socket
import uuid
from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

import httpx
from sqlalchemy import and_, delete, func, or_, select, update

from .._clock import Clock, SystemClock
from .._exceptions import ConfigurationError
from .._redact import register_secret
from ..store import SqlStore
from ._log import EventLog
from ._types import Event, EventType

__all__ = ["Backoff", "DeliveryReport", "DeliveryState", "WebhookEndpoint", "Webhooks", "new_secret"]

log = logging.getLogger("marketmsg.events")

_DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class DeliveryState(StrEnum):
    PENDING = "pending"  # waiting for its first or next attempt
    DELIVERING = "delivering"  # claimed by a worker (until its lease expires)
    DELIVERED = "delivered"
    DEAD = "dead"  # gave up after max_attempts: inspect, then retry_dead()


@dataclass(frozen=True)
class Backoff:
    """When to try again: ``base · 2^(attempt-1)`` capped at ``cap``, the upper half jittered; ``max_attempts``
    attempts in all, then the delivery is dead. The defaults span about a day (Standard Webhooks suggests
    retrying over hours to days)."""

    base: timedelta = timedelta(seconds=5)
    cap: timedelta = timedelta(hours=4)
    max_attempts: int = 12

    def delay(self, attempt: int, rng: random.Random | None = None) -> timedelta:
        full = min(self.cap.total_seconds(), self.base.total_seconds() * 2 ** max(0, attempt - 1))
        # "Equal jitter": at least half the exponential delay (back-off keeps growing), the rest random so the
        # retries of many deliveries that failed together do not arrive together.
        return timedelta(seconds=full / 2 + (rng or random).uniform(0, full / 2))


@dataclass(frozen=True)
class WebhookEndpoint:
    """Where events go. ``secret`` (``whsec_…``) signs them; it never appears in reprs or logs.

    ``types`` limits the event types sent (``None``: all); ``include_text`` adds the message text to
    ``message.*`` events (buyer data: opt in only where the receiver needs it).
    """

    id: str
    url: str
    secret: str = field(repr=False)
    types: frozenset[EventType] | None = None
    include_text: bool = False
    disabled: bool = False


@dataclass
class DeliveryReport:
    """What one :meth:`Webhooks.deliver` call did."""

    claimed: int = 0
    delivered: int = 0
    retrying: int = 0
    dead: int = 0
    lost_lease: int = 0


@dataclass(frozen=True)
class _Outcome:
    endpoint_id: str
    position: int
    state: DeliveryState
    status: int | None
    error: str | None
    attempts: int = 0


def new_secret() -> str:
    """A fresh signing secret in the Standard Webhooks format: ``whsec_`` + base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def _signer(secret: str) -> Any:
    try:
        from standardwebhooks.webhooks import Webhook
    except ModuleNotFoundError:
        raise ConfigurationError(
            "webhook signing needs the standardwebhooks package: pip install 'marketmsg[service]'",
            field="webhooks",
        ) from None
    return Webhook(secret)


def default_owner() -> str:
    """A name for this process in leases and logs: host, pid and a random suffix (pids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Webhooks:
    """Webhook endpoints and their delivery queue, in ``store``.

    >>> hooks = Webhooks(store)                                                   # doctest: +SKIP
    >>> endpoint = hooks.add_endpoint("https://erp.example/hooks/marketmsg")     # doctest: +SKIP
    >>> endpoint.secret                       # give it to the receiver            # doctest: +SKIP
    >>> hooks.deliver()                       # post what is due; call it in a loop (the Worker does)

    ``lease`` is how long a claimed delivery stays claimed (longer than a request's timeout); ``parallel`` is how
    many requests one :meth:`deliver` has in flight.
    """

    def __init__(
        self,
        store: SqlStore,
        *,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        backoff: Backoff = Backoff(),
        lease: timedelta = timedelta(seconds=60),
        owner: str | None = None,
        rng: random.Random | None = None,
        parallel: int = 8,
    ) -> None:
        self.store = store
        self.parallel = parallel
        self.events = EventLog(store)
        self.clock: Clock = clock or SystemClock()
        self.backoff = backoff
        self.lease = lease
        self.owner = owner or default_owner()
        self._rng = rng or random.Random()
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=_DEFAULT_TIMEOUT, follow_redirects=False)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    # ------------------------------------------------------------------ endpoints

    def add_endpoint(
        self,
        url: str,
        *,
        secret: str | None = None,
        id: str | None = None,
        types: Collection[EventType | str] | None = None,
        include_text: bool = False,
    ) -> WebhookEndpoint:
        """Register (or, with an existing ``id``, replace) an endpoint; returns it with its secret.

        Only events derived after this call are queued for it; use :meth:`replay` for earlier ones.
        """
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ConfigurationError(f"{url!r} is not an http(s) URL", field="url")
        secret = secret or new_secret()
        _signer(secret)  # refuses an empty or malformed secret now, not at the first delivery
        register_secret(secret)
        endpoint = WebhookEndpoint(
            id=id or f"ep_{uuid.uuid4().hex[:16]}",
            url=url,
            secret=secret,
            types=None if types is None else frozenset(EventType(t) for t in types),
            include_text=include_text,
        )
        t = self.store.tables.service.endpoints
        row = {
            "url": url,
            "secret": secret,
            "types": None if endpoint.types is None else " ".join(sorted(endpoint.types)),
            "include_text": int(include_text),
            "created_at": self.clock.now(),
            "disabled_at": None,
        }
        with self.store._writing("register a webhook endpoint") as conn:
            found = conn.execute(update(t).where(t.c.id == endpoint.id).values(row)).rowcount
            if not found:
                conn.execute(t.insert().values(id=endpoint.id, **row))
        return endpoint

    def endpoints(self) -> list[WebhookEndpoint]:
        t = self.store.tables.service.endpoints
        with self.store._reading("list webhook endpoints") as conn:
            rows = conn.execute(select(t).order_by(t.c.created_at, t.c.id)).mappings().all()
        found = []
        for row in rows:
            register_secret(row["secret"])
            types = row["types"]
            found.append(
                WebhookEndpoint(
                    id=row["id"],
                    url=row["url"],
                    secret=row["secret"],
                    types=None if types is None else frozenset(EventType(x) for x in types.split()),
                    include_text=bool(row["include_text"]),
                    disabled=row["disabled_at"] is not None,
                )
            )
        return found

    def disable_endpoint(self, endpoint_id: str) -> None:
        """Stop queueing events for the endpoint and drop its undelivered deliveries."""
        s = self.store.tables.service
        with self.store._writing("disable a webhook endpoint") as conn:
            conn.execute(
                update(s.endpoints)
                .where(s.endpoints.c.id == endpoint_id)
                .values(disabled_at=self.clock.now())
            )
            conn.execute(
                delete(s.deliveries).where(
                    s.deliveries.c.endpoint_id == endpoint_id,
                    s.deliveries.c.state != DeliveryState.DELIVERED.value,
                )
            )

    # ------------------------------------------------------------------ the queue

    def queue_depth(self) -> dict[str, int]:
        """Deliveries per state (``pending`` includes those waiting for a retry)."""
        d = self.store.tables.service.deliveries
        with self.store._reading("count webhook deliveries") as conn:
            rows = conn.execute(select(d.c.state, func.count()).group_by(d.c.state)).all()
        counts = {state.value: 0 for state in DeliveryState}
        counts.update({state: int(n) for state, n in rows})
        return counts

    def replay(self, endpoint_id: str, *, after: int) -> int:
        """Queue every event after event-log position ``after`` for the endpoint again; returns how many.

        Delivered, dead and pending deliveries alike start over (attempt 0, due now), with their original
        ``webhook-id``: a receiver that kept them recognises them.
        """
        endpoint = {e.id: e for e in self.endpoints()}.get(endpoint_id)
        if endpoint is None:
            raise ConfigurationError(f"no webhook endpoint {endpoint_id!r}", field="endpoint_id")
        now = self.store._driver.time(self.clock.now())
        columns = ("endpoint_id", "event_position", "state", "attempts", "next_attempt_at", "lease_owner",
                   "lease_until", "last_error")  # fmt: skip
        total = 0
        batch: list[tuple[Any, ...]] = []
        for event in self.events.events(after=after, types=endpoint.types):
            batch.append((endpoint_id, event.position, DeliveryState.PENDING.value, 0, now, None, None, None))
            if len(batch) >= 500:
                total += self._upsert(columns, batch)
                batch = []
        return total + self._upsert(columns, batch)

    def _upsert(self, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> int:
        if rows:
            with self.store._writing("queue webhook deliveries") as conn:
                self.store._driver.upsert(
                    conn,
                    self.store.tables.service.deliveries,
                    columns,
                    ("endpoint_id", "event_position"),
                    rows,
                )
        return len(rows)

    def retry_dead(self, endpoint_id: str | None = None) -> int:
        """Give dead deliveries (of one endpoint, or all) a new round of attempts; returns how many."""
        d = self.store.tables.service.deliveries
        stmt = update(d).where(d.c.state == DeliveryState.DEAD.value)
        if endpoint_id is not None:
            stmt = stmt.where(d.c.endpoint_id == endpoint_id)
        values = {"state": DeliveryState.PENDING.value, "attempts": 0, "next_attempt_at": self.clock.now()}
        with self.store._writing("retry dead webhook deliveries") as conn:
            return int(conn.execute(stmt.values(values)).rowcount or 0)

    def dead_letters(self, endpoint_id: str | None = None) -> list[tuple[str, int, str | None]]:
        """``(endpoint id, event position, last error)`` of every dead delivery."""
        d = self.store.tables.service.deliveries
        query = select(d.c.endpoint_id, d.c.event_position, d.c.last_error).where(
            d.c.state == DeliveryState.DEAD.value
        )
        if endpoint_id is not None:
            query = query.where(d.c.endpoint_id == endpoint_id)
        with self.store._reading("list dead webhook deliveries") as conn:
            return [(r[0], int(r[1]), r[2]) for r in conn.execute(query.order_by(d.c.event_position))]

    # ------------------------------------------------------------------ delivering

    def deliver(self, *, limit: int = 100) -> DeliveryReport:
        """Claim up to ``limit`` due deliveries, post them (``parallel`` at a time), record the outcomes in one
        transaction (see the module docstring)."""
        report = DeliveryReport()
        claimed = self._claim(limit)
        report.claimed = len(claimed)
        if not claimed:
            return report
        endpoints = {e.id: e for e in self.endpoints()}
        events = self.events.at_positions(sorted({position for _, position, _ in claimed}))
        texts: dict[int, str | None] = {}
        for _, position, _ in claimed:
            event = events.get(position)
            wants_text = any(e.include_text for e in endpoints.values())
            if event is not None and wants_text and position not in texts:
                texts[position] = self.events.text(event)

        def attempt(item: tuple[str, int, int]) -> _Outcome:
            endpoint_id, position, attempts = item
            endpoint, event = endpoints.get(endpoint_id), events.get(position)
            if endpoint is None or event is None:
                return _Outcome(endpoint_id, position, DeliveryState.DEAD, None, "endpoint or event missing")
            status, error = self._post(
                endpoint, event, texts.get(position) if endpoint.include_text else None
            )
            if status is not None and 200 <= status < 300:
                return _Outcome(endpoint_id, position, DeliveryState.DELIVERED, status, None)
            if attempts >= self.backoff.max_attempts:
                return _Outcome(endpoint_id, position, DeliveryState.DEAD, status, error)
            return _Outcome(endpoint_id, position, DeliveryState.PENDING, status, error, attempts)

        if self.parallel > 1 and len(claimed) > 1:
            with ThreadPoolExecutor(min(self.parallel, len(claimed)), "marketmsg-webhook") as pool:
                outcomes = list(pool.map(attempt, claimed))
        else:
            outcomes = [attempt(item) for item in claimed]
        self._record(outcomes, report)
        return report

    def _claim(self, limit: int) -> list[tuple[str, int, int]]:
        d = self.store.tables.service.deliveries
        now = self.clock.now()
        due = or_(
            and_(d.c.state == DeliveryState.PENDING.value, d.c.next_attempt_at <= now),
            and_(d.c.state == DeliveryState.DELIVERING.value, d.c.lease_until < now),
        )
        query = (
            select(d.c.endpoint_id, d.c.event_position, d.c.attempts)
            .where(due)
            .order_by(d.c.next_attempt_at, d.c.event_position)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        with self.store._writing("claim webhook deliveries") as conn:
            rows = [(r[0], int(r[1]), int(r[2]) + 1) for r in conn.execute(query)]
            by_endpoint: dict[str, list[int]] = {}
            for endpoint_id, position, _ in rows:
                by_endpoint.setdefault(endpoint_id, []).append(position)
            for endpoint_id, positions in by_endpoint.items():
                conn.execute(
                    update(d)
                    .where(d.c.endpoint_id == endpoint_id, d.c.event_position.in_(positions))
                    .values(
                        state=DeliveryState.DELIVERING.value,
                        attempts=d.c.attempts + 1,
                        lease_owner=self.owner,
                        lease_until=now + self.lease,
                    )
                )
        return rows

    def _post(
        self, endpoint: WebhookEndpoint, event: Event, text: str | None
    ) -> tuple[int | None, str | None]:
        body = json.dumps(event.payload(text=text), ensure_ascii=False, separators=(",", ":")).encode()
        now = self.clock.now()
        headers = {
            "content-type": "application/json",
            "user-agent": "marketmsg-webhooks",
            "webhook-id": event.id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": _signer(endpoint.secret).sign(event.id, now, body),
        }
        try:
            response = self._http.post(endpoint.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return None, type(exc).__name__  # the text may quote the URL with credentials: the type is enough
        response.close()
        return response.status_code, None if response.is_success else f"HTTP {response.status_code}"

    def _record(self, outcomes: Sequence[_Outcome], report: DeliveryReport) -> None:
        """Write the outcomes, each only while this worker still holds its claim (a stale worker never
        overwrites a newer outcome)."""
        d = self.store.tables.service.deliveries
        now = self.clock.now()
        mine = and_(d.c.lease_owner == self.owner, d.c.state == DeliveryState.DELIVERING.value)
        released = {"lease_owner": None, "lease_until": None}
        delivered: dict[str, list[int]] = {}
        with self.store._writing("record webhook deliveries") as conn:
            for o in outcomes:
                if o.state is DeliveryState.DELIVERED:
                    delivered.setdefault(o.endpoint_id, []).append(o.position)
                    continue
                values: dict[str, Any] = {"state": o.state.value, "last_status": o.status,
                                          "last_error": o.error, **released}  # fmt: skip
                if o.state is DeliveryState.PENDING:
                    values["next_attempt_at"] = now + self.backoff.delay(o.attempts, self._rng)
                where = and_(d.c.endpoint_id == o.endpoint_id, d.c.event_position == o.position, mine)
                if not conn.execute(update(d).where(where).values(values)).rowcount:
                    report.lost_lease += 1
                elif o.state is DeliveryState.DEAD:
                    report.dead += 1
                    log.warning(
                        "webhook delivery of event %d to %s is dead (%s)", o.position, o.endpoint_id, o.error
                    )
                else:
                    report.retrying += 1
                    log.info("webhook delivery of event %d to %s failed (%s), will retry",
                             o.position, o.endpoint_id, o.error)  # fmt: skip
            for endpoint_id, positions in delivered.items():
                # One statement per endpoint for the common case: all delivered.
                where = and_(d.c.endpoint_id == endpoint_id, d.c.event_position.in_(positions), mine)
                values = {"state": DeliveryState.DELIVERED.value, "last_status": 200, "last_error": None,
                          "delivered_at": now, **released}  # fmt: skip
                done = int(conn.execute(update(d).where(where).values(values)).rowcount or 0)
                report.delivered += done
                report.lost_lease += len(positions) - done
