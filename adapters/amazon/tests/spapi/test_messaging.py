"""Sending the nine Messaging kinds: limits before I/O, Amazon's errors as typed exceptions, pacing, capability."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from pydantic import JsonValue

from marketmsg import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CapabilityError,
    Client,
    DeliveryUnknown,
    InternalServerError,
    MessageKind,
    NotFoundError,
    PermissionDeniedError,
    PolicyViolation,
    RateLimitError,
    VirtualClock,
)
from marketmsg.adapter import ProactiveDraft
from marketmsg.sandbox import Sandbox
from marketmsg.transport import ANCHOR_MARGIN
from marketmsg_amazon import KINDS, AmazonAdapter, UploadedFile
from marketmsg_amazon import simulator as sim
from marketmsg_amazon._errors import to_error
from marketmsg_amazon.messaging import ConfirmDeliveryDetails, UnexpectedProblem, Warranty

TEXT_KINDS = [k for k in KINDS if k.text]


@pytest.mark.parametrize("kind", TEXT_KINDS, ids=[k.action for k in TEXT_KINDS])
def test_text_over_the_kinds_limit_is_refused_before_any_request(
    kind: Any, bare_adapter: Callable[..., AmazonAdapter]
) -> None:
    limit = kind.text[1]
    flow = bare_adapter().send_proactive(
        ProactiveDraft(order_id=sim.MFN_ORDER, kind=kind.kind, body="x" * (limit + 1))
    )
    with pytest.raises(PolicyViolation) as caught:
        next(flow)  # the flow must refuse before it yields its first effect (= before any I/O)
    assert caught.value.rule == "amazon.spapi.text.length"
    assert f"at most {limit}" in str(caught.value)


@pytest.mark.parametrize(
    ("kind", "limit"),
    [
        (MessageKind.CONFIRM_CUSTOMIZATION_DETAILS, 800),
        (MessageKind.CONFIRM_DELIVERY_DETAILS, 2000),
        (MessageKind.CONFIRM_ORDER_DETAILS, 2000),
        (MessageKind.CONFIRM_SERVICE_DETAILS, 2000),
        (MessageKind.DIGITAL_ACCESS_KEY, 400),
        (MessageKind.UNEXPECTED_PROBLEM, 2000),
    ],
)
def test_text_limits_are_the_models(kind: MessageKind, limit: int) -> None:
    # messaging.json @ 34dc93f, the maxLength of each request's text (amazon.md §1.2).
    assert next(k for k in KINDS if k.kind is kind).text == (1, limit)


def test_over_limit_text_through_the_client_sends_nothing(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    with pytest.raises(PolicyViolation):
        client.messages.send(
            sim.NOT_SHIPPED, "confirm_order_details", body="Which colour would you like? " * 80
        )
    assert not [c for c in simulator.calls if c.method == "POST" and c.operation != "lwaToken"]
    assert simulator.sent(sim.NOT_SHIPPED) == []


@pytest.mark.parametrize(
    ("body", "rule_fragment"),
    [
        ("<p>Your order ships <b>tomorrow</b>.</p>", "html"),
        ("Write to me at seller.support@example.com about your order.", "mail"),
    ],
)
def test_html_or_an_email_address_is_refused_by_the_rules_before_io(
    client: Client, simulator: sim.AmazonSimulator, body: str, rule_fragment: str
) -> None:
    with pytest.raises(PolicyViolation) as caught:
        client.messages.send(sim.MFN_ORDER, "confirm_delivery_details", body=body)
    assert any(rule_fragment in f.rule.lower() for f in caught.value.findings), caught.value.findings
    assert simulator.sent(sim.MFN_ORDER) == []
    assert not simulator.calls_for("createConfirmDeliveryDetails")


@pytest.mark.parametrize(
    ("kind", "body", "fields", "rule"),
    [
        (MessageKind.WARRANTY, "see attached", {}, "amazon.spapi.text.none"),
        (MessageKind.CONFIRM_DELIVERY_DETAILS, "", {}, "amazon.spapi.text.required"),
        (
            MessageKind.CONFIRM_DELIVERY_DETAILS,
            "Hello",
            {"coverage_start_date": "2026-01-01T00:00:00Z"},
            "amazon.spapi.fields",
        ),
        (MessageKind.WARRANTY, None, {"coverage_start_date": "next tuesday"}, "amazon.spapi.warranty.dates"),
        (
            MessageKind.WARRANTY,
            None,
            {"coverage_start_date": "2026-01-01T00:00:00"},
            "amazon.spapi.warranty.dates",
        ),
        (
            MessageKind.WARRANTY,
            None,
            {"coverage_start_date": "2027-01-01T00:00:00Z", "coverage_end_date": "2026-01-01T00:00:00Z"},
            "amazon.spapi.warranty.dates",
        ),
    ],
)
def test_malformed_drafts_are_refused_before_io(
    kind: MessageKind,
    body: str | None,
    fields: dict[str, Any],
    rule: str,
    bare_adapter: Callable[..., AmazonAdapter],
) -> None:
    attachment = UploadedFile("dest-1", "warranty.pdf").as_attachment()
    attachments = (attachment,) if kind is MessageKind.WARRANTY else ()
    draft = ProactiveDraft(
        order_id=sim.MFN_ORDER, kind=kind, body=body, attachments=attachments, fields=fields
    )
    with pytest.raises(PolicyViolation) as caught:
        next(bare_adapter().send_proactive(draft))
    assert rule in {f.rule for f in caught.value.findings}


def test_a_reply_kind_is_not_a_proactive_message(bare_adapter: Callable[..., AmazonAdapter]) -> None:
    from marketmsg import UnsupportedOperationError

    with pytest.raises(UnsupportedOperationError, match="relay mail"):
        next(
            bare_adapter().send_proactive(
                ProactiveDraft(order_id=sim.MFN_ORDER, kind=MessageKind.REPLY, body="hi")
            )
        )


def test_every_kind_is_sent_to_its_path(client: Client, simulator: sim.AmazonSimulator) -> None:
    pdf = UploadedFile("x", "x.pdf")  # replaced by a real upload below
    del pdf
    from marketmsg import Attachment

    doc = Attachment.from_bytes("doc.pdf", b"%PDF-1.4 doc", "application/pdf")
    for kind in KINDS:
        body = "Please confirm the details of order 123-1234567-1234567." if kind.text else None
        fields: dict[str, JsonValue] | None = (
            {"coverage_start_date": "2026-11-01T00:00:00+00:00"} if kind.coverage_dates else None
        )
        attachments = [doc] if kind.attachments and kind.attachments[0] else []
        message = client.messages.send(
            sim.SANDBOX_ORDER, kind.kind, body=body, attachments=attachments, fields=fields
        )
        assert message.kind is kind.kind
        assert message.channel.value == "spapi"
    assert [s["action"] for s in simulator.sent(sim.SANDBOX_ORDER)] == [k.action for k in KINDS]


def test_typed_builders_send_through_the_client(client: Client, simulator: sim.AmazonSimulator) -> None:
    ConfirmDeliveryDetails(text="Which delivery day suits you for order 114-6620197-1483705?").send(
        client, sim.NOT_SHIPPED
    )
    UnexpectedProblem(
        text="Order 114-6620197-1483705: the item is delayed at the carrier; it ships on Friday."
    ).send(client, sim.NOT_SHIPPED)
    sent = simulator.sent(sim.NOT_SHIPPED)
    assert [s["action"] for s in sent] == ["confirmDeliveryDetails", "unexpectedProblem"]
    with pytest.raises(ValueError, match="text"):
        Warranty(attachments=(), text="no text on a warranty")  # type: ignore[call-arg]


def test_amazons_template_refusal_is_the_same_capability_error(
    account: Any, spec: Any, clock: VirtualClock, simulator: sim.AmazonSimulator
) -> None:
    adapter = AmazonAdapter(account, clock=clock)
    draft = ProactiveDraft(
        order_id=sim.FBA_ORDER, kind=MessageKind.CONFIRM_DELIVERY_DETAILS, body="Which day?"
    )
    with Sandbox([spec], clock=clock).client() as client, pytest.raises(CapabilityError) as caught:
        client._run(adapter, adapter.send_proactive(draft))  # bypass the client's own pre-check
    assert "Invalid amazonOrderId and template combination" in str(caught.value)
    assert set(caught.value.allowed) == {"legal_disclosure", "warranty", "invoice"}
    assert "Allowed now: legal_disclosure" in str(caught.value)


def test_the_client_refuses_a_kind_the_order_does_not_allow_before_sending(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    with pytest.raises(CapabilityError) as caught:
        client.messages.send(sim.DELIVERED_LONG_AGO, "unexpected_problem", body="Sorry for the delay.")
    assert caught.value.allowed == ()
    assert "Allowed now: none" in str(caught.value)
    assert not simulator.calls_for("createUnexpectedProblem")


# ----------------------------------------------------------------------------------------------- errors


def _response(status: int, body: Any, **headers: str) -> httpx.Response:
    request = httpx.Request(
        "POST", "https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/x/messages/invoice"
    )
    return httpx.Response(
        status, json=body, headers={"x-amzn-RequestId": "rid-1", **headers}, request=request
    )


@pytest.mark.parametrize(
    ("status", "code", "message", "details", "expected"),
    [
        (400, "InvalidInput", "Invalid Input", "", BadRequestError),
        (403, "Unauthorized", "Access to requested resource is denied.", "", PermissionDeniedError),
        (
            403,
            "Unauthorized",
            "Access to requested resource is denied.",
            "The access token you provided is revoked, malformed or invalid.",
            AuthenticationError,
        ),
        (
            403,
            "MissingAuthenticationToken",
            "Access to requested resource is denied.",
            None,
            AuthenticationError,
        ),
        (403, "Unauthorized", "Invalid amazonOrderId and template combination.", "", CapabilityError),
        (
            403,
            "Unauthorized",
            "The requested solicitation is not available for this amazonOrderId.",
            "",
            CapabilityError,
        ),
        (404, "NotFound", "Not found", "", NotFoundError),
        (429, "QuotaExceeded", "You exceeded your quota for the requested resource.", None, RateLimitError),
        (
            500,
            "InternalFailure",
            "We encountered an internal error. Please try again.",
            None,
            InternalServerError,
        ),
        (503, "ServiceUnavailable", "Service temporarily unavailable.", None, InternalServerError),
    ],
)
def test_sp_api_errors_become_typed_exceptions(
    status: int, code: str, message: str, details: str | None, expected: type[Exception]
) -> None:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    mapped = to_error("sendInvoice", _response(status, {"errors": [error]}))
    assert type(mapped) is expected
    assert message in str(mapped)
    if isinstance(mapped, APIStatusError):
        assert mapped.platform_code == code
        assert mapped.request_id == "rid-1"
    else:
        assert isinstance(mapped, CapabilityError)
    assert "rid-1" in str(mapped)


def test_every_error_of_the_body_is_kept() -> None:
    body = {
        "errors": [
            {"code": "InvalidInput", "message": "first"},
            {"code": "InvalidInput", "message": "second"},
        ]
    }
    mapped = to_error("sendInvoice", _response(400, body))
    assert isinstance(mapped, BadRequestError)
    assert "first" in str(mapped) and "second" in str(mapped)
    assert mapped.body == body


def test_a_non_json_error_body_still_maps_by_status() -> None:
    request = httpx.Request("GET", "https://sellingpartnerapi-na.amazon.com/orders/v0/orders/x")
    mapped = to_error("getOrder", httpx.Response(502, content=b"<html>Bad gateway</html>", request=request))
    assert isinstance(mapped, InternalServerError)


def test_a_send_that_times_out_after_commit_is_delivery_unknown_not_a_duplicate(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    client.orders.capabilities(sim.MFN_ORDER)  # warm the token so the fault hits the send
    simulator.inject(sim.Fault(error="read_timeout_after_commit", path_contains="confirmDeliveryDetails"))
    with pytest.raises(DeliveryUnknown):
        client.messages.send(
            sim.MFN_ORDER, "confirm_delivery_details", body=f"Order {sim.MFN_ORDER}: is Tuesday fine?"
        )
    assert len(simulator.sent(sim.MFN_ORDER)) == 1  # processed once, never re-sent


def test_a_429_on_a_send_backs_off_through_the_limiter_and_succeeds(
    client: Client, simulator: sim.AmazonSimulator, clock: VirtualClock
) -> None:
    simulator.inject(sim.Fault(status=429, code="QuotaExceeded", path_contains="confirmDeliveryDetails"))
    before = len(clock.sleeps)
    client.messages.send(
        sim.MFN_ORDER, "confirm_delivery_details", body=f"Order {sim.MFN_ORDER}: is Tuesday fine?"
    )
    assert len(simulator.sent(sim.MFN_ORDER)) == 1
    assert any(s > 0 for s in clock.sleeps[before:]), "a 429 must be followed by a wait, never a tight retry"


def test_observed_rate_is_read_from_the_header(bare_adapter: Callable[..., AmazonAdapter]) -> None:
    from marketmsg.adapter import HttpCall

    adapter = bare_adapter()
    call = HttpCall(request=httpx.Request("GET", "https://x"), operation="getOrder")
    assert (
        adapter.observed_rate(call, httpx.Response(200, headers={"x-amzn-RateLimit-Limit": "0.0167"}))
        == 0.0167
    )
    assert adapter.observed_rate(call, httpx.Response(200)) is None
    assert adapter.observed_rate(call, httpx.Response(200, headers={"x-amzn-RateLimit-Limit": "n/a"})) is None


# ----------------------------------------------------------------------------------------------- pacing


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_burst_of_20_sends_is_paced_at_1_per_second_after_the_first_5(
    sandbox: Sandbox, simulator: sim.AmazonSimulator, mode: str
) -> None:
    # The adapter's send flow is driven directly (client._run) so only the send operation's bucket is measured;
    # the client's own pre-send reads have buckets of their own. Times are the simulator's, on the shared clock.
    def draft(i: int) -> ProactiveDraft:
        return ProactiveDraft(
            order_id=sim.SANDBOX_ORDER,
            kind=MessageKind.CONFIRM_DELIVERY_DETAILS,
            body=f"Delivery question {i} for order 123-1234567-1234567.",
        )

    if mode == "sync":
        with sandbox.client() as client:
            adapter = client._state.one("amazon", None)
            for i in range(20):
                client._run(adapter, adapter.send_proactive(draft(i)))
    else:

        async def main() -> None:
            async with sandbox.async_client() as client:
                adapter = client._state.one("amazon", None)
                for i in range(20):
                    await client._run(adapter, adapter.send_proactive(draft(i)))

        anyio.run(main)
    sends = simulator.calls_for("createConfirmDeliveryDetails")
    assert [c.status for c in sends] == [201] * 20, "zero 429s"
    start = sends[0].at
    offsets = [round(c.at - start, 6) for c in sends]
    assert offsets[:5] == [0.0] * 5  # the burst
    # Then one per second, counted from the first answer (here at once: a virtual clock) plus the anchor margin.
    assert offsets[5:] == [round(n + ANCHOR_MARGIN, 6) for n in range(1, 16)]


# ----------------------------------------------------------------------------------------------- faults


def test_a_503_on_a_send_is_retried_and_delivered_once(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    simulator.inject(sim.Fault(status=503, code="ServiceUnavailable", path_contains="unexpectedProblem"))
    client.messages.send(
        sim.MFN_ORDER, "unexpected_problem", body=f"Order {sim.MFN_ORDER}: the carrier is late."
    )
    assert [c.status for c in simulator.calls_for("createUnexpectedProblem")] == [503, 201]
    assert len(simulator.sent(sim.MFN_ORDER)) == 1


def test_a_connection_refused_before_sending_is_retried(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    client.orders.capabilities(sim.MFN_ORDER)
    simulator.inject(sim.Fault(error="connect", path_contains="unexpectedProblem"))
    client.messages.send(
        sim.MFN_ORDER, "unexpected_problem", body=f"Order {sim.MFN_ORDER}: the carrier is late."
    )
    assert len(simulator.sent(sim.MFN_ORDER)) == 1


def test_latency_and_hooks(client: Client, simulator: sim.AmazonSimulator, clock: VirtualClock) -> None:
    before = clock.now()
    simulator.inject(sim.Fault(delay=2.5, path_contains="/attributes"))
    client.orders.context(sim.MFN_ORDER)
    assert (clock.now() - before).total_seconds() >= 2.5
    simulator.hooks.append(
        lambda request: httpx.Response(418) if request.url.path.endswith("/attributes") else None
    )
    with pytest.raises(Exception, match="418"):
        client.with_options(max_retries=0).orders.context(sim.MFN_ORDER)


def test_typed_builders_send_through_the_async_client(
    sandbox: Sandbox, simulator: sim.AmazonSimulator
) -> None:
    async def main() -> Any:
        async with sandbox.async_client() as client:
            return await ConfirmDeliveryDetails(text=f"Order {sim.NOT_SHIPPED}: which day suits you?").asend(
                client, sim.NOT_SHIPPED, idempotency_key="typed-async-1"
            )

    message = anyio.run(main)
    assert message.kind is MessageKind.CONFIRM_DELIVERY_DETAILS
    assert message.id.endswith("/confirm_delivery_details/typed-async-1")
    assert [s["action"] for s in simulator.sent(sim.NOT_SHIPPED)] == ["confirmDeliveryDetails"]


def test_amazons_own_429_backs_off_one_token_and_succeeds(
    sandbox: Sandbox, simulator: sim.AmazonSimulator, clock: VirtualClock
) -> None:
    # Two clients (e.g. two processes without a shared limit store) drain one seller's bucket on the platform.
    with sandbox.client() as first, sandbox.client() as second:
        adapter = first._state.one("amazon", None)
        for _ in range(5):
            first._run(adapter, adapter.get_capabilities(sim.MFN_ORDER))
        other = second._state.one("amazon", None)
        capability = second._run(other, other.get_capabilities(sim.MFN_ORDER))
    assert capability.allowed_kinds
    statuses = [c.status for c in simulator.calls_for("getMessagingActionsForOrder")]
    assert statuses.count(429) >= 1, "the platform throttled the second client"
    assert statuses[-1] == 200
    assert statuses.count(429) == 1, "back-off waits for one token instead of hammering"
