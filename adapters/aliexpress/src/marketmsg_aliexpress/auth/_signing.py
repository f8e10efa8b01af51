"""Request signing for the AliExpress gateways, and the ``httpx.Auth`` that applies it.

IOP (``https://api-sg.aliexpress.com``, aliexpress.md §1.3): HMAC-SHA256 keyed with the app secret over the
sorted ``key+value`` concatenation of every parameter except ``sign`` (file parts excluded), prefixed with the
API path only when the API name contains ``/`` (the official Python SDK's rule, ``iop/base.py`` ``sign()``),
hex, upper-case. Legacy TOP (``…/router/rest``): ``md5`` = MD5(secret + k1v1… + secret) or ``hmac`` = HMAC-MD5.

The signer never sends an empty parameter: the Python SDK signs empty values while the Java SDK drops them
(``IopUtils.areNotEmpty``), so an empty value is a signature mismatch waiting to happen (§1.3).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal
from urllib.parse import parse_qsl

import httpx

from marketmsg import Clock, SystemClock
from marketmsg.adapter import bodiless_request, epoch_seconds

__all__ = [
    "SIGNED_PARAMS",
    "api_name_of",
    "iop_request",
    "request_params",
    "sign",
    "sign_top",
    "signed_api_name",
    "stamp_and_sign",
]

#: Parameters the signer owns: recomputed on every attempt, so a retried request carries a fresh timestamp.
SIGNED_PARAMS = ("app_key", "timestamp", "sign_method", "sign")

TopSignMethod = Literal["md5", "hmac", "hmac-sha256"]


def sign(secret: str, api: str, params: Mapping[str, str]) -> str:
    """The IOP HMAC-SHA256 signature (upper-case hex) of ``params`` for API ``api``.

    The exact algorithm of the official Python SDK (aliexpress.md §1.3/§1.5): keys sorted, ``key+value``
    concatenated, the API name prefixed when it contains ``/`` (``/auth/token/create``), HMAC-SHA256 keyed
    with ``secret``. ``sign`` itself is never part of the base string.

    >>> sign("helloworld", "/order/get", {"access_token": "test", "app_key": "123456", "order_id": "1234",
    ...      "sign_method": "sha256", "timestamp": "1517820392000"})[:8]
    '4190D323'
    """
    base = "".join([key + params[key] for key in sorted(params) if key != "sign"])
    if "/" in api:
        base = api + base
    return hmac.new(secret.encode("utf-8"), base.encode("utf-8"), hashlib.sha256).hexdigest().upper()


def sign_top(secret: str, params: Mapping[str, str], method: TopSignMethod = "md5") -> str:
    """The legacy TOP gateway signature (upper-case hex): ``md5`` wraps the base string in the secret,
    ``hmac`` is HMAC-MD5 and ``hmac-sha256`` HMAC-SHA256 over the bare base string (aliexpress.md §1.3)."""
    base = "".join(f"{key}{params[key]}" for key in sorted(params) if key != "sign")
    if method == "md5":
        return hashlib.md5(f"{secret}{base}{secret}".encode(), usedforsecurity=False).hexdigest().upper()
    digest = hashlib.md5 if method == "hmac" else hashlib.sha256
    return hmac.new(secret.encode("utf-8"), base.encode("utf-8"), digest).hexdigest().upper()


#: Where :func:`iop_request` keeps a request's unsigned parameters and file parts for the signer.
_UNSIGNED = "marketmsg_aliexpress.unsigned"


def iop_request(
    url: str,
    params: Mapping[str, str],
    *,
    method: str | None = None,
    files: Mapping[str, Any] | None = None,
    encode: bool = True,
) -> httpx.Request:
    """An unsigned gateway POST: ``method`` (the API name, not secret) in the query for logs and routing, every
    other parameter in the body — never a token or signature in a URL (httpx logs URLs at INFO).

    The official SDKs send this way: the Python IOP SDK POSTs every parameter as form data (multipart when there
    are files); the Java SDK's TOP executor puts ``method`` in the URL. The gateway reads both places.

    ``encode=False`` leaves the body to the signer (:func:`stamp_and_sign`, which rewrites it with the system
    parameters anyway): the adapter's requests all go through :class:`IopAuth`, so encoding the form here too
    would url-encode every request twice.
    """
    clean = dict(params)
    target = _gateway_url(url, method) if method else url
    request = httpx.Request("POST", target, data=clean, files=files) if encode else _empty_post(target)
    # The signer reads the parameters from here (the query included), never by parsing the URL and body again.
    request.extensions[_UNSIGNED] = (
        {"method": method, **clean} if method else clean,
        dict(files) if files else None,
    )
    return request


def _empty_post(url: httpx.URL | str) -> httpx.Request:
    """``httpx.Request("POST", url)``, without running httpx's body encoder for a body the signer replaces."""
    return bodiless_request("POST", url if isinstance(url, httpx.URL) else httpx.URL(url))


#: Characters ``quote_plus`` leaves as they are: a text made only of them is its own form encoding.
_FORM_SAFE = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch
_SAFE_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-")
#: ``quote_plus``'s mapping of each UTF-8 byte (read as Latin-1): itself when safe, ``+`` for a space, else %XX.
_FORM_QUOTED = {b: chr(b) if b in _SAFE_BYTES else "+" if b == 0x20 else f"%{b:02X}" for b in range(256)}


#: The same mapping for the ASCII characters ``quote_plus`` changes, by character.
_ASCII_QUOTED = {chr(b): q for b, q in _FORM_QUOTED.items() if b < 0x80 and b not in _SAFE_BYTES}
_SAFE_CHARS = frozenset(map(chr, _SAFE_BYTES))
#: From this length on, an ASCII text is quoted by replacing each unsafe character it holds (see _quoted_ascii).
_REPLACE_FROM = 96


def _form_part(value: object) -> str:
    """``quote_plus(value)`` as ``urlencode`` applies it, skipping the quoter for the (usual) all-safe text. The
    rest is mapped byte by byte in one ``str.translate`` (half the time of ``quote_plus``'s per-byte Python loop,
    on the JSON parameters every message sends; tests/test_signing.py pins the equivalence)."""
    if type(value) is str and value.isascii():
        # ``isalnum`` (with ``isascii``: it takes any script's letters) settles most names and values in one call.
        if value.isalnum() or _FORM_SAFE(value) is not None:
            return value
        if len(value) >= _REPLACE_FROM:
            return _quoted_ascii(value)
    raw = value if isinstance(value, bytes) else str(value).encode("utf-8")
    return raw.decode("latin-1").translate(_FORM_QUOTED)


def _quoted_ascii(value: str) -> str:
    """:func:`_form_part` of a longer ASCII text (a message's JSON): one ``str.replace`` per distinct unsafe
    character it holds — half a dozen in a JSON text — instead of ``str.translate``, which leaves its fast path
    for replacements longer than one character and looks every character up in the table (~40 % fewer
    instructions on a 180-character message; below ~90 characters the lookup is the cheaper). ``%`` goes first
    and ``+`` before the space (which becomes ``+``): no replacement is then replaced again, in any order."""
    unsafe = set(value)
    unsafe -= _SAFE_CHARS
    if "%" in unsafe:
        value = value.replace("%", "%25")
        unsafe.discard("%")
    if "+" in unsafe:
        value = value.replace("+", "%2B")
        unsafe.discard("+")
    for char in unsafe:
        value = value.replace(char, _ASCII_QUOTED[char])
    return value


def _urlencoded(pairs: Iterable[tuple[str, str]]) -> bytes:
    """``urlencode(list(pairs)).encode()`` (httpx's ``encode_urlencoded_data``), byte for byte."""
    # Most values (numbers, hex, names) are alphanumeric: taken as they are here, without _form_part's call.
    return "&".join(
        [
            _form_name(key)
            + (value if type(value) is str and value.isascii() and value.isalnum() else _form_part(value))
            for key, value in pairs
        ]
    ).encode("utf-8")


@functools.lru_cache(maxsize=256)
def _form_name(key: str) -> str:
    # ``key=``: the same dozen parameter names on every request, quoted once each (names, never values: a value
    # may be a token).
    return _form_part(key) + "="


@functools.lru_cache(maxsize=512)
def _gateway_url(url: str, method: str) -> httpx.URL:
    # A handful of gateways × API names: parsed once each (httpx URLs are immutable; a request holds its own).
    return httpx.URL(url, params={"method": method})


#: Where :func:`url_path` keeps a request's path, with the URL it was read from.
_PATH = "marketmsg_aliexpress.path"


def url_path(request: httpx.Request) -> str:
    """``request.url.path``, decoded once per URL: the token parameter, the signer and the answer's API name
    each read it (four times a request), and httpx decodes it anew on every read (~3k instructions). Kept with
    the URL object it came from, so a request given another URL is read again."""
    url = request.url
    kept = request.extensions.get(_PATH)
    if kept is not None and kept[0] is url:
        known: str = kept[1]
        return known
    path = url.path
    request.extensions[_PATH] = (url, path)
    return path


def api_name_of(request: httpx.Request) -> str | None:
    """The ``method`` a request built by :func:`iop_request` (or signed) names, without parsing its URL."""
    unsigned = request.extensions.get(_UNSIGNED)
    return unsigned[0].get("method") if unsigned is not None else None


def signed_api_name(request: httpx.Request) -> str:
    """The API name a request is signed for: the path after ``/rest`` on ``/rest``, else ``method``."""
    return _api_name(request, request_params(request))


def _api_name(request: httpx.Request, params: Mapping[str, str]) -> str:
    path = url_path(request)
    if "/rest/" in path and not path.endswith("/router/rest"):
        return path.split("/rest", 1)[1]
    return str(params.get("method", ""))


def request_params(request: httpx.Request) -> dict[str, str]:
    """Every signable parameter of a request: its query plus its body fields (file parts excluded)."""
    unsigned = request.extensions.get(_UNSIGNED)
    if unsigned is not None:  # kept by iop_request / the last signing: the query's ``method`` included
        return dict(unsigned[0])
    params = dict(request.url.params.multi_items())
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        params.update(parse_qsl(request.content.decode("utf-8"), keep_blank_values=True))
    return params


#: What the signer writes itself: a value the request carries for one of these is replaced.
_OWNED = frozenset((*SIGNED_PARAMS, "session", "access_token"))
_CONTENT_HEADERS = (b"content-length", b"content-type")
_FORM_TYPE = (b"Content-Type", b"application/x-www-form-urlencoded")


def _kept_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """The request's headers but its content headers, as ``items()`` gives them (names lower-cased, a repeated
    name joined into one): what the signed request carries before its new content headers."""
    return [(k, v) for k, v in headers.items() if k not in ("content-length", "content-type")]


def _kept_raw(headers: httpx.Headers) -> list[tuple[bytes, bytes]] | None:
    """:func:`_kept_headers` as the bytes ``httpx.Headers`` encodes it to, read from ``raw`` without decoding and
    encoding every header again (and finding the encoding first) — or None when that is no plain copy: a name
    given twice (``items()`` joins them) or a byte outside ASCII (the str round trip of before fails on it)."""
    kept: list[tuple[bytes, bytes]] = []
    names: list[bytes] = []
    for key, value in headers.raw:
        name = key.lower()
        if name in names or not (key.isascii() and value.isascii()):
            return None
        names.append(name)
        if name not in _CONTENT_HEADERS:
            kept.append((name, value))
    return kept


#: The signed header set of each unsigned one seen (a client's few: Host and Content-Length: 0, mostly), by its
#: raw pairs, normalised once: ``httpx.Headers`` normalises every pair it is given, but copies another
#: ``Headers`` as it is (the kept headers and the normalising cost ~23k instructions a request, the copy and the
#: length ~14k). Bounded (cleared when full).
_SIGNED_HEADERS: dict[tuple[tuple[bytes, bytes], ...], httpx.Headers] = {}
_CONTENT_LENGTH_ZERO = (b"Content-Length", b"0")


def _form_headers(headers: httpx.Headers, length: int) -> httpx.Headers:
    """``headers`` but its content headers, then those of a url-encoded body of ``length`` bytes."""
    key = tuple(headers.raw)
    template = _SIGNED_HEADERS.get(key)
    if template is None:
        raw = _kept_raw(headers)
        if raw is None:  # a repeated or non-ASCII header: the str round trip (and its errors) of before
            kept = _kept_headers(headers)
            kept += [("Content-Length", str(length)), ("Content-Type", "application/x-www-form-urlencoded")]
            return httpx.Headers(kept)
        template = httpx.Headers([*raw, _CONTENT_LENGTH_ZERO, _FORM_TYPE])
        if len(_SIGNED_HEADERS) >= 256:
            _SIGNED_HEADERS.clear()
        _SIGNED_HEADERS[key] = template
    # A copy of the signed set, its length set in place: the pairs, in the order, of building it from ``raw``.
    signed = httpx.Headers(template)
    signed["Content-Length"] = str(length)
    return signed


def stamp_and_sign(
    request: httpx.Request,
    *,
    app_key: str,
    app_secret: str,
    clock: Clock | None = None,
    top_method: TopSignMethod | None = None,
    prefix_slash_apis: bool = True,
    token: tuple[str, str] | None = None,
) -> httpx.Request:
    """The request, re-encoded to carry ``app_key``, ``timestamp`` (epoch ms), ``sign_method``, the seller token
    (``token=(name, value)``) and ``sign``, all in the POST body; only ``method`` stays in the URL.

    ``top_method`` selects legacy TOP signing (timestamp ``yyyy-MM-dd HH:mm:ss`` in GMT+8, §1.2).
    ``prefix_slash_apis=False`` signs slash-named ``/sync`` APIs without the path prefix (the Java TOP executor's
    behaviour; which one the gateway expects for ``aliexpress/message/*`` is unconfirmed, §9.2). Signer-owned
    parameters already present (a retry) are replaced, so every attempt carries a fresh timestamp.
    """
    clock = clock or SystemClock()
    unsigned = request.extensions.get(_UNSIGNED)
    given = request_params(request) if unsigned is None else unsigned[0]  # read only: never changed here
    params = {k: v for k, v in given.items() if k not in _OWNED}
    params["app_key"] = app_key
    if token is not None:
        params[token[0]] = token[1]
    if top_method is not None:
        from datetime import timedelta, timezone

        now = clock.now().astimezone(timezone(timedelta(hours=8)))
        params["timestamp"] = now.strftime("%Y-%m-%d %H:%M:%S")
        params["sign_method"] = top_method
    else:
        # epoch ms; the system clock read without building its datetime (twice a request: ~0.5 µs)
        params["timestamp"] = str(int(epoch_seconds(clock) * 1000))
        params["sign_method"] = "sha256"
    if "" in params.values():
        empty = sorted(k for k, v in params.items() if v == "")
        # Never reached through the adapter (its builders drop empty values); guards hand-built requests.
        raise ValueError(f"empty AliExpress parameter(s) {', '.join(empty)}: omit them instead of sending ''")
    if top_method is not None:
        signature = sign_top(app_secret, params, top_method)
    else:
        api = _api_name(request, given)
        if not prefix_slash_apis and url_path(request).endswith("/sync"):
            api = ""  # no "/" in the name given to sign(): no prefix
        signature = sign(app_secret, api, params)
    params["sign"] = signature
    files = unsigned[1] if unsigned is not None else None
    method = params.pop("method", None)
    # The same request object, re-encoded: the driver recognises "its" request in transport errors by identity
    # (a send whose answer is lost must be reported unknown, never retried as "not sent").
    if unsigned is None:  # a hand-built request: every query parameter but ``method`` moves to the body
        request.url = request.url.copy_with(params={"method": method} if method else None)
    if files:
        kept = _kept_headers(request.headers)
        signed = httpx.Request("POST", request.url, headers=kept, data=params, files=files)
        request.headers = signed.headers
        request.stream = signed.stream
        request.__dict__.pop("_content", None)
        request.read()
    else:
        # httpx's own form encoding (``encode_urlencoded_data``), without building a second Request around it.
        body = _urlencoded(params.items())
        request.headers = _form_headers(request.headers, len(body))
        request.stream = httpx.ByteStream(body)
        request._content = body
    request.method = "POST"
    request.extensions[_UNSIGNED] = ({**({"method": method} if method else {}), **params}, files)
    return request
