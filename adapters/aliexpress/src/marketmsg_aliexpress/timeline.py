"""AliExpress dispute deadlines: the platform's own countdown first, the published rules as the fallback.

The per-dispute truth is ``timeout_type`` + ``timeout_trigger_time`` from ``aliexpress.issue.detail.get``
(aliexpress.md §4.2/§5, "prefer them to hard-coded rules"); when a dispute carries none, :func:`compute_timeline`
applies :data:`DEFAULT_RULES`. Every number is a field of :class:`DisputeRules` — sources conflict (§5), so pass
your own ``DisputeRules(...)`` when AliExpress changes them or your contract says otherwise.

"Day N" counts calendar days on the **Pacific wall clock** from the moment the buyer opened the dispute (the
platform prints its deadlines in Pacific time): day 1 starts at opening, day 4 starts 3 days later, day 15 ends
15 days later. Across a DST change this is an hour away from counting elapsed hours — which one the platform
uses is not documented; ``DisputeRules.pacific_calendar_days=False`` counts elapsed 24-hour days instead.

>>> from datetime import datetime, UTC
>>> t = compute_timeline(opened_at=datetime(2026, 10, 29, 16, 30, tzinfo=UTC))
>>> t.seller_response_due.at.isoformat(), t.seller_response_due.source
('2026-11-03T17:30:00+00:00', 'rule:seller_response_days')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from marketmsg import Clock, Deadline, DisputeTimeline, SystemClock

from ._pacific import add_pacific_days

__all__ = [
    "DEFAULT_REPLY_SLA_HOURS",
    "DEFAULT_RULES",
    "RULE_SOURCES",
    "DisputeRules",
    "ProtectionPeriod",
    "compute_timeline",
    "next_deadline",
    "protection_period",
]

#: Where each default comes from (aliexpress.md §5; dates of the sources given there).
RULE_SOURCES: Mapping[str, str] = {
    "seller_response_days": "5 days after the buyer opens or modifies the request, else the buyer's request "
    "executes — ssopdot.com/blog/35242.html, /99383.html, /99404.html (≈2021–22; older: 15 days)",
    "escalation_opens_day": "buyer may escalate from day 4 to day 15 after the first refund request — "
    "ssopdot.com/blog/13874.html",
    "escalation_closes_day": "same source as escalation_opens_day",
    "auto_escalation_day": "automatic escalation from day 16 without agreement — ssopdot.com/blog/13874.html",
    "return_ship_days": "buyer ships the return within 10 days of agreeing, else funds go to the seller — "
    "ssopdot.com/blog/19333.html",
    "protection_after_receipt_days": "15 days after the buyer confirms receipt — aliexpress.com buyer protection "
    "page (via chinaparcels.com)",
    "delivery_guarantee_days": "60 days; 90 Russia; 120 Brazil — bio-guard.net quoting AliExpress (conflicts "
    "with 'up to 90 days' elsewhere; the per-order countdown is authoritative)",
    "evidence_days": "not found in any stored source (a '3 calendar days' claim is unconfirmed): None",
    "reply_sla_hours": "messages: a '24-hour response rate' is a seller service-data item (ssopdot.com/?p=14163); "
    "no official threshold was found (aliexpress.md §8) — configurable per account (settings['reply_sla_hours'])",
}

#: Hours after the buyer's last message by which a reply counts as timely (see RULE_SOURCES["reply_sla_hours"]).
DEFAULT_REPLY_SLA_HOURS = 24.0


@dataclass(frozen=True)
class ProtectionPeriod:
    """Buyer protection for one destination country, in days."""

    country: str | None
    delivery_guarantee_days: int
    after_receipt_days: int


@dataclass(frozen=True)
class DisputeRules:
    """The rule table; each number cited in :data:`RULE_SOURCES`. Frozen: derive with ``dataclasses.replace``."""

    seller_response_days: float = 5
    escalation_opens_day: int = 4
    escalation_closes_day: int = 15
    auto_escalation_day: int = 16
    return_ship_days: float = 10
    evidence_days: float | None = None
    protection_after_receipt_days: int = 15
    delivery_guarantee_days: int = 60
    delivery_guarantee_by_country: Mapping[str, int] = field(default_factory=lambda: {"RU": 90, "BR": 120})
    pacific_calendar_days: bool = True

    def add_days(self, start: datetime, days: float) -> datetime:
        if self.pacific_calendar_days:
            return add_pacific_days(start, days)
        return start + timedelta(days=days)


DEFAULT_RULES = DisputeRules()

# timeout_type → which deadline the platform's countdown is (aliexpress.md §4.3): each is the seller's move.
_PLATFORM_DEADLINE = {
    "WAIT_SOLUTION_TIMEOUT": "seller_response_due",
    "WAIT_SELLER_FILL_ADDRESS_TIMEOUT": "seller_response_due",
    "WAIT_RECEIVE_ITEM_TIMEOUT": "seller_response_due",
}


def compute_timeline(
    *,
    opened_at: datetime,
    buyer_changed_at: datetime | None = None,
    timeout_type: str | None = None,
    timeout_at: datetime | None = None,
    awaiting_seller: bool = True,
    return_agreed_at: datetime | None = None,
    rules: DisputeRules = DEFAULT_RULES,
) -> DisputeTimeline:
    """Every deadline that applies, each tagged ``platform`` or ``rule:<field>``.

    ``buyer_changed_at`` is when the buyer last created or modified their request (restarts the seller's
    5 days); ``awaiting_seller=False`` drops the seller deadline (it is the buyer's move);
    ``return_agreed_at`` starts the buyer's return-shipping window.
    """

    def rule(name: str, at: datetime) -> Deadline:
        return Deadline(at=at, source=f"rule:{name}")

    values: dict[str, Deadline | None] = {
        "escalation_opens": rule(
            "escalation_opens_day", rules.add_days(opened_at, rules.escalation_opens_day - 1)
        ),
        "escalation_closes": rule(
            "escalation_closes_day", rules.add_days(opened_at, rules.escalation_closes_day)
        ),
        "auto_escalation_at": rule(
            "auto_escalation_day", rules.add_days(opened_at, rules.auto_escalation_day - 1)
        ),
    }
    if awaiting_seller:
        start = buyer_changed_at or opened_at
        values["seller_response_due"] = rule(
            "seller_response_days", rules.add_days(start, rules.seller_response_days)
        )
    if return_agreed_at is not None:
        values["return_ship_due"] = rule(
            "return_ship_days", rules.add_days(return_agreed_at, rules.return_ship_days)
        )
    if rules.evidence_days is not None:
        values["evidence_due"] = rule("evidence_days", rules.add_days(opened_at, rules.evidence_days))
    target = _PLATFORM_DEADLINE.get(timeout_type or "")
    if target is not None and timeout_at is not None:
        values[target] = Deadline(at=timeout_at, source="platform")
    return DisputeTimeline(**values)


def next_deadline(timeline: DisputeTimeline, *, clock: Clock | None = None) -> tuple[str, Deadline] | None:
    """The earliest deadline still ahead on ``clock`` (default: now), as ``(name, deadline)``."""
    now = (clock or SystemClock()).now()
    ahead = [(name, value) for name, value in timeline if isinstance(value, Deadline) and value.at > now]
    return min(ahead, key=lambda item: item[1].at) if ahead else None


def protection_period(country: str | None, rules: DisputeRules = DEFAULT_RULES) -> ProtectionPeriod:
    """Delivery guarantee and after-receipt protection for a destination country (ISO 3166 alpha-2)."""
    code = country.upper() if country else None
    days = rules.delivery_guarantee_by_country.get(code or "", rules.delivery_guarantee_days)
    return ProtectionPeriod(code, days, rules.protection_after_receipt_days)
