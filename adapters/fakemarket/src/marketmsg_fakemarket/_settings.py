"""``Account.settings`` of a Fakemarket account: every key, its type and its default."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from marketmsg.adapter import HttpUrlText

__all__ = ["BASE_URL", "FakemarketSettings"]

#: Where the platform's API lives (the default of ``base_url``; the simulator answers there too).
BASE_URL = "https://api.fakemarket.test"


class FakemarketSettings(BaseModel):
    """Every ``Account.settings`` key Fakemarket reads; unknown keys are refused when the client is built."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: HttpUrlText | None = Field(
        None,
        description="the API's base URL (default https://api.fakemarket.test; a loopback server in tests)",
    )
