"""AliExpress authentication: the seller's authorisation (consent URL, code exchange), IOP tokens and where they
are kept, request signing, and ``IopAuth``, which signs every gateway call and keeps the token fresh."""

import typing as _typing

from marketmsg.lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._exchange import aexchange_code, exchange_code
    from ._iop import IopAuth
    from ._signing import sign, sign_top
    from ._tokens import (
        AUTHORIZE_URL,
        DEFAULT_BASE_URL,
        InMemoryTokenStore,
        IopToken,
        TokenStore,
        authorization_url,
        parse_token_response,
        token_create_request,
        token_refresh_request,
    )

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "InMemoryTokenStore",
    "IopAuth",
    "IopToken",
    "TokenStore",
    "aexchange_code",
    "authorization_url",
    "exchange_code",
    "parse_token_response",
    "sign",
    "sign_top",
    "token_create_request",
    "token_refresh_request",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._exchange": ("aexchange_code", "exchange_code"),
        "._iop": ("IopAuth",),
        "._signing": ("sign", "sign_top"),
        "._tokens": (
            "AUTHORIZE_URL",
            "DEFAULT_BASE_URL",
            "InMemoryTokenStore",
            "IopToken",
            "TokenStore",
            "authorization_url",
            "parse_token_response",
            "token_create_request",
            "token_refresh_request",
        ),
    },
)
