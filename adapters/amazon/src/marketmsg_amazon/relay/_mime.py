"""MIME plumbing that never raises: structure, text bodies in wrong charsets, attachments with hostile names.

Structure comes from the stdlib feed parser with two guards: parameters are parsed by the linear
:class:`~._headers.SafeMessage`, and parts nested deeper than :data:`MAX_MIME_DEPTH` are read as plain text
instead of being recursed into (the parser and ``Message.walk`` recurse once per level, so a few hundred levels
raise ``RecursionError``). Parts are walked iteratively.
"""

from __future__ import annotations

import email.feedparser
import email.message
import email.policy
import hashlib
from collections.abc import Iterator
from typing import Any

from marketmsg.adapter import override
from marketmsg.models import Attachment, sanitize_filename

from ._headers import SafeMessage, decode_bytes, decode_words, header, params, parse_date, parse_message_id
from ._html import html_to_text

__all__ = [
    "DEFAULT_MAX_ATTACHMENT_BYTES",
    "MAX_MIME_DEPTH",
    "attachments_of",
    "body_text",
    "header",
    "parse_date",
    "parse_message_id",
    "parse_mime",
    "walk",
]

# Amazon: "one or more attachments (up to 10 MB) in a message" (Seller Central help 200389080, fact sheet §4.2).
# Above this we keep name/size/digest, not the bytes; the raw mail stays in the store so nothing is lost.
DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

#: Real mail nests a handful of levels (mixed > alternative > related). Deeper parts are read as plain text.
MAX_MIME_DEPTH = 32


class _TooDeep(SafeMessage):
    """A part nested deeper than MAX_MIME_DEPTH: its body (with any deeper structure) is kept as plain text."""

    @override
    def get_content_type(self) -> str:
        return "text/plain"


class _DepthLimitedParser(email.feedparser.BytesFeedParser):
    def __init__(self, max_depth: int) -> None:
        self._max_depth = max_depth
        self.too_deep = False
        super().__init__(_factory=self._new_part, policy=email.policy.compat32)

    def _new_part(self, policy: Any = email.policy.compat32) -> SafeMessage:
        # The feed parser pushes each new part on its stack: the stack's length is the new part's depth.
        if len(getattr(self, "_msgstack", ())) > self._max_depth:
            self.too_deep = True
            return _TooDeep(policy=policy)
        return SafeMessage(policy=policy)


def parse_mime(data: bytes, defects: list[str], *, max_depth: int = MAX_MIME_DEPTH) -> SafeMessage:
    """The MIME tree of ``data``; what the parser found wrong is appended to ``defects``."""
    parser = _DepthLimitedParser(max_depth)
    parser.feed(data)
    msg = parser.close()
    if parser.too_deep:
        defects.append(f"MIME parts nested deeper than {max_depth} levels: read as plain text")
    if not isinstance(msg, SafeMessage):  # pragma: no cover - the factory makes every part
        raise TypeError("feed parser returned a foreign message class")
    return msg


def walk(msg: email.message.Message) -> Iterator[email.message.Message]:
    """Every part, depth first in document order, without recursion (``Message.walk`` recurses per level)."""
    stack = [msg]
    while stack:
        part = stack.pop()
        yield part
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend(reversed([p for p in payload if isinstance(p, email.message.Message)]))


def part_defects(msg: email.message.Message) -> list[str]:
    """The stdlib parser's defect classes and our parameter defects, over all parts."""
    found: list[str] = []
    for part in walk(msg):
        found.extend(type(d).__name__ for d in getattr(part, "defects", ()))
        found.extend(getattr(part, "defects_seen", ()))
    return found


def _payload(part: email.message.Message, defects: list[str]) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # the stdlib's transfer decoders raise assorted errors on broken input
        defects.append("undecodable transfer encoding: part skipped")
        return b""
    return payload if isinstance(payload, bytes) else b""


def _decode(part: email.message.Message, defects: list[str]) -> str:
    charset = dict(params(header_raw(part, "Content-Type"), defects)[1:]).get("charset")
    return decode_bytes(_payload(part, defects), charset or "utf-8", defects)


def header_raw(part: email.message.Message, name: str) -> str:
    """A header's raw value ("" when absent) — no decoding, for structured headers parsed by ``params``."""
    wanted = name.lower()
    return next((str(v) for k, v in part.raw_items() if k.lower() == wanted), "")


def _is_attachment(part: email.message.Message) -> bool:
    if part.is_multipart():
        return False
    disposition = header_raw(part, "Content-Disposition").split(";", 1)[0].strip().lower()
    if disposition == "attachment":
        return True
    if _filename(part, []):
        return True
    return part.get_content_maintype() not in ("text", "multipart", "message")


def _filename(part: email.message.Message, defects: list[str]) -> str | None:
    disposition = dict(params(header_raw(part, "Content-Disposition"), defects)[1:])
    name = disposition.get("filename") or dict(params(header_raw(part, "Content-Type"), defects)[1:]).get(
        "name"
    )
    if name and "=?" in name:  # RFC 2047 inside a parameter: not standard, but common
        name = decode_words(name, defects)
    return name.strip() if name else None


def body_text(msg: email.message.Message, defects: list[str]) -> tuple[str, bool]:
    """The message text and whether it came from HTML only. Prefers the first text/plain part."""
    plain: str | None = None
    html: str | None = None
    for part in walk(msg):
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
    for part in walk(msg):
        if not _is_attachment(part):
            continue
        data = _payload(part, defects)
        original = _filename(part, defects)
        name = sanitize_filename(original)
        if original and name != original:
            defects.append("attachment name sanitised")
        keep = len(data) <= max_bytes
        if not keep:
            defects.append(f"attachment {name!r} over {max_bytes} bytes: content not kept in memory")
        found.append(
            Attachment(
                filename=name,
                content_type=part.get_content_type(),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                content=data if keep else None,
            )
        )
    return tuple(found)
