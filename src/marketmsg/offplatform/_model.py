"""The off-platform protocol's records: why a conversation left the platform, and what was written about it."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

__all__ = [
    "CaseState",
    "InMemoryOffPlatformStore",
    "InternalNote",
    "OffPlatformCase",
    "OffPlatformReason",
    "OffPlatformStore",
]


class OffPlatformReason(StrEnum):
    """The only reasons to leave the platform (sellers' playbook, shared/DOMAIN.md)."""

    OVERSIZED_MEDIA = "oversized_media"
    SAFETY_COMPLIANCE = "safety_compliance"


class CaseState(StrEnum):
    NOTICE_PENDING = "notice_pending"  # note written, notice being sent (a retry reuses its idempotency key)
    OPEN = "open"  # notice sent: the conversation continues elsewhere for now
    CONCLUDED = "concluded"  # closing summary sent: the record is complete


@dataclass(frozen=True)
class InternalNote:
    """A note for the seller's own record; never sent to the buyer."""

    conversation_id: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class OffPlatformCase:
    """One excursion off the platform. ``contact`` (the external address or link) is hidden from ``repr``."""

    conversation_id: str
    reason: OffPlatformReason
    channel: str
    contact: str = field(repr=False)
    state: CaseState
    opened_at: datetime
    notice_key: str
    notice_message_id: str | None = None
    summary_key: str | None = None
    summary_message_id: str | None = None
    concluded_at: datetime | None = None

    def with_(self, **changes: object) -> OffPlatformCase:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)  # type: ignore[arg-type]


@runtime_checkable
class OffPlatformStore(Protocol):
    """Where cases and internal notes live. The default keeps them in memory; implement it over your database."""

    def get(self, conversation_id: str) -> OffPlatformCase | None:
        """The latest case of the conversation, or ``None``."""
        ...

    def put(self, case: OffPlatformCase) -> None:
        """Insert or replace the conversation's latest case."""
        ...

    def add_note(self, note: InternalNote) -> None:
        """Append an internal note."""
        ...

    def notes(self, conversation_id: str) -> Sequence[InternalNote]:
        """The conversation's notes, oldest first."""
        ...


class InMemoryOffPlatformStore:
    """Thread-safe, per process, lost on exit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cases: dict[str, OffPlatformCase] = {}
        self._notes: dict[str, list[InternalNote]] = {}

    def get(self, conversation_id: str) -> OffPlatformCase | None:
        with self._lock:
            return self._cases.get(conversation_id)

    def put(self, case: OffPlatformCase) -> None:
        with self._lock:
            self._cases[case.conversation_id] = case

    def add_note(self, note: InternalNote) -> None:
        with self._lock:
            self._notes.setdefault(note.conversation_id, []).append(note)

    def notes(self, conversation_id: str) -> Sequence[InternalNote]:
        with self._lock:
            return list(self._notes.get(conversation_id, ()))
