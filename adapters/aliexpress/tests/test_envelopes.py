"""Every error envelope and both list shapes, table-driven from ``fixtures/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import marketmsg
from marketmsg import Account
from marketmsg.adapter import HttpCall
from marketmsg_aliexpress import AliExpressAdapter, SignatureError
from marketmsg_aliexpress._envelope import as_list, unwrap
from marketmsg_aliexpress._wire import ImMessage, IssueSummary, LetterRelation, _Wire

FIXTURES = Path(__file__).parent / "fixtures"
DTOS: dict[str, type[_Wire]] = {
    "aliexpress.issue.issuelist.get": IssueSummary,
    "aliexpress.message.redefining.versiontwo.querymsgrelationlist": LetterRelation,
    "aliexpress/message/list": ImMessage,
}
ERRORS = sorted((FIXTURES / "errors").glob("*.json"))
LISTS = sorted((FIXTURES / "lists").glob("*.json"))
ACCOUNT = Account(
    platform="aliexpress",
    seller_id="cn1000000001",
    credentials={
        "app_key": "12345678",
        "app_secret": "fixture-secret-0001",
        "access_token": "fixture-token-0001",
    },
)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _classify(case: dict[str, Any]) -> marketmsg.MarketmsgError | None:
    adapter = AliExpressAdapter(ACCOUNT)
    method = case["method"]
    if "path" in case:
        request = httpx.Request("POST", f"https://api-sg.aliexpress.com{case['path']}")
    else:
        request = httpx.Request("GET", "https://api-sg.aliexpress.com/sync", params={"method": method})
    response = httpx.Response(200, json=case["body"], request=request)
    return adapter.classify(HttpCall(request=request, operation=method), response)


@pytest.mark.parametrize("path", ERRORS, ids=[p.stem for p in ERRORS])
def test_error_envelopes(path: Path) -> None:
    case = _load(path)
    error = _classify(case)
    expected = {"SignatureError": SignatureError}.get(case["exception"]) or getattr(
        marketmsg, case["exception"]
    )
    assert type(error) is expected, f"{path.stem}: got {error!r}"
    if "code" in case:
        assert getattr(error, "platform_code", None) == case["code"]
    if "retry_after" in case:
        assert isinstance(error, marketmsg.RateLimitError)
        assert error.retry_after == case["retry_after"]
    if "request_id" in case:
        assert case["request_id"] in str(error)


@pytest.mark.parametrize("path", LISTS, ids=[p.stem for p in LISTS])
def test_list_shapes(path: Path) -> None:
    case = _load(path)
    assert _classify(case) is None, "a successful answer is not an error"
    node: Any = unwrap(case["body"], case["method"])
    for key in case["path"]:
        node = node[key]
    items = as_list(node)
    assert len(items) == case["count"]
    for key, value in case.get("first", {}).items():
        assert str(items[0][key]) == value
    dto = DTOS.get(case["method"])
    if dto is not None and items:
        parsed = [dto.model_validate(item) for item in items]  # numbers arrive as ints or strings
        for key, value in case.get("first", {}).items():
            assert getattr(parsed[0], key) == value


def test_non_json_error_falls_back_to_http_status() -> None:
    request = httpx.Request("GET", "https://api-sg.aliexpress.com/sync", params={"method": "m"})
    error = AliExpressAdapter(ACCOUNT).classify(
        HttpCall(request=request, operation="m"), httpx.Response(502, text="bad gateway", request=request)
    )
    assert isinstance(error, marketmsg.InternalServerError)


def test_rate_limit_errors_are_transient_for_the_retry_policy() -> None:
    adapter = AliExpressAdapter(ACCOUNT)
    error = _classify(_load(FIXTURES / "errors" / "api_call_limit.json"))
    assert error is not None and adapter.is_transient(error)
    assert not adapter.is_transient(marketmsg.BadRequestError("x", status_code=400))
