"""The SP-API simulator as a :class:`~marketmsg.sandbox.SandboxSpec`: one seeded account, mounted by URL."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from marketmsg import Account, Clock
from marketmsg.sandbox import SandboxSpec

from ._seed import (
    CLIENT_ID,
    CLIENT_SECRET,
    DELIVERED_LONG_AGO,
    FBA_GIFT_ORDER,
    FBA_GIFT_RETURN_REQUESTED,
    FBA_GIFT_RETURNED,
    FBA_ORDER,
    GIFT_ORDER,
    MARKETPLACE_ID,
    MFN_ORDER,
    NOT_SHIPPED,
    REFRESH_TOKEN,
    SELLER_ID,
)
from ._server import AmazonSimulator

if TYPE_CHECKING:
    from ..relay import RelayMailGenerator

__all__ = ["SANDBOX_HOST", "gift_return_mail", "spapi_sandbox"]

#: Amazon's NA sandbox host, which the seeded account (``settings={"sandbox": True}``) calls.
SANDBOX_HOST = "https://sandbox.sellingpartnerapi-na.amazon.com"
_LWA_HOST = "https://api.amazon.com"


def spapi_sandbox(clock: Clock | None = None) -> SandboxSpec:
    """The SP-API half of the Amazon sandbox (no relay mail): for SP-API-only tests and services."""
    simulator = AmazonSimulator(clock)
    account = Account(
        platform="amazon",
        seller_id=SELLER_ID,
        marketplaces=(MARKETPLACE_ID,),
        name="Amazon sandbox seller",
        credentials={
            "refresh_token": REFRESH_TOKEN,
            "lwa_app_id": CLIENT_ID,
            "lwa_client_secret": CLIENT_SECRET,
        },
        settings={"sandbox": True},
    )
    return SandboxSpec(
        platform="amazon",
        accounts=[account],
        # SP-API calls go to the NA sandbox host, token requests to the real LWA host: both are served here.
        mounts={SANDBOX_HOST: simulator.handle, _LWA_HOST: simulator.handle},
        controller=simulator,
        description=(
            "Amazon SP-API (LWA, Messaging, Uploads, Solicitations, Orders) at the real paths. Point an SP-API "
            "client at this address; LWA token endpoint: <address>/auth/o2/token. Seeded app: client id "
            f"{CLIENT_ID}, client secret {CLIENT_SECRET}, refresh token {REFRESH_TOKEN}; seller {SELLER_ID}, "
            f"marketplace {MARKETPLACE_ID}; orders {MFN_ORDER} (MFN), {FBA_ORDER} (FBA), {GIFT_ORDER} (gift), "
            f"{DELIVERED_LONG_AGO} (old), {NOT_SHIPPED} (unshipped), FBA gifts {FBA_GIFT_ORDER}, "
            f"{FBA_GIFT_RETURNED} (returned: in the FBA customer returns report) and {FBA_GIFT_RETURN_REQUESTED} "
            "(a return asked for by relay mail). Reports API: the FBA customer returns report."
        ),
        serve_handler=simulator.handle,
        extras={"spapi": simulator},
    )


def gift_return_mail(generator: RelayMailGenerator, now: datetime) -> list[bytes]:
    """Relay mail of the seeded FBA gift orders: the recipient of a returned gift asks about it (a product topic:
    only the returns report knows of the return), another asks how to return theirs (a return topic)."""
    return [
        generator.buyer_message(
            order_id=FBA_GIFT_RETURNED,
            topic="Product details",
            text="I received this mug as a gift and sent it back. Does the same model come in blue?",
            sent_at=now - timedelta(hours=5),
        ),
        generator.buyer_message(
            order_id=FBA_GIFT_RETURN_REQUESTED,
            topic="Return policy",
            text="This mug was a gift to me. How can I return it without the giver finding out?",
            sent_at=now - timedelta(hours=3),
        ),
    ]
