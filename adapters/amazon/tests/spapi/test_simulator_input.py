"""The simulator answers a client's mistakes as production does — 400 InvalidInput with the model's ``errors``
list, never a 500 — and accepts the request forms production is known to accept (docs/sandbox.md)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest

from marketmsg_amazon import simulator as sim

HOST = "https://sandbox.sellingpartnerapi-na.amazon.com"
ORDER = sim.SANDBOX_ORDER  # accepts every kind: the checks below are about the request, not the order
SEND = f"{HOST}/messaging/v1/orders/{ORDER}/messages"
MARKET = {"marketplaceIds": sim.MARKETPLACE_ID}


def _token(simulator: sim.AmazonSimulator) -> str:
    form = {"grant_type": "refresh_token", "refresh_token": sim.REFRESH_TOKEN,
            "client_id": sim.CLIENT_ID, "client_secret": sim.CLIENT_SECRET}  # fmt: skip
    answer = simulator.handle(httpx.Request("POST", "https://api.amazon.com/auth/o2/token", data=form))
    return str(answer.json()["access_token"])


@pytest.fixture
def call(simulator: sim.AmazonSimulator) -> Callable[..., httpx.Response]:
    token = _token(simulator)

    def _call(method: str, url: str, *, params: Any = None, content: bytes | None = None) -> httpx.Response:
        headers = {"x-amz-access-token": token, "content-type": "application/json"}
        return simulator.handle(httpx.Request(method, url, params=params, content=content, headers=headers))

    return _call


def _error_list(models: Callable[[str], dict[str, Any]]) -> jsonschema.Draft4Validator:
    model = models("messaging.json")
    return jsonschema.Draft4Validator(
        {"$ref": "#/definitions/ErrorList", "definitions": model["definitions"]}
    )


def _body(value: Any) -> bytes:
    return json.dumps(value).encode()


# (name, method, url, params, body) → 400 InvalidInput
BAD_REQUESTS: list[tuple[str, str, str, Any, bytes | None]] = [
    ("attachments is a string", "POST", f"{SEND}/legalDisclosure", MARKET, _body({"attachments": "terms.pdf"})),
    ("attachments holds strings", "POST", f"{SEND}/invoice", MARKET, _body({"attachments": ["terms.pdf"]})),
    ("attachment without fileName", "POST", f"{SEND}/warranty", MARKET,
     _body({"attachments": [{"uploadDestinationId": "x"}]})),
    ("attachment id is a number", "POST", f"{SEND}/invoice", MARKET,
     _body({"attachments": [{"uploadDestinationId": 7, "fileName": "a.pdf"}]})),
    ("six attachments", "POST", f"{SEND}/legalDisclosure", MARKET,
     _body({"attachments": [{"uploadDestinationId": "x", "fileName": "a.pdf"}] * 6})),
    ("invoice without attachments", "POST", f"{SEND}/invoice", MARKET, _body({})),
    ("text is a number", "POST", f"{SEND}/confirmDeliveryDetails", MARKET, _body({"text": 42})),
    ("text is empty", "POST", f"{SEND}/confirmOrderDetails", MARKET, _body({"text": ""})),
    ("text too long", "POST", f"{SEND}/confirmCustomizationDetails", MARKET, _body({"text": "x" * 801})),
    ("body is a list", "POST", f"{SEND}/unexpectedProblem", MARKET, _body(["text"])),
    ("body is null", "POST", f"{SEND}/unexpectedProblem", MARKET, b"null"),
    ("body is not JSON", "POST", f"{SEND}/unexpectedProblem", MARKET, b"{text: hi"),
    ("body is not UTF-8", "POST", f"{SEND}/unexpectedProblem", MARKET, b'{"text": "\xff\xfe"}'),
    ("body is absurdly deep", "POST", f"{SEND}/unexpectedProblem", MARKET, b"[" * 100_000 + b"]" * 100_000),
    ("body missing", "POST", f"{SEND}/confirmServiceDetails", MARKET, None),
    ("coverage date is not a date-time", "POST", f"{SEND}/warranty", MARKET,
     _body({"attachments": [{"uploadDestinationId": "x", "fileName": "a.pdf"}], "coverageStartDate": "soon"})),
    ("marketplaceIds missing", "GET", f"{HOST}/messaging/v1/orders/{ORDER}", None, None),
    ("marketplaceIds empty", "GET", f"{HOST}/messaging/v1/orders/{ORDER}/attributes", {"marketplaceIds": ""}, None),
    ("two marketplaceIds", "GET", f"{HOST}/solicitations/v1/orders/{ORDER}",
     {"marketplaceIds": [sim.MARKETPLACE_ID, "A1PA6795UKMFR9"]}, None),
    ("two marketplaceIds, csv", "GET", f"{HOST}/messaging/v1/orders/{ORDER}",
     {"marketplaceIds": f"{sim.MARKETPLACE_ID},A1PA6795UKMFR9"}, None),
    # Production wants it in the query (selling-partner-api-models#772, python-amazon-sp-api#575).
    ("marketplaceIds only in the body", "POST",
     f"{HOST}/solicitations/v1/orders/{sim.MFN_ORDER}/solicitations/productReviewAndSellerFeedback", None,
     _body({"marketplaceIds": [sim.MARKETPLACE_ID]})),
    ("contentMD5 missing", "POST", f"{HOST}/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/{ORDER}"
     "/messages/invoice", MARKET, None),
    ("upload without marketplaceIds", "POST", f"{HOST}/uploads/2020-11-01/uploadDestinations/messaging",
     {"contentMD5": "1B2M2Y8AsgTpgAmY7PhCfg=="}, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "url", "params", "body"), [c[1:] for c in BAD_REQUESTS], ids=[c[0] for c in BAD_REQUESTS]
)
def test_a_clients_mistake_is_a_400_in_the_models_error_shape(
    call: Callable[..., httpx.Response],
    models: Callable[[str], dict[str, Any]],
    method: str,
    url: str,
    params: Any,
    body: bytes | None,
) -> None:
    answer = call(method, url, params=params, content=body)
    assert answer.status_code == 400, answer.text
    errors = answer.json()["errors"]
    _error_list(models).validate(errors)
    assert errors[0]["code"] == "InvalidInput"
    assert answer.headers["x-amzn-RequestId"]


def _digest_with(char: str) -> tuple[bytes, str]:
    for n in range(1000):
        content = f"file {n}".encode()
        digest = base64.b64encode(hashlib.md5(content, usedforsecurity=False).digest()).decode()
        if char in digest:
            return content, digest
    raise AssertionError(char)


@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "percent-quoted (python-amazon-sp-api#465)"])
def test_content_md5_is_accepted_plain_or_percent_quoted(
    call: Callable[..., httpx.Response], simulator: sim.AmazonSimulator, quoted: bool
) -> None:
    content, digest = _digest_with("+")
    given = quote(digest) if quoted else digest
    resource = f"messaging/v1/orders/{ORDER}/messages/invoice"
    answer = call("POST", f"{HOST}/uploads/2020-11-01/uploadDestinations/{resource}",
                  params={**MARKET, "contentMD5": given, "contentType": "application/pdf"})  # fmt: skip
    assert answer.status_code == 201, answer.text
    payload = answer.json()["payload"]
    # The header to PUT with is the digest itself (S3 rejects anything else with InvalidDigest).
    assert payload["headers"]["Content-MD5"] == digest
    put = simulator.handle(httpx.Request("PUT", payload["url"], content=content, headers=payload["headers"]))
    assert put.status_code == 200
    sent = call("POST", f"{SEND}/invoice", params=MARKET, content=_body(
        {"attachments": [{"uploadDestinationId": payload["uploadDestinationId"], "fileName": "a.pdf"}]}))  # fmt: skip
    assert sent.status_code == 201


def test_a_hex_content_md5_fails_at_the_put_as_on_amazon(
    call: Callable[..., httpx.Response], simulator: sim.AmazonSimulator
) -> None:
    # selling-partner-api-models#1755: the destination is created and echoes the hex digest; S3 refuses the PUT.
    hexdigest = hashlib.md5(b"x", usedforsecurity=False).hexdigest()
    answer = call("POST", f"{HOST}/uploads/2020-11-01/uploadDestinations/messaging",
                  params={**MARKET, "contentMD5": hexdigest})  # fmt: skip
    assert answer.status_code == 201
    payload = answer.json()["payload"]
    assert payload["headers"]["Content-MD5"] == hexdigest
    put = simulator.handle(httpx.Request("PUT", payload["url"], content=b"x", headers=payload["headers"]))
    assert put.status_code == 400 and b"<Code>InvalidDigest</Code>" in put.content


def test_the_resource_may_come_with_encoded_slashes(call: Callable[..., httpx.Response]) -> None:
    # Amazon's own SDK percent-encodes the path parameter (slashes become %2F); python-amazon-sp-api does not.
    resource = quote(f"messaging/v1/orders/{ORDER}/messages/invoice", safe="")
    answer = call("POST", f"{HOST}/uploads/2020-11-01/uploadDestinations/{resource}",
                  params={**MARKET, "contentMD5": "1B2M2Y8AsgTpgAmY7PhCfg=="})  # fmt: skip
    assert answer.status_code == 201


def test_extra_query_parameters_and_body_members_are_ignored(call: Callable[..., httpx.Response]) -> None:
    # What python-amazon-sp-api sends on every GET and POST (it is used against production).
    extra = {**MARKET, "MarketplaceId": sim.MARKETPLACE_ID, "MarketplaceIds": sim.MARKETPLACE_ID,
             "marketplace_ids": sim.MARKETPLACE_ID}  # fmt: skip
    assert call("GET", f"{HOST}/messaging/v1/orders/{ORDER}/attributes", params=extra).status_code == 200
    body = _body(
        {"text": "Which day suits you?", "marketplaceIds": [sim.MARKETPLACE_ID], "MarketplaceIds": []}
    )
    assert call("POST", f"{SEND}/confirmDeliveryDetails", params=MARKET, content=body).status_code == 201


@pytest.mark.parametrize("form", ["urlencoded", "json"])
def test_lwa_takes_a_form_or_a_json_body(simulator: sim.AmazonSimulator, form: str) -> None:
    fields = {"grant_type": "refresh_token", "refresh_token": sim.REFRESH_TOKEN,
              "client_id": sim.CLIENT_ID, "client_secret": sim.CLIENT_SECRET}  # fmt: skip
    url = "https://api.amazon.com/auth/o2/token"
    request = (
        httpx.Request("POST", url, data=fields)
        if form == "urlencoded"
        else httpx.Request("POST", url, json=fields)
    )
    answer = simulator.handle(request)
    assert answer.status_code == 200
    assert answer.json()["token_type"] == "bearer" and answer.json()["expires_in"] == 3600


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00garbage", b"grant_type=refresh_token", b"", b"[[[[[["],
    ids=["binary", "partial", "empty", "broken json"],
)
def test_a_broken_lwa_request_is_an_lwa_error_not_a_crash(
    simulator: sim.AmazonSimulator, content: bytes
) -> None:
    answer = simulator.handle(httpx.Request("POST", "https://api.amazon.com/auth/o2/token", content=content))
    assert 400 <= answer.status_code < 500
    assert set(answer.json()) == {"error", "error_description"}


def test_a_simulator_bug_is_a_model_shaped_500(
    simulator: sim.AmazonSimulator,
    call: Callable[..., httpx.Response],
    models: Callable[[str], dict[str, Any]],
) -> None:
    def broken(*_: Any) -> httpx.Response:
        raise KeyError("bug")

    simulator._route = broken  # type: ignore[method-assign]
    answer = call("GET", f"{HOST}/messaging/v1/orders/{ORDER}", params=MARKET)
    assert answer.status_code == 500
    _error_list(models).validate(answer.json()["errors"])
