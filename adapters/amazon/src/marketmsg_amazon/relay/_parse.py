"""``parse(raw) -> RelayMessage``: one relay e-mail to buyer alias, order, topic, clean body, attachments, verdict."""

from __future__ import annotations

import email.message
import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from ._authenticity import DnsFunc, verify_authenticity
from ._claims import ClaimNotice, claim_notice
from ._headers import address, scrub
from ._markers import (
    BEGIN_MARKERS,
    COMM_MGR_TOK_RE,
    DELIVERY_FAILURE_FINGERPRINTS,
    END_MARKERS,
    FOOTER_CUTS,
    MARKETPLACE_TLDS,
    OPT_OUT_FINGERPRINTS,
    ORDER_ID_RE,
    QUOTE_CUTS,
    RELAY_ADDRESS_RE,
    SELLER_COPY_SUBJECT_RE,
    SELLER_COPY_TYPE,
    SUBJECT_ORDER_RE,
    SYSTEM_LOCAL_PARTS,
    TLD_LANGUAGE,
)
from ._mime import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    attachments_of,
    body_text,
    header,
    parse_date,
    parse_message_id,
    parse_mime,
    part_defects,
)
from ._model import MalformedMailError, RelayKind, RelayMessage
from ._template import (
    Marker,
    inline_markers,
    is_item_line,
    item_lines,
    no_response_link,
    relay_alias_in_text,
    strip_name_suffix,
    subject_inquiry,
)

__all__ = ["DEFAULT_MAX_MESSAGE_BYTES", "own_reply", "parse"]

# Far above Amazon's 10 MB attachment limit plus base64 overhead; beyond this the input is not relay mail.
DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024

MAX_MARKERS = 256
_QUOTE_MARKER_WORDS = ("original message", "ursprüngliche nachricht", "message d'origine", "mensaje original")
_REPLY_PREFIX_RE = re.compile(
    r"^\s*+(?:(?:re|aw|sv|antw|r|rif|fw|fwd|wg|tr)\s*+(?:\[\d{1,6}\])?\s*+:\s*+)+", re.I
)
_AMAZON_DOMAIN_RE = re.compile(
    r"^(?:[a-z0-9-]+\.)*amazon\.(" + "|".join(re.escape(t) for t in MARKETPLACE_TLDS) + r")$", re.I
)
_LEADING_NOISE_RE = re.compile(
    r"^(?:order id|bestellnummer|n° de commande|número de pedido|numero ordine|número do pedido|注文番号|"
    r"bestelnummer|numer zamówienia|ordernummer|you have received a message|du hast eine nachricht erhalten)\b",
    re.IGNORECASE,
)


def _marker_table(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {marker.rstrip(": "): lang for lang, markers in table.items() for marker in markers}


_BEGIN_LANG = _marker_table(BEGIN_MARKERS)
_END_LANG = _marker_table(END_MARKERS)


def _marker_language(words: str, table: dict[str, str]) -> str | None:
    return table.get(" ".join(words.lower().replace("：", ":").split()).rstrip(": "))


def _between_markers(text: str) -> tuple[str | None, str, str | None]:
    """(text before the buyer message, the message, language) from the dashed markers, or (None, text, None).

    Only the first MAX_MARKERS markers are looked at: the template's come first, and a mail of a hundred
    thousand dashed lines must not cost a Python step for each.
    """
    markers = list(itertools.islice(inline_markers(text), MAX_MARKERS))
    if not markers:
        return None, text, None
    begin = next((m for m in markers if _marker_language(m.words, _BEGIN_LANG)), markers[0])
    after = [m for m in markers if m.start > begin.start]
    end: Marker | None = next((m for m in after if _marker_language(m.words, _END_LANG)), None)
    if end is None:
        end = next((m for m in after if not m.words.strip().lower().startswith(_QUOTE_MARKER_WORDS)), None)
    language = (_marker_language(end.words, _END_LANG) if end else None) or _marker_language(
        begin.words, _BEGIN_LANG
    )
    inner = text[begin.end : end.start] if end else text[begin.end :]
    return text[: begin.start], inner, language


def _cut(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    starts = [m.start() for p in patterns if (m := p.search(text))]
    return text[: min(starts)] if starts else text


def _cut_footer(text: str) -> str:
    lowered = text.lower()
    starts = [i for cut in FOOTER_CUTS if (i := lowered.find(cut)) >= 0]
    return text[: min(starts)] if starts else text


def _clean_body(text: str, *, marked: bool) -> str:
    text = _cut(text, QUOTE_CUTS)
    text = _cut_footer(text)
    text = COMM_MGR_TOK_RE.sub("", text)
    lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    first = 0
    if not marked:
        # No markers: drop the template's leading order/item lines so only the buyer's words remain.
        while first < len(lines) and (
            not (line := lines[first].strip()) or _LEADING_NOISE_RE.match(line) or is_item_line(lines[first])
        ):
            first += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines[first:])).strip()


def _topic(subject: str) -> tuple[str | None, str | None]:
    """(topic, buyer name from the subject) — "Product details inquiry from Amazon customer Cherri (Order: …)"."""
    prefix = _REPLY_PREFIX_RE.match(subject)
    stripped = subject[prefix.end() if prefix else 0 :].strip()
    inquiry = subject_inquiry(stripped)
    if inquiry:
        return inquiry[0], inquiry[1] or None
    # Seller-initiated or localised subjects: the subject minus its "(Order: …)" part is the topic.
    topic = SUBJECT_ORDER_RE.sub("", stripped).strip(" -:")
    return (topic or None), None


def _classify_notice(text: str) -> RelayKind | None:
    if any(p.search(text) for p in OPT_OUT_FINGERPRINTS):
        return "opt_out_bounce"
    if any(p.search(text) for p in DELIVERY_FAILURE_FINGERPRINTS):
        return "delivery_failure"
    return None


def _message_id_token(text: str) -> str | None:
    m = COMM_MGR_TOK_RE.search(text)
    if m:
        return m.group(1)
    return _link_parameter(text, "msg")


def _link_parameter(text: str, name: str) -> str | None:
    link = no_response_link(text)
    if link is None:
        return None
    values = parse_qs(urlparse(link).query).get(name)
    return values[0][:200] if values else None


def _marketplace_id(msg: email.message.Message, text: str) -> str | None:
    value = header(msg, "X-Marketplace-ID")
    if value:
        return value[:200]
    return _link_parameter(text, "mp")


@dataclass(frozen=True)
class _Sender:
    """Who sent the mail, as far as the headers and the template say (before the authenticity check)."""

    kind: RelayKind
    alias: str | None = None
    reply_address: str | None = None
    tld: str | None = None
    copy_name: str | None = None
    claim: ClaimNotice | None = None


def _alias_of(match: re.Match[str]) -> str:
    return f"{match.group('local')}@marketplace.amazon.{match.group('tld')}".lower()


def _classify(
    msg: email.message.Message, subject: str, sender: str, reply_to: str, text: str, *, has_order: bool
) -> _Sender:
    relay = RELAY_ADDRESS_RE.match(sender) or RELAY_ADDRESS_RE.match(reply_to.lower())
    local, _, domain = sender.rpartition("@")
    if relay and local.split("+")[0] not in SYSTEM_LOCAL_PARTS:
        return _Sender("buyer_message", _alias_of(relay), relay.group(0).lower(), relay.group("tld").lower())
    amazon_domain = _AMAZON_DOMAIN_RE.match(domain)
    if amazon_domain:
        tld = amazon_domain.group(1).lower()
        notice = _classify_notice(f"{subject}\n{text}")
        if notice:
            # The bounce names the alias our message was for: that buyer is the one who opted out.
            bounced = relay_alias_in_text(text)
            return _Sender(notice, _alias_of(bounced) if bounced else None, tld=tld)
        copy_subject = SELLER_COPY_SUBJECT_RE.match(subject)
        if header(msg, "X-Space-Notification-Type") == SELLER_COPY_TYPE or copy_subject is not None:
            return _Sender(
                "seller_copy", tld=tld, copy_name=copy_subject.group("name").strip() if copy_subject else None
            )
        # A claim notification names the programme and an order (Amazon's mail about one of our orders).
        claim = claim_notice(subject, text, tld=tld) if has_order else None
        if claim is not None:
            return _Sender("claim_notice", tld=tld, claim=claim)
        return _Sender("system", tld=tld)
    if (
        "marketplace.amazon." in domain
        or "amazon customer" in subject.lower()
        or COMM_MGR_TOK_RE.search(text)
    ):
        return _Sender("phishing_suspect")  # look-alike domain or a relay template from a non-Amazon sender
    return _Sender("unrelated")


def _check_input(raw: object, max_bytes: int) -> bytes:
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise MalformedMailError(f"relay mail must be the raw RFC 822 bytes, got {type(raw).__name__}")
    data = bytes(raw)
    if not data.strip():
        raise MalformedMailError("relay mail is empty: pass the complete RFC 822 message (headers and body)")
    if len(data) > max_bytes:
        raise MalformedMailError(
            f"relay mail is {len(data)} bytes, over the {max_bytes}-byte limit; raise max_message_bytes if intended"
        )
    head = data[:8192].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if not re.search(rb"^[!-9;-~]++:", head, re.MULTILINE):
        raise MalformedMailError("input has no RFC 822 header section (expected lines like 'From: …')")
    return data


def parse(
    raw: bytes,
    *,
    verify: bool = True,
    dnsfunc: DnsFunc | None = None,
    require_authenticity: bool = True,
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    trusted_authserv_ids: Collection[str] = (),
) -> RelayMessage:
    """Parse one relay e-mail. Raises :class:`MalformedMailError` only when ``raw`` is not an e-mail at all.

    ``verify`` checks DKIM/DMARC (``dnsfunc`` answers the DNS TXT queries; default: real DNS). With
    ``require_authenticity`` (the default) a message that claims to be from a buyer or from Amazon but fails the
    check is returned as ``kind="phishing_suspect"`` — kept, never silently dropped, never threaded as a buyer's.
    ``trusted_authserv_ids`` names receiving servers whose topmost ``Authentication-Results`` is believed.
    """
    data = _check_input(raw, max_message_bytes)
    defects: list[str] = []
    msg = parse_mime(data, defects)
    defects[:0] = part_defects(msg)
    subject = header(msg, "Subject", defects)
    name, sender_address = address(header(msg, "From", defects), defects)
    sender_address = sender_address.lower()
    _, reply_to = address(header(msg, "Reply-To", defects), defects, what="Reply-To")
    text, html_only = body_text(msg, defects)
    before, inner, marker_lang = _between_markers(text)
    domain = sender_address.rpartition("@")[2]
    topic, subject_name = _topic(subject)
    order_match = SUBJECT_ORDER_RE.search(subject) or ORDER_ID_RE.search(subject) or ORDER_ID_RE.search(text)
    who = _classify(msg, subject, sender_address, reply_to, text, has_order=order_match is not None)
    kind = who.kind

    authenticity = None
    if verify and kind != "unrelated":
        authenticity = verify_authenticity(
            data, domain or None, dnsfunc=dnsfunc, trusted_authserv_ids=trusted_authserv_ids
        )
        if require_authenticity and not authenticity.trusted:
            kind = "phishing_suspect"

    marked = before is not None
    body = _clean_body(inner if marked else text, marked=marked)
    buyer_name = None
    if kind == "buyer_message":
        buyer_name = strip_name_suffix(name).strip() or subject_name
    elif kind == "seller_copy":
        buyer_name = who.copy_name
    alias, reply_address, tld = who.alias, who.reply_address, who.tld
    return RelayMessage(
        kind=kind,
        message_id=parse_message_id(header(msg, "Message-ID", defects)),
        subject=subject,
        topic=topic,
        is_reply=bool(_REPLY_PREFIX_RE.match(subject)),
        order_id=order_match.group(1) if order_match else None,
        buyer_alias=alias,
        reply_address=reply_address,
        buyer_name=scrub(buyer_name) if buyer_name else None,
        sender=sender_address or None,
        marketplace=tld,
        marketplace_id=_marketplace_id(msg, text),
        locale=marker_lang or (TLD_LANGUAGE.get(tld) if tld else None),
        body=body,
        items=item_lines(before if before is not None else text),
        platform_message_id=_message_id_token(text),
        attachments=attachments_of(msg, defects, max_bytes=max_attachment_bytes),
        sent_at=parse_date(header(msg, "Date", defects), defects),
        in_reply_to=parse_message_id(header(msg, "In-Reply-To", defects)),
        references=tuple(
            filter(None, (parse_message_id(r) for r in header(msg, "References", defects).split()))
        ),
        html_only=html_only,
        authenticity=authenticity,
        defects=tuple(dict.fromkeys(defects)),
        claim=who.claim if kind == "claim_notice" else None,
        raw=data,
    )


def own_reply(message: RelayMessage, sender: str) -> RelayMessage | None:
    """``message`` read from a folder of the seller's own sent mail, as the reply it is — or None if it is not one.

    A reply is mail from the account's approved ``sender`` to a buyer's relay address. Only mail from a source
    marked ``sent`` is read this way: it is trusted for where it is (the seller's own Sent folder, which only the
    seller's server and mail client write), not for a signature — a Sent copy is stored unsigned. Mail claiming to
    be from the seller in any other folder stays what ``parse`` found.
    """
    if not isinstance(message.raw, bytes) or (message.sender or "").lower() != sender.strip().lower():
        return None
    defects: list[str] = []
    _, to = address(header(parse_mime(message.raw, defects), "To", defects), defects, what="To")
    relay = RELAY_ADDRESS_RE.match(to.lower())
    if relay is None:
        return None
    return message.model_copy(
        update={
            "kind": "seller_reply",
            "buyer_alias": _alias_of(relay),
            "reply_address": relay.group(0).lower(),
            "marketplace": relay.group("tld").lower(),
            "buyer_name": None,
            "authenticity": None,
        }
    )
