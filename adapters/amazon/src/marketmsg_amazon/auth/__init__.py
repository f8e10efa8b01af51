"""Amazon authentication: LWA access tokens, token stores, the website authorisation workflow, credentials."""

import typing as _typing

from marketmsg.lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._authorization import (
        AuthorizationGrant,
        AuthorizationResult,
        InvalidStateError,
        WebsiteAuthorization,
    )
    from ._credentials import CREDENTIAL_KEYS, account_from_sp_api, sp_api_credentials
    from ._lwa import LwaAuth, LwaCredentials, LwaToken, parse_token_response, token_rejected
    from ._store import InMemoryTokenStore, TokenStore, token_key

__all__ = [
    "CREDENTIAL_KEYS",
    "AuthorizationGrant",
    "AuthorizationResult",
    "InMemoryTokenStore",
    "InvalidStateError",
    "LwaAuth",
    "LwaCredentials",
    "LwaToken",
    "TokenStore",
    "WebsiteAuthorization",
    "account_from_sp_api",
    "parse_token_response",
    "sp_api_credentials",
    "token_key",
    "token_rejected",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._authorization": (
            "AuthorizationGrant",
            "AuthorizationResult",
            "InvalidStateError",
            "WebsiteAuthorization",
        ),
        "._credentials": ("CREDENTIAL_KEYS", "account_from_sp_api", "sp_api_credentials"),
        "._lwa": ("LwaAuth", "LwaCredentials", "LwaToken", "parse_token_response", "token_rejected"),
        "._store": ("InMemoryTokenStore", "TokenStore", "token_key"),
    },
)
