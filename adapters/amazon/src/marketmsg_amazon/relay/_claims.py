"""A-to-z Guarantee claims and chargebacks, as Amazon notifies sellers of them: by e-mail.

There is no SP-API operation for either (amzn/selling-partner-api-models#5247, 2026-05: "no dedicated SP-API for
A-to-z Guarantee Claims"; the Finances API only shows the money after a decision). Seller Central says Amazon
"will contact you via email" when a claim needs the seller's information (help 1781) and for every chargeback
(help G202145040). This module recognises those notifications among the relay mailbox's Amazon mail and reads
what they carry: which program, what happened, the order, the amount, the reason, a response window if stated.

Amazon publishes no template for these e-mails [unconfirmed]. Recognition therefore keys on the programs' own
names, as Seller Central spells them in each language (cited below), plus an order id, and on event words; the
sample mails in the relay test corpus are built from the published help texts. A notification that names a
program but no event counts as a new claim ("opened").
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict

from marketmsg.models import Money

__all__ = ["CURRENCY_BY_TLD", "ClaimEvent", "ClaimKind", "ClaimNotice", "claim_notice"]

ClaimKind = Literal["a_to_z", "chargeback"]
ClaimEvent = Literal[
    "opened",  # a claim/chargeback was filed (no other event named)
    "information_requested",  # Amazon asks the seller for information (the response window runs)
    "granted",  # decided for the buyer: the seller's account is debited (A-to-z: appealable for 30 days)
    "denied",  # decided for the seller
    "withdrawn",  # the buyer withdrew or cancelled it
]

# The programs' names as Seller Central writes them: en "A-to-z Guarantee" (help 27951/1781, US/UK/AU), de
# "A-bis-z-Garantie(antrag)" (sellercentral.amazon.de 27951), fr "Garantie A à Z" (sellercentral.amazon.fr 27951),
# es "Garantía de la A a la Z" (sellercentral.amazon.es 27951/1781), it "Garanzia dalla A alla Z" [unconfirmed],
# ja "マーケットプレイス保証" (Amazon.co.jp's name for the programme, seller guides [3p]).
_A_TO_Z: Final = re.compile(
    r"\ba[\s-]?to[\s-]?z\s++guarantee|\ba[\s-]?bis[\s-]?z[\s-]?garantie|\bgarantie\s++a\s++[àa]\s++z\b"
    r"|\bgarant[íi]a\s++de\s++la\s++a\s++a\s++la\s++z\b|\bgaranzia\s++dalla\s++a\s++alla\s++z\b|マーケットプレイス保証",
    re.IGNORECASE,
)
# Chargebacks: en "chargeback" (G202145040; also used in de/es/it Seller Central), fr "rétrofacturation",
# es "contracargo", ja "チャージバック" [unconfirmed outside en].
_CHARGEBACK: Final = re.compile(
    r"\bcharge[\s-]?backs?\b|\br[ée]trofacturation|\bcontracargo|チャージバック", re.I
)

# Event words, checked in this order (a decision mail may repeat earlier wording, so decisions come first). Only
# completed forms count: an information request says what *will* happen ("the claim will be granted … and your
# account will be debited"), a decision that it *has*. English from the help pages (1781, G202145040), de/fr/es
# from the same pages in those languages [doc], it/ja [unconfirmed].
_EVENTS: Final[tuple[tuple[ClaimEvent, re.Pattern[str]], ...]] = (
    ("withdrawn", re.compile(
        r"\b(?:(?:has|have|was|were)\s++(?:been\s++)?(?:withdrawn|cancell?ed)|wurde\b[^.\n]{0,80}?\bzurückgezogen"
        r"|a\s++été\s++(?:retir|annul)ée?|(?:ha\s++sido\s++(?:retirad|cancelad)[ao]|se\s++ha\s++(?:retirado|cancelado))"
        r"|è\s++stat[oa]\s++(?:ritirat|annullat)[oa])\b|取り下げられました", re.I)),
    ("denied", re.compile(
        r"\b(?:(?:has|have|was|were)\s++(?:been\s++)?(?:denied|rejected|(?:decided|closed|resolved)\s++in\s++your\s++favou?r)"
        r"|wurde\b[^.\n]{0,80}?\babgelehnt|a\s++été\s++(?:refus|rejet)ée?|(?:ha\s++sido\s++(?:denegad|rechazad)[ao]"
        r"|se\s++ha\s++(?:denegado|rechazado))|è\s++stat[oa]\s++respint[oa])\b|却下されました", re.I)),
    ("granted", re.compile(
        r"\b(?:(?:has|have|was|were)\s++(?:been\s++)?(?:granted|debited)|we\s++(?:have\s++)?(?:granted|debited)"
        r"|(?:has|have|was|were)\s++(?:been\s++)?(?:decided|resolved)\s++in\s++favou?r\s++of\s++the\s++"
        r"(?:buyer|customer|cardholder)"
        r"|wurde\b[^.\n]{0,80}?\b(?:stattgegeben|belastet)|a\s++été\s++(?:accord|débit)ée?"
        r"|(?:ha\s++sido\s++(?:concedid|admitid|cargad)[ao]|se\s++ha\s++(?:concedido|admitido))"
        r"|è\s++stat[oa]\s++(?:accolt|addebitat)[oa])\b|承認されました", re.I)),
    ("information_requested", re.compile(
        r"\b(?:request\s++for\s++(?:more|additional)\s++information|(?:need|require)s?\s++(?:more|additional)"
        r"\s++information|represent\s++your\s++case|provide\s++us\s++with\s++proof\s++of\s++delivery"
        r"|weitere\s++informationen|informations?\s++suppl[ée]mentaires?|informaci[óo]n\s++adicional"
        r"|informazioni\s++aggiuntive)\b|追加情報", re.I)),
)  # fmt: skip

# "within 48 hours", "innerhalb von 3 Kalendertagen", "dans un délai de 72 heures", "en un plazo de 48 horas",
# "entro 48 ore", "48時間以内": the window the mail itself states (help pages use these phrasings).
_WINDOW: Final = re.compile(
    r"(?:within|innerhalb\s++von|dans\s++un\s++d[ée]lai\s++de|en\s++un\s++plazo\s++de|entro)\s++(\d{1,3})\s++"
    r"(hours?|calendar\s++days?|days?|stunden|kalendertagen|tagen|heures|jours(?:\s++calendaires)?|horas"
    r"|d[íi]as(?:\s++naturales)?|ore|giorni)\b|(\d{1,3})\s*+(時間|日)以内",
    re.IGNORECASE,
)
_HOUR_UNITS: Final = ("hour", "stunde", "heure", "hora", "ore", "時間")

_LABELLED_AMOUNT: Final = re.compile(
    r"(?:claim\s++amount|chargeback\s++amount|amount|betrag|montant|importe|importo|金額)\s*+[:：]\s*+"
    r"((?-i:[A-Z]{3})|R\$|[$€£¥￥])?\s*+(\d{1,9}(?:[.,\s]\d{3}){0,3}(?:[.,]\d{1,2})?)\s*+((?-i:[A-Z]{3})\b|€|円)?",
    re.IGNORECASE,
)
_SYMBOLS: Final = {"$": None, "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "円": "JPY", "R$": "BRL"}
_REASON: Final = re.compile(
    r"(?:claim\s++reason|chargeback\s++reason|reason|grund|motif|motivo|理由)\s*+[:：]\s*+([^\n]{1,200})",
    re.I,
)

#: Each marketplace's currency (Amazon's marketplace list, developer docs "Marketplace IDs"); "$" and bare amounts
#: take the marketplace's currency.
CURRENCY_BY_TLD: Final[dict[str, str]] = {
    "com": "USD", "ca": "CAD", "com.mx": "MXN", "com.br": "BRL", "co.uk": "GBP", "de": "EUR", "fr": "EUR",
    "it": "EUR", "es": "EUR", "nl": "EUR", "ie": "EUR", "com.be": "EUR", "se": "SEK", "pl": "PLN", "com.tr": "TRY",
    "ae": "AED", "sa": "SAR", "eg": "EGP", "in": "INR", "co.jp": "JPY", "com.au": "AUD", "sg": "SGD",
}  # fmt: skip


class ClaimNotice(BaseModel):
    """What one A-to-z or chargeback notification says. No buyer data: program, event, amount, reason, window."""

    model_config = ConfigDict(frozen=True)

    kind: ClaimKind
    event: ClaimEvent
    amount: Money | None = None
    reason: str | None = None
    #: The response window the mail states ("within 48 hours"), when it states one.
    stated_window: timedelta | None = None


def _kind(text: str) -> ClaimKind | None:
    a_to_z = _A_TO_Z.search(text)
    chargeback = _CHARGEBACK.search(text)
    if a_to_z and chargeback:  # a mail naming both is about whichever it names first (usually the subject)
        return "a_to_z" if a_to_z.start() < chargeback.start() else "chargeback"
    return "a_to_z" if a_to_z else "chargeback" if chargeback else None


def _window(text: str) -> timedelta | None:
    match = _WINDOW.search(text)
    if match is None:
        return None
    number = int(match.group(1) or match.group(3))
    unit = (match.group(2) or match.group(4)).lower()
    return timedelta(hours=number) if unit.startswith(_HOUR_UNITS) else timedelta(days=number)


def _number(digits: str) -> Decimal | None:
    digits = digits.replace(" ", "")
    # The last separator followed by one or two digits is the decimal mark; the others group thousands.
    head, sep, tail = max((digits.rpartition(s) for s in ".,"), key=lambda p: len(p[0]))
    if sep and 1 <= len(tail) <= 2:
        digits = head.replace(".", "").replace(",", "") + "." + tail
    else:
        digits = digits.replace(".", "").replace(",", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _amount(text: str, tld: str | None) -> Money | None:
    match = _LABELLED_AMOUNT.search(text)
    if match is None:
        return None
    marker = match.group(1) or match.group(3) or ""
    if marker in _SYMBOLS:
        currency = _SYMBOLS[marker] or CURRENCY_BY_TLD.get(tld or "")
    else:
        currency = marker or CURRENCY_BY_TLD.get(tld or "")
    value = _number(match.group(2))
    if value is None or not currency:
        return None
    try:
        return Money(amount=value, currency=currency)
    except ValueError:  # an unknown currency code in the mail
        return None


def claim_notice(subject: str, text: str, *, tld: str | None) -> ClaimNotice | None:
    """The claim notification in an Amazon mail (subject + body), or None when the mail is not one."""
    head = f"{subject}\n{text[:20_000]}"  # the facts sit at the top; long footers never matter
    kind = _kind(head)
    if kind is None:
        return None
    event: ClaimEvent = next((name for name, pattern in _EVENTS if pattern.search(head)), "opened")
    reason = _REASON.search(head)
    return ClaimNotice(
        kind=kind,
        event=event,
        amount=_amount(head, tld),
        reason=reason.group(1).strip() if reason else None,
        stated_window=_window(head),
    )
