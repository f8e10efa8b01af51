"""A send checks its text once when the order facts change nothing its content rules read (issue 14): a pack's
``content_inputs`` must cover everything ``check_content`` reads, or a send would reuse findings made under
another locale or order."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

import marketmsg
from marketmsg import Attachment, Fulfilment, MessageKind, OrderContext
from marketmsg.rules import RuleContext, RulePack
from marketmsg.sandbox import Sandbox
from marketmsg_aliexpress.rules import ALIEXPRESS_RULES
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as amazon_sim
from marketmsg_amazon.rules import AMAZON_RULES

ORDER = "111-2222222-3333333"
TEXTS = [
    f"Your order {ORDER} ships today; call 030 1234567 or 0151 23456789 if the courier cannot find you.",
    "Ring us on (415) 555-2671, or 020 7946 0958 from the UK, about your return and refund.",
    "Please confirm the delivery address. 電話 090-1234-5678 でもどうぞ",
    "Thank you! Write to help@example.com for the refund of order 8123456789012345.",
    "",
]
LOCALES = [None, "en_US", "en-GB", "de_DE", "ja_JP", "fr_FR"]


def _orders(order_id: str) -> list[OrderContext | None]:
    return [
        None,
        *(
            OrderContext(platform="amazon", account="amazon:S1", order_id=order_id, fulfilment=f)
            for f in (Fulfilment.PLATFORM, Fulfilment.MERCHANT)
        ),
    ]


def _contexts(platform: str) -> Iterator[RuleContext]:
    pdf = Attachment(filename="label.pdf", content_type="application/pdf", size=30_000_000)
    for locale, order, order_id, kind, lifted, files in itertools.product(
        LOCALES,
        _orders(ORDER),
        [None, ORDER],
        ["reply", "confirm_delivery_details"],
        [False, True],
        [(), (pdf,)],
    ):
        yield RuleContext(
            platform=platform,
            locale=locale,
            order=order,
            order_id=order_id,
            kind=kind,
            external_contact_allowed=lifted,
            attachments=files,
        )


@pytest.mark.parametrize("pack", [AMAZON_RULES, ALIEXPRESS_RULES], ids=["amazon", "aliexpress"])
def test_equal_content_inputs_give_equal_findings(pack: Any) -> None:
    contexts = list(_contexts(pack.platform))
    groups: dict[object, list[RuleContext]] = {}
    for context in contexts:
        groups.setdefault(pack.content_inputs(context), []).append(context)
    assert 1 < len(groups) < len(contexts)  # the inputs do merge contexts (the point) without merging all
    for text in TEXTS:
        for members in groups.values():
            first = pack.check_content(text, members[0])
            for other in members[1:]:
                assert pack.check_content(text, other) == first, (text, members[0], other)


def test_inputs_tell_apart_locales_that_change_the_phone_region() -> None:
    us, de = (RuleContext(platform="amazon", locale=loc, kind="reply") for loc in ("en_US", "de_DE"))
    assert AMAZON_RULES.content_inputs(us) != AMAZON_RULES.content_inputs(de)
    assert AMAZON_RULES.content_inputs(us) == AMAZON_RULES.content_inputs(
        RuleContext(platform="amazon", locale=None, kind="reply")
    )


class _Counting:
    """Counts ``check_content`` calls on a pack (optionally hiding its ``content_inputs``)."""

    def __init__(self, pack: RulePack, *, declares: bool) -> None:
        self.pack = pack
        self.declares = declares
        self.calls = 0
        self.platform = pack.platform

    def __getattr__(self, name: str) -> Any:
        if name == "content_inputs" and not self.declares:
            raise AttributeError(name)
        return getattr(self.pack, name)

    def check_content(self, text: str, context: RuleContext) -> Any:
        self.calls += 1
        return self.pack.check_content(text, context)


@pytest.mark.parametrize(("declares", "checks"), [(True, 1), (False, 2)])
def test_a_proactive_send_checks_its_text_once_when_the_facts_change_no_input(
    monkeypatch: pytest.MonkeyPatch, declares: bool, checks: int
) -> None:
    counting = _Counting(AMAZON_RULES, declares=declares)
    monkeypatch.setattr(AmazonAdapter, "rule_pack", counting)
    sandbox = Sandbox.create(
        ["amazon"], clock=marketmsg.VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    )
    text = f"Which day suits you for the delivery of order {amazon_sim.MFN_ORDER}?"
    with sandbox.client() as client:
        client.messages.send(
            amazon_sim.MFN_ORDER, MessageKind.CONFIRM_DELIVERY_DETAILS, platform="amazon", body=text
        )
    # The buyer's locale read for the send selects the same phone region as none at all: one check suffices.
    assert counting.calls == checks
