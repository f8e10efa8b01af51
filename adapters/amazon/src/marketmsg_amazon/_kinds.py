"""The proactive message kinds Amazon's SP-API sends, as data read from the official model.

Source for every row: ``models/messaging-api-model/messaging.json`` @ ``34dc93f`` (amazon.md §1.2, §1.4): the
send path segment (= the HAL action name), the operationId (whose casing the model mixes), the request schema,
its ``text`` ``minLength``/``maxLength``, and its ``attachments`` bounds. The model writes the attachment bounds as
``maxLength``/``minLength`` on an array (string keywords misapplied); we read them as item counts, as the 2020
use-case guide's embedded schemas do (``maxItems: 5``). Review requests go through the Solicitations API
(``models/solicitations-api-model/solicitations.json``), not Messaging.
"""

from __future__ import annotations

from dataclasses import dataclass

from marketmsg import MessageKind

__all__ = [
    "ACTION_KINDS",
    "ATTACHMENT_TYPES",
    "KINDS",
    "LEGACY_ACTIONS",
    "MAX_ATTACHMENTS_BYTES",
    "NON_SEND_ACTIONS",
    "SOLICITATION_ACTION",
    "SendKind",
    "send_kind",
]


@dataclass(frozen=True)
class SendKind:
    """One Messaging send operation: where it posts, what its body may carry, and the limits on it."""

    kind: MessageKind
    action: str
    operation: str
    request_schema: str
    #: ``(min, max)`` characters of ``text``, or None when the body has no ``text`` (Amazon's fixed template).
    text: tuple[int, int] | None
    #: ``(min, max)`` attachments, or None when the body takes none.
    attachments: tuple[int, int] | None
    coverage_dates: bool = False


KINDS: tuple[SendKind, ...] = (
    SendKind(MessageKind.CONFIRM_CUSTOMIZATION_DETAILS, "confirmCustomizationDetails", "confirmCustomizationDetails",
             "CreateConfirmCustomizationDetailsRequest", text=(1, 800), attachments=(0, 5)),
    SendKind(MessageKind.CONFIRM_DELIVERY_DETAILS, "confirmDeliveryDetails", "createConfirmDeliveryDetails",
             "CreateConfirmDeliveryDetailsRequest", text=(1, 2000), attachments=None),
    SendKind(MessageKind.LEGAL_DISCLOSURE, "legalDisclosure", "createLegalDisclosure",
             "CreateLegalDisclosureRequest", text=None, attachments=(0, 5)),
    SendKind(MessageKind.CONFIRM_ORDER_DETAILS, "confirmOrderDetails", "createConfirmOrderDetails",
             "CreateConfirmOrderDetailsRequest", text=(1, 2000), attachments=None),
    SendKind(MessageKind.CONFIRM_SERVICE_DETAILS, "confirmServiceDetails", "createConfirmServiceDetails",
             "CreateConfirmServiceDetailsRequest", text=(1, 2000), attachments=None),
    SendKind(MessageKind.WARRANTY, "warranty", "CreateWarranty",
             "CreateWarrantyRequest", text=None, attachments=(1, 5), coverage_dates=True),
    SendKind(MessageKind.DIGITAL_ACCESS_KEY, "digitalAccessKey", "createDigitalAccessKey",
             "CreateDigitalAccessKeyRequest", text=(1, 400), attachments=(0, 5)),
    SendKind(MessageKind.UNEXPECTED_PROBLEM, "unexpectedProblem", "createUnexpectedProblem",
             "CreateUnexpectedProblemRequest", text=(1, 2000), attachments=None),
    SendKind(MessageKind.INVOICE, "invoice", "sendInvoice",
             "InvoiceRequest", text=None, attachments=(1, 5)),
)  # fmt: skip

_BY_KIND = {k.kind: k for k in KINDS}
#: HAL action name (``getMessagingActionsForOrder`` → ``_links.actions[].name``) → unified kind.
ACTION_KINDS: dict[str, MessageKind] = {k.action: k.kind for k in KINDS}
#: Actions that are not message kinds: ``attributes`` is the GetAttributes link.
NON_SEND_ACTIONS = frozenset({"attributes"})
#: Removed from the model (amazon.md §1.3) but still listed by its static sandbox example.
LEGACY_ACTIONS = frozenset({"negativeFeedbackRemoval", "amazonMotors"})
#: The Solicitations API's one action (solicitations.json; amazon.md §1.8).
SOLICITATION_ACTION = "productReviewAndSellerFeedback"

# Attachment rules: "text files, PDFs, Word documents, and .jpg, .gif and .png images; total size less than
# 10 MB" (2020 Messaging use-case guide, amzn/selling-partner-api-docs @ b58902c; Seller Central help 200389080
# "up to 10 MB"). Whether 10 MB means 10^7 or 2^20·10 bytes is not stated; we take the stricter 10^7.
ATTACHMENT_TYPES: dict[str, frozenset[str]] = {
    ".txt": frozenset({"text/plain"}),
    ".pdf": frozenset({"application/pdf"}),
    ".doc": frozenset({"application/msword"}),
    ".docx": frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}),
    ".jpg": frozenset({"image/jpeg"}),
    ".jpeg": frozenset({"image/jpeg"}),
    ".gif": frozenset({"image/gif"}),
    ".png": frozenset({"image/png"}),
}
MAX_ATTACHMENTS_BYTES = 10_000_000


def send_kind(kind: MessageKind) -> SendKind | None:
    """The Messaging operation for ``kind``, or None when Messaging does not send it."""
    return _BY_KIND.get(kind)
