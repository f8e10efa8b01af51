"""Resolve outbox entries whose delivery is UNKNOWN by looking for the message on the platform.

A send that timed out after the request left may or may not have been delivered; the outbox refuses to send
under that key again (``DeliveryUnknown``). Reconcile lists the conversation's messages and looks for an
outbound message with the same text (whitespace-normalised) sent within a window after the entry was
recorded, that no other outbox entry has claimed. Found: the entry becomes SENT with that message. Not found:
the entry is left UNKNOWN and reported, because a listing that lags behind is indistinguishable from a message
that never arrived — resending is the user's decision (``mark_missing_failed=True`` makes it for them once the
window has passed). This is the "check, then create" practice of Stripe/Check HQ (ecosystem.md §5.2).

PENDING entries older than the window are examined too: a worker that crashed between sending and recording the
outcome leaves one behind, and the client treats it exactly like UNKNOWN. Younger PENDING entries may be sends
in flight in another worker and are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from functools import partial

from .._effects import Flow
from .._exceptions import InvalidIdError, MarketmsgError
from .._logging import get_logger
from .._outbox import OutboxEntry, OutboxPart, OutboxState, is_dispute_action, with_part
from ..adapter import Adapter
from ..models import Direction, IdKind, Message, parse_id
from ..store import SqlStore
from ._sync import all_messages, store_call

__all__ = ["DEFAULT_WINDOW", "ReconcileOutcome", "ReconcileReport", "ReconcileResult", "reconcile_flow"]

log = get_logger("marketmsg.inbox")

DEFAULT_WINDOW = timedelta(minutes=15)
# Platform timestamps and our clock may disagree by a little: accept a message stamped slightly "before" the
# outbox entry was written.
CLOCK_SLACK = timedelta(minutes=2)


class ReconcileOutcome(StrEnum):
    SENT = "sent"  # found on the platform: entry marked SENT
    NOT_FOUND = "not_found"  # no matching message (yet): left UNKNOWN
    MARKED_FAILED = "marked_failed"  # not found after the window and mark_missing_failed=True: safe to resend
    NEEDS_BODY = "needs_body"  # the text sent is unknown, so nothing can be matched: pass bodies={key: text}
    NO_CONVERSATION = "no_conversation"  # the entry's target is not a conversation the store knows
    ERROR = "error"  # listing the conversation failed: try again later


@dataclass(frozen=True)
class ReconcileResult:
    """The outcome for one outbox entry; ``detail`` says what to do next (no message text, no buyer data)."""

    key: str
    outcome: ReconcileOutcome
    conversation_id: str | None = None
    message_id: str | None = None
    detail: str = ""


@dataclass
class ReconcileReport:
    """Every UNKNOWN or stale PENDING entry examined, and what became of it."""

    results: list[ReconcileResult] = field(default_factory=list)

    def by_outcome(self, outcome: ReconcileOutcome) -> list[ReconcileResult]:
        return [r for r in self.results if r.outcome is outcome]

    @property
    def unresolved(self) -> list[ReconcileResult]:
        """Entries still UNKNOWN that need the user's attention."""
        done = (ReconcileOutcome.SENT, ReconcileOutcome.MARKED_FAILED)
        return [r for r in self.results if r.outcome not in done]

    def __str__(self) -> str:
        lines = [
            f"{len(self.results)} unknown send(s): {len(self.by_outcome(ReconcileOutcome.SENT))} confirmed sent, "
            f"{len(self.unresolved)} need attention"
        ]
        lines.extend(f"  {r.key}: {r.outcome.value} — {r.detail}" for r in self.unresolved)
        return "\n".join(lines)


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def _conversation_of(store: SqlStore, entry: OutboxEntry) -> str | None:
    try:
        parsed = parse_id(entry.target)
    except InvalidIdError:
        parsed = None
    if parsed is not None:
        return entry.target if parsed.kind is IdKind.CONVERSATION else None
    # A proactive send targets an order: use the order's conversation, when there is exactly one.
    matches = list(store.conversations(account=entry.account, order_id=entry.target, limit=2))
    return matches[0].id if len(matches) == 1 else None


def _match(
    messages: list[Message],
    entry: OutboxEntry,
    window: timedelta,
    claimed: set[str],
    same: Callable[[Message], bool],
) -> Message | None:
    """The earliest outbound message in the entry's window, not claimed by another entry, that ``same`` accepts."""
    earliest, latest = entry.created_at - CLOCK_SLACK, entry.created_at + window
    candidates = [
        m
        for m in messages
        if m.direction is Direction.OUTBOUND
        and m.id not in claimed
        and (m.platform_message_id is None or m.platform_message_id not in claimed)
        and earliest <= m.sent_at <= latest
        and same(m)
    ]
    return min(candidates, key=lambda m: (m.sent_at, m.id)) if candidates else None


def _same_text(body: str) -> Callable[[Message], bool]:
    wanted = _normalise(body)
    return lambda m: _normalise(m.body) == wanted


def _same_ref(ref: str) -> Callable[[Message], bool]:
    """A part recorded with a ref: the platform's id of the message, or the URL of what it carries (a picture)."""
    return lambda m: m.platform_message_id == ref or any(a.url == ref for a in m.attachments)


def _wanted_refs(entries: list[OutboxEntry]) -> list[str]:
    """The refs (Message-IDs) of every part not known sent, in entry order, each once."""
    refs = (p.ref for e in entries for p in e.parts if p.ref is not None and p.state is not OutboxState.SENT)
    return list(dict.fromkeys(refs))


def _by_ref(
    store: SqlStore, entry: OutboxEntry, found: Mapping[str, Message]
) -> Flow[tuple[OutboxEntry, Message | None]]:
    """Record as sent every part of ``entry`` whose ref the adapter found; returns the entry and the message."""
    message: Message | None = None
    key = entry.key
    for part in entry.parts:
        hit = found.get(part.ref) if part.ref is not None and part.state is not OutboxState.SENT else None
        if hit is None:
            continue
        message = hit
        sent = replace(part, state=OutboxState.SENT, platform_id=hit.platform_message_id)
        yield from store_call("outbox_part", partial(store.record_part, key, sent))
        entry = replace(entry, parts=with_part(entry.parts, sent))
    return entry, message


def _confirmed(
    store: SqlStore, entry: OutboxEntry, found: Message, conversation_id: str | None
) -> Flow[ReconcileResult]:
    yield from store_call("upsert_messages", lambda: store.upsert_messages([found]))
    yield from store_call("outbox_finish", lambda: store.finish(entry.key, OutboxState.SENT, message=found))
    return ReconcileResult(
        entry.key,
        ReconcileOutcome.SENT,
        conversation_id or found.conversation_id,
        found.id,
        "delivered; marked sent",
    )


def _all_parts_delivered(store: SqlStore, entry: OutboxEntry) -> Flow[ReconcileResult]:
    """Every part went out but the message itself was never recorded (the worker died after the last part):
    the entry becomes PARTIAL, and sending again under its key sends nothing more and completes it."""
    yield from store_call(
        "outbox_finish",
        lambda: store.finish(entry.key, OutboxState.PARTIAL, error="reconcile: every part delivered"),
    )
    return ReconcileResult(
        entry.key,
        ReconcileOutcome.SENT,
        detail="every part was delivered; send again with the same key to complete it (nothing is resent)",
    )


def _give_up(store: SqlStore, entry: OutboxEntry, conversation_id: str | None) -> Flow[ReconcileResult]:
    """``mark_missing_failed``: the parts not found are marked failed; the entry FAILED, or PARTIAL when some
    parts were delivered (sending again with its key then sends only the rest)."""
    delivered = False
    for part in entry.parts:
        if part.state is OutboxState.SENT:
            delivered = True
            continue
        failed = replace(part, state=OutboxState.FAILED)
        yield from store_call("outbox_part", partial(store.record_part, entry.key, failed))
    state = OutboxState.PARTIAL if delivered else OutboxState.FAILED
    yield from store_call(
        "outbox_finish", lambda: store.finish(entry.key, state, error="reconcile: not delivered")
    )
    return ReconcileResult(
        entry.key,
        ReconcileOutcome.MARKED_FAILED,
        conversation_id,
        detail=(
            "not on the platform after the window; marked failed — sending again with this key is allowed"
            + (" and sends only the parts not delivered" if delivered else "")
        ),
    )


def _resolve_one(
    adapter: Adapter,
    store: SqlStore,
    entry: OutboxEntry,
    body: str | None,
    claimed: set[str],
    window: timedelta,
    now: datetime,
    mark_missing_failed: bool,
    found: Mapping[str, Message] | None,
) -> Flow[ReconcileResult]:
    if found is None and _wanted_refs([entry]):
        return ReconcileResult(
            entry.key,
            ReconcileOutcome.ERROR,
            detail="looking for the send by its id failed; try again later",
        )
    entry, by_ref = yield from _by_ref(store, entry, found or {})
    unresolved = [p for p in entry.parts if p.state is not OutboxState.SENT]
    if entry.parts and not unresolved:
        if by_ref is not None:
            return (yield from _confirmed(store, entry, by_ref, None))
        return (yield from _all_parts_delivered(store, entry))
    # An entry without parts is one send of its text.
    targets = unresolved or [OutboxPart("text", entry.state)]
    blind = [p.name for p in targets if p.name != "text" and p.ref is None]
    if blind:
        # Nothing to match such a part by: neither a text nor an id recorded before it was sent.
        if mark_missing_failed and now - entry.created_at > window:
            return (yield from _give_up(store, entry, None))
        return ReconcileResult(
            entry.key,
            ReconcileOutcome.NOT_FOUND,
            detail=f"part(s) {', '.join(blind)} cannot be matched automatically; check the conversation",
        )
    conversation_id = yield from store_call("conversation_of", lambda: _conversation_of(store, entry))
    if conversation_id is None:
        return ReconcileResult(
            entry.key,
            ReconcileOutcome.NO_CONVERSATION,
            detail=(
                # No target in the text: conversation ids can embed buyer handles, and reports get logged.
                "its target is not exactly one stored conversation; sync the inbox first, or check the "
                "platform's sent messages by hand"
            ),
        )
    if body is None and any(p.name == "text" for p in targets):
        return ReconcileResult(
            entry.key,
            ReconcileOutcome.NEEDS_BODY,
            conversation_id,
            detail=("the text of this send was not recorded; pass bodies={key: text} to reconcile"),
        )
    try:
        messages = yield from all_messages(adapter, conversation_id, entry.created_at - CLOCK_SLACK)
    except MarketmsgError as exc:
        return ReconcileResult(
            entry.key,
            ReconcileOutcome.ERROR,
            conversation_id,
            detail=f"listing messages failed: {type(exc).__name__}; try again later",
        )
    text_message, missing = by_ref, []
    for part in targets:
        same = _same_text(body or "") if part.name == "text" else _same_ref(part.ref or "")
        matched = _match(messages, entry, window, claimed, same)
        if matched is None:
            missing.append(part.name)
            continue
        claimed.update(filter(None, (matched.id, matched.platform_message_id)))
        if part.name == "text":
            text_message = matched
        if entry.parts:
            sent = replace(part, state=OutboxState.SENT, platform_id=matched.platform_message_id)
            yield from store_call("outbox_part", partial(store.record_part, entry.key, sent))
            entry = replace(entry, parts=with_part(entry.parts, sent))
    if not missing:
        text_part = entry.part("text")
        if text_message is None and text_part is not None and text_part.platform_id is not None:
            # The text went out in an earlier attempt: its message is the one with the recorded platform id.
            text_message = next((m for m in messages if m.platform_message_id == text_part.platform_id), None)
        if text_message is not None:
            return (yield from _confirmed(store, entry, text_message, conversation_id))
        return (yield from _all_parts_delivered(store, entry))
    if mark_missing_failed and now - entry.created_at > window:
        return (yield from _give_up(store, entry, conversation_id))
    what = f"part(s) {', '.join(missing)}" if entry.parts else "no matching message"
    return ReconcileResult(
        entry.key,
        ReconcileOutcome.NOT_FOUND,
        conversation_id,
        detail=f"{what} not found yet; reconcile again later, or resend after checking the conversation",
    )


def reconcile_flow(
    adapter: Adapter,
    store: SqlStore,
    *,
    now: datetime,
    bodies: Mapping[str, str] | None = None,
    window: timedelta = DEFAULT_WINDOW,
    mark_missing_failed: bool = False,
) -> Flow[ReconcileReport]:
    """Reconcile one account's UNKNOWN (and stale PENDING) entries, as a flow the client's driver runs.

    Entries of accounts the client is not configured with are left alone: another worker owns them.
    """
    account = adapter.account.key

    def mine(state: OutboxState) -> list[OutboxEntry]:
        # A dispute action sent no message to look for: its entry is settled by reading the dispute (docs/disputes.md).
        return [
            e for e in store.entries(state) if e.account == account and not is_dispute_action(e.operation)
        ]

    unknown = yield from store_call("outbox_entries", lambda: mine(OutboxState.UNKNOWN))
    pending = yield from store_call("outbox_entries", lambda: mine(OutboxState.PENDING))
    entries = [*unknown, *(e for e in pending if now - e.created_at > window)]
    report = ReconcileReport()
    if not entries:
        return report
    claimed: set[str] = yield from store_call("claimed_message_ids", store.claimed_message_ids)
    # Parts recorded with a ref (a mail's Message-ID) are looked up by it first — once for every entry.
    found: Mapping[str, Message] | None = {}
    refs = _wanted_refs(entries)
    if refs:
        try:
            found = yield from adapter.find_sent(refs)
        except MarketmsgError as exc:
            log.warning("%s: looking up %d sent id(s) failed (%s)", account, len(refs), type(exc).__name__)
            found = None
    for entry in entries:
        body = (bodies or {}).get(entry.key) or getattr(entry, "body", None)
        if body is None:
            body = yield from store_call("outbox_body", partial(store.outbox_body, entry.key))
        report.results.append(
            (
                yield from _resolve_one(
                    adapter, store, entry, body, claimed, window, now, mark_missing_failed, found
                )
            )
        )
    if report.results:
        log.info(
            "reconciled %d unknown send(s) of %s: %d still need attention",
            len(report.results),
            account,
            len(report.unresolved),
        )
    return report
