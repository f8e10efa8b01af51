"""Platform rules: check drafts, decide what may be sent for an order, and compute deadlines.

Shows:
1. ``marketmsg.rules.check`` on drafts in several languages — rule id, severity, exact span, fix, source (and
   Amazon's allowed seller-feedback notice, a warning, beside the blocked request it is not);
2. capability rules for an Amazon order (FBA, opt-out, 30-day window) through ``rules.evaluate``;
3. response SLA and A-to-z deadlines across a DST change, with an injectable clock;
4. which actions an AliExpress dispute allows right now.
Assumes: nothing — pure functions, no network.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from marketmsg import VirtualClock
from marketmsg.models import Dispute, DisputeStatus, Fulfilment, OrderContext
from marketmsg.rules import (
    RuleContext,
    check,
    evaluate,
    response_due,
    rule_pack_for,
    time_left,
)
from marketmsg_aliexpress.rules import allowed_dispute_actions
from marketmsg_amazon.rules import atoz_response_due


def show_content_checks() -> None:
    drafts = [
        ("amazon", "de-DE", "Bestellung 303-1234567-1234567: Rufen Sie mich unter 0176 12345678 an."),
        ("amazon", "en-US", "Order 303-1234567-1234567 shipped, tracking 1Z999AA10123456784."),
        ("amazon", "fr-FR", "Commande 303-1234567-1234567 : laissez-nous un avis 5 étoiles !"),
        ("aliexpress", "zh-CN", "订单 8123456789012345：好评返现，加我微信。"),
        # Amazon allows this notice about seller feedback (a warning); asking for the removal is blocked
        (
            "amazon",
            "en-US",
            "Order 303-1234567-1234567: if you feel we have resolved your concerns, it is possible to update or "
            "remove the feedback you left.",
        ),
        ("amazon", "en-US", "Order 303-1234567-1234567: could you please remove the feedback you left?"),
    ]
    for platform, locale, text in drafts:
        report = check(text, platform=platform, locale=locale)
        print(f"[{platform} {locale}] {'REFUSED' if report.blocked else 'ok'}: {text}")
        for f in report.findings:
            print(f"    {f.severity:5} {f.rule:22} {text[f.start : f.end]!r} -> {f.suggestion}")


def show_capabilities(now: datetime) -> None:
    fba = OrderContext(
        platform="amazon",
        account="amazon:A1",
        order_id="303-1234567-1234567",
        fulfilment=Fulfilment.PLATFORM,
        delivered_at=now - timedelta(days=40),
        raw={},
    )
    pack = rule_pack_for("amazon")
    for kind in ("confirm_delivery_details", "warranty", "reply"):
        report = evaluate(None, RuleContext(platform="amazon", kind=kind, order=fba, now=now), pack)
        rules = ", ".join(f.rule for f in report.findings) or "allowed"
        print(f"  FBA order, {kind:25} -> {rules}")


def show_deadlines() -> None:
    pacific = ZoneInfo("America/Los_Angeles")
    received = datetime(2026, 3, 7, 12, 0, tzinfo=pacific)  # the day before US clocks spring forward
    due = response_due(received)
    print(
        f"  buyer wrote {received:%a %H:%M %Z}; reply due {due.at.astimezone(pacific):%a %H:%M %Z} ({due.source})"
    )
    print(
        f"  A-to-z notice then: answer by {atoz_response_due(received).at.astimezone(pacific):%a %d %b %H:%M %Z}"
        f" (72 h if configured: {atoz_response_due(received, hours=72).at.astimezone(pacific):%a %d %b %H:%M})"
    )
    clock = VirtualClock(received.astimezone(UTC) + timedelta(hours=20))
    print(f"  20 h later, time left: {time_left(due, clock=clock)}")


def show_dispute_actions(now: datetime) -> None:
    dispute = Dispute(
        id="d1", platform="aliexpress", account="aliexpress:AE1", status=DisputeStatus.ESCALATED, raw={}
    )
    actions = allowed_dispute_actions(dispute, now=now)
    print(
        f"  escalated dispute: allowed {sorted(actions.allowed)}; accept refused: {actions.refused['accept']}"
    )


def main() -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    print("1. content checks")
    show_content_checks()
    print("2. capability rules")
    show_capabilities(now)
    print("3. deadlines")
    show_deadlines()
    print("4. dispute actions")
    show_dispute_actions(now)


if __name__ == "__main__":
    main()
