"""``IopAuth``: signs every gateway request and keeps the seller's access token fresh, as one ``httpx.Auth``.

Per request (sans-I/O, the same generator steps for ``Client`` and ``AsyncClient``):

1. business APIs need the seller token — ``session`` on ``/sync`` and TOP, ``access_token`` on ``/rest``
   (aliexpress.md §1.2); ``/rest/auth/*`` needs none. A stored token that expires within ``leeway`` seconds is
   refreshed first (``/auth/token/refresh``, on the same HTTP client, so mounts and the sandbox apply);
2. system parameters are stamped and the request signed (:func:`stamp_and_sign`), all in the POST body;
3. if the gateway answers ``IllegalAccessToken`` (revoked, or expired early), the token is refreshed **once**
   and the request re-signed and resent — it was not processed, so this is safe even for a send.

Refreshes are single-flight per auth object: one lock for threads, one for tasks (a ``threading.Lock`` must not
be held across an ``await``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Generator

import anyio
import httpx

from marketmsg import AuthenticationError, Clock, SystemClock, register_secret

from ._response import read_answer
from ._signing import TopSignMethod, stamp_and_sign
from ._tokens import InMemoryTokenStore, IopToken, TokenStore, parse_token_response, token_refresh_request

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
    path = request.url.path
    if "/rest/auth/" in path:
        return None
    if path.endswith("/sync") or path.endswith("/router/rest"):
        return "session"
    return "access_token"


class IopAuth(httpx.Auth):
    """Signs requests for one app and, when ``initial`` or the store holds a seller token, authorises them.

    ``key`` names the token in ``store`` (non-secret, e.g. ``aliexpress:<app_key>:<seller>``).
    """

    requires_response_body = True

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
        self.app_key = app_key
        self._secret = app_secret
        register_secret(app_secret)
        self.key = key
        self.store: TokenStore = store if store is not None else InMemoryTokenStore()
        self.clock: Clock = clock or SystemClock()
        self.leeway = leeway
        self.top_method = top_method
        self.prefix_slash_apis = prefix_slash_apis
        if initial is not None and self.store.load(key) is None:
            self.store.save(key, initial.to_dict())
        self._sync_lock = threading.Lock()
        self._async_lock = anyio.Lock()
        #: Token requests made so far (observable by tests and metrics).
        self.refresh_count = 0

    def __repr__(self) -> str:
        return f"IopAuth(app_key={self.app_key!r})"

    # ------------------------------------------------------------------ sans-I/O steps

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

    def current_token(self) -> str | None:
        """The stored access token if still valid for ``leeway`` seconds, else None."""
        token = self.stored()
        if token is None or token.expired(self.clock.now().timestamp(), self.leeway):
            return None
        register_secret(token.access_token)
        return token.access_token

    def refresh_request(self, request: httpx.Request) -> httpx.Request:
        """The signed ``/auth/token/refresh`` call, on the host of ``request``."""
        token = self.stored()
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

    def accept(self, response: httpx.Response) -> str:
        """Store the token from a refresh answer and return the new access token."""
        old = self.stored()
        token = parse_token_response(response, now=self.clock.now().timestamp())
        if token.refresh_token is None and old is not None:
            token = IopToken(**{**token.to_dict(), "refresh_token": old.refresh_token})
        self.refresh_count += 1
        self.store.save(self.key, token.to_dict())
        return token.access_token

    def invalidate(self, access_token: str) -> None:
        """Mark ``access_token`` expired if it is still the stored one (the gateway rejected it)."""
        token = self.stored()
        if token is not None and token.access_token == access_token:
            self.store.save(self.key, {**token.to_dict(), "expires_at": 0.0})

    # ------------------------------------------------------------------ I/O flows

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # Lock-free variant for generic drivers; the clients use the two below.
        token = None
        if _token_param(request) is not None:
            token = self.current_token()
            if token is None:
                token = self.accept((yield self.refresh_request(request)))
        yield self.sign(request, token)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        needs = _token_param(request) is not None
        token = self.current_token() if needs else None
        if needs and token is None:
            with self._sync_lock:
                token = self.current_token()
                if token is None:
                    answer = yield self.refresh_request(request)
                    answer.read()
                    token = self.accept(answer)
        response = yield self.sign(request, token)
        response.read()
        if token is None or not token_rejected(response):
            return
        with self._sync_lock:
            self.invalidate(token)
            fresh = self.current_token()
            if fresh is None:
                answer = yield self.refresh_request(request)
                answer.read()
                fresh = self.accept(answer)
        yield self.sign(request, fresh)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        needs = _token_param(request) is not None
        token = self.current_token() if needs else None
        if needs and token is None:
            async with self._async_lock:
                token = self.current_token()
                if token is None:
                    answer = yield self.refresh_request(request)
                    await answer.aread()
                    token = self.accept(answer)
        response = yield self.sign(request, token)
        await response.aread()
        if token is None or not token_rejected(response):
            return
        async with self._async_lock:
            self.invalidate(token)
            fresh = self.current_token()
            if fresh is None:
                answer = yield self.refresh_request(request)
                await answer.aread()
                fresh = self.accept(answer)
        yield self.sign(request, fresh)
