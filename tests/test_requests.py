"""``bodiless_request`` and ``json_request`` build exactly the request httpx's own constructor builds (issue 14: only
cheaper)."""

from __future__ import annotations

import httpx
import pytest

from marketmsg.adapter import bodiless_request, json_request

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


BODIES = [
    {"text": "Which day suits you? ¿Qué día? 哪天？ 😀"},
    {"nested": {"list": [1, 2.5, None, True, "x"]}, "empty": {}},
    [],
    "just a string",
    0,
]


@pytest.mark.parametrize("method", ["POST", "put", "PATCH", "GET"])
@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("headers", [(), HEADERS])
def test_json_request_is_httpx_json(method: str, body: object, headers: tuple[tuple[bytes, bytes], ...]) -> None:
    url = "https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/1/messages/confirmDeliveryDetails?m=1"
    expected = httpx.Request(method, url, headers=dict(headers), json=body)
    built = json_request(method, httpx.URL(url), headers, body)
    assert built.method == expected.method
    assert built.url == expected.url
    assert built.headers.raw == expected.headers.raw
    assert built.content == expected.content
    assert list(built.stream) == list(expected.stream)  # type: ignore[arg-type]
    assert built.extensions == expected.extensions
    assert set(vars(built)) == set(vars(expected))


def test_json_request_refuses_nan_as_httpx_does() -> None:
    url = httpx.URL("https://example.com/x")
    try:
        httpx.Request("POST", url, json={"x": float("nan")})
    except ValueError:
        with pytest.raises(ValueError, match="JSON compliant"):
            json_request("POST", url, (), {"x": float("nan")})
    else:
        assert json_request("POST", url, (), {"x": float("nan")}).content == b'{"x": NaN}'


def test_kept_header_sets_are_copied_into_each_request() -> None:
    # The normalised header sets are kept and copied: a request's headers are its own, and the second request
    # built from a kept set is the same as the first.
    url = httpx.URL("https://example.com/x")
    for build in (
        lambda: bodiless_request("POST", url, HEADERS),
        lambda: json_request("POST", url, HEADERS, {"a": 1}),
    ):
        first = build()
        first.headers["x-changed"] = "1"
        del first.headers["accept"]
        second, third = build(), build()
        assert second.headers.raw == third.headers.raw
        assert b"x-changed" not in dict(second.headers.raw) and second.headers["accept"] == "application/json"
    sized = json_request("POST", url, HEADERS, {"text": "é" * 3})
    assert sized.headers.raw[-2:] == [(b"Content-Length", b"17"), (b"Content-Type", b"application/json")]


def test_headers_that_bring_a_content_length_keep_it() -> None:
    # Documented as never done; the kept-set path (which sets the length in place) is not taken for them.
    headers = ((b"content-length", b"99"),)
    built = json_request("POST", httpx.URL("https://example.com/x"), headers, {"a": 1})
    assert built.headers.raw == [
        (b"Host", b"example.com"),
        (b"content-length", b"99"),
        (b"Content-Length", b"7"),
        (b"Content-Type", b"application/json"),
    ]


@pytest.mark.parametrize(
    "credential",
    [
        (b"Authorization", b"Bearer secret-token-1"),
        (b"x-amz-access-token", b"Atza|secret-token-2"),
        (b"X-Api-Key", b"secret-key-3"),
        (b"Cookie", b"session=secret-4"),
    ],
)
def test_header_sets_with_a_credential_are_built_per_request_and_never_kept(credential: tuple[bytes, bytes]) -> None:
    # A token must not outlive its client in the module-level cache of header sets: the request is the same as
    # httpx builds, and no kept set holds the value.
    from marketmsg import _requests

    url = httpx.URL("https://example.com/x")
    headers = (*HEADERS, credential)
    for built, expected in (
        (bodiless_request("GET", url, headers), httpx.Request("GET", url, headers=list(headers))),
        (json_request("POST", url, headers, {"a": 1}), httpx.Request("POST", url, headers=list(headers), json={"a": 1})),
    ):
        assert built.headers.raw == expected.headers.raw
    kept = repr(list(_requests._TEMPLATES))
    assert credential[1].decode() not in kept
