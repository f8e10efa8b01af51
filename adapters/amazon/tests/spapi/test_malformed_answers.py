"""Malformed answers from LWA and SP-API become documented, typed errors — never a raw parsing exception.

Through ``httpx.MockTransport`` and the real driver, one answer per case is broken: an HTML page on a 200,
bytes that are not UTF-8, absurdly deep JSON, a JSON value of the wrong kind, or a valid body with one member
replaced by junk (wrong types, absurd numbers, huge strings). The flows that read it must either succeed or
raise a :class:`~marketmsg.MarketmsgError`; a 2xx answer they cannot read is an
:class:`~marketmsg_amazon.UnreadableResponseError` with status, request id and a redacted excerpt.
Hypothesis, fixed seed, bounded examples.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketmsg import Attachment, MarketmsgError, ResponseValidationError, VirtualClock
from marketmsg_amazon import KINDS, AmazonAdapter, UnreadableResponseError
from marketmsg_amazon import simulator as sim
from marketmsg_amazon._capabilities import capability_flow
from marketmsg_amazon._orders import order_context_flow
from marketmsg_amazon._proactive import send_message_flow

ORDER = sim.MFN_ORDER
_DATE = "2026-10-20T10:00:00Z"
VALID: dict[str, dict[str, Any]] = {
    "lwaToken": {"access_token": "Atza|valid-token", "token_type": "bearer", "expires_in": 3600},
    "getMessagingActionsForOrder": {
        "_links": {"self": {"href": "/m"}, "actions": [{"href": "/m/a", "name": "confirmDeliveryDetails"}]},
        "_embedded": {
            "actions": [
                {
                    "_links": {"self": {"href": "/m/a"}, "schema": {"href": "/s"}},
                    "payload": {"name": "confirmDeliveryDetails"},
                }
            ]
        },
    },
    "getSolicitationActionsForOrder": {
        "_links": {
            "self": {"href": "/s"},
            "actions": [{"href": "/s/p", "name": "productReviewAndSellerFeedback"}],
        },
        "_embedded": {"actions": []},
    },
    "getOrder": {
        "payload": {
            "AmazonOrderId": ORDER,
            "PurchaseDate": _DATE,
            "OrderStatus": "Shipped",
            "FulfillmentChannel": "MFN",
            "EarliestDeliveryDate": _DATE,
            "LatestDeliveryDate": _DATE,
        }
    },
    "getOrderItems": {
        "payload": {"AmazonOrderId": ORDER, "OrderItems": [{"ASIN": "B0X", "IsGift": "false"}]}
    },
    "GetAttributes": {"buyer": {"locale": "en-US"}},
    "createUploadDestinationForResource": {
        "payload": {
            "uploadDestinationId": "dest-1",
            "url": "https://s3.amazonaws.com/bucket/key?X-Amz-Expires=900",
            "headers": {"x-amz-server-side-encryption": "aws:kms"},
        },
    },
}
# Which flow reads each answer.
FLOW_OF = {
    "lwaToken": "context",
    "getMessagingActionsForOrder": "capability",
    "getSolicitationActionsForOrder": "capability",
    "getOrder": "context",
    "getOrderItems": "context",
    "GetAttributes": "context",
    "createUploadDestinationForResource": "send",
}

_JUNK = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([10**400, -1, 0, 1e308, "", "x" * 100_000, "\r\nX-Injected: 1", "1e999", "NaN"])
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_RAW = st.sampled_from(
    [
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"\xff\xfe\x00\x01not utf-8",
        b"[" * 50_000 + b"]" * 50_000,
        b'{"payload": ' * 5_000 + b"{}" + b"}" * 5_000,
        b'{"truncated": ',
        b"",
    ]
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


def _replace(value: Any, path: tuple[Any, ...], junk: Any) -> Any:
    if not path:
        return junk
    copy = json.loads(json.dumps(value))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = junk
    return copy


@st.composite
def broken_answers(draw: st.DrawFn) -> tuple[str, int, bytes]:
    operation = draw(st.sampled_from(sorted(VALID)))
    status = draw(st.sampled_from([200, 200, 201, 400, 403, 404, 429, 500, 503]))
    how = draw(st.sampled_from(["member", "member", "raw", "json"]))
    if how == "raw":
        return operation, status, draw(_RAW)
    if how == "json":
        return operation, status, json.dumps(draw(_JUNK)).encode()
    path = draw(st.sampled_from(_paths(VALID[operation])))
    return operation, status, json.dumps(_replace(VALID[operation], path, draw(_JUNK))).encode()


def _operation_of(request: httpx.Request) -> str:
    path = request.url.path
    if path == "/auth/o2/token":
        return "lwaToken"
    if path.startswith("/uploads/"):
        return "createUploadDestinationForResource"
    if path.startswith("/solicitations/"):
        return "getSolicitationActionsForOrder"
    if path.endswith("/orderItems"):
        return "getOrderItems"
    if path.startswith("/orders/"):
        return "getOrder"
    if path.endswith("/attributes"):
        return "GetAttributes"
    if "/messages/" in path:
        return "send"
    if request.method == "PUT":
        return "s3Put"
    return "getMessagingActionsForOrder"


def _handler(broken: str, status: int, content: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        operation = _operation_of(request)
        headers = {"x-amzn-RequestId": "req-7f3a", "content-type": "application/json"}
        if operation == broken:
            return httpx.Response(status, content=content, headers=headers)
        if operation in ("send", "s3Put"):
            return httpx.Response(201 if operation == "send" else 200, json={}, headers=headers)
        return httpx.Response(200, json=VALID[operation], headers=headers)

    return handle


FUZZ = settings(max_examples=150, derandomize=True, database=None, deadline=None,
                suppress_health_check=list(HealthCheck))  # fmt: skip


def _flow(adapter: AmazonAdapter, which: str, clock: VirtualClock) -> Any:
    api = adapter.spapi
    if which == "capability":
        return capability_flow(api, ORDER, clock.now())
    if which == "context":
        return order_context_flow(api, ORDER)
    kind = next(k for k in KINDS if k.action == "legalDisclosure")
    pdf = Attachment.from_bytes("terms.pdf", b"%PDF-1.4 x", "application/pdf")
    return send_message_flow(api, ORDER, kind, text=None, attachments=[pdf])


def test_no_malformed_answer_escapes_as_an_untyped_exception(
    bare_adapter: Callable[..., AmazonAdapter], drive: Callable[..., Any], clock: VirtualClock
) -> None:
    outcomes: dict[str, int] = {}

    @FUZZ
    @given(answer=broken_answers())
    def check(answer: tuple[str, int, bytes]) -> None:
        operation, status, content = answer
        adapter = bare_adapter()  # a fresh token cache, so the LWA answer is read every time
        error: MarketmsgError | None = None
        try:
            drive(adapter, _flow(adapter, FLOW_OF[operation], clock), _handler(operation, status, content))
        except MarketmsgError as exc:  # anything else escapes and fails the test
            error = exc
        name = type(error).__name__ if error is not None else "ok"
        outcomes[name] = outcomes.get(name, 0) + 1
        if error is not None and 200 <= status < 300 and isinstance(error, ResponseValidationError):
            assert isinstance(error, UnreadableResponseError) or "upload URL" in str(error), error
        if isinstance(error, UnreadableResponseError):
            assert (error.status_code, error.request_id) == (status, "req-7f3a")
            assert len(error.excerpt) <= 241
            assert "valid-token" not in str(error)

    check()
    # The fuzz exercised both sides: answers that still work and answers that are refused with the typed error.
    assert outcomes.get("ok") and outcomes.get("UnreadableResponseError"), outcomes


@pytest.mark.parametrize(
    ("operation", "content", "reason"),
    [
        ("getOrder", b"<html>Service Unavailable</html>", "not JSON"),
        ("GetAttributes", json.dumps({"buyer": {"locale": ["en-US"]}}).encode(), "buyer.locale"),
        (
            "getOrder",
            json.dumps({"payload": {"AmazonOrderId": ORDER, "PurchaseDate": "99999-01-01"}}).encode(),
            "documented shape",
        ),
        ("getOrderItems", json.dumps({"payload": {"OrderItems": "none"}}).encode(), "OrderItems"),
        ("lwaToken", json.dumps({"access_token": "Atza|x", "expires_in": 1e300}).encode(), "expires_in"),
        (
            "lwaToken",
            json.dumps({"access_token": {"nested": 1}, "expires_in": 3600}).encode(),
            "access_token",
        ),
        (
            "createUploadDestinationForResource",
            json.dumps(
                {
                    "payload": {
                        "uploadDestinationId": "d",
                        "url": "https://s3.amazonaws.com/b/k",
                        "headers": {"X-Evil": "a\r\nHost: attacker.example"},
                    }
                }
            ).encode(),
            "payload.headers",
        ),
        ("getMessagingActionsForOrder", b"[" * 100_000, "not JSON"),
    ],
)
def test_a_broken_200_is_an_unreadable_response_error(
    bare_adapter: Callable[..., AmazonAdapter],
    drive: Callable[..., Any],
    clock: VirtualClock,
    operation: str,
    content: bytes,
    reason: str,
) -> None:
    adapter = bare_adapter()
    with pytest.raises(UnreadableResponseError) as caught:
        drive(adapter, _flow(adapter, FLOW_OF[operation], clock), _handler(operation, 200, content))
    error = caught.value
    assert reason in str(error)
    assert (error.operation, error.status_code, error.request_id) == (operation, 200, "req-7f3a")
    assert error.excerpt
