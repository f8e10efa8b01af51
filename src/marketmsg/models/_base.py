"""Shared model configuration: frozen, strict about our own shape, tz-aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

__all__ = ["MarketmsgModel", "Raw", "UtcDatetime", "to_utc"]


def to_utc(value: datetime) -> datetime:
    """Normalise an aware datetime to UTC; refuse a naive one, which would be silently wrong by hours."""
    if value.tzinfo is UTC:  # the usual case (every clock's now): what astimezone(UTC) returns for it, itself
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            "naive datetime: marketmsg needs a timezone-aware datetime "
            "(e.g. datetime.now(timezone.utc) or dt.replace(tzinfo=ZoneInfo('America/Los_Angeles')))"
        )
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(to_utc)]
"""A tz-aware datetime, stored in UTC. Naive values are refused with a message saying how to fix them."""

Raw = Annotated[Any, Field(repr=False)]
"""The platform's original payload, kept so nothing is lost in mapping; never shown in repr."""


class MarketmsgModel(BaseModel):
    """Base of the unified models: immutable, unknown fields refused, enums stored as their values."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_enum_values=False,
        validate_default=True,
        str_strip_whitespace=False,
    )
