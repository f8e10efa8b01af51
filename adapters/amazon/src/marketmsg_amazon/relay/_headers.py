"""Mail headers read in linear time and without exceptions: text, RFC 2047 words, parameters, addresses, dates.

The standard library's ``email`` package is used for MIME structure only. Its header helpers are not safe for
mail a stranger controls (Python 3.11): the parameter splitter (``_parseparam``) is quadratic in the number of
``;``, the modern header parser is quadratic in the number of encoded words, ``parseaddr`` recurses once per
nested comment (a ``RecursionError`` on ``From: ((((…``), charsets such as ``punycode`` or ``undefined`` raise
``UnicodeError`` and ``utf\\0-8`` raises ``ValueError``, and an out-of-range Date raises ``OverflowError``. This
module replaces those helpers with single-pass scanners; everything a header can do wrong becomes a *defect*
string on the parsed message, never an exception.
"""

from __future__ import annotations

import binascii
import codecs
import email.message
import email.utils
import re
from datetime import UTC, datetime
from urllib.parse import unquote_to_bytes

__all__ = [
    "MAX_ADDRESS_HEADER",
    "MAX_HEADER",
    "MAX_PARAMS",
    "MAX_PARAM_VALUE",
    "PLAUSIBLE_DATES",
    "SafeMessage",
    "address",
    "decode_bytes",
    "decode_words",
    "dkim_pass_domains",
    "header",
    "mail_codec",
    "params",
    "parse_date",
    "parse_message_id",
    "scrub",
]

# Codecs Python knows but that are not mail charsets: their decoders raise UnicodeError on ordinary bytes
# (punycode, idna, undefined) or interpret backslash escapes (unicode_escape); punycode is also quadratic.
_NOT_MAIL_CHARSETS = frozenset({"punycode", "idna", "undefined", "unicode_escape", "raw_unicode_escape"})
_MAX_CHARSET = 40

# An RFC 2047 encoded word: charset (optionally "*lang"), Q or B, text without "?" or white space. The text
# part is possessive and the charset bounded, so a scan never backtracks: linear in the header's length.
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([qQbB])\?([^?\s]*+)\?=")
# One parameter segment: anything but ";" and quotes, with quoted strings (which may hold ";") inside. An
# unclosed quote runs to the end, as in the stdlib splitter. Every repeat starts with a quote: no backtracking.
_PARAM_SEGMENT = re.compile(r'[^;"]*+(?:"(?:[^"\\]|\\.)*+"?[^;"]*+)*+', re.DOTALL)
_CONTINUATION = re.compile(r"^(?P<name>[^*]{1,80})\*(?:(?P<num>\d{1,4})\*?)?$")
_ANGLE_ADDRESS = re.compile(r"<\s*+([^<>\s]{1,320})\s*+>")
_ADDRESS_CHARS = r"[^\s<>()\[\]\\,;:\"@]"
_LOCAL_BEFORE_AT = re.compile(_ADDRESS_CHARS + r"{1,64}$")
_DOMAIN_AFTER_AT = re.compile(_ADDRESS_CHARS + r"{1,255}")

#: RFC 5322 limits a line to 998 characters; no real From/Reply-To comes near it. Longer ones, and ones with
#: deeply nested comments, are read by a linear fallback instead of ``email.utils.parseaddr``.
MAX_ADDRESS_HEADER = 998
_MAX_COMMENT_DEPTH = 16
_MAX_DATE_HEADER = 256
#: No header a mail program writes comes near this (long References chains are a few KB); longer values are
#: truncated before decoding, so every scan of a header is bounded by it.
MAX_HEADER = 64 * 1024
#: Real structured headers carry a handful of parameters (RFC 2231 continuations: a few dozen) of at most a few
#: hundred characters. More is not mail from a mail program: the rest is ignored, each value truncated.
MAX_PARAMS = 64
MAX_PARAM_VALUE = 4096
#: Dates outside this range are not believed (an absurd Date must not sort a message first for ever or make a
#: deadline overflow); the message then counts from when it was received.
PLAUSIBLE_DATES = (datetime(1995, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


def scrub(text: str) -> str:
    """``text`` without lone surrogates (UTF-7 and 8-bit headers can produce them; JSON and SQL refuse them)."""
    if text.isascii():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def mail_codec(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when it is not a usable mail charset."""
    if not label:
        return None
    label = label.strip().strip('"').strip()
    if not label or len(label) > _MAX_CHARSET or not label.isascii() or not label.isprintable():
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    if info.name in _NOT_MAIL_CHARSETS:
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None, defects: list[str], *, what: str = "text") -> str:
    """Decode ``data`` in ``charset``; on an unknown/unusable charset or invalid bytes fall back, note a defect."""
    codec = mail_codec(charset) if charset else "utf-8"
    if codec is None:
        defects.append(f"{what}: unknown or unusable charset {_shown(charset)}")
    else:
        try:
            return scrub(data.decode(codec))
        except LookupError:  # a bytes-to-bytes codec (base64, zlib …): not a text charset
            defects.append(f"{what}: unknown or unusable charset {_shown(charset)}")
        except (UnicodeError, ValueError, TypeError, OverflowError):
            defects.append(f"{what}: not valid in declared charset {_shown(charset)}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 decodes almost every byte; what it cannot is replaced, so text is never lost wholesale.
        return data.decode("cp1252", errors="replace")


def _shown(value: str | None) -> str:
    """A hostile value, short and printable, for a defect text."""
    text = repr(value[:_MAX_CHARSET] if value else value)
    return text if value is None or len(value) <= _MAX_CHARSET else text + "…"


def _undo_surrogates(text: str) -> str:
    # compat32 keeps raw 8-bit header bytes as surrogate escapes; relay mail sends them as UTF-8 (RFC 6532).
    if text.isascii():
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return scrub(text)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _word_bytes(encoding: str, text: str) -> bytes | None:
    try:
        if encoding in "qQ":
            return binascii.a2b_qp(text.encode("ascii", "replace"), header=True)
        return binascii.a2b_base64(text.encode("ascii", "replace") + b"==")
    except (binascii.Error, ValueError):
        return None


def decode_words(text: str, defects: list[str]) -> str:
    """Decode RFC 2047 encoded words in one pass; adjacent words in one charset are joined before decoding.

    A word in an unknown charset, or whose text does not decode, stays as written (and is noted as a defect).
    """
    if "=?" not in text:
        return text
    out: list[str] = []
    pending: list[bytes] = []
    pending_codec: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal pending_codec
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_codec, defects, what="header"))
            pending.clear()
        pending_codec = None

    for match in _ENCODED_WORD.finditer(text):
        between = text[pos : match.start()]
        codec = mail_codec(match.group(1).partition("*")[0])
        data = _word_bytes(match.group(2), match.group(3)) if codec else None
        if data is None or codec is None:
            flush()
            out.append(between + match.group(0))
            defects.append("header: undecodable encoded word kept as written")
        else:
            # White space between two encoded words is not part of the text (RFC 2047 §6.2).
            if not (pending and (not between or between.isspace())):
                flush()
                out.append(between)
            elif codec != pending_codec:
                flush()
            pending_codec = codec
            pending.append(data)
        pos = match.end()
    flush()
    out.append(text[pos:])
    return "".join(out)


def header(msg: email.message.Message, name: str, defects: list[str] | None = None) -> str:
    """A header decoded to text, white space collapsed ("" when absent). Linear; never raises."""
    wanted = name.lower()
    value = next((v for k, v in msg.raw_items() if k.lower() == wanted), None)
    if value is None:
        return ""
    found = defects if defects is not None else []
    text = str(value)
    if len(text) > MAX_HEADER:
        found.append(f"{name} header over {MAX_HEADER} characters: truncated")
        text = text[:MAX_HEADER]
    return " ".join(decode_words(_undo_surrogates(text), found).split())


# ---------------------------------------------------------------------------------------------- parameters


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if value.startswith('"'):  # unclosed quote: the rest is the value
        return value[1:]
    return value


def _split_params(value: str, defects: list[str]) -> list[tuple[str, str]]:
    """``text/plain; charset="utf-8"; name*0*=…`` → [("text/plain", ""), ("charset", '"utf-8"'), …]."""
    out: list[tuple[str, str]] = []
    pos, end, seen = 0, len(value), 0
    while pos <= end:
        seen += 1
        if seen > MAX_PARAMS + 1:
            defects.append(f"more than {MAX_PARAMS} header parameters: the rest ignored")
            break
        match = _PARAM_SEGMENT.match(value, pos)
        segment = match.group() if match else ""
        pos += len(segment) + 1  # past the ";"
        name, eq, val = segment.partition("=")
        if eq:
            val = val.strip()
            if len(val) > MAX_PARAM_VALUE:
                defects.append(f"header parameter over {MAX_PARAM_VALUE} characters: truncated")
                val = val[:MAX_PARAM_VALUE]
            out.append((name.strip()[:80].lower(), val))
        elif segment.strip() or not out:
            out.append((segment.strip()[:MAX_PARAM_VALUE], ""))
    return out


def _join_rfc2231(name: str, parts: list[tuple[int, str, bool]], defects: list[str]) -> tuple[str, str]:
    """RFC 2231 continuations and ``charset'lang'%xx`` values of one parameter, decoded."""
    parts.sort(key=lambda p: p[0])
    encoded = any(e for _, _, e in parts)
    if not encoded:
        return name, "".join(_unquote(v) for _, v, _ in parts)[:MAX_PARAM_VALUE]
    chunks: list[bytes] = []
    charset: str | None = None
    for index, (_, quoted, was_encoded) in enumerate(parts):
        value = _unquote(quoted)
        if index == 0 and was_encoded and value.count("'") >= 2:
            charset, _, rest = value.partition("'")
            value = rest.partition("'")[2]
        chunks.append(unquote_to_bytes(value) if was_encoded else value.encode("utf-8", "surrogateescape"))
    data = b"".join(chunks)[:MAX_PARAM_VALUE]
    return name, decode_bytes(data, charset or "us-ascii", defects, what=f"parameter {name!r}")


def params(value: str, defects: list[str]) -> list[tuple[str, str]]:
    """Parameters of a structured header value, unquoted and RFC 2231-decoded. The first entry is the value."""
    pairs = _split_params(_undo_surrogates(value), defects)
    out = pairs[:1]
    continued: dict[str, list[tuple[int, str, bool]]] = {}
    for name, val in pairs[1:]:
        match = _CONTINUATION.match(name) if "*" in name else None
        if match:
            num = match.group("num")
            continued.setdefault(match.group("name"), []).append(
                (int(num) if num else 0, val, name.endswith("*"))
            )
        else:
            out.append((name, _unquote(val)))
    out.extend(_join_rfc2231(n, p, defects) for n, p in continued.items())
    return out


class SafeMessage(email.message.Message):
    """A compat32 message whose parameter parsing is linear and never raises.

    The stdlib feed parser calls ``get_boundary()`` on every multipart part it meets, and ``get_filename()`` /
    ``get_content_charset()`` go the same way: all through ``_get_params_preserve``, whose splitter is quadratic.
    Overriding that one hook makes every parameter read (including the parser's own) linear. Values come back
    in the stdlib's shape (quoted strings), so ``get_param`` and friends keep their documented behaviour.
    """

    defects_seen: list[str]

    def _get_params_preserve(self, failobj: object, header: str) -> object:
        wanted = header.lower()
        raw = next((v for k, v in self.raw_items() if k.lower() == wanted), None)
        if raw is None:
            return failobj
        found: list[str] = []
        pairs = params(str(raw), found)
        if found:
            self.__dict__.setdefault("defects_seen", []).extend(found)
        quoted = [pairs[0]] if pairs else []
        quoted += [(k, '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"') for k, v in pairs[1:]]
        return quoted


# ---------------------------------------------------------------------------------------------- addresses


def _comment_depth_over(value: str, limit: int) -> bool:
    depth = 0
    for char in value:
        if char == "(":
            depth += 1
            if depth > limit:
                return True
        elif char == ")":
            depth = max(0, depth - 1)
    return False


def address(value: str, defects: list[str], *, what: str = "From") -> tuple[str, str]:
    """(display name, address) of an address header. Hostile values use a linear fallback (noted as a defect)."""
    if not value:
        return "", ""
    if len(value) <= MAX_ADDRESS_HEADER and not (
        value.count("(") > _MAX_COMMENT_DEPTH and _comment_depth_over(value, _MAX_COMMENT_DEPTH)
    ):
        try:
            name, addr = email.utils.parseaddr(value)
        except (RecursionError, ValueError, IndexError, TypeError):
            pass
        else:
            return name, addr
    defects.append(f"{what} header too long or too deeply nested: read by the fallback")
    # The last <addr> wins: a display name may itself contain "<…>".
    angle = next(reversed(list(_ANGLE_ADDRESS.finditer(value))), None)
    if angle is not None:
        name = value[: angle.start()].strip().strip('"').strip()
        return name[:MAX_ADDRESS_HEADER], angle.group(1)
    at = value.find("@")
    local = _LOCAL_BEFORE_AT.search(value, max(0, at - 64), at) if at > 0 else None
    domain = _DOMAIN_AFTER_AT.match(value, at + 1) if local else None
    return "", f"{local.group()}@{domain.group()}" if local and domain else ""


# ---------------------------------------------------------------------------------------------- dates, ids


def parse_date(value: str, defects: list[str] | None = None) -> datetime | None:
    """A Date header as aware UTC, or None when absent, unreadable or implausible (noted as a defect).

    A naive date is taken as UTC (RFC 5322 "-0000").
    """
    if not value:
        return None
    found = defects if defects is not None else []
    if len(value) > _MAX_DATE_HEADER:
        found.append("Date header too long: ignored")
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        parsed = parsed.astimezone(UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        found.append("Date header unreadable: ignored")
        return None
    if not PLAUSIBLE_DATES[0] <= parsed < PLAUSIBLE_DATES[1]:
        found.append("Date header implausible: ignored")
        return None
    return parsed


def parse_message_id(value: str) -> str | None:
    """``<abc@host>`` → ``abc@host``; the dedupe key (case of the local part is kept, the host lower-cased)."""
    value = value.strip().strip("<>").strip()
    if not value:
        return None
    local, at, host = value.rpartition("@")
    return f"{local}@{host.lower()}" if at else value


# ---------------------------------------------------------------------------------------------- Authentication-Results

#: An Authentication-Results header carries a few results per receiving server; more is not a real header.
MAX_RESULTS = 64
_AR_DKIM_PASS = re.compile(r"\bdkim\s*+=\s*+pass\b", re.IGNORECASE)
_AR_HEADER_DOMAIN = re.compile(r"\bheader\.(?:d|i)\s*+=\s*+@?([A-Za-z0-9.-]++)", re.IGNORECASE)


def dkim_pass_domains(results: str) -> list[str]:
    """Domains of ``dkim=pass … header.d=<domain>`` results in an ``Authentication-Results`` value (RFC 8601).

    One pass: after each ``dkim=pass`` the domain is looked for only up to the next ``;`` (the end of that
    result), and a result without one moves the scan past that ``;`` — a lazy ``[^;]*?`` regex rescans the rest
    of the result from every ``dkim=pass`` in it, quadratic on ``dkim=pass`` repeated.
    """
    found: list[str] = []
    pos = 0
    while len(found) < MAX_RESULTS and (passed := _AR_DKIM_PASS.search(results, pos)) is not None:
        semicolon = results.find(";", passed.end())
        stop = len(results) if semicolon < 0 else semicolon
        domain = _AR_HEADER_DOMAIN.search(results, passed.end(), stop)
        if domain is None:
            pos = stop
            continue
        found.append(domain.group(1).lower())
        pos = domain.end()
    return found
