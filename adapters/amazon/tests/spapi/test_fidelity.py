"""Fidelity against Amazon's official models, not against our own client.

(a) Every ``x-amzn-api-sandbox`` static example in messaging.json is replayed: for the example's input, the request
    our client sends matches the example's request the way Amazon's static sandbox matches (every parameter the
    example lists, the JSON body exactly when it lists one), and our parser accepts the example's response.
(b) Every request body our client can build validates against the model's request schema.
(c) The simulator's responses validate against the models' response schemas.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest

from marketmsg import Attachment, BadRequestError, Client, MessageKind, VirtualClock
from marketmsg_amazon import KINDS, AmazonAdapter, UploadedFile
from marketmsg_amazon import simulator as sim
from marketmsg_amazon._capabilities import messaging_actions_flow, to_capability
from marketmsg_amazon._errors import to_error
from marketmsg_amazon._orders import buyer_locale_flow
from marketmsg_amazon._proactive import build_body, send_message_flow
from marketmsg_amazon.messaging import Invoice, LegalDisclosure, Warranty

MESSAGING_MODEL = "messaging.json"


def _examples(model: dict[str, Any]) -> list[tuple[str, str, str, int, dict[str, Any]]]:
    found = []
    for path, operations in model["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                for example in response.get("x-amzn-api-sandbox", {}).get("static", []):
                    found.append((operation["operationId"], method.upper(), path, int(status), example))
    return found


def _messaging_examples() -> list[tuple[str, str, str, int, dict[str, Any]]]:
    from pathlib import Path

    model = json.loads(
        (Path(__file__).resolve().parent.parent / "fixtures" / "models" / MESSAGING_MODEL).read_text()
    )
    return _examples(model)


EXAMPLES = _messaging_examples()
_BY_OPERATION = {k.operation: k for k in KINDS}


def test_the_model_has_22_static_examples() -> None:
    # amazon.md §2.2: exactly 2 per operation for all 11 operations.
    assert len(EXAMPLES) == 22
    assert len({e[0] for e in EXAMPLES}) == 11


def _default_input(operation: str) -> dict[str, Any]:
    """A valid input for a kind when the example does not list a body (the sandbox then matches any body)."""
    kind = _BY_OPERATION[operation]
    attachment = UploadedFile("4e936e26-7b72-4b84-af27-e6baee1d546d", "invoice.pdf").as_attachment()
    low = kind.attachments[0] if kind.attachments else 0
    return {"text": "My Message" if kind.text else None, "attachments": [attachment] * low, "fields": {}}


def _input_from_body(body: dict[str, Any]) -> dict[str, Any]:
    attachments = [
        UploadedFile(a["uploadDestinationId"], a["fileName"]).as_attachment()
        for a in body.get("attachments", [])
    ]
    fields = {}
    if "coverageStartDate" in body:
        fields["coverage_start_date"] = body["coverageStartDate"]
    if "coverageEndDate" in body:
        fields["coverage_end_date"] = body["coverageEndDate"]
    return {"text": body.get("text"), "attachments": attachments, "fields": fields}


@pytest.mark.parametrize(
    ("operation", "method", "path", "status", "example"),
    EXAMPLES,
    ids=[f"{e[0]}-{e[3]}" for e in EXAMPLES],
)
def test_static_example_is_replayed(
    operation: str,
    method: str,
    path: str,
    status: int,
    example: dict[str, Any],
    bare_adapter: Callable[..., AmazonAdapter],
    drive: Callable[..., Any],
) -> None:
    parameters = example["request"]["parameters"]
    order_id = parameters["amazonOrderId"]["value"]
    seen: list[httpx.Request] = []
    served: list[httpx.Response] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/o2/token":
            return httpx.Response(
                200, json={"access_token": "Atza|replay", "token_type": "bearer", "expires_in": 3600}
            )
        seen.append(request)
        response = httpx.Response(
            status, json=example["response"], headers={"x-amzn-RequestId": "replay-rid"}
        )
        served.append(response)
        return response

    adapter = bare_adapter()
    api = adapter.spapi
    if operation == "getMessagingActionsForOrder":
        flow: Any = messaging_actions_flow(api, order_id)
    elif operation == "GetAttributes":
        flow = buyer_locale_flow(api, order_id)
    else:
        body = parameters.get("body", {}).get("value")
        given = _input_from_body(body) if body is not None else _default_input(operation)
        flow = send_message_flow(api, order_id, _BY_OPERATION[operation], **given)

    if status >= 400 and operation != "GetAttributes":
        with pytest.raises(BadRequestError) as caught:
            drive(adapter, flow, handler)
        assert caught.value.platform_code == "InvalidInput"
        assert caught.value.request_id == "replay-rid"
        result = None
    else:
        result = drive(adapter, flow, handler)

    # The request: one SP-API call (pre-uploaded attachments need no upload), at the example's path.
    assert len(seen) == 1
    request = seen[0]
    assert request.method == method
    assert request.url.path == path.replace("{amazonOrderId}", order_id)
    assert request.url.params.get_list("marketplaceIds") == [sim.MARKETPLACE_ID]
    assert request.headers["x-amz-access-token"] == "Atza|replay"
    if "body" in parameters:
        assert json.loads(request.content) == parameters["body"]["value"]

    # The response: our parser accepts it.
    if status >= 400:
        error = to_error(operation, served[0])
        assert isinstance(error, BadRequestError) and error.platform_code == "InvalidInput"
        if operation == "GetAttributes":
            assert result is None  # no locale: the order context simply has none
    elif operation == "getMessagingActionsForOrder":
        assert isinstance(result, dict)
        capability = to_capability(adapter.account.key, order_id, result, None)
        assert MessageKind.CONFIRM_DELIVERY_DETAILS.value in capability.allowed_kinds
        assert set(capability.unknown_actions) == {"negativeFeedbackRemoval", "amazonMotors"}
    elif operation == "GetAttributes":
        assert result == "en-US"
    else:
        assert result is not None and result.response.status_code == 201


# ----------------------------------------------------------------------------------------- (b) request bodies


def _validator(model: dict[str, Any], definition: str) -> jsonschema.Draft4Validator:
    schema = {"$ref": f"#/definitions/{definition}", "definitions": model["definitions"]}
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def _bodies(kind: Any) -> list[dict[str, Any]]:
    """The bodies our client builds for a kind, at the edges of every limit."""
    texts: list[str | None] = [None]
    if kind.text:
        texts = ["x" * kind.text[0], "é" * kind.text[1]]
    counts = [0]
    if kind.attachments:
        counts = sorted({kind.attachments[0], kind.attachments[1]})
    field_sets: list[dict[str, Any]] = [{}]
    if kind.coverage_dates:
        field_sets = [
            {},
            {
                "coverage_start_date": "2026-11-01T00:00:00+00:00",
                "coverage_end_date": "2027-11-01T00:00:00.000-08:00",
            },
        ]
    bodies = []
    for text in texts:
        for count in counts:
            for fields in field_sets:
                uploads = [UploadedFile(f"dest-{i}", f"file-{i}.pdf") for i in range(count)]
                bodies.append(build_body(kind, text, uploads, fields))
    return bodies


@pytest.mark.parametrize("kind", KINDS, ids=[k.action for k in KINDS])
def test_every_body_we_build_validates(kind: Any, models: Callable[[str], dict[str, Any]]) -> None:
    validator = _validator(models(MESSAGING_MODEL), kind.request_schema)
    for body in _bodies(kind):
        validator.validate(body)
    if kind.text:
        # The validator is really checking: one character over the limit fails the model's schema too.
        assert not validator.is_valid({"text": "x" * (kind.text[1] + 1)})


def test_typed_builders_produce_valid_bodies(models: Callable[[str], dict[str, Any]]) -> None:
    model = models(MESSAGING_MODEL)
    pdf = UploadedFile("dest-1", "warranty.pdf").as_attachment()
    start, end = datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 11, 1, tzinfo=UTC)
    for typed, definition in (
        (
            Warranty(attachments=(pdf,), coverage_start_date=start, coverage_end_date=end),
            "CreateWarrantyRequest",
        ),
        (Invoice(attachments=(pdf,)), "InvoiceRequest"),
        (LegalDisclosure(attachments=(pdf, pdf)), "CreateLegalDisclosureRequest"),
    ):
        args = typed.send_arguments()
        kind = next(k for k in KINDS if k.kind is args["kind"])
        uploads = [UploadedFile("dest-1", a.filename) for a in args["attachments"]]
        _validator(model, definition).validate(build_body(kind, args["body"], uploads, args["fields"] or {}))


# ----------------------------------------------------------------------------------------- (c) simulator responses

_MODELS_BY_PREFIX = (
    ("/messaging/", "messaging.json"),
    ("/solicitations/", "solicitations.json"),
    ("/uploads/", "uploads_2020-11-01.json"),
    ("/orders/", "ordersV0.json"),
    ("/reports/", "reports_2021-06-30.json"),
)


def _response_schema(models: Callable[[str], dict[str, Any]], operation: str, path: str, status: int) -> Any:
    name = next(n for prefix, n in _MODELS_BY_PREFIX if path.startswith(prefix))
    model = models(name)
    for operations in model["paths"].values():
        for op in operations.values():
            if isinstance(op, dict) and op.get("operationId") == operation:
                response = op["responses"].get(str(status))
                assert response is not None, f"{operation} does not declare status {status}"
                return _validator(model, response["schema"]["$ref"].rsplit("/", 1)[-1])
    raise AssertionError(f"{operation} not in {name}")


def test_simulator_responses_validate_against_the_models(
    spec: Any, clock: VirtualClock, models: Callable[[str], dict[str, Any]]
) -> None:
    from marketmsg.sandbox import Sandbox

    simulator: sim.AmazonSimulator = spec.controller
    captured: list[tuple[httpx.Request, httpx.Response]] = []
    original = simulator.handle

    def recording(request: httpx.Request) -> httpx.Response:
        response = original(request)
        captured.append((request, response))
        return response

    spec.mounts = {prefix: recording for prefix in spec.mounts}
    pdf = Attachment.from_bytes("terms.pdf", b"%PDF-1.4 terms", "application/pdf")
    with Sandbox([spec], clock=clock).client(max_retries=0) as client:
        _exercise(client, pdf)
    # Amazon's own 429: a second caller that ignores the first one's pacing drains the seller's bucket.
    form = {
        "grant_type": "refresh_token",
        "refresh_token": sim.REFRESH_TOKEN,
        "client_id": sim.CLIENT_ID,
        "client_secret": sim.CLIENT_SECRET,
    }
    answer = recording(httpx.Request("POST", "https://api.amazon.com/auth/o2/token", data=form))
    token = answer.json()["access_token"]
    url = f"https://sandbox.sellingpartnerapi-na.amazon.com/messaging/v1/orders/{sim.NOT_SHIPPED}"
    for _ in range(7):
        recording(
            httpx.Request(
                "GET",
                url,
                params={"marketplaceIds": sim.MARKETPLACE_ID},
                headers={"x-amz-access-token": token},
            )
        )
    statuses: set[tuple[str, int]] = set()
    for request, response in captured:
        path = request.url.path
        if path == "/auth/o2/token" or path.startswith("/sandbox-s3/"):
            continue
        operation = _operation_of(simulator, request)
        validator = _response_schema(models, operation, path, response.status_code)
        validator.validate(json.loads(response.content or b"{}"))
        statuses.add((operation, response.status_code))
    # The scenario really covered successes and errors of each API.
    assert {s for _, s in statuses} >= {200, 201, 400, 403, 404, 429}
    assert {o for o, _ in statuses} >= {
        "getMessagingActionsForOrder",
        "GetAttributes",
        "createLegalDisclosure",
        "getOrder",
        "getOrderItems",
        "getSolicitationActionsForOrder",
        "createProductReviewAndSellerFeedbackSolicitation",
        "createUploadDestinationForResource",
        "createConfirmDeliveryDetails",
        "createReport",
        "getReport",
        "getReportDocument",
    }


def _operation_of(simulator: sim.AmazonSimulator, request: httpx.Request) -> str:
    from marketmsg_amazon.simulator._server import _operation

    return _operation(request.method, request.url.path)


def _exercise(client: Client, pdf: Attachment) -> None:
    client.orders.context(sim.MFN_ORDER)
    client.orders.context(sim.FBA_GIFT_RETURNED)  # the FBA customer returns report: createReport … document
    client.orders.capabilities(sim.GIFT_ORDER)
    client.messages.send(sim.MFN_ORDER, "legal_disclosure", attachments=[pdf])
    client.messages.send(sim.MFN_ORDER, "review_solicitation")
    for attempt in (
        lambda: client.messages.send(sim.MFN_ORDER, "review_solicitation"),  # 403: only once
        lambda: client.orders.context("123-1234567-0000000"),  # 400 InvalidInput
        lambda: client.orders.context("999-0000000-0000000"),  # 404 (999- never exists)
        # Bypasses the client-side capability check: Amazon's own 403 for a kind the order does not allow.
        lambda: client._run(
            client._state.one("amazon", None),
            client._state.one("amazon", None).send_proactive(_draft(sim.FBA_ORDER)),
        ),
    ):
        with contextlib.suppress(Exception):
            attempt()


def _draft(order_id: str) -> Any:
    from marketmsg.adapter import ProactiveDraft

    return ProactiveDraft(
        order_id=order_id, kind=MessageKind.CONFIRM_DELIVERY_DETAILS, body="Which day suits you?"
    )
