"""A seller account on one platform, plus the credentials to act for it (never shown)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import Field, JsonValue, SecretStr, field_validator

from ._base import MarketmsgModel

__all__ = ["Account"]

_PLATFORM_RE = re.compile(r"^[a-z][a-z0-9_\-]{0,31}$")


class Account(MarketmsgModel):
    """One seller on one platform.

    ``credentials`` are kept as :class:`pydantic.SecretStr` (shown as ``**********``) and registered for
    redaction; what keys an adapter needs is checked when the account is given to a client, with an error naming
    the missing key. ``settings`` holds non-secret adapter options (e.g. which AliExpress messaging API the app
    may call). ``key`` (``platform:seller_id``) is how ids and rate-limit buckets refer to the account.
    """

    platform: str
    seller_id: str
    marketplaces: tuple[str, ...] = ()
    region: str | None = None
    name: str | None = None
    credentials: Mapping[str, SecretStr] = Field(default_factory=dict, repr=False)
    settings: Mapping[str, JsonValue] = Field(default_factory=dict)

    @field_validator("platform")
    @classmethod
    def _platform_name(cls, value: str) -> str:
        if not _PLATFORM_RE.match(value):
            raise ValueError(
                f"{value!r} is not an adapter name: use the adapter's lower-case registry name "
                "(marketmsg.available_adapters() lists the installed ones)"
            )
        return value

    @field_validator("seller_id")
    @classmethod
    def _seller_id(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("seller_id must not be empty: use the platform's merchant/seller id")
        if ":" in value:
            raise ValueError("seller_id must not contain ':'")
        return value.strip()

    @property
    def key(self) -> str:
        """``platform:seller_id`` — unique per client, used in ids and rate-limit keys."""
        return f"{self.platform}:{self.seller_id}"

    def secret(self, name: str) -> str | None:
        """The plain value of credential ``name``, or ``None``."""
        value = self.credentials.get(name)
        return value.get_secret_value() if value is not None else None

    def setting(self, name: str, default: Any = None) -> Any:
        """A non-secret setting, or ``default``."""
        return self.settings.get(name, default)
