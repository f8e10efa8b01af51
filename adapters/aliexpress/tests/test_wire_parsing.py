"""Parsing what production sends: the root shape and every tolerated variant, numbers as strings and strings as
numbers (table-driven), then any answer at all through httpx.MockTransport (property-based): the only
exceptions are documented ``MarketmsgError`` subclasses, each carrying status, request id and an excerpt."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import marketmsg
from marketmsg import Account, Client, DisputeStatus, MessageKind, VirtualClock
from marketmsg_aliexpress import UnconfirmedSendError, UnreadableResponseError
from marketmsg_aliexpress._response import read_answer

SELLER = "cn1000000001"
ACCOUNT = Account(
    platform="aliexpress",
    seller_id=SELLER,
    credentials={"app_key": "12345678", "app_secret": "wire-secret-0001", "access_token": "wire-token-0001"},
    settings={"messaging_api": "im", "token_expires_at": 4_000_000_000},
)
RID = "2140eaab17301752515171777"

# A production answer (public ERP capture, Oct 2024), reduced: Long ids as numbers, product_id a string,
# empty texts as "", an empty list as {}, a platform solution with id -2, submit_member_type "platform".
DETAIL: dict[str, Any] = {
    "gmt_create": "2024-10-28 04:23:19",
    "product_price_currency": "USD",
    "refund_money_max_local_currency": "BRL",
    "refund_money_max": "0.00",
    "product_price": "66.65",
    "platform_solution_list": {
        "solution_api_dto": [
            {
                "gmt_create": "2024-10-28 04:23:27",
                "refund_money_post_currency": "",
                "seller_accept_time": "",
                "issue_id": 6346213853171470,
                "solution_type": "refund",
                "gmt_modified": "",
                "solution_owner": "platform",
                "refund_money_currency": "BRL",
                "refund_money": "407.47",
                "refund_money_post": "",
                "id": -2,
                "order_id": 8194715118461470,
            }
        ]
    },
    "issue_reason_id": 115,
    "product_id": "1005003600816013",
    "buyer_login_id": "mx170775425vyrae",
    "buyer_solution_list": {
        "solution_api_dto": [
            {
                "issue_id": 6346213853171470,
                "solution_type": "refund",
                "is_default": True,
                "solution_owner": "buyer",
                "content": "not receive good",
                "refund_money_currency": "BRL",
                "refund_money": "407.47",
                "refund_money_post": "66.65",
                "refund_money_post_currency": "USD",
                "id": 6010915445171470,
                "order_id": 8194715118461470,
                "status": "wait_seller_accept",
                "gmt_create": "2024-10-28 04:23:22",
            }
        ]
    },
    "id": 6345753109519425,
    "parent_order_id": 8194715118451470,
    "reverse_detail_status": "return_success",
    "issue_status": "finish",
    "product_name": "Phone cage",
    "order_id": 8194715118461470,
    "process_dto_list": {
        "api_issue_process_dto": [
            {
                "gmt_create": "2024-10-28 19:23:14",
                "has_seller_video": False,
                "attachments": {},
                "issue_id": 6346213853171470,
                "action_type": "perform_solution",
                "submit_member_type": "platform",
                "receive_goods": False,
                "has_buyer_video": False,
            },
            {
                "gmt_create": "2024-10-28 04:23:22",
                "attachments": {"api_attachment_dto": [{"file_path": "https://ae01.alicdn.com/kf/x.jpg"}]},
                "action_type": "initiate",
                "submit_member_type": "buyer",
                "content": "not receive good",
            },
        ]
    },
}
ROW = {"issue_id": 6345753109519425, "order_id": 8194715118461470, "buyer_login_id": "mx170775425vyrae"}


def _stringly(value: Any) -> Any:
    """Every number as a string and every boolean as "true"/"false" (what a lenient gateway may send)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return {k: _stringly(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringly(v) for v in value]
    return value


def _numeric(value: Any) -> Any:
    """Every numeric string as a number (ids and amounts the other way round)."""
    if isinstance(value, str) and value.lstrip("-").replace(".", "", 1).isdigit() and value:
        return float(value) if "." in value else int(value)
    if isinstance(value, dict):
        return {k: _numeric(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numeric(v) for v in value]
    return value


def _simplified(value: Any) -> Any:
    """simplify=true: every ``{"item_name": [...]}`` list as a plain array."""
    if isinstance(value, dict):
        if len(value) == 1 and isinstance(next(iter(value.values())), list):
            return [_simplified(v) for v in next(iter(value.values()))]
        return {k: _simplified(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_simplified(v) for v in value]
    return value


def _wrap(api: str, fields: dict[str, Any], wrapper: bool = True) -> dict[str, Any]:
    body = {**fields, "request_id": RID}
    return {api.replace(".", "_").replace("/", "_") + "_response": body} if wrapper else body


Answers = dict[str, Callable[[], httpx.Response]]


#: Inside the recorded dispute's response window (opened 2024-10-28, Pacific), so its rules let actions through.
RECORDED_AT = datetime(2024, 10, 29, 12, 0, tzinfo=UTC)


def _client(answers: Answers) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        api = request.url.params.get("method", "")
        return answers[api]()

    return Client(
        [ACCOUNT],
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        max_retries=0,
        clock=VirtualClock(RECORDED_AT),
    )


def _json(body: object, status: int = 200) -> Callable[[], httpx.Response]:
    return lambda: httpx.Response(status, json=body)


def _dispute_answers(detail_body: dict[str, Any], list_body: dict[str, Any] | None = None) -> Answers:
    listed = list_body or _wrap(
        "aliexpress.issue.issuelist.get", {"total_item": 1, "data_list": {"d": [ROW]}}
    )
    return {
        "aliexpress.issue.issuelist.get": _json(listed),
        "aliexpress.issue.detail.get": _json(detail_body),
    }


DISPUTE_ID = f"aliexpress:{SELLER}:dispute:6345753109519425/8194715118461470"
API = "aliexpress.issue.detail.get"
DETAIL_SHAPES = [
    pytest.param(_wrap(API, {"result_object": DETAIL}), id="production-root-result_object"),
    pytest.param(_wrap(API, {"result_object": _stringly(DETAIL)}), id="numbers-and-booleans-as-strings"),
    pytest.param(_wrap(API, {"result_object": _numeric(DETAIL)}), id="numeric-strings-as-numbers"),
    pytest.param(
        _wrap(API, {"result_object": _simplified(DETAIL)}, wrapper=False), id="simplified-no-wrapper"
    ),
    pytest.param(
        _wrap(API, {"result": {"success": True, "result_object": DETAIL}}), id="tolerated-old-result-wrapper"
    ),
]


@pytest.mark.parametrize("body", DETAIL_SHAPES)
def test_issue_detail_shapes(body: dict[str, Any]) -> None:
    with _client(_dispute_answers(body)) as client:
        dispute = client.disputes.get(DISPUTE_ID)
    assert dispute.order_id == "8194715118461470"
    assert dispute.status is DisputeStatus.RESOLVED
    assert dispute.raw["product_id"] == "1005003600816013"
    solutions = {s.id: s for s in dispute.buyer_solutions + dispute.platform_solutions}
    assert {"6010915445171470", "-2"} <= set(solutions)
    assert str(solutions["6010915445171470"].amount.amount) == "407.47"  # type: ignore[union-attr]
    assert solutions["-2"].amount_usd is None, "an empty amount is no amount"
    assert [a.url for a in dispute.evidence] == ["https://ae01.alicdn.com/kf/x.jpg"]


@pytest.mark.parametrize("body", DETAIL_SHAPES[:2])
def test_dispute_records_keep_the_platform_as_sender(body: dict[str, Any]) -> None:
    with _client(_dispute_answers(body)) as client:
        conv = f"aliexpress:{SELLER}:conv:dispute/6345753109519425/8194715118461470"
        messages = client.messages.list(conv).to_list()
    assert [m.sender.role.value for m in messages] == ["platform", "buyer"]


LIST_SHAPES = [
    pytest.param({"total_item": 1, "data_list": {"issue_api_issue_dto": [ROW]}}, True, id="production-root"),
    pytest.param({"total_item": "1", "data_list": [_stringly(ROW)]}, False, id="simplified-strings"),
    pytest.param({"result": {"total_item": 1, "data_list": {"x": ROW}}}, True, id="tolerated-result-single"),
]


@pytest.mark.parametrize(("fields", "wrapped"), LIST_SHAPES)
def test_issue_list_shapes(fields: dict[str, Any], wrapped: bool) -> None:
    body = _wrap("aliexpress.issue.issuelist.get", fields, wrapper=wrapped)
    with _client(_dispute_answers({}, body)) as client:
        (dispute,) = client.disputes.list().to_list()
    assert dispute.id == DISPUTE_ID


IM = "aliexpress/message/list"
MESSAGE = {
    "message_id": "m1",
    "from_account_id": "2000000001",
    "from_account_type": 11,
    "template_id": 1,
    "type": 1,
    "content": '{"txt":"where is my parcel"}',
    "send_time": 1730000000000,
}


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(MESSAGE, id="java-types"),
        pytest.param(_stringly(MESSAGE), id="numbers-as-strings"),
        pytest.param({**MESSAGE, "content": {"txt": "where is my parcel"}}, id="content-as-object"),
    ],
)
def test_im_message_shapes(message: dict[str, Any]) -> None:
    body = _wrap(
        IM, {"result": {"success": True, "data": {"message_list": {"m": [message]}, "has_more": "false"}}}
    )
    with _client({IM: _json(body)}) as client:
        (got,) = client.messages.list(f"aliexpress:{SELLER}:conv:im/2000000001").to_list()
    assert got.body == "where is my parcel" and got.kind is MessageKind.REPLY
    assert got.sender.role.value == "buyer"


UNREADABLE = [
    pytest.param(lambda: httpx.Response(200, text="<html>Service Unavailable</html>"), id="html-on-200"),
    pytest.param(lambda: httpx.Response(200, json=[1, 2]), id="json-array"),
    pytest.param(lambda: httpx.Response(200, content=b""), id="empty-body"),
    pytest.param(_json(_wrap(API, {"result_object": {**DETAIL, "id": {"x": 1}}})), id="object-as-id"),
    pytest.param(
        lambda: httpx.Response(
            200,
            content=json.dumps(_wrap(API, {"result_object": {**DETAIL, "order_id": "INF"}}))
            .replace('"INF"', "1e999")
            .encode(),
        ),
        id="infinite-number",
    ),
    pytest.param(
        _json(_wrap(API, {"result_object": {**DETAIL, "buyer_solution_list": [7]}})), id="list-of-scalars"
    ),
    pytest.param(lambda: httpx.Response(200, content=b"[" * 100_000), id="deeply-nested"),
]


@pytest.mark.parametrize("answer", UNREADABLE)
def test_unreadable_read_is_a_typed_error_with_status_request_id_and_excerpt(
    answer: Callable[[], httpx.Response],
) -> None:
    answers = {**_dispute_answers({}), API: answer}
    with _client(answers) as client, pytest.raises(UnreadableResponseError) as info:
        client.disputes.get(DISPUTE_ID)
    error = info.value
    assert error.status_code == 200 and error.excerpt
    assert "mx170775425vyrae" not in str(error), "buyer data never appears in the error"
    if "result_object" in answer().text:
        assert error.request_id == RID


def test_unconfirmed_dispute_action_is_delivery_unknown() -> None:
    detail = {**DETAIL, "issue_status": "processing", "reverse_detail_status": "wait_for_seller_response"}
    answers = {
        **_dispute_answers(_wrap(API, {"result_object": detail})),
        "aliexpress.issue.solution.agree": _json(_wrap("aliexpress.issue.solution.agree", {})),
    }
    with _client(answers) as client, pytest.raises(UnconfirmedSendError) as info:
        client.disputes.act(DISPUTE_ID, marketmsg.AcceptSolution(solution_id="6010915445171470"))
    assert isinstance(info.value, marketmsg.DeliveryUnknown) and info.value.request_id == RID


def test_body_is_parsed_once_and_request_id_is_read_from_it() -> None:
    response = httpx.Response(
        200,
        json=_wrap(API, {"result_object": True}),
        request=httpx.Request("POST", "https://h/sync?method=" + API),
    )
    first = read_answer(response)
    assert read_answer(response) is first
    assert first.request_id == RID


# ---------------------------------------------------------------------------------------------- property-based

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["", "0", "true", "processing", "2024-10-28 04:23:19", "1730000000000"]),
)
_keys = st.sampled_from(
    [
        "result_object",
        "result",
        "data",
        "data_list",
        "message_list",
        "id",
        "issue_id",
        "order_id",
        "buyer_login_id",
        "send_time",
        "message_id",
        "total_item",
        "has_more",
        "error_response",
        "code",
        "request_id",
        "success",
        "buyer_solution_list",
        "process_dto_list",
        "attachments",
        "access_token",
        "expires_in",
        "next_start_time",
        "aliexpress_issue_detail_get_response",
        "msg",
        "sub_code",
    ]
)
_json_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=5),
    max_leaves=25,
)
_bodies = st.one_of(
    _json_values.map(lambda v: json.dumps(v).encode()),
    st.builds(lambda v: json.dumps(_wrap(API, {"result_object": v})).encode(), _json_values),
    st.builds(
        lambda v: json.dumps(_wrap(IM, {"result": {"success": True, "data": v}})).encode(), _json_values
    ),
    st.binary(max_size=40),
)
DOCUMENTED = (marketmsg.MarketmsgError,)


@seed(20261102)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_bodies, status=st.sampled_from([200, 200, 200, 400, 403, 429, 500, 502]))
def test_any_answer_raises_only_documented_errors(body: bytes, status: int) -> None:
    answer = lambda: httpx.Response(status, content=body)  # noqa: E731
    answers = {"aliexpress.issue.issuelist.get": answer, API: answer, IM: answer}
    with _client(answers) as client:
        for operation in (
            lambda: client.disputes.get(DISPUTE_ID),
            lambda: client.disputes.list().to_list(),
            lambda: client.messages.list(f"aliexpress:{SELLER}:conv:im/2000000001").to_list(),
        ):
            with contextlib.suppress(DOCUMENTED):
                operation()


@seed(20261102)
@settings(max_examples=60, deadline=None)
@given(body=_bodies, status=st.sampled_from([200, 200, 400, 500]))
def test_any_token_answer_raises_only_documented_errors(body: bytes, status: int) -> None:
    from marketmsg_aliexpress import parse_token_response

    response = httpx.Response(
        status, content=body, request=httpx.Request("POST", "https://h/rest/auth/token/create")
    )
    try:
        token = parse_token_response(response, now=0.0)
    except DOCUMENTED:
        return
    assert token.access_token
