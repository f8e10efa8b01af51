"""What the relay parser returns, and the errors the relay channel raises."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from marketmsg import MarketmsgError
from marketmsg.models import Attachment, Authenticity

from ._claims import ClaimNotice

__all__ = ["ItemLine", "MalformedMailError", "RelayError", "RelayKind", "RelayMessage"]

RelayKind = Literal[
    "buyer_message",  # a buyer wrote through Buyer-Seller Messaging (and, by default, it authenticated)
    "system",  # Amazon wrote: notices, confirmation copies, anything from a system sender
    "opt_out_bounce",  # our message bounced because the buyer opted out of unsolicited messages
    "delivery_failure",  # our message could not be delivered for another reason
    "phishing_suspect",  # claims to be a buyer message or Amazon notice but failed authenticity: kept, not trusted
    "unrelated",  # ordinary mail in the same mailbox
    "seller_reply",  # our own reply, sent through this channel (stored so the thread shows both sides)
    "seller_copy",  # Amazon's copy of a reply the seller sent from Seller Central (outbound; threads by order)
    "claim_notice",  # Amazon's notification of an A-to-z Guarantee claim or a chargeback (``claim`` says which)
]


class RelayError(MarketmsgError):
    """Base of the relay mail channel's errors."""


class MalformedMailError(RelayError, ValueError):
    """Input that is not an e-mail message at all (empty, not bytes, over the size limit, no header section)."""


class ItemLine(BaseModel):
    """An item line of the relay template: ``1 of <title> [ASIN: B0…]``."""

    model_config = ConfigDict(frozen=True)

    asin: str
    quantity: int | None = None
    title: str | None = None


class RelayMessage(BaseModel):
    """One relay e-mail, parsed. Buyer PII (alias, name, body) is hidden from ``repr``.

    ``buyer_alias`` is the stable per-buyer relay address without the ``+<case id>`` suffix (the thread key);
    ``reply_address`` is the full address to answer. ``platform_message_id`` is the ``[commMgrTok:…]`` token.
    For bounce notices ``buyer_alias`` is the alias the bounced message was sent to, when the notice names it.
    """

    model_config = ConfigDict(frozen=True)

    kind: RelayKind
    message_id: str | None = None
    subject: str = Field(default="", repr=False)  # relay subjects carry the buyer's name
    topic: str | None = None
    is_reply: bool = False
    order_id: str | None = None
    buyer_alias: str | None = Field(default=None, repr=False)
    reply_address: str | None = Field(default=None, repr=False)
    buyer_name: str | None = Field(default=None, repr=False)
    sender: str | None = Field(default=None, repr=False)
    marketplace: str | None = None  # TLD, e.g. "de", "co.uk"
    marketplace_id: str | None = None
    locale: str | None = None
    body: str = Field(default="", repr=False)
    items: tuple[ItemLine, ...] = ()
    platform_message_id: str | None = None
    attachments: tuple[Attachment, ...] = ()
    sent_at: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    html_only: bool = False
    authenticity: Authenticity | None = None
    defects: tuple[str, ...] = ()
    #: For ``kind="claim_notice"``: the A-to-z claim or chargeback the notification is about.
    claim: ClaimNotice | None = None
    raw: Any = Field(default=None, repr=False, exclude=True)
