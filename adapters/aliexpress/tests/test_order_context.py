"""Buyer country in OrderContext (for the reply templates' language): only official order fields are read."""

from __future__ import annotations

from typing import Any

import pytest

from marketmsg.sandbox import SandboxSpec
from marketmsg.templates import choose_language, compose_reply
from marketmsg_aliexpress._orders import buyer_country
from marketmsg_aliexpress.simulator import IM_SELLER, LETTER_SELLER

from .conftest import account


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # AeopTpPersonDTO buyer_info.country first: the buyer's own country, even when the parcel goes elsewhere
        ({"buyer_info": {"country": "FR"}, "receipt_address": {"country": "DE"}}, "FR"),
        ({"receipt_address": {"country": "es"}}, "ES"),  # AeopTpAddressDTO: delivery country as fallback
        ({"buyer_info": {"country": ""}, "receipt_address": {"country": "BR"}}, "BR"),
        ({"buyer_info": {"country": " pl "}}, "PL"),
        ({"buyer_info": {"first_name": "Ana"}, "receipt_address": None}, None),
        ({}, None),  # nothing in the answer: unknown, never guessed
    ],
)
def test_buyer_country_reads_the_sdk_fields(target: dict[str, Any], expected: str | None) -> None:
    assert buyer_country(target) == expected


@pytest.mark.parametrize(
    ("seller", "order_id", "country", "language"),
    [
        (LETTER_SELLER, "8100000001", "ES", "es"),  # station-letter order of buyer es2220001
        (LETTER_SELLER, "8100000002", "PL", "en"),  # Polish has no catalog: the default
        (IM_SELLER, f"30{IM_SELLER[-4:]}003", "BR", "pt"),  # dispute order of buyer br9990003
        (IM_SELLER, f"30{IM_SELLER[-4:]}002", "RU", "en"),
    ],
)
def test_order_context_country_drives_the_template_language(
    spec: SandboxSpec, make_client: Any, seller: str, order_id: str, country: str, language: str
) -> None:
    client = make_client(account(spec, seller))
    context = client.orders.context(order_id, platform="aliexpress")
    assert (context.buyer_country, context.buyer_locale) == (country, None)
    assert choose_language(context.buyer_locale, context.buyer_country) == language
    reply = compose_reply(
        {"acknowledgement": "-", "solution": "-", "next_step": "-"},
        order_id=order_id,
        buyer_locale=context.buyer_locale,
        buyer_country=context.buyer_country,
    )
    assert reply.language == language and order_id in reply.text
