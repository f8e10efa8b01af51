"""``Account.settings`` of an AliExpress account: every key, its type and default (adapters/aliexpress/docs/aliexpress.md).

Checked when the client is built (``AliExpressAdapter.settings_model``): ``settings={"messaging_apis": "im"}``
is refused with "did you mean 'messaging_api'?" instead of silently leaving the app without its IM inbox.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from marketmsg.adapter import HttpUrlText

__all__ = ["AliExpressSettings"]


class AliExpressSettings(BaseModel):
    """The non-secret options of one AliExpress seller account."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    messaging_api: Literal["im", "station_letter", "none"] = Field(
        "none",
        description="which messaging API the app may call: IM (aliexpress/message/*), legacy station letters, or "
        "none (only the dispute negotiation records)",
    )
    gateway: Literal["iop", "top"] = Field(
        "iop", description="IOP (HMAC-SHA256) or the legacy TOP router (MD5)"
    )
    base_url: HttpUrlText | None = Field(None, description="the gateway URL (a loopback simulator in tests)")
    simplify: bool = Field(False, description="ask the gateway for simplified JSON answers")
    sign_slash_api_prefix: bool = Field(True, description="sign '/'-style API names with the prefix (§9.2)")
    token_expires_at: float | None = Field(None, description="access token expiry, epoch seconds")
    refresh_token_expires_at: float | None = Field(None, description="refresh token expiry, epoch seconds")
    return_address_id: str | None = Field(
        None, description="default return address for return-and-refund offers"
    )
    seller_ali_id: str | None = Field(
        None, description="the seller's own AliExpress member id, when it differs"
    )
    reply_sla_hours: float | None = Field(
        24.0, gt=0, description="reply deadline after a buyer message; None: off"
    )
    message_channel_closes_at: datetime | None = Field(
        None,
        description="when the platform switches this app's messaging off (capability rules refuse after it)",
    )
