"""The outbox: every send is recorded under its idempotency key *before* the network call.

A crash, a retry of the whole call by the user, or an ambiguous timeout then never loses or duplicates a message:
a key that already completed returns the stored message without sending; a key whose outcome is unknown
refuses to send again until it is reconciled (see :class:`~marketmsg.DeliveryUnknown`).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from .models import Message

__all__ = ["InMemoryOutbox", "Outbox", "OutboxEntry", "OutboxState", "request_differences"]


class OutboxState(StrEnum):
    PENDING = "pending"  # recorded, not yet (known to be) sent
    SENT = "sent"
    FAILED = "failed"  # the platform refused it: nothing was delivered, safe to send again
    UNKNOWN = "unknown"  # may have been delivered: reconcile before sending again


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


@runtime_checkable
class Outbox(Protocol):
    """Storage for outbox entries. The SQL store (``marketmsg.store``) implements it for many workers."""

    def begin(self, entry: OutboxEntry) -> OutboxEntry:
        """Record ``entry`` as pending, or return the existing entry with the same key unchanged."""
        ...

    def finish(
        self, key: str, state: OutboxState, *, message: Message | None = None, error: str | None = None
    ) -> None: ...

    def get(self, key: str) -> OutboxEntry | None: ...

    def entries(self, state: OutboxState | None = None) -> Sequence[OutboxEntry]: ...


class InMemoryOutbox:
    """The default outbox: per client, thread-safe, lost on exit (use the SQL store to survive restarts)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, OutboxEntry] = {}

    def begin(self, entry: OutboxEntry) -> OutboxEntry:
        with self._lock:
            existing = self._entries.get(entry.key)
            if existing is not None and existing.state is not OutboxState.FAILED:
                return existing
            self._entries[entry.key] = entry
            return entry

    def finish(
        self, key: str, state: OutboxState, *, message: Message | None = None, error: str | None = None
    ) -> None:
        with self._lock:
            current = self._entries.get(key)
            if current is not None:
                self._entries[key] = replace(current, state=state, message=message, error=error)

    def get(self, key: str) -> OutboxEntry | None:
        with self._lock:
            return self._entries.get(key)

    def entries(self, state: OutboxState | None = None) -> Sequence[OutboxEntry]:
        with self._lock:
            return [e for e in self._entries.values() if state is None or e.state is state]
