"""The client's operations as flows: rules, outbox and adapter call composed once for both clients."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from ._delivery import completed, deliver, enqueue
from ._effects import Flow
from ._exceptions import (
    APIConnectionError,
    CapabilityError,
    DisputeActionRefused,
    EmptyMessageError,
    PolicyViolation,
)
from ._facts import OrderFactCache, unavailable
from ._logging import get_logger
from ._outbox import DISPUTE_OPERATION_PREFIX, Outbox, OutboxEntry, OutboxState
from .adapter import (
    Adapter,
    DisputeAction,
    DisputeContext,
    Feature,
    ProactiveContext,
    ProactiveDraft,
    ReplyContext,
    ReplyDraft,
)
from .models import Capability, Conversation, Dispute, Message, OrderContext, OrderFact
from .rules import NEED_EVERYTHING, FactNeed, Finding, Report, RuleContext, RulePack, evaluate
from .rules._allowance import external_contact_allowed_for

__all__ = [
    "ContentChecked",
    "Facts",
    "act_on_dispute_flow",
    "content_gate",
    "dispute_gate",
    "needs_of",
    "order_facts",
    "preflight",
    "queue_reply_flow",
    "read_facts",
    "require_kind",
    "require_text",
    "send_proactive_flow",
    "send_reply_flow",
]

log = get_logger("marketmsg.client")


def preflight(
    adapter: Adapter,
    text: str | None,
    context: RuleContext,
    *,
    allow_warnings: bool,
    checked: ContentChecked | None = None,
) -> Report:
    """Run content + capability rules before any I/O of the send; raise PolicyViolation when they refuse.
    ``checked``: the early gate's content findings, reused when found in the same context."""
    report = _content_report(adapter, text, context, checked)
    if report.blocked:
        raise PolicyViolation(report.findings, platform=adapter.name)
    if report.warnings:
        if not allow_warnings:
            raise PolicyViolation(report.findings, platform=adapter.name)
        log.warning(
            "sending despite %d warning(s) on %s (allow_warnings=True): %s",
            len(report.warnings),
            adapter.account.key,
            ", ".join(f.rule for f in report.warnings),
        )
    return report


#: What a blank text consists of: whitespace (``str.isspace``: spaces, tabs, line breaks, NBSP, the ideographic
#: space …) and the invisible format characters a paste can carry (zero-width space/joiners, word joiner, BOM).
_INVISIBLE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\u200c\u200d\u2060\ufeff"


def require_text(body: str | None, attachments: Sequence[object], what: str, *, optional: bool) -> None:
    """Refuse a text that is empty or only whitespace, before any I/O — unless files carry the message.

    ``optional``: the text may be left out (``None``) altogether (proactive kinds without text); a text given is
    still never blank.
    """
    if body is None and optional:
        return
    if (body is None or not body.strip(_INVISIBLE)) and not attachments:
        shown = "empty" if not body else "only whitespace"
        raise EmptyMessageError(
            f"nothing to send: the {what} text is {shown} and nothing is attached; nothing was sent"
            + (" (a kind that takes no text takes body=None)" if optional else "")
        )


@dataclass(frozen=True)
class ContentChecked:
    """The content findings of the early gate, and the context they were found in (reused by :func:`preflight`
    when the facts read afterwards changed nothing a content rule reads)."""

    context: RuleContext
    findings: tuple[Finding, ...]


def content_gate(adapter: Adapter, text: str | None, context: RuleContext) -> ContentChecked | None:
    """Refuse a text with *blocking* content findings before the send path does any I/O at all.

    The full check (content + capability, warnings included) runs once the order facts are known; this early
    pass makes sure a message that can never be sent costs no request, and its findings are kept so the full
    check does not scan the text again when the context it was found in is unchanged.
    """
    pack = adapter.rule_pack
    if pack is None or not text:
        return None
    findings = tuple(pack.check_content(text, context))
    blocking = [f for f in findings if f.severity == "block"]
    if blocking:
        raise PolicyViolation(blocking, platform=adapter.name)
    return ContentChecked(context, findings)


def _content_report(
    adapter: Adapter, text: str | None, context: RuleContext, checked: ContentChecked | None
) -> Report:
    pack = adapter.rule_pack
    if (
        pack is None
        or checked is None
        # The same context object (a reply whose facts changed nothing): its inputs are the same, unread.
        or (
            checked.context is not context
            and _content_inputs(pack, checked.context) != _content_inputs(pack, context)
        )
    ):
        return evaluate(text, context, pack)
    findings = [*checked.findings, *pack.check_send(context)]
    findings.sort(key=lambda f: (f.severity != "block", f.start, f.rule))
    return Report(text=text or "", findings=tuple(findings))


def _content_inputs(pack: RulePack, context: RuleContext) -> object:
    """What the pack's content rules read of ``context`` (its ``content_inputs``); for a pack that does not say,
    the whole context but the capability, which content rules never read."""
    declare = getattr(pack, "content_inputs", None)
    return replace(context, capability=None) if declare is None else declare(context)


def require_kind(adapter: Adapter, capability: Capability, kind: str, order_id: str) -> None:
    """Raise CapabilityError, naming what *is* allowed now, when ``kind`` may not be sent for the order."""
    if capability.allows(kind):
        return
    why = capability.why_not(kind)
    allowed = ", ".join(capability.allowed_kinds) or "none"
    raise CapabilityError(
        f"{kind} may not be sent for order {order_id} now"
        + (f": {why}" if why else "")
        + f". Allowed now: {allowed}",
        platform=adapter.name,
        rule=next((r.rule for r in capability.refused if r.kind == kind), None),
        allowed=capability.allowed_kinds,
    )


@dataclass(frozen=True)
class Facts:
    """What a send read before its rules ran: order facts and capability (either may be None)."""

    order: OrderContext | None = None
    capability: Capability | None = None


#: What a send without an order read (immutable: one for all of them).
_NO_FACTS = Facts()


def needs_of(adapter: Adapter, text: str | None, context: RuleContext) -> Sequence[FactNeed]:
    """What the rules of this send declare they need (everything, for a pack that does not say)."""
    pack = adapter.rule_pack
    if pack is None:
        return ()
    declare = getattr(pack, "facts_needed", None)
    return NEED_EVERYTHING if declare is None else tuple(declare(text, context))


def read_facts(
    adapter: Adapter, cache: OrderFactCache, order_id: str | None, needs: Sequence[FactNeed], now: datetime
) -> Flow[Facts]:
    """Read the order facts and capability ``needs`` asks for — the facts from ``cache`` while fresh.

    Nothing is read for a send without an order, or whose rules need nothing. A platform that cannot be reached
    for a fact a rule needs raises a connection error naming the host and the rules: nothing was sent.
    """
    if order_id is None:
        return _NO_FACTS
    wanted = frozenset(f for need in needs for f in need.facts)
    order: OrderContext | None = None
    capability: Capability | None = None
    try:
        if wanted and Feature.ORDER_CONTEXT in adapter.features:
            order = yield from order_facts(adapter, cache, order_id, wanted, now)
        if any(need.capability for need in needs) and Feature.CAPABILITIES in adapter.features:
            capability = yield from adapter.get_capabilities(order_id, order=order)
    except APIConnectionError as exc:
        raise unavailable(exc, order_id, [n.rule for n in needs]) from exc
    return Facts(order, capability)


def order_facts(
    adapter: Adapter,
    cache: OrderFactCache,
    order_id: str,
    wanted: frozenset[OrderFact],
    now: datetime,
    *,
    refresh: bool = False,
) -> Flow[OrderContext]:
    """The ``wanted`` fact classes of ``order_id``: fresh ones from ``cache``, the rest from the adapter.

    ``refresh`` reads them all from the platform and updates the cache (``client.orders.context``).
    """
    if Feature.ORDER_CONTEXT not in adapter.features:
        return (yield from adapter.get_order_context(order_id, wanted))  # refuses before any I/O
    account = adapter.account.key
    entry = yield from cache.load(account, order_id)
    held = cache.fresh(entry, now)
    missing = wanted if refresh else wanted - held
    if missing:
        fetched = yield from adapter.get_order_context(order_id, frozenset(missing))
        entry = cache.merge(entry, fetched, now)
        yield from cache.save(account, order_id, entry)
        held = cache.fresh(entry, now)
    assert entry is not None  # fetched above when nothing was cached
    return cache.context(entry, held & wanted)


def send_reply_flow(
    adapter: Adapter,
    outbox: Outbox,
    cache: OrderFactCache,
    *,
    conversation_id: str,
    conversation_native_id: str,
    draft: ReplyDraft,
    allow_warnings: bool,
    now: datetime,
    locale: str | None = None,
) -> Flow[Message]:
    """Rules, then the outbox, then the adapter's send hook — reading the conversation once and only the order
    facts the reply's rules ask for (usually none: a buyer who wrote may always be answered)."""
    entry, hook_context = yield from _checked_reply(
        adapter, cache, conversation_id, conversation_native_id, draft, allow_warnings, now, locale
    )
    send = adapter.send_reply(conversation_native_id, draft, hook_context)
    return (yield from deliver(outbox, entry, send))


def queue_reply_flow(
    adapter: Adapter,
    outbox: Outbox,
    cache: OrderFactCache,
    *,
    conversation_id: str,
    conversation_native_id: str,
    draft: ReplyDraft,
    allow_warnings: bool,
    now: datetime,
) -> Flow[OutboxEntry]:
    """The same rules as :func:`send_reply_flow`, now; then the reply is recorded QUEUED for a worker to send."""
    entry, _ = yield from _checked_reply(
        adapter, cache, conversation_id, conversation_native_id, draft, allow_warnings, now, None
    )
    return (yield from enqueue(outbox, entry))


def _checked_reply(
    adapter: Adapter,
    cache: OrderFactCache,
    conversation_id: str,
    conversation_native_id: str,
    draft: ReplyDraft,
    allow_warnings: bool,
    now: datetime,
    locale: str | None,
) -> Flow[tuple[OutboxEntry, ReplyContext]]:
    """The reply's rules (PolicyViolation when they refuse) and the outbox entry it is recorded under."""
    require_text(draft.body, draft.attachments, "reply", optional=False)
    external_contact_allowed = external_contact_allowed_for(draft.body)
    base = RuleContext(
        platform=adapter.name,
        locale=locale,
        kind="reply",
        critical=draft.critical,
        # True only for the off-platform protocol's notice, and only for its exact text (rules/_allowance.py).
        external_contact_allowed=external_contact_allowed,
        now=now,
        account=adapter.account,
        attachments=draft.attachments,
    )
    checked = content_gate(adapter, draft.body, base)
    conversation: Conversation | None = None
    if Feature.GET_CONVERSATION in adapter.features:
        conversation = yield from adapter.get_conversation(conversation_native_id)
    order_id = conversation.order_id if conversation is not None else None
    if order_id is not None:  # (replace() with the values base already holds would only copy it: ~4 µs each)
        base = replace(base, order_id=order_id)
    facts = yield from read_facts(adapter, cache, order_id, needs_of(adapter, draft.body, base), now)
    reply_locale = locale or (facts.order.buyer_locale if facts.order else None)
    context = base  # base already holds this locale, no order and no capability: nothing to replace
    if reply_locale != base.locale or facts.order is not None or facts.capability is not None:
        context = replace(base, locale=reply_locale, order=facts.order, capability=facts.capability)
    if context.external_contact_allowed:
        log.warning(
            "off-platform notice on %s: contact-detail rules lifted for this one message", adapter.account.key
        )
    preflight(adapter, draft.body, context, allow_warnings=allow_warnings, checked=checked)
    entry = OutboxEntry(
        key=draft.idempotency_key,
        account=adapter.account.key,
        target=conversation_id,
        operation="send_reply",
        state=OutboxState.PENDING,
        created_at=now,
        body=draft.body,
    )
    return entry, ReplyContext(conversation=conversation, order=facts.order, capability=facts.capability)


def send_proactive_flow(
    adapter: Adapter,
    outbox: Outbox,
    cache: OrderFactCache,
    *,
    draft: ProactiveDraft,
    allow_warnings: bool,
    now: datetime,
) -> Flow[Message]:
    """Rules (with the order facts and capability the kind's rules declare), outbox, then the send hook."""
    require_text(draft.body, draft.attachments, draft.kind.value, optional=True)
    base = RuleContext(
        platform=adapter.name,
        kind=draft.kind.value,
        now=now,
        account=adapter.account,
        order_id=draft.order_id,
        attachments=draft.attachments,
    )
    checked = content_gate(adapter, draft.body, base)
    facts = yield from read_facts(adapter, cache, draft.order_id, needs_of(adapter, draft.body, base), now)
    if facts.capability is not None:
        require_kind(adapter, facts.capability, draft.kind.value, draft.order_id)
    context = replace(
        base,
        locale=facts.order.buyer_locale if facts.order else None,
        order=facts.order,
        capability=facts.capability,
    )
    preflight(adapter, draft.body, context, allow_warnings=allow_warnings, checked=checked)
    entry = OutboxEntry(
        key=draft.idempotency_key,
        account=adapter.account.key,
        target=draft.order_id,
        operation=f"send_proactive:{draft.kind.value}",
        state=OutboxState.PENDING,
        created_at=now,
        body=draft.body,
    )
    send = adapter.send_proactive(draft, ProactiveContext(order=facts.order, capability=facts.capability))
    message = yield from deliver(outbox, entry, send)
    # The order now has one more proactive message: the count (one-per-order rules) must be read again.
    yield from cache.forget(adapter.account.key, draft.order_id, (OrderFact.HISTORY,))
    return message


def dispute_gate(adapter: Adapter, dispute: Dispute, action: DisputeAction, now: datetime) -> None:
    """Run the rule pack's dispute-action rules on ``dispute`` as it is; raise DisputeActionRefused (naming the
    rule) when one blocks. Pure: no I/O."""
    check = getattr(adapter.rule_pack, "check_dispute_action", None)
    if check is None:
        return
    context = RuleContext(platform=adapter.name, now=now, account=adapter.account, order_id=dispute.order_id)
    blocking = [f for f in check(dispute, action, context) if f.blocks]
    if blocking:
        raise DisputeActionRefused(
            blocking, dispute_id=dispute.id, action=action.action, platform=adapter.name
        )


def act_on_dispute_flow(
    adapter: Adapter,
    native_id: str,
    action: DisputeAction,
    now: datetime,
    known: Dispute | None = None,
    *,
    outbox: Outbox | None = None,
    dispute_id: str | None = None,
    idempotency_key: str | None = None,
) -> Flow[Dispute]:
    """The dispute rules, then the action: nothing reaches the platform's action endpoint unless they pass.

    ``known`` (a dispute the caller listed or read) is checked first, with no I/O at all; then the dispute is read
    as it is now (its state may have moved) and checked again, and that read is handed to the adapter so the
    action does not read it a third time. A platform without dispute actions refuses before any I/O.

    With ``idempotency_key`` the action runs under the outbox as a send does: a key that already completed this
    very action returns the dispute as it is now without acting again — looked up *before* the rules, which would
    otherwise refuse the repeat of an accept (the solution is no longer waiting); a key whose outcome is unknown
    refuses (DeliveryUnknown); another action under the key raises IdempotencyConflict.
    """
    if Feature.DISPUTE_ACTIONS not in adapter.features:
        return (yield from adapter.act_on_dispute(native_id, action))
    entry = None
    if idempotency_key is not None and outbox is not None:
        entry = _dispute_action_entry(adapter, dispute_id or native_id, action, idempotency_key, now)
        done = yield from completed(outbox, entry)
        if done:
            return (yield from adapter.get_dispute(native_id))
    if known is not None:
        dispute_gate(adapter, known, action, now)
    current = yield from adapter.get_dispute(native_id)
    dispute_gate(adapter, current, action, now)
    act = adapter.act_on_dispute(native_id, action, DisputeContext(dispute=current))
    if entry is None or outbox is None:  # (entry implies outbox; mypy needs both)
        return (yield from act)
    return (yield from deliver(outbox, entry, act, replay=lambda: adapter.get_dispute(native_id)))


def _dispute_action_entry(
    adapter: Adapter, dispute_id: str, action: DisputeAction, key: str, now: datetime
) -> OutboxEntry:
    """The outbox entry of a dispute action: operation ``dispute_<action>``, the dispute's id as target, and as
    ``body`` the action's fingerprint (:func:`_fingerprint`: no photo and no reason text is kept)."""
    return OutboxEntry(
        key=key,
        account=adapter.account.key,
        target=dispute_id,
        operation=f"{DISPUTE_OPERATION_PREFIX}{action.action}",
        state=OutboxState.PENDING,
        created_at=now,
        body=_fingerprint(action),
    )


def _fingerprint(action: DisputeAction) -> str:
    """SHA-256 of what the action asks: its fields as JSON, and each attachment by name, type and content hash
    (an attachment's bytes are no UTF-8, so they do not go through the JSON)."""
    digest = hashlib.sha256()
    fields = action.model_dump(mode="json", exclude={"attachments"})
    digest.update(json.dumps(fields, sort_keys=True).encode("utf-8"))
    for attachment in getattr(action, "attachments", ()):
        content = attachment.content if attachment.content is not None else (attachment.url or "").encode()
        digest.update(f"\0{attachment.filename}\0{attachment.content_type}\0".encode())
        digest.update(hashlib.sha256(content).digest())
    return f"sha256:{digest.hexdigest()}"
