"""Attachments: checked before any request, then exactly destination → S3 PUT → send, with a base64 MD5."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from marketmsg import Attachment, Client, MessageKind, PolicyViolation, ResponseValidationError, VirtualClock
from marketmsg.adapter import ProactiveDraft
from marketmsg_amazon import AmazonAdapter, UploadedFile
from marketmsg_amazon import simulator as sim
from marketmsg_amazon._uploads import content_md5, upload_url_allowed

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40


def _pdf(name: str = "terms.pdf", content: bytes = PDF) -> Attachment:
    return Attachment.from_bytes(name, content, "application/pdf")


def test_an_attachment_send_is_exactly_three_requests_in_order(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    client.orders.capabilities(sim.MFN_ORDER)  # the send path's own reads happen before; count from here
    start = len(simulator.calls)
    message = client.messages.send(sim.MFN_ORDER, "legal_disclosure", attachments=[_pdf()])
    calls = [c for c in simulator.calls[start:] if c.operation not in ("lwaToken",)]
    writes = [(c.method, c.operation, c.status) for c in calls if c.method != "GET"]
    assert writes == [
        ("POST", "createUploadDestinationForResource", 201),
        ("PUT", "s3Put", 200),
        ("POST", "createLegalDisclosure", 201),
    ]
    sent = simulator.sent(sim.MFN_ORDER)[-1]
    destination = sent["body"]["attachments"][0]["uploadDestinationId"]
    assert sent["body"] == {"attachments": [{"uploadDestinationId": destination, "fileName": "terms.pdf"}]}
    assert simulator.uploaded(destination) == PDF
    assert message.attachments[0].raw == {"uploadDestinationId": destination}


def test_the_three_requests_carry_the_right_md5_headers_and_body(
    bare_adapter: Callable[..., AmazonAdapter], drive: Callable[..., Any], with_token: Any
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.startswith("/uploads/"):
            return httpx.Response(201, json={"payload": {
                "uploadDestinationId": "amzn1.tortuga.4.na.dest-1",
                "url": "https://buyer-seller-messaging-prod-draft-attachment-namarketplace.s3.amazonaws.com/k?X-Amz-Expires=900",
                "headers": {"x-amz-server-side-encryption": "aws:kms", "Content-MD5": content_md5(PDF)},
            }})  # fmt: skip
        if request.method == "PUT":
            return httpx.Response(200)
        return httpx.Response(201, json={})

    adapter = bare_adapter()
    draft = ProactiveDraft(order_id=sim.MFN_ORDER, kind=MessageKind.LEGAL_DISCLOSURE, attachments=(_pdf(),))
    drive(adapter, adapter.send_proactive(draft), with_token(handler))
    create, put, send = seen
    expected_md5 = base64.b64encode(hashlib.md5(PDF).digest()).decode()
    assert create.method == "POST"
    assert create.url.path == (
        f"/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/{sim.MFN_ORDER}/messages/legalDisclosure"
    )
    assert create.url.params["contentMD5"] == expected_md5  # base64 of the binary digest, not hex
    assert create.url.params["marketplaceIds"] == sim.MARKETPLACE_ID
    assert "x-amz-access-token" in create.headers
    assert put.method == "PUT"
    assert put.headers["content-md5"] == expected_md5
    assert put.headers["x-amz-server-side-encryption"] == "aws:kms"
    assert put.content == PDF
    assert "x-amz-access-token" not in put.headers  # the token never leaves SP-API hosts
    assert json.loads(send.content) == {
        "attachments": [{"uploadDestinationId": "amzn1.tortuga.4.na.dest-1", "fileName": "terms.pdf"}]
    }


@pytest.mark.parametrize(
    ("kind", "attachments", "rule"),
    [
        (MessageKind.LEGAL_DISCLOSURE, [_pdf(f"f{i}.pdf", b"%PDF-1.4") for i in range(6)], "amazon.spapi.attachments.count"),
        (MessageKind.INVOICE, [], "amazon.spapi.attachments.count"),
        (MessageKind.WARRANTY, [], "amazon.spapi.attachments.count"),
        (MessageKind.CONFIRM_DELIVERY_DETAILS, [_pdf()], "amazon.spapi.attachments.none"),
        (MessageKind.LEGAL_DISCLOSURE, [_pdf("big.pdf", b"x" * 6_000_000), _pdf("big2.pdf", b"x" * 4_000_000)],
         "amazon.spapi.attachments.size"),
        (MessageKind.LEGAL_DISCLOSURE, [Attachment.from_bytes("setup.exe", b"MZ", "application/octet-stream")],
         "amazon.spapi.attachments.type"),
        (MessageKind.LEGAL_DISCLOSURE, [Attachment.from_bytes("noextension", b"%PDF", "application/pdf")],
         "amazon.spapi.attachments.type"),
        (MessageKind.LEGAL_DISCLOSURE, [Attachment.from_bytes("photo.png", b"\x89PNG", "application/pdf")],
         "amazon.spapi.attachments.type"),
        (MessageKind.LEGAL_DISCLOSURE, [Attachment(filename="remote.pdf", size=10)], "amazon.spapi.attachments.content"),
    ],
)  # fmt: skip
def test_attachment_rules_are_checked_before_any_request(
    kind: MessageKind, attachments: list[Attachment], rule: str, bare_adapter: Callable[..., AmazonAdapter]
) -> None:
    body = "Order 114-3941689-8772232: the details." if kind is MessageKind.CONFIRM_DELIVERY_DETAILS else None
    draft = ProactiveDraft(order_id=sim.MFN_ORDER, kind=kind, body=body, attachments=tuple(attachments))
    with pytest.raises(PolicyViolation) as caught:
        next(bare_adapter().send_proactive(draft))
    assert rule in {f.rule for f in caught.value.findings}


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("a.txt", "text/plain"), ("a.pdf", "application/pdf"), ("a.doc", "application/msword"),
     ("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
     ("a.JPG", "image/jpeg"), ("a.jpeg", "image/jpeg"), ("a.gif", "image/gif"), ("a.png", "image/png"),
     ("a.pdf", "application/octet-stream")],
)  # fmt: skip
def test_allowed_types_pass(name: str, content_type: str, bare_adapter: Callable[..., AmazonAdapter]) -> None:
    draft = ProactiveDraft(
        order_id=sim.MFN_ORDER,
        kind=MessageKind.LEGAL_DISCLOSURE,
        attachments=(Attachment.from_bytes(name, b"data", content_type),),
    )
    effect = next(bare_adapter().send_proactive(draft))  # the first request is the upload destination
    assert effect.operation == "createUploadDestinationForResource"


def test_just_under_10_mb_in_total_passes(bare_adapter: Callable[..., AmazonAdapter]) -> None:
    files = (_pdf("a.pdf", b"x" * 5_000_000), _pdf("b.pdf", b"x" * 4_999_999))
    draft = ProactiveDraft(order_id=sim.MFN_ORDER, kind=MessageKind.LEGAL_DISCLOSURE, attachments=files)
    assert next(bare_adapter().send_proactive(draft)).operation == "createUploadDestinationForResource"


def test_already_uploaded_attachments_are_referenced_without_uploading(
    bare_adapter: Callable[..., AmazonAdapter],
) -> None:
    ref = UploadedFile("amzn1.tortuga.4.na.kept", "manual.pdf").as_attachment()
    draft = ProactiveDraft(order_id=sim.MFN_ORDER, kind=MessageKind.LEGAL_DISCLOSURE, attachments=(ref,))
    effect = next(bare_adapter().send_proactive(draft))
    assert effect.operation == "createLegalDisclosure"


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://buyer-seller-messaging-prod-draft-attachment-namarketplace.s3.amazonaws.com/k?sig=1", True),
        ("https://bucket.s3.us-east-1.amazonaws.com/k", True),
        ("https://s3.eu-west-1.amazonaws.com/bucket/k", True),
        ("https://bucket.s3-external-1.amazonaws.com/k", True),
        ("http://bucket.s3.amazonaws.com/k", False),  # https only
        ("https://169.254.169.254/latest/meta-data", False),  # cloud metadata
        ("https://127.0.0.1/k", False),
        ("https://s3.amazonaws.com.evil.example/k", False),  # look-alike
        ("https://evil.example/s3.amazonaws.com", False),
        (
            "https://sandbox.sellingpartnerapi-na.amazon.com/sandbox-s3/x",
            True,
        ),  # the configured SP-API origin
        ("http://sandbox.sellingpartnerapi-na.amazon.com/sandbox-s3/x", False),
        ("https://uploads.partner.example/k", True),  # in the account's upload_hosts
    ],
)
def test_upload_urls_are_allow_listed(url: str, allowed: bool) -> None:
    api = httpx.URL("https://sandbox.sellingpartnerapi-na.amazon.com")
    assert upload_url_allowed(httpx.URL(url), api, ("uploads.partner.example",)) is allowed


def test_a_loopback_simulator_may_serve_its_own_uploads() -> None:
    api = httpx.URL("http://127.0.0.1:8400")
    assert upload_url_allowed(httpx.URL("http://127.0.0.1:8400/sandbox-s3/x"), api)
    assert not upload_url_allowed(httpx.URL("http://127.0.0.1:9999/sandbox-s3/x"), api)


def test_an_upload_url_off_the_allow_list_is_refused_and_nothing_is_put(
    bare_adapter: Callable[..., AmazonAdapter], drive: Callable[..., Any], with_token: Any
) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return httpx.Response(201, json={"payload": {
            "uploadDestinationId": "d", "url": "https://169.254.169.254/latest", "headers": {},
        }})  # fmt: skip

    adapter = bare_adapter()
    draft = ProactiveDraft(order_id=sim.MFN_ORDER, kind=MessageKind.LEGAL_DISCLOSURE, attachments=(_pdf(),))
    with pytest.raises(ResponseValidationError, match="not an https S3 host"):
        drive(adapter, adapter.send_proactive(draft), with_token(handler))
    assert "PUT" not in seen


def _token(simulator: sim.AmazonSimulator) -> str:
    form = {
        "grant_type": "refresh_token",
        "refresh_token": sim.REFRESH_TOKEN,
        "client_id": sim.CLIENT_ID,
        "client_secret": sim.CLIENT_SECRET,
    }
    answer = simulator.handle(httpx.Request("POST", "https://api.amazon.com/auth/o2/token", data=form))
    return str(answer.json()["access_token"])


def _destination(simulator: sim.AmazonSimulator, md5: str) -> httpx.Response:
    request = httpx.Request(
        "POST",
        "https://sandbox.sellingpartnerapi-na.amazon.com/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/"
        f"{sim.MFN_ORDER}/messages/legalDisclosure",
        params={"marketplaceIds": sim.MARKETPLACE_ID, "contentMD5": md5},
        headers={"x-amz-access-token": _token(simulator)},
    )
    return simulator.handle(request)


def test_a_hex_md5_is_echoed_and_then_refused_by_s3(simulator: sim.AmazonSimulator) -> None:
    # Hex digests are the classic mistake (selling-partner-api-models#1755): Amazon creates the destination and
    # echoes the digest; S3 then answers the PUT with InvalidDigest. (test_simulator_input.py does the PUT.)
    hexdigest = hashlib.md5(PDF).hexdigest()
    answer = _destination(simulator, hexdigest)
    assert answer.status_code == 201
    assert answer.json()["payload"]["headers"]["Content-MD5"] == hexdigest


@pytest.mark.parametrize(
    ("method", "advance", "headers", "status", "code"),
    [
        ("PUT", 0, {}, 200, None),
        ("POST", 0, {}, 405, "MethodNotAllowed"),
        ("PUT", 901, {}, 403, "AccessDenied"),  # the pre-signed URL lives 900 s
        ("PUT", 0, {"x-amz-server-side-encryption": None}, 403, "AccessDenied"),  # a returned header left out
        ("PUT", 0, {"Content-MD5": base64.b64encode(b"0" * 16).decode()}, 400, "BadDigest"),
    ],
)
def test_the_simulated_s3_put_behaves_like_s3(
    simulator: sim.AmazonSimulator,
    clock: VirtualClock,
    method: str,
    advance: float,
    headers: dict[str, str | None],
    status: int,
    code: str | None,
) -> None:
    payload = _destination(simulator, content_md5(PDF)).json()["payload"]
    clock.advance(advance)
    sent = {k: v for k, v in {**payload["headers"], **headers}.items() if v is not None}
    answer = simulator.handle(httpx.Request(method, payload["url"], content=PDF, headers=sent))
    assert answer.status_code == status
    if code:
        assert f"<Code>{code}</Code>" in answer.text
    else:
        assert simulator.uploaded(payload["uploadDestinationId"]) == PDF


def test_a_send_referencing_a_never_uploaded_file_is_amazons_400(simulator: sim.AmazonSimulator) -> None:
    payload = _destination(simulator, content_md5(PDF)).json()["payload"]
    send = httpx.Request(
        "POST",
        f"https://sandbox.sellingpartnerapi-na.amazon.com/messaging/v1/orders/{sim.MFN_ORDER}/messages/legalDisclosure",
        params={"marketplaceIds": sim.MARKETPLACE_ID},
        json={"attachments": [{"uploadDestinationId": payload["uploadDestinationId"], "fileName": "a.pdf"}]},
        headers={"x-amz-access-token": _token(simulator)},
    )
    answer = simulator.handle(send)
    assert answer.status_code == 400
    assert "does not exist" in answer.json()["errors"][0]["details"]
