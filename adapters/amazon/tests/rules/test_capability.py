"""Amazon capability rules, one table row per rule and boundary (platforms/amazon.md §1.8, §5.2, §5.4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from marketmsg.models import Capability, Fulfilment, OrderContext, RefusedKind
from marketmsg.rules import RuleContext
from marketmsg_amazon.rules import AMAZON_RULES

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def order(**overrides: Any) -> OrderContext:
    values: dict[str, Any] = {
        "platform": "amazon",
        "account": "amazon:A1",
        "order_id": "303-1234567-1234567",
        "fulfilment": Fulfilment.MERCHANT,
        "purchased_at": NOW - 10 * DAY,
        "raw": {},
    }
    values.update(overrides)
    return OrderContext(**values)


def rules_for(kind: str, o: OrderContext | None, *, critical: bool = False, now: datetime = NOW) -> list[str]:
    context = RuleContext(platform="amazon", kind=kind, order=o, critical=critical, now=now)
    return [f.rule for f in AMAZON_RULES.check_send(context)]


@pytest.mark.parametrize(
    ("kind", "o", "critical", "expected"),
    [
        # FBA: product questions only.
        (
            "confirm_delivery_details",
            order(fulfilment=Fulfilment.PLATFORM),
            False,
            ["amazon.fba_product_only"],
        ),
        ("unexpected_problem", order(fulfilment=Fulfilment.PLATFORM), False, ["amazon.fba_product_only"]),
        ("warranty", order(fulfilment=Fulfilment.PLATFORM), False, []),
        ("reply", order(fulfilment=Fulfilment.PLATFORM), False, []),
        ("unexpected_problem", order(fulfilment=Fulfilment.MERCHANT), False, []),
        # FBA gift returns: reply-only.
        (
            "warranty",
            order(fulfilment=Fulfilment.PLATFORM, is_gift=True, is_return=True),
            False,
            ["amazon.fba_gift_return_reply_only"],
        ),
        ("reply", order(fulfilment=Fulfilment.PLATFORM, is_gift=True, is_return=True), False, []),
        ("warranty", order(fulfilment=Fulfilment.PLATFORM, is_gift=True), False, []),
        # Opt-out: nothing unsolicited, except critical kinds or an explicitly critical message.
        ("legal_disclosure", order(buyer_opted_out=True), False, ["amazon.buyer_opted_out"]),
        ("legal_disclosure", order(buyer_opted_out=True), True, []),
        ("confirm_delivery_details", order(buyer_opted_out=True), False, []),
        ("reply", order(buyer_opted_out=True), False, []),
        # 30 days after completion: the last allowed instant, and one second later.
        ("warranty", order(delivered_at=NOW - 30 * DAY), False, []),
        (
            "warranty",
            order(delivered_at=NOW - 30 * DAY - timedelta(seconds=1)),
            False,
            ["amazon.proactive_window"],
        ),
        ("reply", order(delivered_at=NOW - 90 * DAY), False, []),
        ("warranty", order(latest_delivery=NOW - 31 * DAY), False, ["amazon.proactive_window"]),
        # One solicitation or free-form proactive message per order.
        ("proactive", order(proactive_messages_sent=1), False, ["amazon.one_per_order"]),
        ("proactive", order(proactive_messages_sent=0), False, []),
        # Solicitation window: 5 days after earliest to 30 days after latest delivery.
        (
            "review_solicitation",
            order(earliest_delivery=NOW - 5 * DAY, latest_delivery=NOW - 3 * DAY),
            False,
            [],
        ),
        (
            "review_solicitation",
            order(earliest_delivery=NOW - 4 * DAY, latest_delivery=NOW - 3 * DAY),
            False,
            ["amazon.solicitation_window"],
        ),
        (
            "review_solicitation",
            order(earliest_delivery=NOW - 20 * DAY, latest_delivery=NOW - 30 * DAY),
            False,
            [],
        ),
        (
            "review_solicitation",
            order(earliest_delivery=NOW - 40 * DAY, latest_delivery=NOW - 31 * DAY),
            False,
            ["amazon.proactive_window", "amazon.solicitation_window"],
        ),
        (
            "review_solicitation",
            order(earliest_delivery=NOW - 9 * DAY, latest_delivery=NOW - 8 * DAY, proactive_messages_sent=1),
            False,
            ["amazon.one_per_order"],
        ),
        # Per-kind windows: confirm order details only before shipping; delivery details only before delivery.
        ("confirm_order_details", order(), False, []),
        ("confirm_order_details", order(shipped_at=NOW - DAY), False, ["amazon.kind_window"]),
        ("confirm_order_details", order(status="Shipped"), False, ["amazon.kind_window"]),
        ("confirm_delivery_details", order(delivered_at=NOW - DAY), False, ["amazon.kind_window"]),
        # No order context: nothing to decide.
        ("warranty", None, False, []),
    ],
)
def test_capability_rules(kind: str, o: OrderContext | None, critical: bool, expected: list[str]) -> None:
    assert rules_for(kind, o, critical=critical) == expected


def test_findings_explain_and_cite() -> None:
    context = RuleContext(platform="amazon", kind="invoice", order=order(buyer_opted_out=True), now=NOW)
    (finding,) = AMAZON_RULES.check_send(context)
    assert finding.severity == "block"
    assert "303-1234567-1234567" in finding.message
    assert finding.suggestion and "amazon.md" in (finding.source or "")


def test_offered_actions_refuse_other_kinds() -> None:
    capability = Capability(
        platform="amazon",
        account="amazon:A1",
        order_id="303-1234567-1234567",
        allowed_kinds=("warranty",),
        refused=(
            RefusedKind(kind="invoice", rule="amazon.action", reason="no invoice action for this order"),
        ),
        raw={},
    )
    context = RuleContext(platform="amazon", kind="invoice", capability=capability, now=NOW)
    (finding,) = AMAZON_RULES.check_send(context)
    assert finding.rule == "amazon.action_unavailable"
    assert "no invoice action" in finding.message


def test_fba_return_wording_warns_to_route_to_amazon() -> None:
    context = RuleContext(platform="amazon", order=order(fulfilment=Fulfilment.PLATFORM))
    findings = AMAZON_RULES.check_content(
        "About order 303-1234567-1234567: the refund is on its way.", context
    )
    assert [(f.rule, f.severity) for f in findings] == [("amazon.fba_customer_service", "warn")]
