"""``IopAuth``: signs every gateway request and keeps the seller's access token fresh — the core's
:class:`~marketmsg.auth.RefreshingAuth`, configured for IOP.

Per request (sans-I/O, the same steps for ``Client`` and ``AsyncClient``):

1. business APIs need the seller token — ``session`` on ``/sync`` and TOP, ``access_token`` on ``/rest``
   (aliexpress.md §1.2); ``/rest/auth/*`` needs none. A stored token that expires within ``leeway`` seconds is
   refreshed first (``/auth/token/refresh``, on the same HTTP client, so mounts and the sandbox apply);
2. system parameters are stamped and the request signed (:func:`stamp_and_sign`), all in the POST body;
3. if the gateway answers ``IllegalAccessToken`` (revoked, or expired early), the token is refreshed **once**
   and the request re-signed and resent — it was not processed, so this is safe even for a send.

IOP rotates refresh tokens (a refresh answer carries a new one and the old one stops working), so the whole
token — refresh token included — lives in the store, and workers sharing a store refresh under its lock with
compare-and-set (the core's single flight across processes).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from marketmsg import AuthenticationError, Clock, register_secret
from marketmsg.adapter import override
from marketmsg.auth import RefreshingAuth

from .._response import read_answer
from ._signing import TopSignMethod, stamp_and_sign, url_path
from ._tokens import IopToken, TokenStore, parse_token_response, token_refresh_request

__all__ = ["DEFAULT_LEEWAY", "IopAuth", "token_rejected"]
#: Refresh this many seconds before expiry, so a request never leaves with a token about to die in flight.
DEFAULT_LEEWAY = 300.0
#: IOP ``IllegalAccessToken`` (aliexpress.md §1.6); TOP code 27 "Invalid session" is the legacy equivalent.
_TOKEN_CODES = frozenset({"IllegalAccessToken", "27"})


def token_rejected(response: httpx.Response) -> bool:
    """True when the gateway refused the access token itself (not the operation). Reads the cached answer, so
    the body is parsed once for the auth, the error classifier and the operation together."""
    error = read_answer(response).error
    return error is not None and error.code in _TOKEN_CODES


def _token_param(request: httpx.Request) -> str | None:
    path = url_path(request)
    if "/rest/auth/" in path:
        return None
    if path.endswith("/sync") or path.endswith("/router/rest"):
        return "session"
    return "access_token"


class IopAuth(RefreshingAuth):
    """Signs requests for one app and, when ``initial`` or the store holds a seller token, authorises them.

    ``key`` names the token in ``store`` (non-secret, e.g. ``aliexpress:<app_key>:<seller>``).
    """

    def __init__(
        self,
        app_key: str,
        app_secret: str,
        *,
        key: str,
        initial: IopToken | None = None,
        store: TokenStore | None = None,
        clock: Clock | None = None,
        leeway: float = DEFAULT_LEEWAY,
        top_method: TopSignMethod | None = None,
        prefix_slash_apis: bool = True,
    ) -> None:
        super().__init__(key=key, store=store, clock=clock, leeway=leeway)
        self.app_key = app_key
        self._secret = app_secret
        register_secret(app_secret)
        self.top_method = top_method
        self.prefix_slash_apis = prefix_slash_apis
        if initial is not None:
            self.seed(initial.to_dict())

    @override
    def __repr__(self) -> str:
        return f"IopAuth(app_key={self.app_key!r})"

    def sign(self, request: httpx.Request, token: str | None = None) -> httpx.Request:
        """The request with the token (if the API takes one) and the system parameters in its body, signed."""
        name = _token_param(request)
        return stamp_and_sign(
            request,
            app_key=self.app_key,
            app_secret=self._secret,
            clock=self.clock,
            top_method=self.top_method,
            prefix_slash_apis=self.prefix_slash_apis,
            token=(name, token) if name is not None and token is not None else None,
        )

    def stored(self) -> IopToken | None:
        saved = self.store.load(self.key)
        return IopToken.from_dict(saved) if saved else None

    # ------------------------------------------------------------------ RefreshingAuth hooks

    @override
    def needs_token(self, request: httpx.Request) -> bool:
        return _token_param(request) is not None

    @override
    def authorize(self, request: httpx.Request, access_token: str | None) -> httpx.Request:
        return self.sign(request, access_token)

    @override
    def refresh_request(self, request: httpx.Request, stored: Mapping[str, Any] | None) -> httpx.Request:
        """The signed ``/auth/token/refresh`` call with the stored (rotating) refresh token, on ``request``'s host."""
        token = IopToken.from_dict(stored) if stored else None
        now = self.clock.now().timestamp()
        if token is None or not token.refresh_token or token.refresh_expired(now):
            raise AuthenticationError(
                "the AliExpress access token is missing or expired and no valid refresh token is left: "
                "authorise the seller again (marketmsg_aliexpress.authorization_url) and store the new tokens",
                platform="aliexpress",
                platform_code="RefreshTokenExpired",
            )
        base = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        return self.sign(token_refresh_request(token.refresh_token, base_url=base))

    @override
    def parse_refresh(
        self, response: httpx.Response, stored: Mapping[str, Any] | None, now: float
    ) -> Mapping[str, Any]:
        token = parse_token_response(response, now=now)
        old = IopToken.from_dict(stored) if stored else None
        if token.refresh_token is None and old is not None:
            token = IopToken(**{**token.to_dict(), "refresh_token": old.refresh_token})
        return token.to_dict()

    @override
    def reads_answer(self, response: httpx.Response) -> bool:
        return True  # the gateway refuses a token inside a 200 answer

    @override
    def token_rejected(self, response: httpx.Response) -> bool:
        return token_rejected(response)
