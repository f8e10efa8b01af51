"""``account.settings["relay"]``: where relay mail comes from, where it is kept, how replies go out.

Non-secret options only; the IMAP and SMTP passwords are ``account.credentials["imap_password"]`` and
``["smtp_password"]``. Documented in ``adapters/amazon/docs/amazon-relay-mail.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from marketmsg import ConfigurationError

from ._mime import DEFAULT_MAX_ATTACHMENT_BYTES

__all__ = [
    "ClaimWindows",
    "ImapSource",
    "MaildirSource",
    "RawStoreSource",
    "RelaySettings",
    "SmtpSettings",
    "relay_settings",
]


class _Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ImapSource(_Settings):
    """Poll one IMAP folder, read-only (EXAMINE + BODY.PEEK): the seller's mailbox is never changed."""

    type: Literal["imap"] = "imap"
    host: str
    port: int = 993
    ssl: bool = True
    starttls: bool = False
    user: str
    folder: str = "INBOX"
    batch: int = Field(default=50, ge=1, le=1000)
    timeout: float = 60.0
    #: The folder holds the seller's own sent mail (e.g. "Sent"): replies found in it are stored as sent, and
    #: ``reconcile`` finds a reply whose SMTP session broke by its Message-ID there.
    sent: bool = False

    @property
    def source_id(self) -> str:
        return f"imap:{self.user}@{self.host}:{self.port}/{self.folder}"


class MaildirSource(_Settings):
    """Read a Maildir (e.g. where the MTA delivers the Buyer Messages address). Files are never moved."""

    type: Literal["maildir"] = "maildir"
    path: str
    #: As for :class:`ImapSource`: a Maildir of the seller's own sent mail.
    sent: bool = False

    @property
    def source_id(self) -> str:
        return f"maildir:{self.path}"


class RawStoreSource(_Settings):
    """Nothing to poll: the user's pipeline (an inbound-mail webhook) hands raw bytes to ``ingest()``."""

    type: Literal["raw-store"] = "raw-store"

    @property
    def source_id(self) -> str:
        return "raw-store"


Source = Annotated[ImapSource | MaildirSource | RawStoreSource, Field(discriminator="type")]


class SmtpSettings(_Settings):
    """Outgoing mail. ``type="maildir"`` writes replies into a Maildir instead (sandbox, or an MTA pickup dir)."""

    type: Literal["smtp", "maildir"] = "smtp"
    host: str = "localhost"
    port: int = 587
    ssl: bool = False
    starttls: bool = True
    user: str | None = None
    timeout: float = 30.0
    path: str | None = None


class ClaimWindows(_Settings):
    """How long the seller has to act on Amazon's claim notifications (used when a mail states no window).

    Sources (Seller Central help, checked 2026): an A-to-z information request must be answered within 48 hours
    (help 1781, US/UK/AU/ES — pages 27951 for the US and FR say 72 hours, DE and ES "3 calendar days": the
    shortest is the default; fact sheet §5.5); a granted claim may be appealed within 30 calendar days (27951); a
    chargeback must be answered within seven calendar days of the e-mail's date (G202145040, US and NL).
    """

    a_to_z_response_hours: float = Field(default=48, gt=0)
    a_to_z_appeal_days: float = Field(default=30, gt=0)
    chargeback_response_days: float = Field(default=7, gt=0)


class RelaySettings(_Settings):
    """The whole ``relay`` settings block."""

    sender: str = Field(description="the approved sender address (Messaging Permissions) replies come from")

    @field_validator("sender")
    @classmethod
    def _an_address(cls, value: str) -> str:
        # The From of every reply and the domain of its Message-ID: Amazon accepts mail only from this approved
        # address, so anything that is not one address would fail at the first reply.
        local, at, domain = value.strip().rpartition("@")
        if (
            not at
            or not local
            or "." not in domain.strip(".")
            or any(c.isspace() or c in "<>,;" for c in value.strip())
        ):
            raise ValueError(
                "must be one e-mail address: the sender Amazon approved for this account (Seller Central > "
                "Settings > Messaging Permissions), on your shop's domain"
            )
        return value.strip()

    sender_name: str | None = None
    store: str = "marketmsg-relay.sqlite3"
    sources: tuple[Source, ...] = ()
    smtp: SmtpSettings | None = None
    verify: bool = True
    require_authenticity: bool = True
    dkim_keys: Mapping[str, str] = Field(default_factory=dict)
    dns_fallback: bool = True
    trusted_authserv_ids: tuple[str, ...] = ()
    max_attachment_bytes: int = Field(default=DEFAULT_MAX_ATTACHMENT_BYTES, ge=0)
    page_size: int = Field(default=50, ge=1, le=500)
    claims: ClaimWindows = Field(default_factory=ClaimWindows)


def relay_settings(settings: Mapping[str, Any], seller_id: str) -> RelaySettings:
    """Validate ``settings["relay"]``; a clear :class:`ConfigurationError` naming the bad key otherwise."""
    block = settings.get("relay")
    if block is None:
        raise ConfigurationError(
            f"Amazon account {seller_id!r} has no relay mail settings; add settings={{'relay': {{'sender': "
            "'<approved sender>', 'sources': [...], 'smtp': {...}}}}} (see adapters/amazon/docs/amazon-relay-mail.md)",
            field="settings.relay",
        )
    try:
        return RelaySettings.model_validate(block)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigurationError(
            f"{first['msg']} (Amazon account {seller_id!r})", field=f"settings.relay.{where}"
        ) from None
