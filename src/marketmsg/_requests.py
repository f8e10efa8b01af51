"""Building an ``httpx.Request`` cheaply: most of an SDK's requests are GETs or small JSON POSTs with fixed
headers, and httpx's constructor spends most of its time normalising headers twice (``Request._prepare``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import httpx

__all__ = ["bodiless_request", "json_request"]

_CONTENT_LENGTH_ZERO = (b"Content-Length", b"0")
_JSON_TYPE = (b"Content-Type", b"application/json")


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
    auto: list[tuple[bytes, bytes]] = [(b"Host", url.netloc)] if url.host else []
    if method in ("POST", "PUT", "PATCH"):
        auto.append(_CONTENT_LENGTH_ZERO)
    request = httpx.Request(method, url, headers=auto + list(headers), stream=httpx.ByteStream(b""))
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
    raw: list[tuple[bytes, bytes]] = [(b"Host", url.netloc)] if url.host else []
    raw += headers
    raw += ((b"Content-Length", str(len(content)).encode("ascii")), _JSON_TYPE)
    request = httpx.Request(method, url, headers=raw, stream=httpx.ByteStream(content))
    request._content = content
    return request
