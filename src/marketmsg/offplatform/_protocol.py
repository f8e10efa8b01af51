"""The protocol itself: ``begin`` → (work elsewhere) → ``conclude``; closing before the summary is refused.

The decisions (may this case begin? what is written? what is sent?) are pure functions here, shared by
:class:`AsyncOffPlatform` (``_protocol_async.py``, the source) and :class:`OffPlatform` (``_protocol_sync.py``,
generated from it by ``scripts/unasync.py``); the two classes only await or call the client's ``messages.reply``.
Sends carry deterministic idempotency keys, so retrying ``begin``/``conclude`` after a crash or a timeout never
sends the notice or the summary twice (the client's outbox sees the same key).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from .._clock import Clock, SystemClock
from .._exceptions import PlatformRuleError
from .._logging import get_logger
from ._model import (
    CaseState,
    InMemoryOffPlatformStore,
    InternalNote,
    OffPlatformCase,
    OffPlatformReason,
    OffPlatformStore,
)

if TYPE_CHECKING:
    from ..models import Message

__all__ = ["Base", "plan_begin", "plan_conclude"]

log = get_logger("marketmsg.offplatform")
_SOURCE = "sellers' playbook: off-platform only for oversized media or safety/compliance (shared/DOMAIN.md)"


def _reason(value: OffPlatformReason | str) -> OffPlatformReason:
    try:
        return OffPlatformReason(value)
    except ValueError:
        allowed = ", ".join(r.value for r in OffPlatformReason)
        raise PlatformRuleError(
            f"{value!r} is not a reason to leave the platform; only {allowed} are ({_SOURCE})",
            rule="offplatform.reason",
        ) from None


def plan_begin(
    store: OffPlatformStore,
    conversation_id: str,
    reason: OffPlatformReason | str,
    channel: str,
    contact: str,
    now: datetime,
) -> OffPlatformCase:
    """The case to send the notice for: a new one (after its internal note), or the unfinished one to retry."""
    why = _reason(reason)
    if not channel.strip() or not contact.strip():
        raise PlatformRuleError(
            "the notice must name the external channel and the contact", rule="offplatform.notice"
        )
    existing = store.get(conversation_id)
    if existing is not None and existing.state is CaseState.OPEN:
        raise PlatformRuleError(
            f"an off-platform case is already open since {existing.opened_at.isoformat()}; conclude() it first",
            rule="offplatform.already_open",
        )
    if existing is not None and existing.state is CaseState.NOTICE_PENDING:
        return existing  # a retry: same idempotency key, so the notice is sent at most once
    case = OffPlatformCase(
        conversation_id=conversation_id,
        reason=why,
        channel=channel.strip(),
        contact=contact.strip(),
        state=CaseState.NOTICE_PENDING,
        opened_at=now,
        notice_key=f"offplatform-notice-{uuid.uuid4().hex}",
    )
    # The internal note comes first: even if the notice fails, the record says why we meant to leave.
    store.add_note(InternalNote(conversation_id, f"Off-platform via {case.channel}: {why.value}", now))
    store.put(case)
    return case


def plan_conclude(store: OffPlatformStore, conversation_id: str, summary: str) -> OffPlatformCase:
    case = store.get(conversation_id)
    if case is None or case.state is CaseState.CONCLUDED:
        raise PlatformRuleError(
            "no open off-platform case to conclude here; begin() one first", rule="offplatform.not_open"
        )
    if case.state is CaseState.NOTICE_PENDING:
        raise PlatformRuleError(
            "the off-platform notice was not sent yet; retry begin() first", rule="offplatform.notice_pending"
        )
    if not summary.strip():
        raise PlatformRuleError(
            "the closing summary must say what was done off-platform", rule="offplatform.summary"
        )
    if case.summary_key is None:
        case = case.with_(summary_key=f"offplatform-summary-{uuid.uuid4().hex}")
        store.put(case)
    return case


def _refuse_close(store: OffPlatformStore, conversation_id: str) -> None:
    case = store.get(conversation_id)
    if case is not None and case.state is not CaseState.CONCLUDED:
        raise PlatformRuleError(
            f"this conversation went off-platform ({case.reason.value}, via {case.channel}) on "
            f"{case.opened_at.isoformat()} and has no closing summary yet: send it with conclude() before closing",
            rule="offplatform.summary_missing",
        )


class Base:
    def __init__(self, store: OffPlatformStore | None, clock: Clock | None) -> None:
        self.store: OffPlatformStore = store if store is not None else InMemoryOffPlatformStore()
        self.clock: Clock = clock or SystemClock()

    def ensure_closable(self, conversation_id: str) -> None:
        """Raise :class:`~marketmsg.PlatformRuleError` when the conversation still owes its closing summary.

        Call it before closing or archiving a conversation (the inbox and CLI do).
        """
        _refuse_close(self.store, conversation_id)

    def case(self, conversation_id: str) -> OffPlatformCase | None:
        """The conversation's latest off-platform case."""
        return self.store.get(conversation_id)

    def _sent_notice(self, case: OffPlatformCase, message: Message) -> OffPlatformCase:
        opened = case.with_(state=CaseState.OPEN, notice_message_id=message.id)
        self.store.put(opened)
        log.info("off-platform case opened (%s via %s)", case.reason.value, case.channel)
        return opened

    def _sent_summary(self, case: OffPlatformCase, message: Message) -> OffPlatformCase:
        now = self.clock.now()
        done = case.with_(state=CaseState.CONCLUDED, summary_message_id=message.id, concluded_at=now)
        self.store.add_note(
            InternalNote(case.conversation_id, "Off-platform case concluded; summary sent.", now)
        )
        self.store.put(done)
        return done
