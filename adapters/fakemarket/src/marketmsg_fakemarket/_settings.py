"""``Account.settings`` of a Fakemarket account: every key, its type and its default."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from marketmsg.adapter import HttpUrlText

__all__ = ["FakemarketSettings"]


class FakemarketSettings(BaseModel):
    """Every ``Account.settings`` key Fakemarket reads; unknown keys are refused when the client is built."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: HttpUrlText | None = Field(
        None,
        description="the API's base URL (default https://api.fakemarket.test; a loopback server in tests)",
    )
