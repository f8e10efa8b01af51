"""The rule table (each number cited in RULE_SOURCES), Pacific time handling and the refund-vs-reship helper."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from marketmsg import ConfigurationError, Money, VirtualClock
from marketmsg_aliexpress import DEFAULT_RULES, DisputeRules, compare_refund_reship, compute_timeline
from marketmsg_aliexpress._pacific import add_pacific_days, format_pacific, parse_pacific
from marketmsg_aliexpress.timeline import RULE_SOURCES, next_deadline, protection_period


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_every_rule_number_has_a_source() -> None:
    numbers = {f.name for f in fields(DisputeRules)} - {
        "delivery_guarantee_by_country",
        "pacific_calendar_days",
    }
    assert numbers <= set(RULE_SOURCES), numbers - set(RULE_SOURCES)


OPENED = utc(2026, 10, 29, 16, 30)  # 09:30 PDT, three days before DST ends

RULE_CASES = [
    ("seller_response_due", DEFAULT_RULES, utc(2026, 11, 3, 17, 30)),
    ("escalation_opens", DEFAULT_RULES, utc(2026, 11, 1, 17, 30)),
    ("escalation_closes", DEFAULT_RULES, utc(2026, 11, 13, 17, 30)),
    ("auto_escalation_at", DEFAULT_RULES, utc(2026, 11, 13, 17, 30)),
    ("seller_response_due", replace(DEFAULT_RULES, pacific_calendar_days=False), utc(2026, 11, 3, 16, 30)),
    ("seller_response_due", replace(DEFAULT_RULES, seller_response_days=15), utc(2026, 11, 13, 17, 30)),
    ("evidence_due", replace(DEFAULT_RULES, evidence_days=3), utc(2026, 11, 1, 17, 30)),
]


@pytest.mark.parametrize(("name", "rules", "expected"), RULE_CASES)
def test_rule_table(name: str, rules: DisputeRules, expected: datetime) -> None:
    deadline = getattr(compute_timeline(opened_at=OPENED, rules=rules), name)
    assert deadline is not None and deadline.at == expected
    assert deadline.source.startswith("rule:")


def test_platform_countdown_wins_over_the_rule() -> None:
    platform = utc(2026, 11, 2, 10, 0)
    timeline = compute_timeline(opened_at=OPENED, timeout_type="WAIT_SOLUTION_TIMEOUT", timeout_at=platform)
    assert timeline.seller_response_due is not None
    assert (timeline.seller_response_due.at, timeline.seller_response_due.source) == (platform, "platform")


def test_return_window_and_buyer_turn() -> None:
    timeline = compute_timeline(
        opened_at=OPENED, awaiting_seller=False, return_agreed_at=utc(2026, 3, 1, 20, 0)
    )
    assert timeline.seller_response_due is None
    assert timeline.return_ship_due is not None
    assert timeline.return_ship_due.at == utc(2026, 3, 11, 19, 0)  # 12:00 PST → 12:00 PDT (spring forward)
    assert timeline.evidence_due is None, "no confirmed evidence deadline"


@pytest.mark.parametrize(("country", "days"), [("US", 60), ("ru", 90), ("BR", 120), (None, 60)])
def test_protection_periods(country: str | None, days: int) -> None:
    period = protection_period(country)
    assert period.delivery_guarantee_days == days
    assert period.after_receipt_days == 15


def test_next_deadline_uses_the_injected_clock() -> None:
    timeline = compute_timeline(opened_at=OPENED)
    assert next_deadline(timeline, clock=VirtualClock(OPENED)) == (
        "escalation_opens",
        timeline.escalation_opens,
    )
    after = next_deadline(timeline, clock=VirtualClock(utc(2026, 11, 4)))
    assert after is not None and after[0] in ("escalation_closes", "auto_escalation_at")
    assert next_deadline(timeline, clock=VirtualClock(utc(2027, 1, 1))) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-07-01 12:00:00", utc(2026, 7, 1, 19, 0)),  # PDT = UTC-7
        ("2026-12-01 12:00:00", utc(2026, 12, 1, 20, 0)),  # PST = UTC-8
        ("2026-11-01 01:30:00", utc(2026, 11, 1, 8, 30)),  # ambiguous: first occurrence (PDT)
        ("2026-03-08 02:30:00", utc(2026, 3, 8, 10, 30)),  # does not exist: read as PST
        ("1763900000000", datetime.fromtimestamp(1763900000, tz=UTC)),
        ("", None),
        ("not a date", None),
    ],
)
def test_pacific_strings(text: str, expected: datetime | None) -> None:
    assert parse_pacific(text) == expected


def test_pacific_round_trip_and_calendar_days() -> None:
    assert format_pacific(utc(2026, 12, 1, 20, 0)) == "2026-12-01 12:00:00"
    assert add_pacific_days(utc(2026, 10, 31, 18, 0), 5) == utc(2026, 11, 5, 19, 0)


def usd(amount: str) -> Money:
    return Money(amount=amount, currency="USD")


@pytest.mark.parametrize(
    ("profit", "refund", "goods", "shipping", "refund_outcome", "reship_outcome", "best"),
    [
        ("8", "20", "6", "4", "-12", "-2", "reship"),
        ("8", "5", "6", "4", "3", "-2", "refund"),
        ("8", "10", "6", "4", "-2", "-2", "either"),
    ],
)
def test_refund_vs_reship(
    profit: str, refund: str, goods: str, shipping: str, refund_outcome: str, reship_outcome: str, best: str
) -> None:
    result = compare_refund_reship(
        profit=usd(profit), refund=usd(refund), goods_cost=usd(goods), shipping_cost=usd(shipping)
    )
    assert (result.refund_outcome, result.reship_outcome, result.recommended) == (
        Decimal(refund_outcome),
        Decimal(reship_outcome),
        best,
    )
    assert result.difference == abs(Decimal(refund_outcome) - Decimal(reship_outcome))


def test_refund_vs_reship_refuses_mixed_currencies() -> None:
    with pytest.raises(ConfigurationError, match="one currency"):
        compare_refund_reship(
            profit=usd("1"),
            refund=Money(amount="1", currency="EUR"),
            goods_cost=usd("1"),
            shipping_cost=usd("1"),
        )
