"""Refund or reship? The sellers' own arithmetic (DOMAIN.md: refund outcome = profit − refund; reship outcome =
profit − (goods cost + shipping)), with the numbers kept as ``Decimal`` in one currency."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from marketmsg import ConfigurationError, Money

__all__ = ["RefundReshipComparison", "compare_refund_reship"]


@dataclass(frozen=True)
class RefundReshipComparison:
    """Both outcomes (may be negative: a loss) and the better choice; ``"either"`` on a tie."""

    currency: str
    refund_outcome: Decimal
    reship_outcome: Decimal
    recommended: Literal["refund", "reship", "either"]

    @property
    def difference(self) -> Decimal:
        """How much better the recommended option is."""
        return abs(self.refund_outcome - self.reship_outcome)


def compare_refund_reship(
    *, profit: Money, refund: Money, goods_cost: Money, shipping_cost: Money
) -> RefundReshipComparison:
    """Compare refunding ``refund`` with reshipping (``goods_cost`` + ``shipping_cost``) against ``profit``.

    >>> from marketmsg import Money
    >>> usd = lambda x: Money(amount=x, currency="USD")
    >>> compare_refund_reship(profit=usd("8"), refund=usd("20"), goods_cost=usd("6"), shipping_cost=usd("4"))
    RefundReshipComparison(currency='USD', refund_outcome=Decimal('-12'), reship_outcome=Decimal('-2'), recommended='reship')
    """
    amounts = {"profit": profit, "refund": refund, "goods_cost": goods_cost, "shipping_cost": shipping_cost}
    currencies = {m.currency for m in amounts.values()}
    if len(currencies) != 1:
        listing = ", ".join(f"{k}={v}" for k, v in amounts.items())
        raise ConfigurationError(f"all amounts must share one currency; convert first ({listing})")
    refund_outcome = profit.amount - refund.amount
    reship_outcome = profit.amount - (goods_cost.amount + shipping_cost.amount)
    if refund_outcome > reship_outcome:
        best: Literal["refund", "reship", "either"] = "refund"
    elif reship_outcome > refund_outcome:
        best = "reship"
    else:
        best = "either"
    return RefundReshipComparison(currencies.pop(), refund_outcome, reship_outcome, best)
