"""The client's operations as flows: rules, outbox and adapter call composed once for both clients."""

from __future__ import annotations

from datetime import datetime

from ._effects import Flow
from ._exceptions import (
    CapabilityError,
    DeliveryUnknown,
    IdempotencyConflict,
    MarketmsgError,
    PolicyViolation,
)
from ._logging import get_logger
from ._outbox import Outbox, OutboxEffect, OutboxEntry, OutboxState, request_differences
from .adapter import Adapter, Feature, ProactiveDraft, ReplyDraft
from .models import Capability, Message, OrderContext
from .rules import Report, RuleContext, evaluate
from .rules._allowance import external_contact_allowed_for

__all__ = ["content_gate", "preflight", "require_kind", "send_proactive_flow", "send_reply_flow"]

log = get_logger("marketmsg.client")


def preflight(adapter: Adapter, text: str | None, context: RuleContext, *, allow_warnings: bool) -> Report:
    """Run content + capability rules before any I/O of the send; raise PolicyViolation when they refuse."""
    report = evaluate(text, context, adapter.rule_pack)
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


def content_gate(adapter: Adapter, text: str | None, context: RuleContext) -> None:
    """Refuse a text with *blocking* content findings before the send path does any I/O at all.

    The full check (content + capability, warnings included) runs again once the order facts are known; this
    early pass only makes sure a message that can never be sent costs no request.
    """
    pack = adapter.rule_pack
    if pack is None or not text:
        return
    blocking = [f for f in pack.check_content(text, context) if f.severity == "block"]
    if blocking:
        raise PolicyViolation(blocking, platform=adapter.name)


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


def _order_facts(
    adapter: Adapter, order_id: str | None
) -> Flow[tuple[OrderContext | None, Capability | None]]:
    order: OrderContext | None = None
    capability: Capability | None = None
    if order_id and Feature.ORDER_CONTEXT in adapter.features:
        order = yield from adapter.get_order_context(order_id)
    if order_id and Feature.CAPABILITIES in adapter.features:
        capability = yield from adapter.get_capabilities(order_id)
    return order, capability


def _send_through_outbox(outbox: Outbox, entry: OutboxEntry, send: Flow[Message]) -> Flow[Message]:
    existing = yield from OutboxEffect(outbox, begin=entry).send()
    if existing is not None and existing is not entry and existing.key == entry.key:
        differs = request_differences(existing, entry)
        if differs:
            raise IdempotencyConflict(
                f"idempotency key {entry.key!r} was first used for another request ({', '.join(differs)} "
                f"differ{'s' if len(differs) == 1 else ''}); nothing was sent. A key names one message: use a "
                "new key for a new message",
                idempotency_key=entry.key,
                differs=differs,
            )
        if existing.state is OutboxState.SENT and existing.message is not None:
            return existing.message
        if existing.state in (OutboxState.UNKNOWN, OutboxState.PENDING):
            raise DeliveryUnknown(
                f"a send with idempotency key {entry.key!r} is {existing.state.value}: it may already have been "
                "delivered; reconcile it against the conversation before sending again",
                platform=None,
                operation=entry.operation,
                idempotency_key=entry.key,
            )
    try:
        message = yield from send
    except DeliveryUnknown as exc:
        exc.idempotency_key = entry.key
        yield from OutboxEffect(outbox, finish=(entry.key, OutboxState.UNKNOWN, None, exc.message)).send()
        raise
    except MarketmsgError as exc:
        yield from OutboxEffect(outbox, finish=(entry.key, OutboxState.FAILED, None, exc.message)).send()
        raise
    yield from OutboxEffect(outbox, finish=(entry.key, OutboxState.SENT, message, None)).send()
    return message


def send_reply_flow(
    adapter: Adapter,
    outbox: Outbox,
    *,
    conversation_id: str,
    conversation_native_id: str,
    draft: ReplyDraft,
    allow_warnings: bool,
    now: datetime,
    locale: str | None = None,
) -> Flow[Message]:
    external_contact_allowed = external_contact_allowed_for(draft.body)
    content_gate(
        adapter,
        draft.body,
        RuleContext(
            platform=adapter.name,
            locale=locale,
            kind="reply",
            critical=draft.critical,
            external_contact_allowed=external_contact_allowed,
            now=now,
            account=adapter.account,
        ),
    )
    order_id: str | None = None
    if Feature.GET_CONVERSATION in adapter.features:
        conversation = yield from adapter.get_conversation(conversation_native_id)
        order_id = conversation.order_id
    order, capability = yield from _order_facts(adapter, order_id)
    context = RuleContext(
        platform=adapter.name,
        locale=locale or (order.buyer_locale if order else None),
        kind="reply",
        order=order,
        capability=capability,
        critical=draft.critical,
        # True only for the off-platform protocol's notice, and only for its exact text (rules/_allowance.py).
        external_contact_allowed=external_contact_allowed,
        now=now,
        account=adapter.account,
    )
    if context.external_contact_allowed:
        log.warning(
            "off-platform notice on %s: contact-detail rules lifted for this one message", adapter.account.key
        )
    preflight(adapter, draft.body, context, allow_warnings=allow_warnings)
    entry = OutboxEntry(
        key=draft.idempotency_key,
        account=adapter.account.key,
        target=conversation_id,
        operation="send_reply",
        state=OutboxState.PENDING,
        created_at=now,
        body=draft.body,
    )
    return (yield from _send_through_outbox(outbox, entry, adapter.send_reply(conversation_native_id, draft)))


def send_proactive_flow(
    adapter: Adapter,
    outbox: Outbox,
    *,
    draft: ProactiveDraft,
    allow_warnings: bool,
    now: datetime,
) -> Flow[Message]:
    content_gate(
        adapter,
        draft.body,
        RuleContext(platform=adapter.name, kind=draft.kind.value, now=now, account=adapter.account),
    )
    order, capability = yield from _order_facts(adapter, draft.order_id)
    if capability is not None:
        require_kind(adapter, capability, draft.kind.value, draft.order_id)
    context = RuleContext(
        platform=adapter.name,
        locale=order.buyer_locale if order else None,
        kind=draft.kind.value,
        order=order,
        capability=capability,
        now=now,
        account=adapter.account,
    )
    preflight(adapter, draft.body, context, allow_warnings=allow_warnings)
    entry = OutboxEntry(
        key=draft.idempotency_key,
        account=adapter.account.key,
        target=draft.order_id,
        operation=f"send_proactive:{draft.kind.value}",
        state=OutboxState.PENDING,
        created_at=now,
        body=draft.body,
    )
    return (yield from _send_through_outbox(outbox, entry, adapter.send_proactive(draft)))
