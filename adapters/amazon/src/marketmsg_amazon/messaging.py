"""Typed builders for Amazon's proactive message kinds: one class per SP-API send operation.

Each class carries exactly the fields its operation takes (messaging.json request schemas), so a warranty cannot
be given a text and an invoice cannot forget its attachments without the type checker noticing. They send through
the ordinary client, so capabilities, rules and the outbox apply as for ``client.messages.send``::

    ConfirmDeliveryDetails(text="Which delivery day suits you?").send(client, "114-3941689-8772232")
    await Warranty(attachments=[pdf], coverage_start_date=start, coverage_end_date=end).asend(aclient, order_id)

Limits (text length, attachment count and size) are checked by the adapter before any request, from the same
table (:data:`marketmsg_amazon.KINDS`) — one source of truth.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, JsonValue

from marketmsg import AsyncClient, Attachment, Client, Message, MessageKind
from marketmsg.adapter import override

__all__ = [
    "ConfirmCustomizationDetails",
    "ConfirmDeliveryDetails",
    "ConfirmOrderDetails",
    "ConfirmServiceDetails",
    "DigitalAccessKey",
    "Invoice",
    "LegalDisclosure",
    "ProactiveMessage",
    "ReviewSolicitation",
    "UnexpectedProblem",
    "Warranty",
]


class ProactiveMessage(BaseModel):
    """Base of the typed kinds: ``send``/``asend`` hand it to a client for one order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ClassVar[MessageKind]

    def send_arguments(self) -> dict[str, Any]:
        """Keyword arguments for ``client.messages.send(order_id, **arguments)``."""
        text = getattr(self, "text", None)
        attachments = tuple(getattr(self, "attachments", ()))
        return {"kind": self.kind, "body": text, "attachments": attachments, "fields": self._fields() or None}

    def _fields(self) -> dict[str, JsonValue]:
        return {}

    def send(self, client: Client, order_id: str, **options: Any) -> Message:
        """Send with a sync client; ``options`` are ``client.messages.send``'s (account, idempotency_key, …)."""
        return client.messages.send(order_id, platform="amazon", **self.send_arguments(), **options)

    async def asend(self, client: AsyncClient, order_id: str, **options: Any) -> Message:
        """Send with an async client."""
        message: Message = await client.messages.send(
            order_id, platform="amazon", **self.send_arguments(), **options
        )
        return message


class ConfirmCustomizationDetails(ProactiveMessage):
    """Ask the buyer to provide or verify customization details (text ≤ 800, ≤ 5 attachments)."""

    kind = MessageKind.CONFIRM_CUSTOMIZATION_DETAILS
    text: str
    attachments: tuple[Attachment, ...] = ()


class ConfirmDeliveryDetails(ProactiveMessage):
    """Arrange delivery or confirm delivery contact information (text ≤ 2000)."""

    kind = MessageKind.CONFIRM_DELIVERY_DETAILS
    text: str


class LegalDisclosure(ProactiveMessage):
    """Documents the seller is legally obliged to provide (≤ 5 attachments, no text)."""

    kind = MessageKind.LEGAL_DISCLOSURE
    attachments: tuple[Attachment, ...] = ()


class ConfirmOrderDetails(ProactiveMessage):
    """An order-related question before shipping (text ≤ 2000)."""

    kind = MessageKind.CONFIRM_ORDER_DETAILS
    text: str


class ConfirmServiceDetails(ProactiveMessage):
    """Contact a Home Services customer about a service call (text ≤ 2000)."""

    kind = MessageKind.CONFIRM_SERVICE_DETAILS
    text: str


class Warranty(ProactiveMessage):
    """Warranty information (1–5 attachments; optional coverage dates, timezone-aware)."""

    kind = MessageKind.WARRANTY
    attachments: tuple[Attachment, ...]
    coverage_start_date: datetime | None = None
    coverage_end_date: datetime | None = None

    @override
    def _fields(self) -> dict[str, JsonValue]:
        fields: dict[str, JsonValue] = {}
        if self.coverage_start_date is not None:
            fields["coverage_start_date"] = self.coverage_start_date.isoformat()
        if self.coverage_end_date is not None:
            fields["coverage_end_date"] = self.coverage_end_date.isoformat()
        return fields


class DigitalAccessKey(ProactiveMessage):
    """A key the buyer needs for digital content (text ≤ 400, ≤ 5 attachments)."""

    kind = MessageKind.DIGITAL_ACCESS_KEY
    text: str
    attachments: tuple[Attachment, ...] = ()


class UnexpectedProblem(ProactiveMessage):
    """An unexpected problem affects completing the order (text ≤ 2000)."""

    kind = MessageKind.UNEXPECTED_PROBLEM
    text: str


class Invoice(ProactiveMessage):
    """The buyer's invoice (1–5 attachments, no text)."""

    kind = MessageKind.INVOICE
    attachments: tuple[Attachment, ...]


class ReviewSolicitation(ProactiveMessage):
    """Amazon's product review and seller feedback request (Solicitations API; fixed template, once per order)."""

    kind = MessageKind.REVIEW_SOLICITATION
