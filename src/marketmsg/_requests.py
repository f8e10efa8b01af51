"""Building an ``httpx.Request`` cheaply: most of an SDK's requests are GETs or small JSON POSTs with fixed
headers, and httpx's constructor spends most of its time normalising headers twice (``Request._prepare``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

import httpx

__all__ = ["bodiless_request", "json_request"]

_CONTENT_LENGTH_ZERO = (b"Content-Length", b"0")
_JSON_TYPE = (b"Content-Type", b"application/json")
_Pairs = tuple[tuple[bytes, bytes], ...]


#: Header sets already normalised, to copy: ``httpx.Headers`` normalises every (name, value) pair it is given
#: (~7k instructions a pair, an ABC check included) but copies another ``Headers`` as it is, and a client sends
#: the same few header sets to the same few hosts. Keyed by (Host value or None, what follows it, headers);
#: bounded (cleared when full) for callers whose headers vary. → (the set, how many Content-Length it holds).
_TEMPLATES: dict[tuple[bytes | None, _Pairs, _Pairs], tuple[httpx.Headers, int]] = {}
_MAX_TEMPLATES = 512
#: Header names whose values are credentials: a set holding one is built per request and never kept, so that no
#: token or key outlives its client in a module-level cache (adapters add theirs after building, but the function
#: is public to adapters).
_CREDENTIAL = re.compile(
    rb"authori[sz]ation|cookie|token|secret|signature|api[-_]?key|password", re.IGNORECASE
)


def _holds_credential(headers: Sequence[tuple[bytes, bytes]]) -> bool:
    for name, _value in headers:
        raw = name if isinstance(name, bytes) else str(name).encode("latin-1", "replace")
        if _CREDENTIAL.search(raw) is not None:
            return True
    return False


def _template(
    host: bytes | None, headers: Sequence[tuple[bytes, bytes]], auto: _Pairs = (), after: _Pairs = ()
) -> tuple[httpx.Headers, int] | None:
    """``Headers([Host, *auto, *headers, *after])`` (no Host for None), built once and kept, with its number of
    Content-Length headers; None when ``headers`` cannot be a key (not hashable) or carry a credential: build them
    as before then."""
    try:
        key = (host, auto + after, tuple(headers))
        found = _TEMPLATES.get(key)
    except TypeError:
        return None
    if found is None:
        if _holds_credential(headers):
            return None
        raw: list[tuple[bytes, bytes]] = [(b"Host", host)] if host is not None else []
        built = httpx.Headers([*raw, *auto, *headers, *after])
        found = built, len(built.get_list("content-length"))
        if len(_TEMPLATES) >= _MAX_TEMPLATES:
            _TEMPLATES.clear()
        _TEMPLATES[key] = found
    return found


def bodiless_request(
    method: str, url: httpx.URL, headers: Sequence[tuple[bytes, bytes]] = ()
) -> httpx.Request:
    """``httpx.Request(method, url, headers=dict(headers))`` — the same method, URL, headers in the same order
    (``Host`` first, then ``Content-Length: 0`` for POST/PUT/PATCH, then ``headers``), empty stream and content
    — without httpx's body encoder and its second pass over the headers, most of the cost of building one.

    ``headers`` are (name, value) pairs already encoded, as ``Headers.raw`` holds them: build them once per
    client, not once per request. tests/test_requests.py pins the equivalence against httpx's own constructor.
    """
    method = method.upper()
    host = url.netloc if url.host else None
    auto = (_CONTENT_LENGTH_ZERO,) if method in ("POST", "PUT", "PATCH") else ()
    # The request copies the kept, normalised set (its own Headers object: a change to it changes no other).
    template = _template(host, headers, auto)
    built = (
        template[0]
        if template is not None
        else [*([(b"Host", host)] if host is not None else []), *auto, *headers]
    )
    request = httpx.Request(method, url, headers=built, stream=httpx.ByteStream(b""))
    request._content = b""  # what Request.read() leaves after the constructor: the body is known (empty)
    return request


def _httpx_json_encoder() -> Callable[[Any], bytes] | None:
    """The JSON encoding the installed httpx applies to ``json=`` (it changed in 0.28), or None if neither known
    one matches — then :func:`json_request` leaves the body to httpx itself."""
    probe = {"é": [1, 2.5, None]}
    expected = httpx.Request("POST", "http://probe", json=probe).content
    candidates: list[Callable[[Any], str]] = [
        lambda body: json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False),  # >= 0.28
        json.dumps,  # 0.27
    ]
    for dumps in candidates:
        if dumps(probe).encode("utf-8") == expected:
            return _utf8(dumps)
    return None


def _utf8(dumps: Callable[[Any], str]) -> Callable[[Any], bytes]:
    return lambda body: dumps(body).encode("utf-8")


_JSON_BODY = _httpx_json_encoder()


def json_request(
    method: str, url: httpx.URL, headers: Sequence[tuple[bytes, bytes]], body: Any
) -> httpx.Request:
    """``httpx.Request(method, url, headers=dict(headers), json=body)`` for a ``body`` that is not None — the same
    body bytes, headers in the same order (``Host``, ``headers``, then ``Content-Length`` and ``Content-Type``),
    stream and content — built in one pass. ``headers`` must not carry content headers of their own.
    tests/test_requests.py pins the equivalence."""
    if _JSON_BODY is None:
        return httpx.Request(method, url, headers=list(headers), json=body)
    content = _JSON_BODY(body)
    length = str(len(content))
    host = url.netloc if url.host else None
    # The kept set with ``Content-Length: 0`` in its place, the length then set in the request's own copy (it
    # stays where it was). Not for headers that bring a content length of their own (documented as never):
    # setting it would drop theirs.
    template = _template(host, headers, after=(_CONTENT_LENGTH_ZERO, _JSON_TYPE))
    if template is not None and template[1] == 1:
        request = httpx.Request(method, url, headers=template[0], stream=httpx.ByteStream(content))
        request.headers["Content-Length"] = length
    else:
        raw: list[tuple[bytes, bytes]] = [(b"Host", host)] if host is not None else []
        raw += headers
        raw += ((b"Content-Length", length.encode("ascii")), _JSON_TYPE)
        request = httpx.Request(method, url, headers=raw, stream=httpx.ByteStream(content))
    request._content = content
    return request
