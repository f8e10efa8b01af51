"""Signature vectors from aliexpress.md §1.5, reproduced exactly, and the signer's request handling."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl

import httpx
import pytest

from marketmsg import VirtualClock
from marketmsg_aliexpress import sign, sign_top
from marketmsg_aliexpress.auth._signing import request_params, stamp_and_sign

VECTORS = [
    pytest.param(
        "aliexpress.issue.issuelist.get",
        {
            "app_key": "12345678",
            "format": "json",
            "method": "aliexpress.issue.issuelist.get",
            "partner_id": "iop-sdk-python-20220609",
            "session": "test_access_token",
            "sign_method": "sha256",
            "simplify": "false",
            "timestamp": "1517820392000",
            "query_dto": '{"current_page":1,"page_size":20,"issue_status":"processing"}',
        },
        "9634C11AE23F13A5CE26E9866ABCD266862EA6EA43D37364F27C91E3AD8DB403",
        id="V1-dotted-business-api-no-prefix",
    ),
    pytest.param(
        "/order/get",
        {
            "access_token": "test",
            "app_key": "123456",
            "order_id": "1234",
            "sign_method": "sha256",
            "timestamp": "1517820392000",
        },
        "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A",
        id="V3-official-doc-sample-path-prefix",
    ),
    pytest.param(
        "/auth/token/refresh",
        {
            "app_key": "12345678",
            "partner_id": "iop-sdk-java-20181207",
            "refresh_token": "50001600c34Xq0ExampleRefreshToken",
            "sign_method": "sha256",
            "timestamp": "1517820392000",
        },
        "20E66990D95202C091D547D135EE9B1F304F047A44BECDE06DBCCB0B92D0DE14",
        id="V5-token-refresh",
    ),
]


@pytest.mark.parametrize(("api", "params", "expected"), VECTORS)
def test_iop_vectors(api: str, params: dict[str, str], expected: str) -> None:
    assert sign("helloworld", api, params) == expected


def test_sign_ignores_a_sign_param_already_present() -> None:
    params = {"app_key": "123456", "sign_method": "sha256", "timestamp": "1517820392000"}
    assert sign("helloworld", "/x", {**params, "sign": "OLD"}) == sign("helloworld", "/x", params)


TOP_PARAMS = {
    "app_key": "12345678",
    "format": "json",
    "method": "aliexpress.message.redefining.versiontwo.querymsgrelationlist",
    "query": '{"current_page":1,"page_size":20}',
    "session": "test_session",
    "timestamp": "2018-02-05 16:46:32",
    "v": "2.0",
}


@pytest.mark.parametrize(
    ("method", "expected"),
    [("md5", "8D80F294FC2EAFB3693CBBAC0AA63CD0"), ("hmac", "948A30A7DDE577CD557321F94E998A53")],
)
def test_top_vectors(method: str, expected: str) -> None:
    assert sign_top("helloworld", {**TOP_PARAMS, "sign_method": method}, method) == expected  # type: ignore[arg-type]


CLOCK = VirtualClock(datetime(2018, 2, 5, 8, 46, 32, tzinfo=UTC))


def test_stamp_and_sign_covers_query_and_form_body() -> None:
    request = httpx.Request(
        "POST",
        "https://api-sg.aliexpress.com/sync",
        params={"method": "aliexpress.issue.issuelist.get"},
        data={"query_dto": '{"current_page":1}'},
    )
    request = stamp_and_sign(
        request, app_key="12345678", app_secret="helloworld", clock=CLOCK, token=("session", "tok")
    )
    params = request_params(request)
    assert params["session"] == "tok"
    assert set(request.url.params) == {"method"}, "only the API name travels in the URL"
    body = dict(parse_qsl(request.content.decode()))
    assert {"session", "sign", "app_key", "timestamp", "query_dto"} <= set(body)
    assert params["timestamp"] == "1517820392000"
    assert params["sign_method"] == "sha256"
    assert params["sign"] == sign("helloworld", "aliexpress.issue.issuelist.get", params)


def test_resigning_replaces_the_old_stamp() -> None:
    request = httpx.Request(
        "POST", "https://api-sg.aliexpress.com/rest/auth/token/create", data={"code": "c"}
    )
    request = stamp_and_sign(request, app_key="1", app_secret="s", clock=CLOCK)
    request = stamp_and_sign(request, app_key="1", app_secret="s", clock=CLOCK)
    body = parse_qsl(request.content.decode())
    assert [k for k, _ in body].count("sign") == 1
    params = request_params(request)
    assert params["sign"] == sign("s", "/auth/token/create", params)


def test_top_gateway_timestamp_is_gmt8_and_md5() -> None:
    request = httpx.Request("POST", "https://api.taobao.com/router/rest", params={"method": "m"})
    request = stamp_and_sign(
        request, app_key="1", app_secret="helloworld", clock=CLOCK, top_method="md5", token=("session", "t")
    )
    params = request_params(request)
    assert params["timestamp"] == "2018-02-05 16:46:32"
    assert params["sign"] == sign_top("helloworld", params, "md5")


def test_empty_params_are_refused_not_signed() -> None:
    request = httpx.Request(
        "POST", "https://api-sg.aliexpress.com/sync", params={"method": "m"}, data={"x": ""}
    )
    with pytest.raises(ValueError, match="empty AliExpress parameter"):
        stamp_and_sign(request, app_key="1", app_secret="s", clock=CLOCK)


def test_slash_named_sync_api_prefix_is_configurable() -> None:
    def signed(prefix: bool) -> dict[str, str]:
        request = httpx.Request(
            "POST", "https://api-sg.aliexpress.com/sync", params={"method": "aliexpress/message/send"}
        )
        signed = stamp_and_sign(request, app_key="1", app_secret="s", clock=CLOCK, prefix_slash_apis=prefix)
        return request_params(signed)

    with_prefix, without = signed(True), signed(False)
    assert with_prefix["sign"] == sign("s", "aliexpress/message/send", with_prefix)
    assert without["sign"] == sign("s", "", without)
    assert with_prefix["sign"] != without["sign"]


FORM_TEXTS = [
    "",
    "plain_safe-text.~09",
    "a b+c&d=e%f/g?h#i",
    '{"buyer_id":2000000001,"message_content_dto":{"txt":"Thank you — ¿qué tal? 谢谢 😀"}}',
    "\x00\x01\x7f\x80\t\r\n",
    "ÿĀ\u200b\ufeff",
    # Longer ASCII texts (quoted by replacement, not by the table): every ASCII character; '%', '+' and spaces
    # next to what they become.
    "".join(map(chr, range(128))) * 2,
    '{"txt":"50% off + free shipping: reply  yes/no? %2B+%25"} ' * 3,
    "+ %2B %25 " * 12,
]


@pytest.mark.parametrize("text", FORM_TEXTS)
def test_the_form_body_is_urlencode_byte_for_byte(text: str) -> None:
    # The body the signer writes is httpx's own form encoding (urlencode with quote_plus), whatever the text.
    from urllib.parse import urlencode

    from marketmsg_aliexpress.auth._signing import _urlencoded

    pairs = [(text, text), ("k", text), (text or "e", "v"), ("b", text.encode())]
    assert _urlencoded(pairs) == urlencode(pairs).encode()  # type: ignore[arg-type]


def test_a_text_that_is_not_unicode_fails_as_quote_plus_does() -> None:
    from urllib.parse import quote_plus

    from marketmsg_aliexpress.auth._signing import _urlencoded

    with pytest.raises(UnicodeEncodeError):
        quote_plus("\ud800")
    with pytest.raises(UnicodeEncodeError):
        _urlencoded([("k", "\ud800")])


@pytest.mark.parametrize(
    "headers",
    [
        [("User-Agent", "ua"), ("X-Trace", "t")],
        [("X-A", "1"), ("x-a", "2")],  # a repeated name: joined into one, as Headers.items() joins it
    ],
)
def test_the_signed_request_keeps_its_headers_as_items_gives_them(headers: list[tuple[str, str]]) -> None:
    # The signer copies the request's headers from their raw bytes when that is a plain copy of items().
    request = httpx.Request("POST", "https://api-sg.aliexpress.com/sync?method=m", headers=headers)
    kept = [
        (k.encode(), v.encode())
        for k, v in request.headers.items()
        if k not in ("content-length", "content-type")
    ]
    signed = stamp_and_sign(request, app_key="1", app_secret="s", clock=CLOCK)
    length = str(len(signed.content)).encode()
    form = b"application/x-www-form-urlencoded"
    assert signed.headers.raw == [*kept, (b"Content-Length", length), (b"Content-Type", form)]


def test_a_header_outside_ascii_fails_as_the_str_round_trip_does() -> None:
    request = httpx.Request(
        "POST", "https://api-sg.aliexpress.com/sync?method=m", headers={"X-L": "é".encode("latin-1")}
    )
    with pytest.raises(UnicodeEncodeError):
        stamp_and_sign(request, app_key="1", app_secret="s", clock=CLOCK)
