"""The outbox: every send is recorded under its idempotency key *before* the network call.

A crash, a retry of the whole call by the user, or an ambiguous timeout then never loses or duplicates a message:
a key that already completed returns the stored message without sending; a key whose outcome is unknown
refuses to send again until it is reconciled (see :class:`~marketmsg.DeliveryUnknown`).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from ._clock import Clock, SystemClock
from ._fastinit import dict_init
from .models import Message

__all__ = [
    "DISPUTE_OPERATION_PREFIX",
    "InMemoryOutbox",
    "Outbox",
    "OutboxEntry",
    "OutboxPart",
    "OutboxState",
    "is_dispute_action",
    "request_differences",
    "takes_over",
    "with_part",
]


class OutboxState(StrEnum):
    PENDING = "pending"  # recorded, not yet (known to be) sent
    SENT = "sent"
    FAILED = "failed"  # the platform refused it: nothing was delivered, safe to send again
    UNKNOWN = "unknown"  # may have been delivered: reconcile before sending again
    # Some parts of a multi-part send (an IM text, then its picture) were delivered and the rest refused: safe to
    # send again with the same key, which sends only the parts not delivered (``OutboxEntry.parts`` says which).
    PARTIAL = "partial"
    # Queued for a worker (``client.messages.queue_reply``): recorded, rules passed, nothing sent yet. The send
    # under the same key (the Worker's, or the user's own ``reply``) takes it over, as it takes over a FAILED one.
    QUEUED = "queued"


#: The operations of dispute actions under the outbox start so (``dispute_accept``, ``dispute_propose``…): they
#: sent no message, and their entries hold no message (the dispute afterwards is read again on a repeat).
DISPUTE_OPERATION_PREFIX = "dispute_"


def is_dispute_action(operation: str) -> bool:
    """Whether an entry's ``operation`` is a dispute action's: no message was sent, so no message events and no
    message reconciliation."""
    return operation.startswith(DISPUTE_OPERATION_PREFIX)


#: States in which ``begin`` lets a new attempt take the key over: nothing (more) can have been delivered.
RETRYABLE = frozenset({OutboxState.FAILED, OutboxState.PARTIAL})


@dataclass(frozen=True)
class OutboxPart:
    """One platform send of a multi-part send (``"text"``, ``"image:0"``…), recorded as it happens.

    ``ref`` is an id the adapter chose *before* sending (a mail's Message-ID), so an ambiguous send can be found
    again by it; ``platform_id`` is the platform's id of the delivered part. Neither carries buyer data.
    """

    name: str
    state: OutboxState
    ref: str | None = None
    platform_id: str | None = None


@dict_init
@dataclass(frozen=True)
class OutboxEntry:
    key: str
    account: str
    target: str  # conversation id or order id
    operation: str
    state: OutboxState
    created_at: datetime
    message: Message | None = None
    error: str | None = None
    # The text sent, so an UNKNOWN send can be reconciled against the conversation later (never logged).
    body: str | None = field(default=None, repr=False)
    #: The parts recorded so far, in the order they were first recorded (empty for a single-effect send).
    parts: tuple[OutboxPart, ...] = ()

    def part(self, name: str) -> OutboxPart | None:
        """The recorded part called ``name``, or None."""
        return next((p for p in self.parts if p.name == name), None)


def with_part(parts: tuple[OutboxPart, ...], part: OutboxPart) -> tuple[OutboxPart, ...]:
    """``parts`` with ``part`` replacing the one of the same name, or appended."""
    if any(p.name == part.name for p in parts):
        return tuple(part if p.name == part.name else p for p in parts)
    return (*parts, part)


def _digest(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def request_differences(stored: OutboxEntry, new: OutboxEntry) -> list[str]:
    """What makes ``new`` another request than the one ``stored`` recorded under the same key (empty: the same).

    The request's fingerprint, as Stripe keeps one per idempotency key: the account, the target (conversation or
    order), the operation (which names the message kind) and the text's SHA-256. A stored entry without a text
    (recorded by an older version) is compared on the rest.
    """
    differs = [
        name for name in ("account", "target", "operation") if getattr(stored, name) != getattr(new, name)
    ]
    if stored.body is not None and _digest(stored.body) != _digest(new.body):
        differs.append("text")
    return differs


def takes_over(existing: OutboxEntry, entry: OutboxEntry) -> bool:
    """Whether ``begin(entry)`` takes the stored ``existing`` entry under the same key over: a FAILED or
    PARTIAL one always; a QUEUED one when ``entry`` is the send (PENDING) of the very same request."""
    if existing.state in RETRYABLE:
        return True
    return (
        existing.state is OutboxState.QUEUED
        and entry.state is OutboxState.PENDING
        and not request_differences(existing, entry)
    )


@runtime_checkable
class Outbox(Protocol):
    """Storage for outbox entries. The SQL store (``marketmsg.store``) implements it for many workers."""

    def begin(self, entry: OutboxEntry) -> OutboxEntry:
        """Record ``entry`` as pending, or return the existing entry with the same key unchanged.

        An existing FAILED or PARTIAL entry is taken over by the new attempt (``entry`` is returned); its
        delivered parts stay recorded, so the attempt sends only the rest. A QUEUED entry is taken over by the
        send of the same request (see :func:`takes_over`).
        """
        ...

    def finish(
        self, key: str, state: OutboxState, *, message: Message | None = None, error: str | None = None
    ) -> None: ...

    def record_part(self, key: str, part: OutboxPart) -> None:
        """Record (or update) one part of the send under ``key``, durably, before the next step of the send."""
        ...

    def get(self, key: str) -> OutboxEntry | None: ...

    def entries(self, state: OutboxState | None = None) -> Sequence[OutboxEntry]: ...


#: States whose entries only answer a repeated call (the stored message, or "send again"): the ones an in-memory
#: outbox may forget after a while. PENDING, UNKNOWN, PARTIAL and QUEUED entries are kept: they guard a send.
FINISHED = frozenset({OutboxState.SENT, OutboxState.FAILED})


def _finished(
    entry: OutboxEntry, state: OutboxState, message: Message | None, error: str | None
) -> OutboxEntry:
    """``replace(entry, state=…, message=…, error=…)``: built directly for an OutboxEntry (dataclasses.replace
    walks the fields generically, ~3 µs per send); a subclass still goes through replace."""
    if type(entry) is not OutboxEntry:
        return replace(entry, state=state, message=message, error=error)
    return OutboxEntry(
        entry.key,
        entry.account,
        entry.target,
        entry.operation,
        state,
        entry.created_at,
        message,
        error,
        entry.body,
        entry.parts,
    )


class InMemoryOutbox:
    """The default outbox: per client, thread-safe, lost on exit (use the SQL store to survive restarts).

    A long-running client sends without end, so finished entries (sent or refused: :data:`FINISHED`) are kept for
    ``keep_finished_for`` seconds (default 24 hours, as Stripe keeps idempotency keys) and at most the
    ``keep_finished`` most recently finished (default 10,000), whichever is fewer; then the key is forgotten and a
    call repeating it sends again. Entries whose send is under way, unknown or partly delivered are never
    forgotten: they are what keeps a message from going out twice.
    """

    def __init__(
        self,
        *,
        keep_finished: int = 10_000,
        keep_finished_for: float = 24 * 3600.0,
        clock: Clock | None = None,
    ) -> None:
        if keep_finished < 0 or not keep_finished_for >= 0:
            raise ValueError("keep_finished and keep_finished_for must be >= 0")
        self._lock = threading.Lock()
        self._entries: dict[str, OutboxEntry] = {}
        # Parts apart from the entries: ``begin`` hands back the caller's own entry object, whose parts are
        # whatever it was built with; the recorded parts are read with ``get``.
        self._parts: dict[str, tuple[OutboxPart, ...]] = {}
        #: finished keys, oldest first, with when they finished (the clock's monotonic seconds)
        self._finished: OrderedDict[str, float] = OrderedDict()
        self.keep_finished = keep_finished
        self.keep_finished_for = float(keep_finished_for)
        self._now = (clock or SystemClock()).monotonic

    def begin(self, entry: OutboxEntry) -> OutboxEntry:
        with self._lock:
            existing = self._entries.get(entry.key)
            if existing is not None and not takes_over(existing, entry):
                return self._with_parts(existing)
            self._entries[entry.key] = entry
            self._finished.pop(entry.key, None)  # a new attempt took a refused key over: in use again
            return entry

    def finish(
        self, key: str, state: OutboxState, *, message: Message | None = None, error: str | None = None
    ) -> None:
        with self._lock:
            current = self._entries.get(key)
            if current is not None:
                self._entries[key] = _finished(current, state, message, error)
                self._finished.pop(key, None)  # re-inserted last: the order is the order they finished in
                if state in FINISHED:
                    self._finished[key] = self._now()
            self._forget()

    def _forget(self) -> None:
        """Drop the finished entries past their time or beyond the count (oldest first; amortised O(1))."""
        finished = self._finished
        oldest = self._now() - self.keep_finished_for
        while finished:
            key, at = next(iter(finished.items()))
            if len(finished) <= self.keep_finished and at >= oldest:
                break
            del finished[key]
            self._entries.pop(key, None)
            self._parts.pop(key, None)

    def record_part(self, key: str, part: OutboxPart) -> None:
        with self._lock:
            if key in self._entries:
                self._parts[key] = with_part(self._parts.get(key, ()), part)

    def _with_parts(self, entry: OutboxEntry) -> OutboxEntry:
        parts = self._parts.get(entry.key, ())
        return entry if parts == entry.parts else replace(entry, parts=parts)

    def get(self, key: str) -> OutboxEntry | None:
        with self._lock:
            entry = self._entries.get(key)
            return None if entry is None else self._with_parts(entry)

    def entries(self, state: OutboxState | None = None) -> Sequence[OutboxEntry]:
        with self._lock:
            return [self._with_parts(e) for e in self._entries.values() if state is None or e.state is state]
