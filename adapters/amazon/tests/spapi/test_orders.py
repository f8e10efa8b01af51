"""Order context (Orders v0 + GetAttributes), capabilities, and the review request's window and once-only rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from marketmsg import CapabilityError, Client, Fulfilment, MessageKind, VirtualClock
from marketmsg_amazon import simulator as sim
from marketmsg_amazon._capabilities import action_names, to_capability
from marketmsg_amazon._orders import OrderDTO, solicitation_window


@pytest.mark.parametrize(
    ("order_id", "fulfilment", "status", "gift", "locale"),
    [
        (sim.MFN_ORDER, Fulfilment.MERCHANT, "Shipped", False, "en-US"),
        (sim.FBA_ORDER, Fulfilment.PLATFORM, "Shipped", False, "en-GB"),  # AFN = Fulfilled by Amazon
        (sim.GIFT_ORDER, Fulfilment.MERCHANT, "Shipped", True, "es-US"),
        (sim.NOT_SHIPPED, Fulfilment.MERCHANT, "Unshipped", False, "de-DE"),
    ],
)
def test_order_context_maps_the_orders_api(
    client: Client, order_id: str, fulfilment: Fulfilment, status: str, gift: bool, locale: str
) -> None:
    context = client.orders.context(order_id)
    assert (context.order_id, context.fulfilment, context.status) == (order_id, fulfilment, status)
    assert context.is_gift is gift
    assert context.buyer_locale == locale
    assert context.earliest_delivery is not None and context.latest_delivery is not None
    assert context.earliest_delivery <= context.latest_delivery
    assert context.earliest_delivery.utcoffset() == timedelta(0)


def test_order_context_keeps_no_buyer_pii() -> None:
    order = OrderDTO.model_validate(
        {"AmazonOrderId": "1", "BuyerInfo": {"BuyerEmail": "x@marketplace.amazon.com"}}
    )
    from marketmsg_amazon._orders import _without_pii

    assert "BuyerInfo" not in _without_pii(order.model_dump(by_alias=True))


@pytest.mark.parametrize(
    ("order_id", "allowed", "refused"),
    [
        (sim.NOT_SHIPPED, {"confirm_order_details", "confirm_customization_details", "invoice"},
         {"review_solicitation", "confirm_service_details"}),
        (sim.MFN_ORDER, {"confirm_delivery_details", "warranty", "review_solicitation"}, {"confirm_order_details"}),
        (sim.FBA_ORDER, {"legal_disclosure", "warranty", "invoice", "review_solicitation"},
         {"confirm_delivery_details", "unexpected_problem"}),
        (sim.DELIVERED_LONG_AGO, set(), {"unexpected_problem", "review_solicitation", "warranty"}),
    ],
)  # fmt: skip
def test_capabilities_per_seeded_order(
    client: Client, order_id: str, allowed: set[str], refused: set[str]
) -> None:
    capability = client.orders.capabilities(order_id)
    assert allowed <= set(capability.allowed_kinds)
    assert refused <= {r.kind for r in capability.refused}
    assert not set(capability.allowed_kinds) & {r.kind for r in capability.refused}
    for kind in refused:
        assert capability.why_not(kind)


def test_confirm_order_details_is_explained_as_before_shipping(client: Client) -> None:
    why = client.orders.capabilities(sim.MFN_ORDER).why_not("confirm_order_details")
    assert why is not None and "before the order ships" in why


def test_unknown_and_legacy_actions_are_tolerated_and_reported() -> None:
    body = {"_links": {"self": {"href": "/x"}, "actions": [
        {"href": "/a", "name": "confirmDeliveryDetails"},
        {"href": "/b", "name": "amazonMotors"},
        {"href": "/c", "name": "negativeFeedbackRemoval"},
        {"href": "/d", "name": "someFutureAction"},
        {"href": "/e", "name": "attributes"},
        {"href": "/f"},
    ]}}  # fmt: skip
    capability = to_capability("amazon:S", "O", body, None)
    assert capability.allowed_kinds == ("confirm_delivery_details",)
    assert capability.unknown_actions == ("amazonMotors", "negativeFeedbackRemoval", "someFutureAction")


def test_actions_are_read_from_embedded_when_links_lack_them() -> None:
    body = {"_links": {"self": {"href": "/x"}, "actions": []},
            "_embedded": {"actions": [{"_links": {"self": {"href": "/a"}, "schema": {"href": "/s"}},
                                       "payload": {"name": "warranty"}}]}}  # fmt: skip
    assert action_names(body) == ["warranty"]


# ------------------------------------------------------------------------------------------ solicitation window


def _order(earliest: datetime | None, latest: datetime | None) -> OrderDTO:
    return OrderDTO.model_validate(
        {"AmazonOrderId": "1", "EarliestDeliveryDate": earliest, "LatestDeliveryDate": latest}
    )


D = datetime(2026, 10, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("earliest", "latest", "now", "inside"),
    [
        (D, D + timedelta(days=2), D + timedelta(days=5), True),  # opens 5 days after the earliest date
        (D, D + timedelta(days=2), D + timedelta(days=4, hours=23), False),
        (D, D + timedelta(days=2), D + timedelta(days=32), True),  # closes 30 days after the latest date
        (D, D + timedelta(days=2), D + timedelta(days=32, seconds=1), False),
        (D, None, D + timedelta(days=30), True),  # one date given: used for both ends
    ],
)
def test_solicitation_window_is_5_days_after_earliest_to_30_after_latest(
    earliest: datetime, latest: datetime | None, now: datetime, inside: bool
) -> None:
    window = solicitation_window(_order(earliest, latest))
    assert window is not None
    assert window.contains(now) is inside


def test_no_delivery_dates_means_no_client_side_window() -> None:
    assert solicitation_window(_order(None, None)) is None


def test_a_review_request_is_sent_once(client: Client, simulator: sim.AmazonSimulator) -> None:
    message = client.messages.send(sim.MFN_ORDER, "review_solicitation")
    assert message.kind is MessageKind.REVIEW_SOLICITATION
    with pytest.raises(CapabilityError) as caught:
        client.messages.send(sim.MFN_ORDER, "review_solicitation")
    assert "one review request" in str(caught.value)
    assert [s["action"] for s in simulator.sent(sim.MFN_ORDER)] == ["productReviewAndSellerFeedback"]


def test_outside_the_window_the_review_request_is_refused_before_sending(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    with pytest.raises(CapabilityError) as caught:
        client.messages.send(sim.NOT_SHIPPED, "review_solicitation")
    assert "window opens" in str(caught.value)
    assert not simulator.calls_for("createProductReviewAndSellerFeedbackSolicitation")


def test_the_adapter_checks_the_window_itself_when_driven_directly(
    client: Client, simulator: sim.AmazonSimulator, clock: VirtualClock
) -> None:
    from marketmsg.adapter import ProactiveDraft

    adapter = client._state.one("amazon", None)
    clock.advance(timedelta(days=40).total_seconds())  # MFN_ORDER's window has closed
    with pytest.raises(CapabilityError, match="5 days after the earliest"):
        client._run(
            adapter,
            adapter.send_proactive(
                ProactiveDraft(order_id=sim.MFN_ORDER, kind=MessageKind.REVIEW_SOLICITATION)
            ),
        )
    assert not simulator.calls_for("createProductReviewAndSellerFeedbackSolicitation")


def test_a_review_request_takes_no_text(client: Client) -> None:
    from marketmsg import PolicyViolation
    from marketmsg.adapter import ProactiveDraft

    adapter = client._state.one("amazon", None)
    draft = ProactiveDraft(
        order_id=sim.MFN_ORDER, kind=MessageKind.REVIEW_SOLICITATION, body="Please review us!"
    )
    with pytest.raises(PolicyViolation, match="fixed template"):
        next(adapter.send_proactive(draft))


def test_without_the_orders_role_sends_still_work(client: Client, simulator: sim.AmazonSimulator) -> None:
    import httpx

    def no_orders_role(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.startswith("/orders/"):
            body = {"errors": [{"code": "Unauthorized", "message": "Access to requested resource is denied.",
                                "details": ""}]}  # fmt: skip
            return httpx.Response(403, json=body)
        return None

    simulator.hooks.append(no_orders_role)
    context = client.orders.context(sim.MFN_ORDER)
    assert context.fulfilment is Fulfilment.UNKNOWN
    assert context.buyer_locale == "en-US"
    assert "denied" in context.raw["order_error"]
    client.messages.send(
        sim.MFN_ORDER, "unexpected_problem", body=f"Order {sim.MFN_ORDER}: the carrier is late."
    )
    assert simulator.sent(sim.MFN_ORDER)[-1]["action"] == "unexpectedProblem"


def test_replies_are_always_possible_for_an_order(client: Client) -> None:
    # Even when nothing proactive is allowed any more, a buyer who writes can be answered (relay mail).
    assert client.orders.capabilities(sim.DELIVERED_LONG_AGO).can_reply is True
