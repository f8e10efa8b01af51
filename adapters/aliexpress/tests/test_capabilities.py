"""Feature.CAPABILITIES: what an account may send for an order now, from its messaging API and channel rules."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import anyio
import pytest

from marketmsg import (
    AsyncClient,
    CapabilityError,
    MessageKind,
    PolicyViolation,
    VirtualClock,
)
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_aliexpress._capabilities import (
    CHANNEL_KINDS,
    RULE_CHANNEL_KIND,
    RULE_NO_MESSAGING_API,
    RULE_NO_SUCH_KIND,
)
from marketmsg_aliexpress.simulator import IM_SELLER, LETTER_SELLER, AliExpressSimulator

from .conftest import account

IM_ORDER = f"30{IM_SELLER[-4:]}001"  # seeded dispute order of the IM seller
LETTER_ORDER = "8100000001"  # seeded station-letter order (ch-3001)
IM_CONV = f"aliexpress:{IM_SELLER}:conv:im/2000000001"
CHANNEL_KIND_NAMES = ("reply", "image", "order_card", "product_card")
CLOSED = "aliexpress.channel_closed"  # the rule pack's id (rules/__init__.py)


def _closes(clock: VirtualClock, minutes: int | None) -> dict[str, Any]:
    if minutes is None:
        return {}
    return {"message_channel_closes_at": (clock.now() + timedelta(minutes=minutes)).isoformat()}


# messaging_api, minutes until the channel closes (None: never), allowed kinds, refused channel kind → rule
CASES: list[tuple[str, int | None, tuple[str, ...], dict[str, str]]] = [
    ("im", None, ("reply", "image", "order_card", "product_card"), {}),
    ("im", 60, ("reply", "image", "order_card", "product_card"), {}),
    ("im", 0, (), dict.fromkeys(CHANNEL_KIND_NAMES, CLOSED)),  # closes exactly now: closed
    ("im", -60, (), dict.fromkeys(CHANNEL_KIND_NAMES, CLOSED)),
    (
        "station_letter",
        None,
        ("reply",),
        {"image": RULE_CHANNEL_KIND, "order_card": RULE_CHANNEL_KIND, "product_card": RULE_CHANNEL_KIND},
    ),
    (
        "station_letter",
        -1,
        (),
        {
            "reply": CLOSED,
            "image": RULE_CHANNEL_KIND,
            "order_card": RULE_CHANNEL_KIND,
            "product_card": RULE_CHANNEL_KIND,
        },
    ),
    ("none", None, (), dict.fromkeys(CHANNEL_KIND_NAMES, RULE_NO_MESSAGING_API)),
    # Nothing to close: the missing API is the reason, not the closed channel.
    ("none", -60, (), dict.fromkeys(CHANNEL_KIND_NAMES, RULE_NO_MESSAGING_API)),
]


@pytest.mark.parametrize(("api", "minutes", "allowed", "refused_rules"), CASES)
def test_capability_table(
    spec: SandboxSpec,
    sim: AliExpressSimulator,
    make_client: Any,
    clock: VirtualClock,
    api: str,
    minutes: int | None,
    allowed: tuple[str, ...],
    refused_rules: dict[str, str],
) -> None:
    client = make_client(account(spec, settings={"messaging_api": api, **_closes(clock, minutes)}))
    before = len(sim.requests)
    capability = client.orders.capabilities(IM_ORDER, platform="aliexpress")
    assert len(sim.requests) == before, "capabilities are derived without any request"
    assert capability.order_id == IM_ORDER and capability.account == f"aliexpress:{IM_SELLER}"
    assert capability.allowed_kinds == allowed
    assert capability.can_reply is ("reply" in allowed)
    assert {r.kind: r.rule for r in capability.refused if r.kind in CHANNEL_KIND_NAMES} == refused_rules
    # Every kind is either allowed or refused with a rule and one sentence; never both.
    assert {r.kind for r in capability.refused} | set(allowed) == {k.value for k in MessageKind}
    assert not {r.kind for r in capability.refused} & set(allowed)
    for refused in capability.refused:
        assert refused.rule and not refused.reason.endswith(".") and ". " not in refused.reason


@pytest.mark.parametrize(
    ("kind", "rule", "phrase"),
    [
        (MessageKind.WARRANTY, RULE_NO_SUCH_KIND, "AliExpress has no warranty message"),
        (MessageKind.REVIEW_SOLICITATION, RULE_NO_SUCH_KIND, "no review_solicitation message"),
        (MessageKind.SYSTEM, RULE_NO_SUCH_KIND, "sent by AliExpress itself"),
    ],
)
def test_kinds_aliexpress_does_not_have_are_refused_with_a_reason(
    spec: SandboxSpec, make_client: Any, kind: MessageKind, rule: str, phrase: str
) -> None:
    capability = make_client(account(spec)).orders.capabilities(IM_ORDER, platform="aliexpress")
    refused = next(r for r in capability.refused if r.kind == kind.value)
    assert refused.rule == rule and phrase in refused.reason


def test_channel_table_matches_the_im_templates_the_adapter_sends() -> None:
    # §3.5: template 1 text, 3 image, 10007 order card, 10006 product card; station letters: text (+ img_path).
    assert CHANNEL_KINDS == {
        "im": ("reply", "image", "order_card", "product_card"),
        "station_letter": ("reply",),
        "none": (),
    }


def test_channel_closes_as_the_clock_passes_the_setting(
    spec: SandboxSpec, make_client: Any, clock: VirtualClock
) -> None:
    client = make_client(account(spec, settings=_closes(clock, 30)))
    assert client.orders.capabilities(IM_ORDER, platform="aliexpress").can_reply
    clock.advance(30 * 60)
    capability = client.orders.capabilities(IM_ORDER, platform="aliexpress")
    assert not capability.can_reply
    assert "closed at" in (capability.why_not("reply") or "")


def test_async_client_gives_the_same_capability(
    spec: SandboxSpec, clock: VirtualClock, make_client: Any
) -> None:
    settings = {"messaging_api": "station_letter"}
    sync = make_client(account(spec, settings=settings)).orders.capabilities(IM_ORDER, platform="aliexpress")

    async def main() -> Any:
        sandbox = Sandbox([spec], clock=clock)
        async with AsyncClient(
            [account(spec, settings=settings)], http_client=sandbox.async_http_client(), clock=clock
        ) as client:
            return await client.orders.capabilities(IM_ORDER, platform="aliexpress")

    assert anyio.run(main) == sync


# ------------------------------------------------------------------ the send paths obey the capability


def _sends(sim: AliExpressSimulator, since: int) -> list[Any]:
    names = ("aliexpress/message/send", "aliexpress.message.redefining.versiontwo.addmsg")
    return [r for r in sim.requests[since:] if r.url.params.get("method") in names]


def test_card_on_a_station_letter_account_is_a_capability_error_naming_the_rule(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    client = make_client(account(spec, LETTER_SELLER))
    before = len(sim.requests)
    with pytest.raises(CapabilityError) as caught:
        client.messages.send(
            LETTER_ORDER, MessageKind.ORDER_CARD, platform="aliexpress", fields={"buyer_id": "2000000001"}
        )
    assert caught.value.rule == RULE_CHANNEL_KIND and caught.value.allowed == ("reply",)
    assert "IM template (10007)" in str(caught.value)
    assert not _sends(sim, before)


def test_closed_channel_refuses_cards_and_replies_before_sending(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock
) -> None:
    client = make_client(account(spec, settings=_closes(clock, -5)))
    before = len(sim.requests)
    with pytest.raises(CapabilityError) as caught:
        client.messages.send(
            IM_ORDER, MessageKind.ORDER_CARD, platform="aliexpress", fields={"buyer_id": "2000000002"}
        )
    assert caught.value.rule == CLOSED and caught.value.allowed == ()
    with pytest.raises(PolicyViolation) as refused:
        client.messages.reply(IM_CONV, "Thank you for your message. We are checking it now.")
    assert CLOSED in {f.rule for f in refused.value.findings}
    assert not _sends(sim, before)


def test_reply_without_a_messaging_api_says_why(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    client = make_client(account(spec, settings={"messaging_api": "none"}))
    conv = next(c for c in client.conversations.list().to_list() if c.order_id == IM_ORDER)
    before = len(sim.requests)
    with pytest.raises(PolicyViolation) as refused:
        client.messages.reply(conv.id, f"Thank you for your message about order {conv.order_id}.")
    finding = next(f for f in refused.value.findings if f.rule == "aliexpress.reply_not_allowed")
    assert "messaging_api='none'" in finding.message and "dispute counter-proposals" in finding.message
    assert not _sends(sim, before)


def test_card_goes_out_while_the_channel_is_open(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock
) -> None:
    client = make_client(account(spec, settings=_closes(clock, 60)))
    message = client.messages.send(
        IM_ORDER,
        MessageKind.PRODUCT_CARD,
        platform="aliexpress",
        fields={"buyer_id": "2000000002", "item_id": "1005001"},
    )
    assert message.kind is MessageKind.PRODUCT_CARD
    last = sim.state.im[IM_SELLER]["2000000002"]["messages"][-1]
    assert last["template_id"] == 10006 and json.loads(last["content"]) == {"item_id": "1005001"}
