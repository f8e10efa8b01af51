"""Where an account's SP-API calls go: region, production or sandbox host, LWA and Seller Central URLs.

Marketplace ids and their regions come from python-amazon-sp-api's ``Marketplaces`` table, so a marketplace that
library knows is one we know, with no second copy to drift. Hosts are Amazon's published endpoints
(https://developer-docs.amazon.com/sp-api/docs/sp-api-endpoints; sandbox hosts from the archived developer guide,
``amzn/selling-partner-api-docs`` ``SellingPartnerApiDeveloperGuide.md`` @ ``c2888de``). The region is read from
the library's endpoint suffix (``-na``/``-eu``/``-fe``), never from its ``BASE_URL``, which that library switches
to the sandbox through the ``AWS_ENV`` environment variable at import time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sp_api.base.marketplaces import Marketplaces

from marketmsg import Account, ConfigurationError

__all__ = [
    "LWA_TOKEN_URL",
    "Endpoints",
    "Region",
    "endpoints_for",
    "marketplace_region",
    "marketplaces",
]

#: Login with Amazon token endpoint (amazon.md §3; archived developer guide "Step 1").
LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"  # noqa: S105 - a URL


class Region(StrEnum):
    """SP-API regions; one authorisation covers every marketplace of its region."""

    NA = "na"
    EU = "eu"
    FE = "fe"


_PRODUCTION = {r: f"https://sellingpartnerapi-{r.value}.amazon.com" for r in Region}
_SANDBOX = {r: f"https://sandbox.sellingpartnerapi-{r.value}.amazon.com" for r in Region}

# Seller Central hosts for the consent page of the website authorisation workflow, per marketplace country
# (https://developer-docs.amazon.com/sp-api/docs/seller-central-urls). Countries missing here fall back to
# their region's main Seller Central.
_SELLER_CENTRAL = {
    "US": "https://sellercentral.amazon.com",
    "CA": "https://sellercentral.amazon.ca",
    "MX": "https://sellercentral.amazon.com.mx",
    "BR": "https://sellercentral.amazon.com.br",
    "UK": "https://sellercentral-europe.amazon.com",
    "GB": "https://sellercentral-europe.amazon.com",
    "DE": "https://sellercentral-europe.amazon.com",
    "FR": "https://sellercentral-europe.amazon.com",
    "IT": "https://sellercentral-europe.amazon.com",
    "ES": "https://sellercentral-europe.amazon.com",
    "NL": "https://sellercentral.amazon.nl",
    "SE": "https://sellercentral.amazon.se",
    "PL": "https://sellercentral.amazon.pl",
    "BE": "https://sellercentral.amazon.com.be",
    "IE": "https://sellercentral.amazon.ie",
    "TR": "https://sellercentral.amazon.com.tr",
    "AE": "https://sellercentral.amazon.ae",
    "SA": "https://sellercentral.amazon.sa",
    "EG": "https://sellercentral.amazon.eg",
    "IN": "https://sellercentral.amazon.in",
    "ZA": "https://sellercentral.amazon.co.za",
    "JP": "https://sellercentral.amazon.co.jp",
    "AU": "https://sellercentral.amazon.com.au",
    "SG": "https://sellercentral.amazon.sg",
}
_REGION_SELLER_CENTRAL = {
    Region.NA: "https://sellercentral.amazon.com",
    Region.EU: "https://sellercentral-europe.amazon.com",
    Region.FE: "https://sellercentral.amazon.co.jp",
}


@dataclass(frozen=True)
class MarketplaceInfo:
    """One marketplace: its id, country code (as python-amazon-sp-api names it) and SP-API region."""

    marketplace_id: str
    country: str
    region: Region


@cache
def marketplaces() -> dict[str, MarketplaceInfo]:
    """Every marketplace python-amazon-sp-api knows, by marketplace id (``ATVPDKIKX0DER`` → US, NA)."""
    table: dict[str, MarketplaceInfo] = {}
    for member in Marketplaces:
        region = Region(str(member.endpoint).rsplit("-", 1)[-1].split(".", 1)[0])
        # UK is an alias of GB in that table; keep the first (canonical) country per id.
        table.setdefault(member.marketplace_id, MarketplaceInfo(member.marketplace_id, member.name, region))
    return table


def marketplace_region(marketplace_id: str) -> Region:
    """The region of a marketplace id; a clear error naming the known ids when it is not one."""
    info = marketplaces().get(marketplace_id)
    if info is None:
        known = ", ".join(f"{m.country}={m.marketplace_id}" for m in marketplaces().values())
        raise ConfigurationError(
            f"unknown Amazon marketplace id {marketplace_id!r}; known: {known}", field="marketplaces"
        )
    return info.region


@dataclass(frozen=True)
class Endpoints:
    """Resolved URLs for one account. ``api`` has no trailing slash."""

    region: Region
    marketplace_id: str
    api: str
    token_url: str
    sandbox: bool

    @property
    def seller_central(self) -> str:
        country = marketplaces()[self.marketplace_id].country if self.marketplace_id in marketplaces() else ""
        return _SELLER_CENTRAL.get(country, _REGION_SELLER_CENTRAL[self.region])


def endpoints_for(account: Account) -> Endpoints:
    """Resolve region and hosts from the account: ``marketplaces[0]``, ``region``, settings ``sandbox``,
    ``endpoint`` (an explicit SP-API base URL, e.g. a loopback simulator) and ``lwa_token_url``."""
    if not account.marketplaces:
        raise ConfigurationError(
            "an Amazon account needs its marketplace id, e.g. Account(..., marketplaces=('ATVPDKIKX0DER',))",
            field="marketplaces",
        )
    marketplace_id = account.marketplaces[0]
    region = _region(account, marketplace_id)
    sandbox = bool(account.setting("sandbox", False))
    api = str(account.setting("endpoint") or (_SANDBOX if sandbox else _PRODUCTION)[region]).rstrip("/")
    token_url = str(account.setting("lwa_token_url") or LWA_TOKEN_URL)
    return Endpoints(
        region=region, marketplace_id=marketplace_id, api=api, token_url=token_url, sandbox=sandbox
    )


def _region(account: Account, marketplace_id: str) -> Region:
    if account.region:
        try:
            return Region(account.region.lower())
        except ValueError:
            raise ConfigurationError(
                f"unknown SP-API region {account.region!r}; use one of na, eu, fe", field="region"
            ) from None
    return marketplace_region(marketplace_id)
