"""``bodiless_request`` builds exactly the request httpx's own constructor builds (issue 14: it is only cheaper)."""

from __future__ import annotations

import httpx
import pytest

from marketmsg.adapter import bodiless_request

HEADERS = ((b"accept", b"application/json"), (b"user-agent", b"marketmsg/1.0 (Language=Python/3.11)"))


@pytest.mark.parametrize("method", ["GET", "get", "DELETE", "HEAD", "POST", "PUT", "PATCH", "OPTIONS"])
@pytest.mark.parametrize(
    "url",
    [
        "https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/1?marketplaceIds=ATVPDKIKX0DER",
        "http://127.0.0.1:8080/sync?method=aliexpress%2Fmessage%2Flist",
        "https://user:pw@example.com:8443/a%20b",
        "/relative/path?x=1",
    ],
)
@pytest.mark.parametrize("headers", [(), HEADERS])
def test_same_request_as_httpx(method: str, url: str, headers: tuple[tuple[bytes, bytes], ...]) -> None:
    expected = httpx.Request(method, url, headers=dict(headers))
    built = bodiless_request(method, httpx.URL(url), headers)
    assert built.method == expected.method
    assert built.url == expected.url
    assert built.headers.raw == expected.headers.raw
    assert built.content == expected.content == b""
    assert list(built.stream) == list(expected.stream)  # type: ignore[arg-type]
    assert built.extensions == expected.extensions
    assert set(vars(built)) == set(vars(expected))
