"""Money: a non-negative ``Decimal`` amount with an ISO-4217 currency code."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, field_validator

from ._base import MarketmsgModel
from ._currencies import ISO_4217

__all__ = ["Money"]


def _no_float(value: object) -> object:
    # A float such as 0.1 has no exact decimal value; accepting it would silently change amounts.
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


def _finite(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("amount must be a finite number")
    return value


class Money(MarketmsgModel):
    """An amount of money. ``amount`` is never negative: a refund is a positive amount with its own meaning."""

    amount: Annotated[Decimal, BeforeValidator(_no_float), AfterValidator(_finite)]
    currency: str

    @field_validator("amount")
    @classmethod
    def _non_negative(cls, value: Decimal) -> Decimal:
        if value < 0:
            raise ValueError(
                f"amount must not be negative (got {value}); express refunds and fees as positive amounts"
            )
        return value

    @field_validator("currency", mode="before")
    @classmethod
    def _iso_code(cls, value: object) -> str:
        if not isinstance(value, str):
            raise ValueError("currency must be an ISO-4217 code such as 'USD' or 'EUR'")
        code = value.strip().upper()
        if code not in ISO_4217:
            raise ValueError(f"{value!r} is not an ISO-4217 currency code (e.g. 'USD', 'EUR', 'CNY')")
        return code

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
