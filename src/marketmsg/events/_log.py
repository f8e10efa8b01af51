"""``EventLog``: events derived from the change feed and the deadline rules, stored, numbered, and handed out.

One :meth:`EventLog.pump` is one transaction: it locks the event log's head row (PostgreSQL row lock; SQLite's
``BEGIN IMMEDIATE``), reads the change feed after the head's feed position, derives the events, stores the new
ones with the next positions, queues one delivery per matching webhook endpoint, and moves the head — or, on
any failure, none of it. So many workers may pump at once: they take turns, and every change is turned into
events exactly once. Event ids are derived from what the event is about, so an event found again (a replay, a
sent message seen by both the outbox and a later sync) is stored once.

In-process subscribers are called after the commit, in this process, with the events this process derived.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select, update

from .._clock import Clock, SystemClock
from ..models import Conversation, ConversationStatus, Dispute
from ..store import Change, ChangeKind, Entity, SqlStore, StoreValueError
from ..store._feed import to_change
from ..store._reads import decode_conversation, decode_dispute, decode_message
from ._derive import (
    DEFAULT_HORIZON,
    LOOKBACK,
    Draft,
    OutboxFacts,
    conversation_deadline,
    dispute_deadline,
    from_change,
)
from ._types import Event, EventType

__all__ = ["EventLog", "Subscriber"]

log = logging.getLogger("marketmsg.events")

Subscriber = Callable[[Event, "str | None"], None]
"""An in-process subscriber: called with each new event and its buyer text (``None`` unless opted in)."""

_EVENT_COLUMNS = ("position", "id", "type", "account", "subject_id", "source_position", "occurred_at", "data")
_TEXT_TYPES = frozenset({EventType.MESSAGE_RECEIVED, EventType.MESSAGE_SENT})


@dataclass(frozen=True)
class _Subscription:
    callback: Subscriber
    types: frozenset[EventType] | None
    include_text: bool


class EventLog:
    """The store's event log (``<prefix>events``): derive with :meth:`pump`, read with :meth:`events`.

    >>> log = EventLog(store)                                               # doctest: +SKIP
    >>> log.subscribe(lambda event, text: print(event.type, event.data["conversation_id"]))  # doctest: +SKIP
    >>> log.pump()                           # new events since the last pump, subscribers called   # doctest: +SKIP

    ``horizon`` is how long before a deadline the ``*_at_risk`` / ``deadline_near`` warnings are raised
    (default 4 h); deadlines are scanned at most every ``scan_every``. ``conversation_grace``: a sync stores
    a new conversation's messages before the conversation itself; a pump running in between holds a message's
    event back for up to this long, so ``message.received`` carries the order id and the response deadline
    (the :class:`~marketmsg.worker.Worker` uses 30 s; 0, the default, never waits).
    """

    def __init__(
        self,
        store: SqlStore,
        *,
        clock: Clock | None = None,
        horizon: timedelta = DEFAULT_HORIZON,
        scan_every: timedelta = timedelta(seconds=30),
        batch: int = 500,
        conversation_grace: timedelta = timedelta(0),
    ) -> None:
        self.store = store
        self.conversation_grace = conversation_grace
        self.clock: Clock = clock or SystemClock()
        self.horizon = horizon
        self.scan_every = scan_every
        self.batch = batch
        self._subscribers: list[_Subscription] = []
        self._lock = threading.Lock()
        self._last_scan: float | None = None

    # ------------------------------------------------------------------ subscribers

    def subscribe(
        self,
        callback: Subscriber,
        *,
        types: Collection[EventType | str] | None = None,
        include_text: bool = False,
    ) -> Callable[[], None]:
        """Call ``callback(event, text)`` for every new event (of ``types``) this process derives.

        ``text`` is the message's text for ``message.*`` events when ``include_text=True`` (buyer data: opt in
        only where it is needed), else ``None``. Returns a function that unsubscribes.
        """
        sub = _Subscription(callback, _types(types), include_text)
        with self._lock:
            self._subscribers.append(sub)

        def unsubscribe() -> None:
            with self._lock:
                if sub in self._subscribers:
                    self._subscribers.remove(sub)

        return unsubscribe

    def _notify(self, events: Sequence[Event]) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for event in events:
            text: str | None = None
            fetched = False
            for sub in subscribers:
                if sub.types is not None and event.type not in sub.types:
                    continue
                if sub.include_text and not fetched:
                    text, fetched = self.text(event), True
                try:
                    sub.callback(event, text if sub.include_text else None)
                except Exception:  # a subscriber's bug must not stop the others nor the worker
                    log.exception("event subscriber failed on %s (%s)", event.type.value, event.id)

    # ------------------------------------------------------------------ deriving

    def pump(self, *, limit: int | None = None, scan: bool | None = None) -> list[Event]:
        """Derive the events of up to ``limit`` new changes (default ``batch``) and, when due, of deadlines.

        Returns the new events (also given to the subscribers). Call it until it returns ``[]`` to catch up,
        or use :meth:`catch_up`. ``scan`` forces (True) or skips (False) the deadline scan.
        """
        now = self.clock.now()
        if scan is None:
            mono = time.monotonic()
            scan = self._last_scan is None or mono - self._last_scan >= self.scan_every.total_seconds()
            if scan:
                self._last_scan = mono
        with self.store._writing("derive events") as conn:
            events = _Pump(self.store, conn, now, self.horizon, self.conversation_grace).run(
                limit or self.batch, scan
            )
        if events:
            self._notify(events)
        return events

    def catch_up(self) -> int:
        """Pump until the change feed is consumed; returns how many events were derived."""
        total = len(self.pump())
        while True:
            more = self.pump(scan=False)
            if not more and self.lag() == 0:
                return total
            total += len(more)

    def lag(self) -> int:
        """How many change-feed positions are not yet turned into events."""
        head = self.store.tables.service.event_head
        with self.store._reading("read the event log head") as conn:
            consumed = conn.execute(select(head.c.feed_position).where(head.c.id == 1)).scalar_one_or_none()
        return max(0, self.store.last_position() - int(consumed or 0))

    # ------------------------------------------------------------------ reading

    def events(
        self, *, after: int = 0, limit: int | None = None, types: Collection[EventType | str] | None = None
    ) -> Iterator[Event]:
        """Stored events after position ``after``, in order (replay: pass the last position you processed)."""
        if not isinstance(after, int) or isinstance(after, bool) or after < 0:
            raise StoreValueError(f"must be a position (an int >= 0), got {after!r}", field="after")
        t = self.store.tables.service.events
        wanted = _types(types)
        query = select(*(t.c[c] for c in _EVENT_COLUMNS)).where(t.c.position > after).order_by(t.c.position)
        if wanted is not None:
            query = query.where(t.c.type.in_(sorted(wanted)))
        return self.store._stream("read the event log", query.limit(limit), _to_event)

    def at_positions(self, positions: Sequence[int]) -> dict[int, Event]:
        """The stored events at ``positions`` (missing ones left out), by position."""
        t = self.store.tables.service.events
        found: dict[int, Event] = {}
        with self.store._reading("read events") as conn:
            for start in range(0, len(positions), 500):
                chunk = list(positions[start : start + 500])
                query = select(*(t.c[c] for c in _EVENT_COLUMNS)).where(t.c.position.in_(chunk))
                found.update((e.position, e) for e in map(_to_event, conn.execute(query)))
        return found

    def last_position(self) -> int:
        head = self.store.tables.service.event_head
        with self.store._reading("read the event log head") as conn:
            return int(conn.execute(select(head.c.position).where(head.c.id == 1)).scalar_one_or_none() or 0)

    def text(self, event: Event) -> str | None:
        """The text of the message a ``message.*`` event is about, read now (``None`` once purged or absent)."""
        if event.type not in _TEXT_TYPES:
            return None
        message_id = event.data.get("message_id")
        if not isinstance(message_id, str):
            return None
        t = self.store.tables.messages
        with self.store._reading("read a message's text") as conn:
            row = conn.execute(
                select(self.store._text(t.c.data), t.c.purged_at).where(t.c.id == message_id)
            ).first()
        if row is None or row[1] is not None:
            return None
        return decode_message(row[0]).body


def _types(types: Collection[EventType | str] | None) -> frozenset[EventType] | None:
    return None if types is None else frozenset(EventType(t) for t in types)


def _to_event(row: Any) -> Event:
    position, event_id, kind, account, subject, source, occurred, data = row
    document = json.loads(data) if isinstance(data, str) else data
    return Event(
        id=event_id,
        type=EventType(kind),
        position=int(position),
        account=account,
        subject_id=subject,
        source_position=None if source is None else int(source),
        occurred_at=occurred,
        data=document,
    )


class _Pump:
    """One pump transaction (see the module docstring)."""

    def __init__(
        self, store: SqlStore, conn: Connection, now: datetime, horizon: timedelta, grace: timedelta
    ) -> None:
        self.store, self.conn, self.now, self.horizon, self.grace = store, conn, now, horizon, grace
        self.tables = store.tables
        self.driver = store._driver

    def run(self, limit: int, scan: bool) -> list[Event]:
        head = self.tables.service.event_head
        locked = self.conn.execute(
            select(head.c.feed_position, head.c.position).where(head.c.id == 1).with_for_update()
        ).one()
        after, position = int(locked[0]), int(locked[1])
        changes = self._changes(after, limit)
        drafts, consumed = self._from_changes(changes)
        if scan:
            drafts += self._deadlines()
        events = self._store(drafts, position)
        new_head = changes[consumed - 1].position if consumed else after
        self.conn.execute(
            update(head)
            .where(head.c.id == 1)
            .values(feed_position=new_head, position=position + len(events), updated_at=self.now)
        )
        return events

    def _changes(self, after: int, limit: int) -> list[Change]:
        t = self.tables.changes
        columns = ("position", "entity", "object_id", "account", "op", "at", "conversation_id")
        query = (
            select(*(t.c[c] for c in columns)).where(t.c.position > after).order_by(t.c.position).limit(limit)
        )
        return [to_change(row) for row in self.conn.execute(query)]

    def _documents(self, table: Any, ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            query = select(table.c.id, self.store._text(table.c.data)).where(table.c.id.in_(chunk))
            found.update((row[0], row[1]) for row in self.conn.execute(query))
        return found

    def _from_changes(self, changes: Sequence[Change]) -> tuple[list[Draft], int]:
        """The events of ``changes``, and how many changes were consumed (a message whose conversation is
        not stored yet waits, up to the grace period, so its event can carry the order id and deadline)."""
        t = self.tables
        wanted = {e: sorted({c.object_id for c in changes if c.entity is e}) for e in Entity}
        message_ids = [
            c.object_id for c in changes if c.entity is Entity.MESSAGE and c.op is ChangeKind.INSERT
        ]
        messages = {
            k: decode_message(v) for k, v in self._documents(t.messages, sorted(set(message_ids))).items()
        }
        disputes = {
            k: decode_dispute(v) for k, v in self._documents(t.disputes, wanted[Entity.DISPUTE]).items()
        }
        conversation_ids = sorted({m.conversation_id for m in messages.values()})
        conversations = {
            k: decode_conversation(v) for k, v in self._documents(t.conversations, conversation_ids).items()
        }
        outbox = self._outbox(wanted[Entity.OUTBOX])
        drafts: list[Draft] = []
        waited_since = datetime.now(UTC) - self.grace  # change.at is the store's wall clock
        for consumed, change in enumerate(changes):
            message = messages.get(change.object_id) if change.entity is Entity.MESSAGE else None
            if (
                message is not None
                and message.conversation_id not in conversations
                and self.grace
                and change.at > waited_since
            ):
                return drafts, consumed
            draft = from_change(
                change,
                message=message,
                conversation=conversations.get(message.conversation_id) if message else None,
                dispute=disputes.get(change.object_id) if change.entity is Entity.DISPUTE else None,
                outbox=outbox.get(change.object_id) if change.entity is Entity.OUTBOX else None,
            )
            if draft is not None:
                drafts.append(draft)
        return drafts, len(changes)

    def _outbox(self, keys: Sequence[str]) -> dict[str, OutboxFacts]:
        if not keys:
            return {}
        columns = ("key", "account", "target", "operation", "state", "message_id", "updated_at")
        rows = self.driver.select_in(self.conn, self.tables.outbox, columns, "key", keys)
        found = {}
        for row in rows:
            updated = row[6] if isinstance(row[6], datetime) else _parse_time(row[6])
            found[row[0]] = OutboxFacts(row[0], row[1], row[2], row[3], row[4], row[5], updated)
        return found

    def _deadlines(self) -> list[Draft]:
        t = self.tables
        until, since = self.now + self.horizon, self.now - LOOKBACK
        conv = t.conversations
        query = (
            select(self.store._text(conv.c.data))
            .where(conv.c.status == ConversationStatus.AWAITING_SELLER.value)
            .where(conv.c.response_due <= until, conv.c.response_due > since, conv.c.purged_at.is_(None))
        )
        drafts: list[Draft] = []
        for (text,) in self.conn.execute(query):
            conversation: Conversation = decode_conversation(text)
            if (draft := conversation_deadline(conversation, self.now, self.horizon)) is not None:
                drafts.append(draft)
        disp = t.disputes
        query = select(self.store._text(disp.c.data)).where(
            disp.c.response_due <= until, disp.c.response_due > since, disp.c.purged_at.is_(None)
        )
        for (text,) in self.conn.execute(query):
            dispute: Dispute = decode_dispute(text)
            if (draft := dispute_deadline(dispute, self.now, self.horizon)) is not None:
                drafts.append(draft)
        return drafts

    def _store(self, drafts: list[Draft], position: int) -> list[Event]:
        service = self.tables.service
        unique: dict[str, Draft] = {}
        for draft in drafts:
            unique.setdefault(draft.id, draft)
        if not unique:
            return []
        known = {
            row[0] for row in self.driver.select_in(self.conn, service.events, ("id",), "id", list(unique))
        }
        events = []
        for draft in unique.values():
            if draft.id in known:
                continue
            position += 1
            events.append(
                Event(
                    id=draft.id,
                    type=draft.type,
                    position=position,
                    account=draft.account,
                    subject_id=draft.subject_id,
                    occurred_at=draft.occurred_at,
                    source_position=draft.source_position,
                    data=draft.data,
                )
            )
        if not events:
            return []
        d = self.driver
        rows = [
            (e.position, e.id, e.type.value, e.account, e.subject_id, e.source_position, d.time(e.occurred_at),
             d.document(json.dumps(e.data, ensure_ascii=False)))
            for e in events
        ]  # fmt: skip
        d.insert(self.conn, service.events, _EVENT_COLUMNS, rows)
        _queue_deliveries(self.conn, self.store, events, self.now)
        return events


def _queue_deliveries(conn: Connection, store: SqlStore, events: Sequence[Event], now: datetime) -> None:
    """One pending delivery per (endpoint that wants the event, event), in the pump's transaction."""
    ep = store.tables.service.endpoints
    endpoints = conn.execute(select(ep.c.id, ep.c.types).where(ep.c.disabled_at.is_(None))).all()
    if not endpoints:
        return
    d = store._driver
    stamp = d.time(now)
    rows: list[tuple[Any, ...]] = []
    for endpoint_id, types in endpoints:
        wanted = set(types.split()) if types else None
        rows.extend(
            (endpoint_id, e.position, "pending", 0, stamp)
            for e in events
            if wanted is None or e.type.value in wanted
        )
    columns = ("endpoint_id", "event_position", "state", "attempts", "next_attempt_at")
    d.insert(conn, store.tables.service.deliveries, columns, rows)


def _parse_time(value: Any) -> datetime:
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
