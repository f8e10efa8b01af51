"""AliExpress adapter for marketmsg: IOP gateway client, OAuth, IM / station letters / dispute records, disputes.

>>> from marketmsg_aliexpress import sign
>>> sign("helloworld", "/auth/token/refresh", {"app_key": "12345678"})[:4]  # doctest: +SKIP
"""

import typing as _typing

from marketmsg.lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._adapter import MESSAGING_APIS, AliExpressAdapter
    from ._errors import SignatureError, UnconfirmedSendError, UnreadableResponseError
    from ._im_sessions import ImSession, ImSessionOpened
    from .auth import (
        AUTHORIZE_URL,
        DEFAULT_BASE_URL,
        InMemoryTokenStore,
        IopAuth,
        IopToken,
        TokenStore,
        aexchange_code,
        authorization_url,
        exchange_code,
        parse_token_response,
        sign,
        sign_top,
        token_create_request,
        token_refresh_request,
    )
    from .refund import RefundReshipComparison, compare_refund_reship
    from .timeline import DEFAULT_RULES, DisputeRules, compute_timeline

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "DEFAULT_RULES",
    "MESSAGING_APIS",
    "AliExpressAdapter",
    "DisputeRules",
    "ImSession",
    "ImSessionOpened",
    "InMemoryTokenStore",
    "IopAuth",
    "IopToken",
    "RefundReshipComparison",
    "SignatureError",
    "TokenStore",
    "UnconfirmedSendError",
    "UnreadableResponseError",
    "aexchange_code",
    "authorization_url",
    "compare_refund_reship",
    "compute_timeline",
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
        "._adapter": ("MESSAGING_APIS", "AliExpressAdapter"),
        "._errors": ("SignatureError", "UnconfirmedSendError", "UnreadableResponseError"),
        "._im_sessions": ("ImSession", "ImSessionOpened"),
        ".auth": (
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
        ),
        ".refund": ("RefundReshipComparison", "compare_refund_reship"),
        ".timeline": ("DEFAULT_RULES", "DisputeRules", "compute_timeline"),
    },
    submodules=("auth", "refund", "rules", "simulator", "timeline"),
)
