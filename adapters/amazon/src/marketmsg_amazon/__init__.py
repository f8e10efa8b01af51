"""Amazon adapter for marketmsg: SP-API Messaging, Solicitations and Orders context, plus the relay mail channel.

``pip install marketmsg-amazon`` registers it as ``amazon``; ``marketmsg.Client`` picks it for accounts with
``platform="amazon"``. Typed message builders live in :mod:`marketmsg_amazon.messaging`, authentication in
:mod:`marketmsg_amazon.auth`, the local SP-API in :mod:`marketmsg_amazon.simulator`.
"""

import typing as _typing

from marketmsg.lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._adapter import AmazonAdapter
    from ._endpoints import LWA_TOKEN_URL, Endpoints, MarketplaceInfo, Region, endpoints_for, marketplaces
    from ._kinds import KINDS, SendKind
    from ._limits import RATE_LIMITS
    from ._orders import SolicitationWindow
    from ._response import UnreadableResponseError
    from ._uploads import UploadedFile
    from .auth import (
        InMemoryTokenStore,
        LwaAuth,
        LwaCredentials,
        TokenStore,
        WebsiteAuthorization,
        account_from_sp_api,
        sp_api_credentials,
    )
    from .simulator import AmazonSimulator

__all__ = [
    "KINDS",
    "LWA_TOKEN_URL",
    "RATE_LIMITS",
    "AmazonAdapter",
    "AmazonSimulator",
    "Endpoints",
    "InMemoryTokenStore",
    "LwaAuth",
    "LwaCredentials",
    "MarketplaceInfo",
    "Region",
    "SendKind",
    "SolicitationWindow",
    "TokenStore",
    "UnreadableResponseError",
    "UploadedFile",
    "WebsiteAuthorization",
    "account_from_sp_api",
    "endpoints_for",
    "marketplaces",
    "sp_api_credentials",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._adapter": ("AmazonAdapter",),
        "._endpoints": (
            "LWA_TOKEN_URL",
            "Endpoints",
            "MarketplaceInfo",
            "Region",
            "endpoints_for",
            "marketplaces",
        ),
        "._kinds": ("KINDS", "SendKind"),
        "._limits": ("RATE_LIMITS",),
        "._orders": ("SolicitationWindow",),
        "._response": ("UnreadableResponseError",),
        "._uploads": ("UploadedFile",),
        ".auth": (
            "InMemoryTokenStore",
            "LwaAuth",
            "LwaCredentials",
            "TokenStore",
            "WebsiteAuthorization",
            "account_from_sp_api",
            "sp_api_credentials",
        ),
        ".simulator": ("AmazonSimulator",),
    },
    submodules=("auth", "messaging", "relay", "rules", "simulator"),
)
