"""Keep secrets and buyer PII out of logs, reprs and exception text.

Two mechanisms, because neither is enough alone: values the SDK knows are secret (credentials, tokens it
obtained) are registered and replaced wherever they appear; shapes that are secret whatever their value
(``Authorization`` headers, ``access_token=…``, LWA tokens, AliExpress ``sign``, e-mail addresses) are matched
by pattern, so a token the SDK never saw (say, inside a platform's error body) is caught as well.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping

__all__ = ["REDACTED", "redact", "redact_headers", "redact_url", "register_secret"]

REDACTED = "[REDACTED]"

# Shorter values would redact ordinary words; no real credential is this short.
_MIN_SECRET_LEN = 6
# Registered values are found by their first characters: one dict lookup per position of the text, however many
# secrets are registered (a regex alternation over every secret would be recompiled per new token and scanned per
# secret). Must not exceed _MIN_SECRET_LEN.
_HEAD = 4
#: Transient secrets kept (access tokens refreshed hourly per account): older ones have long expired.
MAX_TRANSIENT_SECRETS = 4096

_lock = threading.Lock()
_pinned: set[str] = set()
_transient: OrderedDict[str, None] = OrderedDict()
# Every registered value, and for each first _HEAD characters the lengths of the values starting with them
# (longest first, so a secret that contains another is replaced whole). Tokens of one kind share their head
# ("Atza|") and their length, so a position costs a few set lookups whatever the number of secrets. Lengths
# tuples are replaced, never mutated, so redact() reads both without the lock.
_values: set[str] = set()
_lengths: dict[str, tuple[int, ...]] = {}

# Keys whose value is a secret whatever the separator ("key=value", "key: value", '"key": "value"').
_SENSITIVE_KEYS = (
    r"access[_-]?token|refresh[_-]?token|client[_-]?secret|app[_-]?secret|secret|password|passwd|"
    r"sign|signature|x-amz-access-token|authorization|api[_-]?key|spapi_oauth_code|token"
)
# ``code`` is an OAuth authorization code only in a query string or form body (``code=…``); elsewhere it is an
# error code ("error code: 15") that a reader needs.
_FORM_ONLY_KEYS = r"code"
# A natural-language word ("account", "Environment") is never a credential: redacting it mangles the sentence
# ("[REDACTED] account 'A1' lacks …") and protects nothing. Tokens mix case, digits or symbols.
_WORD = re.compile(r"[a-z]{1,24}|[A-Z][a-z]{1,23}")
_KEY_VALUE = re.compile(
    rf"(?i)([\"']?\b(?:{_SENSITIVE_KEYS})\b[\"']?\s*[:=]\s*[\"']?|\b(?:{_FORM_ONLY_KEYS})=)([^\s\"'&,;}}]+)"
)


def _mask_value(match: re.Match[str]) -> str:
    """``<prefix><value>`` with the value masked, unless the value is an ordinary word."""
    if _WORD.fullmatch(match.group(2)):
        return match.group(0)
    return match.group(1) + REDACTED


_PATTERNS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # LWA tokens: "Atza|…" access tokens and "Atzr|…" refresh tokens (amazon.md §3).
    (re.compile(r"Atz[ar]\|[A-Za-z0-9\-_.~+/=|]+"), REDACTED),
    (re.compile(r"(?i)(\b(?:bearer|basic)\s+)([A-Za-z0-9\-_.~+/=]+)"), _mask_value),
    # The password in a URL's user info: postgresql://app:PASSWORD@db/… keeps the user and the host.
    # Bounded repeats keep the scan linear on hostile input.
    (
        re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]{0,30}://[^\s:/@]{0,256}):[^\s@/]{1,256}@"),
        r"\1:" + REDACTED + "@",
    ),
    # key=value / "key": "value" / key: value, in query strings, JSON and headers alike.
    (_KEY_VALUE, _mask_value),
    # Buyer e-mail addresses (relay aliases included) are PII: keep the domain for debugging.
    (re.compile(r"\b[A-Za-z0-9._%+\-]+@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})\b"), r"***@\1"),
)

_SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "x-amz-access-token",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-amz-security-token",
    }
)


def register_secret(value: str | None, *, transient: bool = False) -> None:
    """Remember ``value`` as secret: from now on it is replaced by ``[REDACTED]`` wherever marketmsg prints.

    ``transient`` marks short-lived values (refreshed access tokens): only the :data:`MAX_TRANSIENT_SECRETS` most
    recent are kept, so a long-running worker does not accumulate every token it ever held. Credentials (the
    default) are kept for the life of the process. Registering is O(1), so setting up many accounts is linear.
    """
    if not value or len(value) < _MIN_SECRET_LEN:
        return
    with _lock:
        if value in _pinned:
            return
        if transient:
            if value in _transient:
                _transient.move_to_end(value)
                return
            _transient[value] = None
            while len(_transient) > MAX_TRANSIENT_SECRETS:
                old, _ = _transient.popitem(last=False)
                if old not in _pinned:
                    _index_remove(old)
        else:
            _pinned.add(value)
            _transient.pop(value, None)
        _index_add(value)


def _index_add(value: str) -> None:
    _values.add(value)
    head = value[:_HEAD]
    lengths = _lengths.get(head, ())
    if len(value) not in lengths:
        _lengths[head] = tuple(sorted({*lengths, len(value)}, reverse=True))


def _index_remove(value: str) -> None:
    # The head's lengths may keep this length: a lookup that finds nothing is all it costs.
    _values.discard(value)


def _mask_registered(text: str) -> str:
    heads, values = _lengths, _values
    if not heads or len(text) < _MIN_SECRET_LEN:
        return text
    parts: list[str] = []
    start = i = 0
    last = len(text) - _MIN_SECRET_LEN
    while i <= last:
        lengths = heads.get(text[i : i + _HEAD])
        if lengths is not None:
            size = next((n for n in lengths if text[i : i + n] in values), 0)
            if size:
                parts += (text[start:i], REDACTED)
                i = start = i + size
                continue
        i += 1
    if not parts:
        return text
    parts.append(text[start:])
    return "".join(parts)


def redact(text: str) -> str:
    """Return ``text`` with registered secrets, token-shaped values and e-mail local parts masked."""
    text = _mask_registered(text)
    for regex, replacement in _PATTERNS:
        text = regex.sub(replacement, text)
    return text


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    """Headers safe to log: credential headers replaced whole, everything else passed through :func:`redact`."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if k.lower() in _SENSITIVE_HEADERS else redact(v)) for k, v in items}


def redact_url(url: str) -> str:
    """A URL safe to log: sensitive query parameters (``access_token``, ``sign``, …) masked."""
    return redact(url)
