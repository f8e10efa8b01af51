"""A proposed refund has at most its currency's decimals (ISO 4217 minor units): 0.001 USD cannot be paid, and the
platform would round or refuse it, so the proposal is refused when it is built — before any rule or request."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from marketmsg import Money, ProposeSolution
from marketmsg.models import SolutionKind
from marketmsg.models._currencies import ISO_4217, minor_units

# (currency, minor units) as ISO 4217 list one gives them
ISO_MINOR_UNITS = [
    ("USD", 2), ("EUR", 2), ("CNY", 2), ("GBP", 2), ("BRL", 2), ("AED", 2), ("SAR", 2), ("PLN", 2), ("TRY", 2),
    ("JPY", 0), ("KRW", 0), ("CLP", 0), ("ISK", 0), ("VND", 0), ("XOF", 0),
    ("KWD", 3), ("BHD", 3), ("JOD", 3), ("OMR", 3), ("TND", 3),
    ("CLF", 4), ("UYW", 4),
    ("XAU", None), ("XDR", None), ("XXX", None),
]  # fmt: skip


@pytest.mark.parametrize(("code", "places"), ISO_MINOR_UNITS)
def test_minor_units_follow_iso_4217(code: str, places: int | None) -> None:
    assert code in ISO_4217
    assert minor_units(code) == places


def _proposal(amount: str, currency: str) -> ProposeSolution:
    return ProposeSolution(
        kind=SolutionKind.REFUND, amount=Money(amount=Decimal(amount), currency=currency), reason="damaged"
    )


@pytest.mark.parametrize(
    ("amount", "currency"),
    [("12.50", "USD"), ("12.5000", "USD"), ("0", "USD"), ("1250", "JPY"), ("1.250", "KWD"), ("0.001", "XAU")],
)
def test_payable_amounts_are_accepted(amount: str, currency: str) -> None:
    assert _proposal(amount, currency).amount.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("amount", "currency", "smallest"),
    [
        ("0.001", "USD", "0.01 USD"),
        ("12.505", "EUR", "0.01 EUR"),
        ("1250.5", "JPY", "1 JPY"),
        ("1.2505", "KWD", "0.001 KWD"),
    ],
)
def test_fractions_of_the_smallest_unit_are_refused_with_what_to_do(
    amount: str, currency: str, smallest: str
) -> None:
    with pytest.raises(ValidationError) as info:
        _proposal(amount, currency)
    message = str(info.value)
    assert "cannot be paid" in message and smallest in message and "round it" in message
