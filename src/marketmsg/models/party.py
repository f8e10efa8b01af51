"""Who wrote a message or takes part in a conversation."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from ._base import MarketmsgModel

__all__ = ["Party", "PartyRole"]


class PartyRole(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    PLATFORM = "platform"
    SYSTEM = "system"


class Party(MarketmsgModel):
    """A participant. ``platform_id`` is the platform's own handle (Amazon relay alias, AliExpress login id).

    Both ``platform_id`` and ``display_name`` are buyer PII and are hidden from ``repr``.
    """

    role: PartyRole
    platform_id: str | None = Field(default=None, repr=False)
    display_name: str | None = Field(default=None, repr=False)
