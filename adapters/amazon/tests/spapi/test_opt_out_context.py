"""Relay-mail facts reach the SP-API side: an opt-out notice sets OrderContext.buyer_opted_out for the rules."""

from __future__ import annotations

import logging

import pytest

from marketmsg import Account, Client
from marketmsg.sandbox import Sandbox
from marketmsg_amazon import AmazonAdapter


def test_opt_out_notice_reaches_the_order_context() -> None:
    with Sandbox.create(["amazon"]).client() as client:
        conversations = list(client.conversations.list())
        opted = [c for c in conversations if "buyer_opted_out" in c.tags]
        assert opted, "the sandbox seeds an opt-out bounce"
        assert client.orders.context(opted[0].order_id or "").buyer_opted_out is True
        others = [
            c for c in conversations if "buyer_opted_out" not in c.tags and c.order_id != opted[0].order_id
        ]
        assert client.orders.context(others[0].order_id or "").buyer_opted_out is False


def test_account_without_relay_lists_nothing_and_says_why(caplog: pytest.LogCaptureFixture) -> None:
    spec = AmazonAdapter.sandbox()
    assert spec is not None
    seeded = spec.accounts[0]
    bare = Account(
        platform="amazon",
        seller_id=seeded.seller_id,
        marketplaces=seeded.marketplaces,
        region=seeded.region,
        credentials=seeded.credentials,
        settings={k: v for k, v in seeded.settings.items() if k != "relay"},
    )
    sandbox = Sandbox([spec])
    with (
        caplog.at_level(logging.WARNING, logger="marketmsg_amazon"),
        Client([bare], http_client=sandbox.http_client()) as client,
    ):
        assert list(client.conversations.list()) == []
    assert "no settings.relay" in caplog.text
