"""Clients we did not write, driving ``marketmsg sandbox serve amazon`` as a separate process on loopback.

Amazon's official Python SDK (``amzn-sp-api``) and python-amazon-sp-api — the most used third-party client —
each run through every operation the simulator implements: LWA, getMessagingActionsForOrder, GetAttributes,
every send kind (with attachments: createUploadDestinationForResource → PUT → send), the Solicitations pair,
Orders getOrder/getOrderItems, and the error answers production gives. If one of them fails here, a seller using
that client would see the sandbox disagree with Amazon (or the client disagree with Amazon's model).

Each test gets a fresh server process (fresh seller state and rate buckets; the served simulator runs on real
time with the production usage plans, so no test calls one operation more than its burst).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from marketmsg_amazon import simulator as sim

_LISTENING = re.compile(r"simulator on (http://127\.0\.0\.1:\d+)")

# Every send kind: (SDK method, python-amazon-sp-api method, request class, text?, attachments?)
SENDS: tuple[tuple[str, str, str, bool, bool], ...] = (
    ("confirm_customization_details", "confirm_customization_details", "CreateConfirmCustomizationDetailsRequest",
     True, True),
    ("create_confirm_delivery_details", "create_confirm_delivery_details", "CreateConfirmDeliveryDetailsRequest",
     True, False),
    ("create_legal_disclosure", "create_legal_disclosure", "CreateLegalDisclosureRequest", False, True),
    ("create_confirm_order_details", "create_confirm_order_details", "CreateConfirmOrderDetailsRequest",
     True, False),
    ("create_confirm_service_details", "create_confirm_service_details", "CreateConfirmServiceDetailsRequest",
     True, False),
    ("create_warranty", "create_warranty", "CreateWarrantyRequest", False, True),
    ("create_digital_access_key", "create_digital_access_key", "CreateDigitalAccessKeyRequest", True, True),
    ("create_unexpected_problem", "create_unexpected_problem", "CreateUnexpectedProblemRequest", True, False),
    ("send_invoice", "send_invoice", "InvoiceRequest", False, True),
)  # fmt: skip
_PATHS = {
    "confirm_customization_details": "confirmCustomizationDetails",
    "create_confirm_delivery_details": "confirmDeliveryDetails",
    "create_legal_disclosure": "legalDisclosure",
    "create_confirm_order_details": "confirmOrderDetails",
    "create_confirm_service_details": "confirmServiceDetails",
    "create_warranty": "warranty",
    "create_digital_access_key": "digitalAccessKey",
    "create_unexpected_problem": "unexpectedProblem",
    "send_invoice": "invoice",
}


def _pdf_with_a_plus_in_its_digest() -> bytes:
    """A small PDF whose base64 MD5 contains ``+`` — the digests python-amazon-sp-api percent-quotes."""
    for n in range(1000):
        content = b"%PDF-1.4 conformance " + str(n).encode()
        if "+" in base64.b64encode(hashlib.md5(content, usedforsecurity=False).digest()).decode():
            return content
    raise AssertionError("no digest with '+' in 1000 tries")


PDF = _pdf_with_a_plus_in_its_digest()


@pytest.fixture
def served() -> Iterator[str]:
    """``marketmsg sandbox serve amazon --port 0`` in a subprocess; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "marketmsg", "sandbox", "serve", "amazon", "--port", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = None
    assert process.stderr is not None
    lines = []
    for line in process.stderr:
        lines.append(line)
        found = _LISTENING.search(line)
        if found:
            base = found.group(1)
            break
    if base is None:
        process.kill()
        process.wait()
        pytest.fail("marketmsg sandbox serve amazon did not start:\n" + "".join(lines))
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a server that ignores SIGTERM
            process.kill()
            process.wait()
        process.stderr.close()


def _put(url: str, headers: dict[str, str], content: bytes, base: str) -> httpx.Response:
    """PUT the bytes to the pre-signed URL with every returned header, as the Uploads docs say (amazon.md §1.7).

    The served simulator builds the URL from the request's Host header; python-amazon-sp-api derives that
    header from ``endpoint[8:]`` (it assumes ``https://``), which over plain-http loopback drops a character,
    so the URL's origin is pinned to the server's.
    """
    target = httpx.URL(url)
    origin = httpx.URL(base)
    target = target.copy_with(host=origin.host, port=origin.port)
    return httpx.put(target, content=content, headers=headers)


# ----------------------------------------------------------------------------------- Amazon's official SDK


def _official(base: str) -> Any:
    spapi = pytest.importorskip("spapi", reason="needs Amazon's SDK (pip install amzn-sp-api)")
    config = spapi.SPAPIConfig(sim.CLIENT_ID, sim.CLIENT_SECRET, sim.REFRESH_TOKEN, region="NA")
    return spapi, spapi.SPAPIClient(config, oauth_endpoint=f"{base}/auth/o2/token", endpoint=base)


def test_amazons_official_sdk_through_every_operation(served: str) -> None:
    spapi, client = _official(served)
    from spapi.models import messaging_v1 as models  # type: ignore[import-untyped]

    api = client.api_client
    messaging, uploads = spapi.MessagingApi(api), spapi.UploadsApi(api)
    solicitations, orders = spapi.SolicitationsApi(api), spapi.OrdersV0Api(api)
    market = [sim.MARKETPLACE_ID]

    # Capabilities and locale.
    actions = messaging.get_messaging_actions_for_order(sim.MFN_ORDER, market)
    assert "confirmDeliveryDetails" in [link.name for link in actions.links.actions]
    assert [a.payload.name for a in actions.embedded.actions] == [link.name for link in actions.links.actions]
    assert messaging.get_attributes(sim.FBA_ORDER, market).buyer.locale == "en-GB"

    # Orders v0 (non-PII fields).
    order = orders.get_order(sim.FBA_ORDER).payload
    assert (order.amazon_order_id, order.fulfillment_channel) == (sim.FBA_ORDER, "AFN")
    items = orders.get_order_items(sim.GIFT_ORDER).payload
    assert items.amazon_order_id == sim.GIFT_ORDER and items.order_items[0].is_gift == "true"

    # Every send kind; the ones that take attachments upload one first (create destination → PUT → send).
    for method, _, request_class, has_text, has_files in SENDS:
        fields: dict[str, Any] = {}
        if has_text:
            fields["text"] = f"Order {sim.SANDBOX_ORDER}: a question about your order."
        if has_files:
            resource = f"messaging/v1/orders/{sim.SANDBOX_ORDER}/messages/{_PATHS[method]}"
            md5 = base64.b64encode(hashlib.md5(PDF, usedforsecurity=False).digest()).decode()
            destination = uploads.create_upload_destination_for_resource(
                market, md5, resource, content_type="application/pdf"
            ).payload
            put = _put(destination.url, dict(destination.headers), PDF, served)
            assert put.status_code == 200, put.text
            fields["attachments"] = [
                models.Attachment(
                    upload_destination_id=destination.upload_destination_id, file_name="terms.pdf"
                )
            ]
        if method == "create_warranty":
            start = datetime(2026, 11, 1, tzinfo=UTC)
            fields |= {"coverage_start_date": start, "coverage_end_date": start + timedelta(days=365)}
        body = getattr(models, request_class)(**fields)
        _, status, _ = getattr(messaging, method + "_with_http_info")(sim.SANDBOX_ORDER, market, body)
        assert status == 201, method

    # Solicitations: offered once, sent once, then no longer offered.
    offered = solicitations.get_solicitation_actions_for_order(sim.MFN_ORDER, market)
    assert [link.name for link in offered.links.actions] == ["productReviewAndSellerFeedback"]
    _, status, _ = solicitations.create_product_review_and_seller_feedback_solicitation_with_http_info(
        sim.MFN_ORDER, market
    )
    assert status == 201
    assert solicitations.get_solicitation_actions_for_order(sim.MFN_ORDER, market).links.actions == []


def _status_and_errors(exc: Any) -> tuple[int, list[dict[str, Any]]]:
    import json

    body = json.loads(exc.body)
    return exc.status, body["errors"]


def test_amazons_official_sdk_sees_the_documented_errors(served: str) -> None:
    spapi, client = _official(served)
    from spapi.models import messaging_v1 as models

    messaging = spapi.MessagingApi(client.api_client)
    solicitations = spapi.SolicitationsApi(client.api_client)
    market = [sim.MARKETPLACE_ID]
    cases = [
        # Amazon's static sandbox input for a bad order (messaging.json x-amzn-api-sandbox): 400 InvalidInput.
        (lambda: messaging.get_attributes("123-1234567-0000000", market), 400, "InvalidInput"),
        (lambda: messaging.get_messaging_actions_for_order("999-0000000-0000000", market), 404, "NotFound"),
        # A kind the order does not allow (selling-partner-api-models#2032).
        (
            lambda: messaging.create_confirm_order_details(
                sim.FBA_ORDER, market, models.CreateConfirmOrderDetailsRequest(text="Which size?")
            ),
            403,
            "Unauthorized",
        ),
        # An attachment that was never uploaded (selling-partner-api-models#325).
        (
            lambda: messaging.create_legal_disclosure(
                sim.MFN_ORDER,
                market,
                models.CreateLegalDisclosureRequest(
                    attachments=[models.Attachment(upload_destination_id="nope", file_name="x.pdf")]
                ),
            ),
            400,
            "InvalidInput",
        ),
        # Outside the review window (delivered 200 days ago; selling-partner-api-docs#121).
        (
            lambda: solicitations.create_product_review_and_seller_feedback_solicitation(
                sim.DELIVERED_LONG_AGO, market
            ),
            403,
            "Unauthorized",
        ),
    ]
    for call, status, code in cases:
        with pytest.raises(spapi.ApiException) as caught:
            call()
        got_status, errors = _status_and_errors(caught.value)
        assert (got_status, errors[0]["code"]) == (status, code), errors
        assert errors[0]["message"]


def test_amazons_lwa_client_gets_lwa_errors(served: str) -> None:
    pytest.importorskip("spapi", reason="needs Amazon's SDK (pip install amzn-sp-api)")
    from spapi.auth.lwa_exception import LwaException  # type: ignore[import-untyped]
    from spapi.auth.lwa_request import AccessTokenCache  # type: ignore[import-untyped]

    good = AccessTokenCache(sim.CLIENT_ID, sim.CLIENT_SECRET, sim.REFRESH_TOKEN,
                            oauth_endpoint=f"{served}/auth/o2/token")  # fmt: skip
    assert good.get_lwa_access_token().startswith("Atza|")
    bad = AccessTokenCache(sim.CLIENT_ID, sim.CLIENT_SECRET, "Atzr|revoked",
                           oauth_endpoint=f"{served}/auth/o2/token", max_retries=0)  # fmt: skip
    with pytest.raises(LwaException):
        bad.get_lwa_access_token()


# ----------------------------------------------------------------------------------- python-amazon-sp-api


def _saleweaver(base: str, cls: Any) -> Any:
    from sp_api.auth import AccessTokenClient
    from sp_api.base import Marketplaces

    class LoopbackLwa(AccessTokenClient):  # type: ignore[misc]
        scheme = "http://"
        host = base.removeprefix("http://")

    credentials = {"refresh_token": sim.REFRESH_TOKEN, "lwa_app_id": sim.CLIENT_ID,
                   "lwa_client_secret": sim.CLIENT_SECRET}  # fmt: skip
    client = cls(marketplace=Marketplaces.US, credentials=credentials, auth_token_client_class=LoopbackLwa)
    client.endpoint = base
    return client


@pytest.fixture
def saleweaver(served: str) -> Iterator[Any]:
    """``make(ClientClass)`` → a python-amazon-sp-api client on the served simulator; all closed afterwards."""
    from sp_api.auth import access_token_client as sp_auth

    sp_auth.cache.clear()  # the library keeps tokens in a module-level cache; start clean
    made: list[Any] = []

    def make(cls: Any) -> Any:
        made.append(_saleweaver(served, cls))
        return made[-1]

    yield make
    sp_auth.cache.clear()
    for client in made:  # the library opens an httpx client per instance; close them
        client._transport.close()
        client._auth._transport.close()


def test_python_amazon_sp_api_through_every_operation(served: str, saleweaver: Any) -> None:
    from sp_api.api import Messaging, Orders, Solicitations, Upload

    messaging, upload = saleweaver(Messaging), saleweaver(Upload)
    actions = messaging.get_messaging_actions_for_order(sim.MFN_ORDER).payload
    assert "confirmDeliveryDetails" in [a["name"] for a in actions["_links"]["actions"]]
    assert messaging.get_attributes(sim.GIFT_ORDER).payload == {"buyer": {"locale": "es-US"}}

    orders = saleweaver(Orders)
    assert orders.get_order(sim.FBA_ORDER).payload["FulfillmentChannel"] == "AFN"
    assert orders.get_order_items(sim.GIFT_ORDER).payload["OrderItems"][0]["IsGift"] == "true"

    for _, method, _, has_text, has_files in SENDS:
        body: dict[str, Any] = {}
        if has_text:
            body["text"] = f"Order {sim.SANDBOX_ORDER}: a question about your order."
        if has_files:
            resource = f"messaging/v1/orders/{sim.SANDBOX_ORDER}/messages/{_PATHS[method]}"
            # The library percent-quotes contentMD5 (python-amazon-sp-api#465); PDF's digest contains '+'.
            destination = upload.upload_document(
                resource, io.BytesIO(PDF), content_type="application/pdf"
            ).payload
            put = _put(destination["url"], destination["headers"], PDF, served)
            assert put.status_code == 200, put.text
            body["attachments"] = [
                {"uploadDestinationId": destination["uploadDestinationId"], "fileName": "terms.pdf"}
            ]
        if method == "create_warranty":
            body |= {"coverageStartDate": "2026-11-01T00:00:00Z", "coverageEndDate": "2027-11-01T00:00:00Z"}
        answer = getattr(messaging, method)(sim.SANDBOX_ORDER, body=body)
        assert answer.errors is None, method

    solicitations = saleweaver(Solicitations)
    offered = solicitations.get_solicitation_actions_for_order(sim.MFN_ORDER).payload
    assert [a["name"] for a in offered["_links"]["actions"]] == ["productReviewAndSellerFeedback"]
    # The library puts marketplaceIds only in the JSON body of this POST unless it is passed as a keyword;
    # production then answers 400 (python-amazon-sp-api#575) and so does the sandbox.
    from sp_api.base.exceptions import SellingApiBadRequestException

    with pytest.raises(SellingApiBadRequestException) as caught:
        solicitations.create_product_review_and_seller_feedback_solicitation(sim.MFN_ORDER)
    assert "marketplaceIds" in str(caught.value)
    solicitations.create_product_review_and_seller_feedback_solicitation(
        sim.MFN_ORDER, marketplaceIds=sim.MARKETPLACE_ID
    )
    again = solicitations.get_solicitation_actions_for_order(sim.MFN_ORDER).payload
    assert again["_links"]["actions"] == []


def test_python_amazon_sp_api_sees_the_documented_errors(served: str, saleweaver: Any) -> None:
    from sp_api.api import Messaging, Solicitations
    from sp_api.base.exceptions import (
        SellingApiBadRequestException,
        SellingApiForbiddenException,
        SellingApiNotFoundException,
    )

    messaging, solicitations = saleweaver(Messaging), saleweaver(Solicitations)
    cases = [
        (
            lambda: messaging.get_attributes("123-1234567-0000000"),
            SellingApiBadRequestException,
            "InvalidInput",
        ),
        (lambda: messaging.get_attributes("999-0000000-0000000"), SellingApiNotFoundException, "NotFound"),
        (
            lambda: messaging.create_confirm_order_details(sim.FBA_ORDER, body={"text": "Which size?"}),
            SellingApiForbiddenException,
            "Unauthorized",
        ),
        (
            lambda: messaging.create_confirm_delivery_details(sim.MFN_ORDER, body={"text": "x" * 2001}),
            SellingApiBadRequestException,
            "InvalidInput",
        ),
        # Wrong JSON types: attachments must be a list of objects (never a 500).
        (
            lambda: messaging.create_legal_disclosure(sim.MFN_ORDER, body={"attachments": "terms.pdf"}),
            SellingApiBadRequestException,
            "InvalidInput",
        ),
        (
            lambda: solicitations.create_product_review_and_seller_feedback_solicitation(
                sim.DELIVERED_LONG_AGO, marketplaceIds=sim.MARKETPLACE_ID
            ),
            SellingApiForbiddenException,
            "Unauthorized",
        ),
    ]
    for call, exception, code in cases:
        with pytest.raises(exception) as caught:
            call()
        assert caught.value.amzn_code == code
