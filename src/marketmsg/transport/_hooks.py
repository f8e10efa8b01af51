"""What the driver tells the outside world about each call: for logging, metrics and tracing hooks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

__all__ = ["CallRecord", "EventHooks"]


@dataclass(frozen=True)
class CallRecord:
    """One finished operation step (after retries). No bodies, no secrets: safe to log as is."""

    platform: str
    account: str
    operation: str
    idempotent: bool = True
    method: str | None = None
    url: str | None = None
    status_code: int | None = None
    request_id: str | None = None
    retries_taken: int = 0
    waited_for_rate_limit: float = 0.0
    elapsed: float = 0.0
    error: str | None = None


@dataclass(frozen=True)
class EventHooks:
    """Callbacks run after every call. A hook that raises is logged and ignored: hooks never break a send."""

    on_call: Sequence[Callable[[CallRecord], None]] = field(default_factory=tuple)
