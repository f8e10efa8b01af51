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

__all__ = ["REDACTED", "redact", "redact_headers", "redact_url", "register_secret", "register_secret_shapes"]

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
# Platforms add their own names (header and parameter names) with register_secret_shapes().
_SENSITIVE_KEYS = (
    r"access[_-]?token|refresh[_-]?token|client[_-]?secret|app[_-]?secret|secret|password|passwd|"
    r"sign|signature|authorization|api[_-]?key|token"
)
# ``code`` is an OAuth authorization code only in a query string or form body (``code=…``); elsewhere it is an
# error code ("error code: 15") that a reader needs.
_FORM_ONLY_KEYS = r"code"
# A natural-language word ("account", "Environment") is never a credential: redacting it mangles the sentence
# ("[REDACTED] account 'A1' lacks …") and protects nothing. Tokens mix case, digits or symbols.
_WORD = re.compile(r"[a-z]{1,24}|[A-Z][a-z]{1,23}")


def _key_value(extra: Iterable[str]) -> re.Pattern[str]:
    keys = "|".join([_SENSITIVE_KEYS, *(re.escape(k) for k in sorted(extra))])
    return re.compile(
        rf"(?i)([\"']?\b(?:{keys})\b[\"']?\s*[:=]\s*[\"']?|\b(?:{_FORM_ONLY_KEYS})=)([^\s\"'&,;}}]+)"
    )


_KEY_VALUE = _key_value(())


def _mask_value(match: re.Match[str]) -> str:
    """``<prefix><value>`` with the value masked, unless the value is an ordinary word."""
    if _WORD.fullmatch(match.group(2)):
        return match.group(0)
    return match.group(1) + REDACTED


_Replacement = str | Callable[[re.Match[str]], str]
_PATTERNS: tuple[tuple[re.Pattern[str], _Replacement], ...] = (
    (re.compile(r"(?i)(\b(?:bearer|basic)\s+)([A-Za-z0-9\-_.~+/=]+)"), _mask_value),
    # The password in a URL's user info: postgresql://app:PASSWORD@db/… keeps the user and the host.
    # Bounded repeats keep the scan linear on hostile input.
    (
        re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]{0,30}://[^\s:/@]{0,256}):[^\s@/]{1,256}@"),
        r"\1:" + REDACTED + "@",
    ),
)
# Buyer e-mail addresses (relay aliases included) are PII: keep the domain for debugging.
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+\-]+@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})\b")

_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})

# Platform shapes (Adapter.secret_patterns / secret_fields), added when an adapter class is defined. Replaced
# whole on change, so redact() reads them without the lock.
_platform_patterns: tuple[re.Pattern[str], ...] = ()
_platform_fields: frozenset[str] = frozenset()


def register_secret_shapes(
    *, patterns: Iterable[str | re.Pattern[str]] = (), fields: Iterable[str] = ()
) -> None:
    """Add a platform's secret shapes: ``patterns`` whose whole match is a secret (a token format, e.g. LWA's
    ``Atza|…``) and ``fields`` (header, parameter or JSON key names) whose value is one.

    Adapters declare them as ``secret_patterns`` / ``secret_fields``; the core registers them when the adapter
    class is defined, so the core itself names no platform's formats.
    """
    global _platform_patterns, _platform_fields, _KEY_VALUE  # noqa: PLW0603 - one process-wide registry
    with _lock:
        known = {p.pattern for p in _platform_patterns}
        new: list[re.Pattern[str]] = []
        for item in patterns:
            compiled = re.compile(item)
            if compiled.pattern not in known:
                known.add(compiled.pattern)
                new.append(compiled)
        if new:
            _platform_patterns = (*_platform_patterns, *new)
        names = frozenset(f.lower() for f in fields) - _platform_fields
        if names:
            _platform_fields = _platform_fields | names
            _KEY_VALUE = _key_value(_platform_fields)


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
    for pattern in _platform_patterns:
        text = pattern.sub(REDACTED, text)
    for regex, replacement in _PATTERNS:
        text = regex.sub(replacement, text)
    # key=value / "key": "value" / key: value, in query strings, JSON and headers alike (platform names added).
    text = _KEY_VALUE.sub(_mask_value, text)
    return _EMAIL.sub(r"***@\1", text)


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    """Headers safe to log: credential headers replaced whole, everything else passed through :func:`redact`."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    hidden = _SENSITIVE_HEADERS | _platform_fields
    return {k: (REDACTED if k.lower() in hidden else redact(v)) for k, v in items}


def redact_url(url: str) -> str:
    """A URL safe to log: sensitive query parameters (``access_token``, ``sign``, …) masked."""
    return redact(url)
