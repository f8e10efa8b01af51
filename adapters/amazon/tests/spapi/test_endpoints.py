"""Marketplace → region → host, from python-amazon-sp-api's table; production and sandbox; overrides."""

from __future__ import annotations

from typing import Any

import pytest

from marketmsg import Account, ConfigurationError
from marketmsg_amazon import AmazonAdapter, Region, endpoints_for, marketplaces
from marketmsg_amazon import simulator as sim


def _account(marketplace: str, **kwargs: Any) -> Account:
    return Account(platform="amazon", seller_id="A2X", marketplaces=(marketplace,), **kwargs)


@pytest.mark.parametrize(
    ("marketplace", "region", "production", "sandbox"),
    [
        ("ATVPDKIKX0DER", Region.NA, "https://sellingpartnerapi-na.amazon.com",
         "https://sandbox.sellingpartnerapi-na.amazon.com"),  # US
        ("A2EUQ1WTGCTBG2", Region.NA, "https://sellingpartnerapi-na.amazon.com", None),  # CA
        ("A2Q3Y263D00KWC", Region.NA, "https://sellingpartnerapi-na.amazon.com", None),  # BR
        ("A1PA6795UKMFR9", Region.EU, "https://sellingpartnerapi-eu.amazon.com",
         "https://sandbox.sellingpartnerapi-eu.amazon.com"),  # DE
        ("A1F83G8C2ARO7P", Region.EU, "https://sellingpartnerapi-eu.amazon.com", None),  # UK
        ("A21TJRUUN4KGV", Region.EU, "https://sellingpartnerapi-eu.amazon.com", None),  # IN
        ("A1VC38T7YXB528", Region.FE, "https://sellingpartnerapi-fe.amazon.com",
         "https://sandbox.sellingpartnerapi-fe.amazon.com"),  # JP
        ("A39IBJ37TRP1C6", Region.FE, "https://sellingpartnerapi-fe.amazon.com", None),  # AU
    ],
)  # fmt: skip
def test_marketplace_resolves_region_and_hosts(
    marketplace: str, region: Region, production: str, sandbox: str | None
) -> None:
    resolved = endpoints_for(_account(marketplace))
    assert (resolved.region, resolved.api) == (region, production)
    assert resolved.token_url == "https://api.amazon.com/auth/o2/token"
    if sandbox:
        assert endpoints_for(_account(marketplace, settings={"sandbox": True})).api == sandbox


def test_the_table_is_python_amazon_sp_apis() -> None:
    from sp_api.base.marketplaces import Marketplaces

    assert {m.marketplace_id for m in Marketplaces} == set(marketplaces())


def test_an_explicit_endpoint_and_token_url_win() -> None:
    account = _account(
        "ATVPDKIKX0DER",
        settings={
            "endpoint": "http://127.0.0.1:8400/",
            "lwa_token_url": "http://127.0.0.1:8400/auth/o2/token",
        },
    )
    resolved = endpoints_for(account)
    assert resolved.api == "http://127.0.0.1:8400"
    assert resolved.token_url == "http://127.0.0.1:8400/auth/o2/token"


def test_seller_central_for_the_consent_page() -> None:
    assert (
        endpoints_for(_account("A1PA6795UKMFR9")).seller_central == "https://sellercentral-europe.amazon.com"
    )
    assert endpoints_for(_account("A1VC38T7YXB528")).seller_central == "https://sellercentral.amazon.co.jp"


@pytest.mark.parametrize(
    ("account", "field"),
    [
        (Account(platform="amazon", seller_id="A2X"), "marketplaces"),
        (_account("NOT-A-MARKETPLACE"), "marketplaces"),
        (_account("ATVPDKIKX0DER", region="moon"), "region"),
    ],
)
def test_bad_configuration_names_the_field(account: Account, field: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        endpoints_for(account)
    assert caught.value.field == field


def test_rate_limit_overrides_are_validated() -> None:
    from marketmsg_amazon._limits import merged_limits

    assert merged_limits({"sendInvoice": [2, 10]})["sendInvoice"].rate == 2.0
    with pytest.raises(ConfigurationError, match="unknown SP-API operation"):
        merged_limits({"sendInvoce": [1, 5]})
    with pytest.raises(ConfigurationError, match="rate > 0"):
        merged_limits({"sendInvoice": [0, 5]})


@pytest.mark.parametrize(
    ("operation", "rate", "burst"),
    [
        ("getMessagingActionsForOrder", 1.0, 5), ("createConfirmDeliveryDetails", 1.0, 5), ("GetAttributes", 1.0, 5),
        ("CreateWarranty", 1.0, 5), ("sendInvoice", 1.0, 5),
        ("getSolicitationActionsForOrder", 1.0, 5), ("createProductReviewAndSellerFeedbackSolicitation", 1.0, 5),
        ("createUploadDestinationForResource", 10.0, 10),
        ("getOrder", 0.5, 30), ("getOrderItems", 0.5, 30),
    ],
)  # fmt: skip
def test_rate_limits_are_the_models_usage_plans(operation: str, rate: float, burst: int) -> None:
    limit = AmazonAdapter.rate_limits[operation]
    assert (limit.rate, limit.burst) == (rate, burst)


def test_features_include_the_relay_channels() -> None:
    from marketmsg import Feature

    assert {Feature.SEND_PROACTIVE, Feature.ATTACHMENTS, Feature.CAPABILITIES, Feature.ORDER_CONTEXT} <= set(
        AmazonAdapter.features
    )
    relay: frozenset[Feature] = getattr(AmazonAdapter.__mro__[1], "relay_features", frozenset())
    assert relay <= AmazonAdapter.features


def test_sandbox_account_is_valid_and_uses_the_sandbox_host() -> None:
    spec = AmazonAdapter.sandbox()
    account = spec.accounts[0]
    AmazonAdapter.validate_account(account)
    assert AmazonAdapter(account).spapi.endpoints.api == "https://sandbox.sellingpartnerapi-na.amazon.com"
    assert account.seller_id == sim.SELLER_ID
    assert "relay" in account.settings
