"""MIME plumbing that never raises: headers, text bodies in wrong charsets, attachments with hostile names."""

from __future__ import annotations

import contextlib
import email.header
import email.message
import email.policy
import email.utils
import hashlib
from datetime import UTC, datetime

from marketmsg.models import Attachment, sanitize_filename

from ._html import html_to_text

__all__ = ["attachments_of", "body_text", "header", "parse_date", "parse_message_id"]

# Amazon: "one or more attachments (up to 10 MB) in a message" (Seller Central help 200389080, fact sheet §4.2).
# Above this we keep name/size/digest, not the bytes; the raw mail stays in the store so nothing is lost.
DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


def header(msg: email.message.Message, name: str) -> str:
    """A header decoded to text ("" when absent); RFC 2047 words in unknown charsets degrade, never raise."""
    # raw_items() gives the stored string (8-bit bytes as surrogate escapes) without compat32 wrapping it in
    # a Header object that would turn them into U+FFFD.
    wanted = name.lower()
    value = next((str(v) for k, v in msg.raw_items() if k.lower() == wanted), None)
    if value is None:
        return ""
    text = _undo_surrogates(value)
    if "=?" in text:
        # An unknown charset in an encoded word: keep the header as it was.
        # The modern header parser keeps the spaces around encoded words (decode_header drops them).
        with contextlib.suppress(Exception):
            text = str(email.policy.default.header_fetch_parse(name, text))
    return " ".join(text.split())


def _undo_surrogates(text: str) -> str:
    # compat32 keeps raw 8-bit header bytes as surrogate escapes; relay mail sends them as UTF-8 (RFC 6532).
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_date(value: str) -> datetime | None:
    """A Date header as aware UTC, or None. A naive date is taken as UTC (RFC 5322 "-0000")."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_message_id(value: str) -> str | None:
    """``<abc@host>`` → ``abc@host``; the dedupe key (case of the local part is kept, the host lower-cased)."""
    value = value.strip().strip("<>").strip()
    if not value:
        return None
    local, at, host = value.rpartition("@")
    return f"{local}@{host.lower()}" if at else value


def _decode(part: email.message.Message, defects: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except LookupError:
        defects.append(f"unknown charset {charset!r}")
    except UnicodeDecodeError:
        defects.append(f"text not valid in declared charset {charset!r}")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 decodes almost every byte; what it cannot is replaced, so text is never lost wholesale.
        return payload.decode("cp1252", errors="replace")


def _is_attachment(part: email.message.Message) -> bool:
    if part.is_multipart():
        return False
    disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
    if disposition == "attachment":
        return True
    if _filename(part):
        return True
    return part.get_content_maintype() not in ("text", "multipart", "message")


def _filename(part: email.message.Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # RFC 2231 parameters in an unknown charset
        return "attachment"
    if name and "=?" in name:
        with contextlib.suppress(Exception):
            name = str(email.header.make_header(email.header.decode_header(name)))
    return name


def body_text(msg: email.message.Message, defects: list[str]) -> tuple[str, bool]:
    """The message text and whether it came from HTML only. Prefers the first text/plain part."""
    plain: str | None = None
    html: str | None = None
    for part in msg.walk():
        if part.is_multipart() or _is_attachment(part):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = _decode(part, defects)
        elif ctype == "text/html" and html is None:
            html = _decode(part, defects)
    if plain and plain.strip():
        return plain.replace("\r\n", "\n"), False
    if html is not None:
        return html_to_text(html), True
    return "", False


def attachments_of(
    msg: email.message.Message, defects: list[str], *, max_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES
) -> tuple[Attachment, ...]:
    """Every attachment with a sanitised name; bytes kept up to ``max_bytes`` each."""
    found: list[Attachment] = []
    for part in msg.walk():
        if not _is_attachment(part):
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:  # broken transfer encoding: keep what we can
            payload = None
        data = payload if isinstance(payload, bytes) else b""
        original = _filename(part)
        name = sanitize_filename(original)
        if original and name != original:
            defects.append("attachment name sanitised")
        digest = hashlib.sha256(data).hexdigest()
        keep = len(data) <= max_bytes
        if not keep:
            defects.append(f"attachment {name!r} over {max_bytes} bytes: content not kept in memory")
        found.append(
            Attachment(
                filename=name,
                content_type=part.get_content_type(),
                size=len(data),
                sha256=digest,
                content=data if keep else None,
            )
        )
    return tuple(found)
