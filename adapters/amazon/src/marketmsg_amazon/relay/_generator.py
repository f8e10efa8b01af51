"""Simulator side: realistic relay e-mails (several locales, attachments, HTML-only, system mail, bounces).

The shapes follow the observed templates in fact sheet §4.3/§4.3b: From ``"<Name> - Amazon Marketplace"
<alias@marketplace.amazon.<tld>>``, subject ``<Topic> inquiry from Amazon customer <Name> (Order: …)``, an order
header with item lines, the buyer's text between dashed markers, the footer with the no-response-needed link and
``[commMgrTok:…]``. Every message is DKIM-signed for ``amazon.<tld>`` with a key generated here, whose public half
:meth:`RelayMailGenerator.dns_records` serves — so the sandbox exercises the real authenticity check offline.
"""

from __future__ import annotations

import base64
import email.utils
import functools
import hashlib
import imaplib
import mailbox
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ._claim_templates import CLAIM_TEMPLATES

__all__ = ["LOCALES", "LocaleTemplate", "RelayMailGenerator"]

SELECTOR = "marketmsg-sandbox"


@dataclass(frozen=True)
class LocaleTemplate:
    """The localised pieces of one marketplace's template (markers from ``_markers``; sources cited there)."""

    tld: str
    marketplace_id: str
    begin: str
    end: str
    order_label: str
    sample: str
    names: tuple[str, ...]


# Marketplace ids: SP-API marketplace table (python-amazon-sp-api `Marketplaces`, fact sheet §2.3 / DESIGN §1).
LOCALES: dict[str, LocaleTemplate] = {
    "en": LocaleTemplate("com", "ATVPDKIKX0DER", "Begin message", "End message", "Order ID",
                         "Hello, does this come in red? I need it by Friday.", ("Cherri", "Josh", "Amelia")),
    "de": LocaleTemplate("de", "A1PA6795UKMFR9", "Nachricht:", "Ende der Nachricht", "Bestellnummer",
                         "Guten Tag, wann wird meine Bestellung versendet? Vielen Dank.", ("Jürgen", "Anke")),
    "fr": LocaleTemplate("fr", "A13V1IB3VIYZZH", "Message :", "Fin du message", "N° de commande",
                         "Bonjour, le colis n'est pas arrivé. Pouvez-vous vérifier ? Merci.", ("Amélie", "Noël")),
    "es": LocaleTemplate("es", "A1RKKUPIHCS9HS", "Mensaje:", "Fin del mensaje", "Número de pedido",
                         "Hola, ¿el producto incluye el cargador? Gracias.", ("Begoña", "Iñaki")),
    "it": LocaleTemplate("it", "APJ6JRA9NG5V4", "Messaggio:", "Fine del messaggio", "Numero ordine",
                         "Buongiorno, posso cambiare la taglia? Grazie mille.", ("Niccolò", "Giulia")),
    "pt": LocaleTemplate("com.br", "A2Q3Y263D00KWC", "Início da mensagem", "Fim da mensagem", "Número do pedido",
                         "Olá, a mala tem cadeado TSA? Obrigada.", ("Conceição", "João")),
    "ja": LocaleTemplate("co.jp", "A1VC38T7YXB528", "メッセージ:", "メッセージ終了", "注文番号",
                         "こんにちは。商品はいつ発送されますか？よろしくお願いします。", ("さくら", "健太")),
    "nl": LocaleTemplate("nl", "A1805IZSGTT6HS", "Bericht:", "Einde bericht", "Bestelnummer",
                         "Hallo, is dit product ook in het zwart verkrijgbaar? Bedankt.", ("Sanne", "Daan")),
    "pl": LocaleTemplate("pl", "A1C3SOZRARQ6R3", "Wiadomość:", "Koniec wiadomości", "Numer zamówienia",
                         "Dzień dobry, kiedy paczka zostanie wysłana? Dziękuję.", ("Łukasz", "Zofia")),
    "sv": LocaleTemplate("se", "A2NODRKZP88ZB9", "Meddelande:", "Slut på meddelandet", "Ordernummer",
                         "Hej, går det att byta färg på varan? Tack på förhand.", ("Åsa", "Björn")),
}  # fmt: skip

_TOPICS = ("Product details", "Shipping", "Return policy", "Order delivery", "Ship faster")


@functools.lru_cache(maxsize=1)
def _sandbox_key() -> tuple[bytes, str]:
    # One key per process for every default generator: RSA generation costs ~0.2 s, and a sandbox key protects
    # nothing (its public half is handed to whoever verifies). Pass a key explicitly for a fresh one.
    return _private_key()


def _private_key() -> tuple[bytes, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return pem, base64.b64encode(der).decode()


@dataclass
class RelayMailGenerator:
    """Builds relay e-mails, DKIM-signed with its own key; ``dns_records()`` publishes that key for verification.

    ``seller_address`` is the seller's Buyer Messages notification address (the To of every relay mail).
    Deterministic for a given ``seed`` except for the signing key (pass ``private_key_pem``/``public_key_b64``
    to fix it too).
    """

    seller_address: str = "orders@seller.example"
    seed: int = 7
    start: datetime = field(default_factory=lambda: datetime(2026, 11, 1, 8, 0, tzinfo=UTC))
    private_key_pem: bytes | None = None
    public_key_b64: str | None = None

    def __post_init__(self) -> None:
        if self.private_key_pem is None or self.public_key_b64 is None:
            self.private_key_pem, self.public_key_b64 = _sandbox_key()
        self._rng = random.Random(self.seed)
        self._count = 0

    # ------------------------------------------------------------------ keys

    def dns_records(self) -> dict[str, str]:
        """DKIM TXT records for every ``amazon.<tld>`` this generator signs as (for ``pinned_dns``/settings)."""
        tlds = {t.tld for t in LOCALES.values()} | {"com", "co.uk", "ca"}
        record = f"v=DKIM1; k=rsa; p={self.public_key_b64}"
        return {f"{SELECTOR}._domainkey.amazon.{tld}": record for tld in sorted(tlds)}

    def sign(self, raw: bytes, domain: str) -> bytes:
        """Prepend a DKIM-Signature for ``domain`` (relaxed/relaxed, as large senders use)."""
        assert self.private_key_pem is not None
        signature = dkim.sign(
            raw,
            SELECTOR.encode(),
            domain.encode(),
            self.private_key_pem,
            canonicalize=(b"relaxed", b"relaxed"),
            include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
        )
        return bytes(signature) + raw

    # ------------------------------------------------------------------ building blocks

    def skip(self, count: int) -> None:
        """Advance as if ``count`` messages had been generated (after seeding from a cache)."""
        self._count += count
        self._rng = random.Random(f"{self.seed}:{self._count}")

    def _next(self) -> int:
        self._count += 1
        return self._count

    def alias(self, locale: str = "en", n: int | None = None) -> str:
        """A stable buyer relay alias for ``locale``'s marketplace."""
        n = self._rng.randrange(10**6) if n is None else n
        local = hashlib.sha256(f"{self.seed}:{n}".encode()).hexdigest()[:14]
        return f"{local}@marketplace.amazon.{LOCALES[locale].tld}"

    def order_id(self) -> str:
        r = self._rng
        return f"{r.randrange(100, 1000)}-{r.randrange(10**6, 10**7)}-{r.randrange(10**6, 10**7)}"

    def _date(self, sent_at: datetime | None, n: int) -> datetime:
        return sent_at or self.start + timedelta(minutes=17 * n)

    def _token(self, n: int) -> str:
        return "A" + hashlib.sha256(f"tok:{self.seed}:{n}".encode()).hexdigest()[:12].upper()

    # ------------------------------------------------------------------ messages

    def buyer_message(
        self,
        *,
        locale: str = "en",
        alias: str | None = None,
        name: str | None = None,
        order_id: str | None = None,
        topic: str | None = None,
        text: str | None = None,
        asin: str = "B0SANDBOX1",
        title: str = "Travel backpack 40 L",
        attachments: Sequence[tuple[str, str, bytes]] = (),
        html_only: bool = False,
        quoted: str | None = None,
        reply_subject: str | None = None,
        in_reply_to: str | None = None,
        case_id: str | None = None,
        sent_at: datetime | None = None,
        sign: bool = True,
    ) -> bytes:
        """One buyer message through the relay, as Amazon would deliver it to the seller."""
        n = self._next()
        loc = LOCALES[locale]
        alias = alias or self.alias(locale)
        name = name or self._rng.choice(loc.names)
        order_id = order_id or self.order_id()
        token = self._token(n)
        topic = topic or _TOPICS[n % len(_TOPICS)]
        text = text or loc.sample
        if quoted:
            text = f"{text}\n\n--- Original message ---\n{quoted}"
        subject = reply_subject or f"{topic} inquiry from Amazon customer {name} (Order: {order_id})"
        local, _, domain = alias.partition("@")
        sender = f"{local}+{case_id}@{domain}" if case_id else alias
        link = (
            f"https://sellercentral.amazon.{loc.tld}/gp/communication-manager/no-response-needed.html"
            f"?msg={token}&d={1_700_000_000 + n}&mp={loc.marketplace_id}&v=1&t=0f{n:04x}"
        )
        plain = (
            f"{loc.order_label} {order_id}:\n1 of {title} [ASIN: {asin}]\n\n"
            f"------------- {loc.begin} -------------\n\n{text}\n\n------------- {loc.end} -------------\n\n"
            "For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages "
            f"buyers and sellers send through Amazon.{loc.tld} for two years.\n\n"
            f"To mark this message as no response needed, click here: {link}\n\n[commMgrTok:{token}]\n"
        )
        msg = EmailMessage()
        msg["From"] = email.utils.formataddr((f"{name} - Amazon Marketplace", sender))
        msg["To"] = self.seller_address
        msg["Subject"] = subject
        msg["Date"] = email.utils.format_datetime(self._date(sent_at, n))
        msg["Message-ID"] = f"<{token.lower()}.{n}@relay.marketplace.amazon.{loc.tld}>"
        msg["X-Marketplace-ID"] = loc.marketplace_id
        msg["X-Space-Notification-Type"] = "BBC_MESSAGE_SENT_TO_MERCHANT"
        if in_reply_to:
            msg["In-Reply-To"] = f"<{in_reply_to}>"
            msg["References"] = f"<{in_reply_to}>"
        if html_only:
            html = (
                "<html><head><style>td{color:#333}</style></head><body><div>"
                + "<br>".join(line.replace("&", "&amp;").replace("<", "&lt;") for line in plain.split("\n"))
                + "</div></body></html>"
            )
            msg.set_content(html, subtype="html")
        else:
            msg.set_content(plain)
        for filename, ctype, data in attachments:
            maintype, _, subtype = ctype.partition("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        return self.sign(raw, f"amazon.{loc.tld}") if sign else raw

    def notice(
        self,
        kind: str,
        *,
        alias: str,
        order_id: str,
        locale: str = "en",
        sign: bool = True,
        sent_at: datetime | None = None,
    ) -> bytes:
        """An Amazon notice: ``"opt_out"`` bounce, ``"delivery_failure"`` bounce, or ``"system"`` mail."""
        n = self._next()
        loc = LOCALES[locale]
        bodies = {
            # Wording per the fingerprints in _markers (public classifier fixtures [3p]).
            "opt_out": (
                "Your message could not be delivered",
                f"Your message to {alias} about order {order_id} was not sent because the buyer has chosen to "
                "opt out of receiving unsolicited messages from sellers. Critical messages can still be sent: "
                "put [Important] in the subject.",
            ),
            "delivery_failure": (
                "Message delivery failure",
                f"We were unable to deliver the message you sent to {alias} regarding order {order_id}. "
                "Please make sure your e-mail address is approved on the Messaging Permissions page.",
            ),
            "system": (
                f"Sold, ship now: order {order_id}",
                f"Congratulations! Order {order_id} is ready to ship. Please ship within 2 business days.",
            ),
        }
        subject, body = bodies[kind]
        msg = EmailMessage()
        msg["From"] = f"Amazon <donotreply@amazon.{loc.tld}>"
        msg["To"] = self.seller_address
        msg["Subject"] = subject
        msg["Date"] = email.utils.format_datetime(self._date(sent_at, n))
        msg["Message-ID"] = f"<notice.{kind}.{self.seed}.{n}@amazon.{loc.tld}>"
        msg.set_content(body)
        raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        return self.sign(raw, f"amazon.{loc.tld}") if sign else raw

    def seller_copy(
        self, *, name: str, order_id: str, text: str, locale: str = "en", sign: bool = True
    ) -> bytes:
        """Amazon's HTML copy of a reply the seller wrote in Seller Central (fact sheet §4.3b)."""
        n = self._next()
        loc = LOCALES[locale]
        msg = EmailMessage()
        msg["From"] = f"Amazon <donotreply@amazon.{loc.tld}>"
        msg["Reply-To"] = f"no-reply@amazon.{loc.tld}"
        msg["To"] = self.seller_address
        msg["Subject"] = f"Your e-mail to {name}"
        msg["Date"] = email.utils.format_datetime(self._date(None, n))
        msg["Message-ID"] = f"<copy.{self.seed}.{n}@amazon.{loc.tld}>"
        msg["X-Space-Notification-Type"] = "BBC_MESSAGE_CONFIRMATION_TO_MERCHANT"
        safe = text.replace("&", "&amp;").replace("<", "&lt;")
        msg.set_content(
            f"<html><body><div>Here is a copy of the e-mail you sent to {name} about order {order_id}. "
            f"------------- Begin message ------------- {safe} ------------- End message ------------- "
            f"Was this email helpful? [commMgrTok:{self._token(n)}]</div></body></html>",
            subtype="html",
        )
        raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        return self.sign(raw, f"amazon.{loc.tld}") if sign else raw

    def claim_notice(
        self,
        kind: str,
        event: str,
        *,
        order_id: str,
        locale: str = "en",
        amount: str = "$25.99",
        reason: str = "Item not received",
        sent_at: datetime | None = None,
        sign: bool = True,
    ) -> bytes:
        """Amazon's notification of an A-to-z claim (``kind="a_to_z"``) or a chargeback (``"chargeback"``).

        ``event`` is ``information_requested``, ``granted``, ``denied`` or ``withdrawn``; see ``_claim_templates``
        for the languages and where the wording comes from.
        """
        n = self._next()
        loc = LOCALES[locale]
        subject, body = CLAIM_TEMPLATES[(locale, kind, event)]
        values = {"order": order_id, "amount": amount, "reason": reason}
        msg = EmailMessage()
        msg["From"] = f"Amazon Seller Performance <seller-notification@amazon.{loc.tld}>"
        msg["To"] = self.seller_address
        msg["Subject"] = subject.format(**values)
        msg["Date"] = email.utils.format_datetime(self._date(sent_at, n))
        msg["Message-ID"] = f"<claim.{kind}.{event}.{self.seed}.{n}@amazon.{loc.tld}>"
        msg.set_content(body.format(**values))
        raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        return self.sign(raw, f"amazon.{loc.tld}") if sign else raw

    def spoof(self, *, alias: str | None = None) -> bytes:
        """A phishing message claiming to be a buyer via the relay, signed for an unrelated domain."""
        n = self._next()
        alias = alias or self.alias("en")
        msg = EmailMessage()
        msg["From"] = email.utils.formataddr(("Support - Amazon Marketplace", alias))
        msg["To"] = self.seller_address
        msg["Subject"] = (
            f"Account verification inquiry from Amazon customer Support (Order: {self.order_id()})"
        )
        msg["Date"] = email.utils.format_datetime(self._date(None, n))
        msg["Message-ID"] = f"<spoof.{n}@evil.example>"
        msg.set_content(
            "------------- Begin message -------------\nWe are Amazon security team. Click this link to verify your "
            "account: http://amaz0n-verify.example/login\n------------- End message -------------\n"
        )
        raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        return self.sign(raw, "evil.example")

    def seed_mailbox(self, count: int) -> list[bytes]:
        """``count`` varied messages: locales, threads with replies, attachments, HTML-only, notices, a spoof."""
        out: list[bytes] = []
        langs = list(LOCALES)
        threads: list[tuple[str, str, str]] = []
        for i in range(count):
            lang = langs[i % len(langs)]
            if i % 11 == 10:
                out.append(self.spoof())
            elif i % 9 == 8 and threads:
                alias, order, _ = threads[i % len(threads)]
                out.append(
                    self.notice("opt_out" if i % 2 else "delivery_failure", alias=alias, order_id=order)
                )
            elif i % 7 == 6 and threads:
                alias, order, loc = threads[(i * 3) % len(threads)]
                out.append(
                    self.buyer_message(
                        locale=loc,
                        alias=alias,
                        order_id=order,
                        text="Any news on this?",
                        quoted="Thank you, we are checking.",
                    )
                )
            else:
                attachments = (
                    [("photo.jpg", "image/jpeg", b"\xff\xd8\xff" + bytes(200))] if i % 5 == 2 else []
                )
                alias = self.alias(lang, n=i)
                order = self.order_id()
                threads.append((alias, order, lang))
                out.append(
                    self.buyer_message(
                        locale=lang,
                        alias=alias,
                        order_id=order,
                        attachments=attachments,
                        html_only=i % 4 == 3,
                    )
                )
        return out

    # ------------------------------------------------------------------ delivery

    @staticmethod
    def to_maildir(path: str | Path, messages: Iterable[bytes]) -> Path:
        """Deliver ``messages`` into a Maildir (created if missing) under ``new/``, as an MDA would."""
        box = mailbox.Maildir(str(path), create=True)
        for raw in messages:
            box.add(raw)
        return Path(path)

    @staticmethod
    def to_imap(
        host: str, port: int, user: str, password: str, messages: Iterable[bytes], *, folder: str = "INBOX"
    ) -> int:
        """APPEND ``messages`` to a (local test) IMAP server; returns how many were stored."""
        count = 0
        with imaplib.IMAP4(host, port) as conn:
            conn.login(user, password)
            for raw in messages:
                conn.append(folder, None, None, raw)
                count += 1
            conn.logout()
        return count
