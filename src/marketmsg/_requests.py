"""Building a bodiless ``httpx.Request`` cheaply: most of an SDK's requests are GETs with fixed headers."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

__all__ = ["bodiless_request"]

_CONTENT_LENGTH_ZERO = (b"Content-Length", b"0")


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
