"""Amazon's capability rules: what may be sent for an order now. Pure functions of the RuleContext.

Every rule is a row of data below with its source (../shared/platforms/amazon.md):
- §5.4 [doc] Buyer-Seller Messaging Service overview: FBA messaging is for product questions only; returns of
  FBA gift items are reply-only; buyers may opt out of unsolicited messages, critical messages still go through
  (critical topics per FeedbackFive: customization, delivery scheduling, shipping-address problems).
- §1.8 / §5.2: proactive messages only within 30 days of order completion; one review solicitation *or* free-form
  proactive message per order (Solicitations model); solicitation window 5 days after the earliest to 30 days
  after the latest delivery date; ``confirmOrderDetails`` only before shipping [model].
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from marketmsg.models import Fulfilment, OrderContext, OrderFact
from marketmsg.rules import FactNeed, Finding, RuleContext

__all__ = [
    "CRITICAL_KINDS",
    "FBA_PROACTIVE_KINDS",
    "ONE_PER_ORDER_KINDS",
    "PROACTIVE_WINDOW",
    "SOLICITATION_WINDOW",
    "check_send",
    "send_needs",
]

_BSM = "Amazon Buyer-Seller Messaging Service overview — platforms/amazon.md §5.4 [doc]"
_OPT_OUT = "Amazon FAQ G200383320 (opt-out; critical messages) — platforms/amazon.md §5.4"
_WINDOW = (
    "Amazon Communication Guidelines: proactive messages within 30 days of completion — amazon.md §1.8, §5.2"
)
_ONE = "Solicitations model: one productReviewAndSellerFeedback or free-form proactive message per order — amazon.md §1.8"
_SOLICIT = "Solicitations API: 5 days after EarliestDeliveryDate to 30 days after LatestDeliveryDate — amazon.md §1.8"
_BEFORE_SHIP = "messaging.json confirmOrderDetails: questions prior to shipping — amazon.md §1.8 [model]"
_BEFORE_DELIVERY = (
    "messaging.json confirmDeliveryDetails: arrange delivery, so only before delivery — amazon.md §1.2"
)

REPLY = "reply"
#: Proactive kinds allowed on Amazon-fulfilled (FBA) orders: product information only [BSM overview].
FBA_PROACTIVE_KINDS = frozenset(
    {"legal_disclosure", "warranty", "digital_access_key", "invoice", "review_solicitation"}
)
#: Kinds that reach buyers who opted out (Amazon's critical messages) [FAQ G200383320, FeedbackFive].
CRITICAL_KINDS = frozenset(
    {"confirm_customization_details", "confirm_delivery_details", "unexpected_problem"}
)
#: Kinds limited to one per order; ``proactive`` is a free-form proactive e-mail through the relay.
ONE_PER_ORDER_KINDS = frozenset({"review_solicitation", "proactive"})
PROACTIVE_WINDOW = timedelta(days=30)
SOLICITATION_WINDOW = (timedelta(days=5), timedelta(days=30))
_SHIPPED_STATUSES = frozenset({"shipped", "partiallyshipped", "delivered", "invoiceunconfirmed"})


def _block(rule: str, message: str, suggestion: str, source: str) -> Finding:
    return Finding(rule=rule, severity="block", message=message, suggestion=suggestion, source=source)


def _now(context: RuleContext) -> datetime:
    return context.now if context.now is not None else datetime.now(UTC)


def _completed_at(order: OrderContext) -> datetime | None:
    return order.delivered_at or order.latest_delivery


def _shipped(order: OrderContext) -> bool:
    status = (order.status or "").replace("_", "").lower()
    return order.shipped_at is not None or order.delivered_at is not None or status in _SHIPPED_STATUSES


@dataclass(frozen=True)
class _Rule:
    """An order rule, the fact classes it reads, and the kinds it applies to (None: every proactive kind)."""

    id: str
    check: Callable[[OrderContext, str, RuleContext], Finding | None]
    facts: frozenset[OrderFact]
    kinds: frozenset[str] | None = None

    def applies_to(self, kind: str) -> bool:
        # No order rule restricts a reply: a buyer who wrote may always be answered (amazon.md §5.4).
        return kind != REPLY and (self.kinds is None or kind in self.kinds)


def _fba_product_only(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    if order.fulfilment is not Fulfilment.PLATFORM or kind == REPLY or kind in FBA_PROACTIVE_KINDS:
        return None
    return _block(
        "amazon.fba_product_only",
        f"Order {order.order_id} is fulfilled by Amazon: seller messages are for product questions only, "
        f"so {kind} may not be sent (delivery, returns and refunds are Amazon's).",
        "Refer the buyer to Amazon Customer Service for delivery, return or refund matters.",
        _BSM,
    )


def _gift_return_reply_only(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    if not (order.fulfilment is Fulfilment.PLATFORM and order.is_gift and order.is_return) or kind == REPLY:
        return None
    return _block(
        "amazon.fba_gift_return_reply_only",
        f"Order {order.order_id} is a return of an FBA gift: the seller may only reply, never start a message.",
        "Wait for the buyer's message and reply to it.",
        _BSM,
    )


def _opted_out(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    if not order.buyer_opted_out or kind == REPLY or ctx.critical or kind in CRITICAL_KINDS:
        return None
    return _block(
        "amazon.buyer_opted_out",
        f"The buyer of order {order.order_id} opted out of unsolicited messages; {kind} is not a critical message.",
        "Send nothing unsolicited; critical kinds (customization, delivery scheduling, unexpected problem) still "
        "go through.",
        _OPT_OUT,
    )


def _proactive_window(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    completed = _completed_at(order)
    if kind == REPLY or completed is None or _now(ctx) <= completed + PROACTIVE_WINDOW:
        return None
    return _block(
        "amazon.proactive_window",
        f"Proactive messages for order {order.order_id} were allowed until "
        f"{(completed + PROACTIVE_WINDOW).isoformat()} (30 days after completion).",
        "Only reply to the buyer's messages now.",
        _WINDOW,
    )


def _one_per_order(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    if kind not in ONE_PER_ORDER_KINDS or order.proactive_messages_sent < 1:
        return None
    return _block(
        "amazon.one_per_order",
        f"Order {order.order_id} already had its one review request or free-form proactive message.",
        "Do not ask again; repeated requests are not allowed.",
        _ONE,
    )


def _solicitation_window(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    if kind != "review_solicitation" or order.earliest_delivery is None or order.latest_delivery is None:
        return None
    opens = order.earliest_delivery + SOLICITATION_WINDOW[0]
    closes = order.latest_delivery + SOLICITATION_WINDOW[1]
    now = _now(ctx)
    if opens <= now <= closes:
        return None
    return _block(
        "amazon.solicitation_window",
        f"A review may be requested for order {order.order_id} only between {opens.isoformat()} and "
        f"{closes.isoformat()}.",
        "Request it inside the window." if now < opens else "The window has closed; do not request a review.",
        _SOLICIT,
    )


def _before_shipping(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    if kind != "confirm_order_details" or not _shipped(order):
        return None
    return _block(
        "amazon.kind_window",
        f"Order {order.order_id} has shipped: confirm_order_details is only for questions before shipping.",
        "Use unexpected_problem or reply to the buyer instead.",
        _BEFORE_SHIP,
    )


def _before_delivery(order: OrderContext, kind: str, ctx: RuleContext) -> Finding | None:
    if kind != "confirm_delivery_details" or order.delivered_at is None:
        return None
    return _block(
        "amazon.kind_window",
        f"Order {order.order_id} is delivered: confirm_delivery_details is for arranging a delivery.",
        "Reply to the buyer instead.",
        _BEFORE_DELIVERY,
    )


#: The order-based rules, in the order they are reported.
_F = OrderFact
ORDER_RULES: tuple[_Rule, ...] = (
    _Rule("amazon.fba_product_only", _fba_product_only, frozenset({_F.FULFILMENT})),
    _Rule(
        "amazon.fba_gift_return_reply_only",
        _gift_return_reply_only,
        frozenset({_F.FULFILMENT, _F.GIFT, _F.RETURN}),
    ),
    _Rule("amazon.buyer_opted_out", _opted_out, frozenset({_F.OPT_OUT})),
    _Rule("amazon.proactive_window", _proactive_window, frozenset({_F.STATUS})),
    _Rule("amazon.one_per_order", _one_per_order, frozenset({_F.HISTORY}), ONE_PER_ORDER_KINDS),
    _Rule(
        "amazon.solicitation_window",
        _solicitation_window,
        frozenset({_F.STATUS}),
        frozenset({"review_solicitation"}),
    ),
    _Rule(
        "amazon.kind_window", _before_shipping, frozenset({_F.STATUS}), frozenset({"confirm_order_details"})
    ),
    _Rule(
        "amazon.kind_window",
        _before_delivery,
        frozenset({_F.STATUS}),
        frozenset({"confirm_delivery_details"}),
    ),
)


def send_needs(kind: str) -> list[FactNeed]:
    """What the capability rules of sending ``kind`` read: the order facts of each rule that applies, and
    Amazon's offered actions for every proactive kind (a reply needs nothing)."""
    needs = [FactNeed(rule.id, rule.facts) for rule in ORDER_RULES if rule.applies_to(kind)]
    if kind != REPLY:
        needs.append(FactNeed("amazon.action_unavailable", capability=True))
    return needs


def check_send(context: RuleContext) -> list[Finding]:
    """Capability findings for sending ``context.kind`` (default ``reply``) for ``context.order`` now."""
    kind = context.kind or REPLY
    findings: list[Finding] = []
    capability = context.capability
    if (
        capability is not None
        and kind != REPLY
        and kind not in capability.allowed_kinds
        and capability.allowed_kinds
    ):
        why = capability.why_not(kind) or "Amazon does not offer this action for the order now"
        findings.append(
            _block(
                "amazon.action_unavailable",
                f"{kind}: {why}.",
                "Send one of: " + ", ".join(capability.allowed_kinds),
                "getMessagingActionsForOrder — platforms/amazon.md §1.2 [model]",
            )
        )
    if context.order is None:
        return findings
    for rule in ORDER_RULES:
        finding = rule.check(context.order, kind, context)
        if finding is not None:
            findings.append(finding)
    return findings
