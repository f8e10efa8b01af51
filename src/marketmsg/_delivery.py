"""Exactly-once delivery: a send's flow run through the outbox, part by part.

The outbox records a send under its idempotency key before any I/O; this module runs the adapter's send flow
around that record. Three rules (issue 11, items 6, 8 and 9):

* **Validate first.** The adapter's flow is started before the key is recorded: everything it checks before
  its first effect (subject, attachments, image hosts) raises with no entry created, and nothing sent.
* **Parts.** A message the platform takes in several sends (an AliExpress IM text, then each picture) marks
  each with :func:`send_part`. Each delivered part is recorded before the next starts, so a retry under the
  same key sends only the parts not yet delivered; a part that names a ``ref`` (a mail's Message-ID) is
  recorded with it *before* it is sent, so an ambiguous send can be found again by that id (``reconcile``).
* **Never left pending.** Anything raised once the key is recorded — of any type — leaves the entry FAILED
  (nothing went out), PARTIAL (some parts went out, the rest was refused) or UNKNOWN (something may have
  gone out: reconcile before sending again).

Dispute actions (``client.disputes.act(..., idempotency_key=…)``) run through the same outbox under operations
named ``dispute_<action>``; their result (the dispute afterwards) is not stored but read again (``replay``).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import replace
from typing import Any, TypeVar, cast

from ._effects import BlockingCall, Effect, Flow, HttpCall, IOEffect
from ._exceptions import (
    APIConnectionError,
    DeliveryUnknown,
    IdempotencyConflict,
    MarketmsgError,
    PartialDelivery,
    ResponseValidationError,
)
from ._outbox import (
    Outbox,
    OutboxEntry,
    OutboxPart,
    OutboxState,
    is_dispute_action,
    request_differences,
    takes_over,
)

__all__ = [
    "PartSent",
    "PartStart",
    "completed",
    "deliver",
    "enqueue",
    "send_part",
    "step_outcome",
]

T = TypeVar("T")


def _reconcile_against(entry: OutboxEntry) -> str:
    return "the dispute" if is_dispute_action(entry.operation) else "the conversation"


class PartStart(IOEffect["OutboxPart | None"]):
    """Marks the start of one part of a send (see :func:`send_part`); answered by the outbox runner.

    Run by a driver directly (an adapter's flow without the client's outbox) it answers None: not sent before.
    """

    operation = "send_part"
    idempotent = True

    def __init__(self, name: str, ref: str | None = None) -> None:
        self.name = name
        self.ref = ref

    def __repr__(self) -> str:
        return f"PartStart({self.name!r})"

    def run_sync(self) -> OutboxPart | None:
        return None

    async def run_async(self) -> OutboxPart | None:
        return None


class PartSent(IOEffect[None]):
    """Marks one part of a send as delivered, with the platform's id of it (see :func:`send_part`)."""

    operation = "send_part"
    idempotent = True

    def __init__(self, name: str, platform_id: str | None) -> None:
        self.name = name
        self.platform_id = platform_id

    def __repr__(self) -> str:
        return f"PartSent({self.name!r})"

    def run_sync(self) -> None:
        return None

    async def run_async(self) -> None:
        return None


def send_part(name: str, send: Flow[str | None], *, ref: str | None = None) -> Flow[str | None]:
    """``platform_id = yield from send_part("image:0", flow)``: one platform send of a multi-part message.

    ``send`` delivers the part and returns the platform's id of it (or None). Under the client's outbox a part
    delivered by an earlier attempt under the same key is not sent again: its recorded id is returned instead.
    ``ref`` is an id the adapter chose for the part before sending (a Message-ID): it is recorded first, so
    ``reconcile`` can look for it if the send's outcome is unknown. Name the part that carries the message's
    text ``"text"`` (reconcile matches that part by text when it has nothing else to go on).
    """
    done: OutboxPart | None = yield PartStart(name, ref)
    if done is not None and done.state is OutboxState.SENT:
        send.close()
        return done.platform_id
    platform_id = yield from send
    yield PartSent(name, platform_id)
    return platform_id


def step_outcome(error: BaseException, *, risky: bool) -> OutboxState:
    """FAILED or UNKNOWN: what ``error`` says about the step of a send it interrupted.

    ``risky`` is whether a non-idempotent effect (a send) was performed in that step. Without one nothing can
    have gone out. With one, only errors that prove the platform did not process the send mean FAILED: the
    platform's refusals and connections never established. A timeout, a 2xx answer we cannot read, or an
    exception of any other type may follow a delivered send: UNKNOWN. Which HTTP statuses prove "not processed"
    is the transport's table; it raises DeliveryUnknown for the rest.
    """
    if not risky:
        return OutboxState.FAILED
    if isinstance(error, DeliveryUnknown | ResponseValidationError):
        return OutboxState.UNKNOWN
    if isinstance(error, APIConnectionError):
        return OutboxState.UNKNOWN if error.request_sent else OutboxState.FAILED
    if isinstance(error, MarketmsgError):
        return OutboxState.FAILED
    return OutboxState.UNKNOWN


class _Tracker:
    """The parts of one send as it runs, and whether an unrecorded send is in flight."""

    def __init__(self, outbox: Outbox, key: str) -> None:
        self.outbox = outbox
        self.key = key
        self.parts: dict[str, OutboxPart] = {}
        self.loaded = False
        self.current: PartStart | None = None
        self.risky = False  # a non-idempotent effect ran since the last recorded point
        self.unrecorded = False  # a part went out but recording it failed

    def _record(self, part: OutboxPart) -> Flow[None]:
        self.parts[part.name] = part
        # An upsert of the part's row: repeating it is harmless, so the driver may retry it like begin/finish.
        yield from BlockingCall("outbox_part", lambda: self.outbox.record_part(self.key, part)).send()
        return None

    def _load(self) -> Flow[None]:
        """Parts delivered by an earlier attempt under this key (a PARTIAL entry taken over by begin)."""
        if not self.loaded:
            stored = yield from BlockingCall("outbox_get", lambda: self.outbox.get(self.key)).send()
            self.parts.update({p.name: p for p in (stored.parts if stored is not None else ())})
            self.loaded = True
        return None

    def start(self, effect: PartStart) -> Flow[OutboxPart | None]:
        yield from self._load()
        known = self.parts.get(effect.name)
        if known is not None and known.state is OutboxState.SENT:
            return known
        self.current = effect
        if effect.ref is not None:
            # Before the send: the id it can be found by, should its outcome be unknown.
            yield from self._record(OutboxPart(effect.name, OutboxState.PENDING, ref=effect.ref))
        return None

    def sent(self, effect: PartSent) -> Flow[None]:
        ref = self.current.ref if self.current is not None and self.current.name == effect.name else None
        self.current = None
        self.risky = False
        try:
            yield from self._record(OutboxPart(effect.name, OutboxState.SENT, ref, effect.platform_id))
        except BaseException:
            self.unrecorded = True
            raise
        return None

    def fail(self, error: BaseException) -> Flow[OutboxState]:
        """Record the interrupted part and return the entry's state after ``error``."""
        step = step_outcome(error, risky=self.risky)
        yield from self._load()  # a retry that fails before its first part still has the earlier parts
        current = self.current
        if current is not None:
            known = self.parts.get(current.name)
            if known is None or known.state is not OutboxState.SENT:
                yield from self._record(OutboxPart(current.name, step, ref=current.ref))
        states = {p.state for p in self.parts.values()}
        if self.unrecorded or step is OutboxState.UNKNOWN or OutboxState.UNKNOWN in states:
            return OutboxState.UNKNOWN
        return OutboxState.PARTIAL if OutboxState.SENT in states else OutboxState.FAILED

    def delivered(self) -> list[str]:
        return [p.name for p in self.parts.values() if p.state is OutboxState.SENT]


def _finish(
    outbox: Outbox, key: str, state: OutboxState, message: Any = None, error: str | None = None
) -> Flow[None]:
    yield from BlockingCall(
        "outbox_finish", lambda: outbox.finish(key, state, message=message, error=error)
    ).send()
    return None


def _refuse_other_request(existing: OutboxEntry, entry: OutboxEntry) -> None:
    """Raise IdempotencyConflict when ``entry`` is another request than the one ``existing`` recorded."""
    differs = request_differences(existing, entry)
    if differs:
        raise IdempotencyConflict(
            f"idempotency key {entry.key!r} was first used for another request ({', '.join(differs)} "
            f"differ{'s' if len(differs) == 1 else ''}); nothing was sent. A key names one message: use a "
            "new key for a new message",
            idempotency_key=entry.key,
            differs=differs,
        )


def enqueue(outbox: Outbox, entry: OutboxEntry) -> Flow[OutboxEntry]:
    """Record ``entry`` QUEUED for a worker to send; the same request queued again returns the stored entry,
    another request under its key raises IdempotencyConflict (as a send would)."""
    queued = replace(entry, state=OutboxState.QUEUED)
    existing = yield from BlockingCall("outbox_begin", lambda: outbox.begin(queued)).send()
    if existing is not queued and existing.key == queued.key:
        _refuse_other_request(existing, queued)
    return existing


def _check_existing(existing: OutboxEntry, entry: OutboxEntry) -> Any:
    """The stored message when the key already completed this very request; raise when it cannot be sent."""
    _refuse_other_request(existing, entry)
    if existing.state is OutboxState.SENT and existing.message is not None:
        return existing.message
    raise DeliveryUnknown(
        f"the request under idempotency key {entry.key!r} is {existing.state.value}: it may already have reached "
        f"the platform; reconcile it against {_reconcile_against(entry)} before trying again",
        platform=None,
        operation=entry.operation,
        idempotency_key=entry.key,
    )


def _raise_for(state: OutboxState, error: Exception, entry: OutboxEntry, tracker: _Tracker) -> None:
    if isinstance(error, DeliveryUnknown):
        error.idempotency_key = entry.key
        raise error
    platform = getattr(error, "platform", None)
    # What the platform answered (status, request id, excerpt) belongs in the message the caller sees.
    cause = (
        f"{type(error).__name__}: {_describe(error)}"
        if isinstance(error, MarketmsgError)
        else _describe(error)
    )
    if state is OutboxState.PARTIAL:
        refused = tracker.current.name if tracker.current is not None else None
        delivered = tracker.delivered()
        raise PartialDelivery(
            f"the send under idempotency key {entry.key!r} was delivered in part ({', '.join(delivered)}); "
            f"{refused or 'the rest'} was refused ({cause}). Sending again with the same key "
            "sends only the parts not delivered",
            idempotency_key=entry.key,
            delivered=delivered,
            refused=refused,
            platform=platform if isinstance(platform, str) else None,
        ) from error
    if state is OutboxState.UNKNOWN:
        raise DeliveryUnknown(
            f"the send under idempotency key {entry.key!r} failed after it may have reached the platform "
            f"({cause}); reconcile it before sending again",
            platform=platform if isinstance(platform, str) else None,
            operation=entry.operation,
            idempotency_key=entry.key,
        ) from error
    raise error


def completed(outbox: Outbox, entry: OutboxEntry) -> Flow[bool]:
    """Whether ``entry``'s key already completed this very request (True: do not run it again) or is free to run
    (False: a new key, or one whose last attempt delivered nothing). Raises as a send under the key would:
    IdempotencyConflict for another request, DeliveryUnknown while its outcome is pending or unknown.

    For a caller that must know before its own checks: the dispute rules would refuse the repeat of an action
    already taken (the solution is no longer waiting) where the caller should get the dispute back."""
    existing = yield from BlockingCall("outbox_get", lambda: outbox.get(entry.key)).send()
    if existing is None or takes_over(existing, entry):
        return False
    if existing.state is OutboxState.SENT:
        _refuse_other_request(existing, entry)
        return True
    _check_existing(existing, entry)  # raises: another request, or an outcome not known
    return False  # pragma: no cover - _check_existing raises for every state but SENT


def deliver(
    outbox: Outbox, entry: OutboxEntry, send: Flow[T], *, replay: Callable[[], Flow[T]] | None = None
) -> Flow[T]:
    """Run ``send`` (an adapter's send flow) exactly once under ``entry``'s key; see the module docstring.

    ``replay``: the result is not stored with the entry (it is no message: a dispute afterwards); a repeat of a
    completed request runs ``replay`` (a fresh read) instead."""
    # Validate first: the flow runs up to its first effect (no I/O yet) before anything is recorded.
    try:
        effect: Effect = next(send)
    except StopIteration as stop:  # a send without any effect: nothing to guard
        return cast(T, stop.value)
    existing = yield from BlockingCall("outbox_begin", lambda: outbox.begin(entry)).send()
    if existing is not entry and existing.key == entry.key:
        send.close()
        if replay is not None and existing.state is OutboxState.SENT:
            _refuse_other_request(existing, entry)
            return (yield from replay())
        return cast(T, _check_existing(existing, entry))
    tracker = _Tracker(outbox, entry.key)
    try:
        message = cast(T, (yield from _drive(send, effect, tracker)))
    except Exception as error:
        send.close()
        state = yield from tracker.fail(error)
        yield from _finish(outbox, entry.key, state, error=_describe(error))
        _raise_for(state, error, entry, tracker)
        raise  # pragma: no cover - _raise_for always raises
    yield from _finish(outbox, entry.key, OutboxState.SENT, None if replay is not None else message)
    return message


def _drive(send: Flow[Any], effect: Effect, tracker: _Tracker) -> Generator[Effect, Any, Any]:
    """Forward ``send``'s effects to the driver, answering the part markers from the outbox."""
    while True:
        try:
            # A send (the usual effect) is neither marker: settled by its type before two ABC checks (~0.3 µs each).
            if type(effect) is not HttpCall and isinstance(effect, PartStart):
                effect = send.send((yield from tracker.start(effect)))
            elif type(effect) is not HttpCall and isinstance(effect, PartSent):
                yield from tracker.sent(effect)
                effect = send.send(None)
            else:
                if not effect.idempotent:
                    tracker.risky = True
                try:
                    result = yield effect
                except Exception as exc:  # the driver's error, handed to the adapter's flow to translate
                    effect = send.throw(exc)
                else:
                    effect = send.send(result)
        except StopIteration as stop:
            return stop.value


def _describe(error: BaseException) -> str:
    """What the outbox keeps of an error: our messages are redacted; another type's text may hold anything."""
    return error.message if isinstance(error, MarketmsgError) else type(error).__name__
