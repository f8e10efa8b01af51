"""A local SP-API for tests, demos and other teams' services: LWA, Messaging, Uploads, Solicitations, Orders,
Reports (the FBA customer returns report).

In-process: ``AmazonAdapter.sandbox()`` mounts it on the client's transport. Over loopback:
``marketmsg sandbox serve amazon --port 8400``, then point any SP-API client at ``http://127.0.0.1:8400``
(its LWA token endpoint is ``http://127.0.0.1:8400/auth/o2/token``) with the seeded credentials below.
"""

import typing as _typing

from marketmsg.lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
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
        MISSING_PREFIX,
        NOT_SHIPPED,
        REFRESH_TOKEN,
        SANDBOX_INVALID_ORDERS,
        SANDBOX_ORDER,
        SELLER_ID,
        SimOrder,
    )
    from ._server import AmazonSimulator, Fault, RecordedCall
    from ._spec import SANDBOX_HOST, gift_return_mail, spapi_sandbox

__all__ = [
    "CLIENT_ID",
    "CLIENT_SECRET",
    "DELIVERED_LONG_AGO",
    "FBA_GIFT_ORDER",
    "FBA_GIFT_RETURNED",
    "FBA_GIFT_RETURN_REQUESTED",
    "FBA_ORDER",
    "GIFT_ORDER",
    "MARKETPLACE_ID",
    "MFN_ORDER",
    "MISSING_PREFIX",
    "NOT_SHIPPED",
    "REFRESH_TOKEN",
    "SANDBOX_HOST",
    "SANDBOX_INVALID_ORDERS",
    "SANDBOX_ORDER",
    "SELLER_ID",
    "AmazonSimulator",
    "Fault",
    "RecordedCall",
    "SimOrder",
    "gift_return_mail",
    "spapi_sandbox",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._seed": (
            "CLIENT_ID",
            "CLIENT_SECRET",
            "DELIVERED_LONG_AGO",
            "FBA_GIFT_ORDER",
            "FBA_GIFT_RETURNED",
            "FBA_GIFT_RETURN_REQUESTED",
            "FBA_ORDER",
            "GIFT_ORDER",
            "MARKETPLACE_ID",
            "MFN_ORDER",
            "MISSING_PREFIX",
            "NOT_SHIPPED",
            "REFRESH_TOKEN",
            "SANDBOX_INVALID_ORDERS",
            "SANDBOX_ORDER",
            "SELLER_ID",
            "SimOrder",
        ),
        "._server": ("AmazonSimulator", "Fault", "RecordedCall"),
        "._spec": ("SANDBOX_HOST", "gift_return_mail", "spapi_sandbox"),
    },
)
