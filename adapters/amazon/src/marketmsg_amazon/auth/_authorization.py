"""The website authorisation workflow: send a seller to the consent page, verify the state, exchange the code.

Steps (https://developer-docs.amazon.com/sp-api/docs/website-authorization-workflow; amazon.md §3):

1. redirect the seller to ``{Seller Central}/apps/authorize/consent?application_id=…&state=…`` (``version=beta``
   while the app is a draft) — :meth:`WebsiteAuthorization.consent_url`;
2. Amazon redirects back with ``state``, ``selling_partner_id`` and ``spapi_oauth_code`` —
   :meth:`WebsiteAuthorization.parse_redirect` checks the state and returns an :class:`AuthorizationGrant`;
3. within **5 minutes**, exchange the code for a refresh token — :meth:`WebsiteAuthorization.exchange` /
   :meth:`WebsiteAuthorization.aexchange` (``grant_type=authorization_code``).

The state is *verifiable without server-side storage*: a random nonce (authlib's generator), the issue time and
an HMAC over both plus an optional session value, so a callback that was not started by us — or started for
another browser session, or too long ago — is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.common.urls import add_params_to_uri
from authlib.oauth2.rfc6749.parameters import prepare_token_request

from marketmsg import Account, Clock, ConfigurationError, PlatformRuleError, SystemClock, register_secret
from marketmsg.adapter import override
from marketmsg.transport import aread_bounded, read_bounded, unreachable

from .._endpoints import LWA_TOKEN_URL
from ._lwa import LwaToken, parse_token_response

__all__ = ["AuthorizationGrant", "AuthorizationResult", "InvalidStateError", "WebsiteAuthorization"]

_FORM = "application/x-www-form-urlencoded;charset=UTF-8"
_EXCHANGE = "exchange the authorization code for the seller's refresh token (LWA token endpoint)"
#: Amazon's spapi_oauth_code expires after 5 minutes (amazon.md §3); a state older than this cannot succeed.
DEFAULT_STATE_TTL = 600.0


class InvalidStateError(PlatformRuleError):
    """The ``state`` of an authorisation callback is forged, from another session, or expired."""


@dataclass(frozen=True)
class AuthorizationGrant:
    """What Amazon's redirect carried: the seller, the one-time code, and (hybrid apps) the MWS token."""

    selling_partner_id: str
    code: str = field(repr=False)
    state: str = field(repr=False)
    mws_auth_token: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class AuthorizationResult:
    """The outcome of the exchange: the seller and the long-lived refresh token to store as a credential."""

    selling_partner_id: str
    refresh_token: str = field(repr=False)
    access_token: str = field(repr=False)
    expires_at: int = 0

    def account(self, marketplace_id: str, *, client_id: str, client_secret: str, **settings: str) -> Account:
        """An :class:`~marketmsg.Account` for the newly authorised seller."""
        return Account(
            platform="amazon",
            seller_id=self.selling_partner_id,
            marketplaces=(marketplace_id,),
            credentials={
                "refresh_token": self.refresh_token,
                "lwa_app_id": client_id,
                "lwa_client_secret": client_secret,
            },
            settings=dict(settings),
        )


class WebsiteAuthorization:
    """One application's side of the website authorisation workflow (sans-I/O, plus small sync/async helpers).

    ``application_id`` is the app's id from Developer Central (``amzn1.sp.solution.…``), not the LWA client id.
    ``state_secret`` signs the state; it defaults to one derived from the client secret, so every process of
    the app can verify a state another process issued.
    """

    def __init__(
        self,
        *,
        application_id: str,
        client_id: str,
        client_secret: str,
        redirect_uri: str | None = None,
        beta: bool = False,
        token_url: str = LWA_TOKEN_URL,
        state_secret: bytes | None = None,
        state_ttl: float = DEFAULT_STATE_TTL,
        clock: Clock | None = None,
    ) -> None:
        if not application_id or not client_id or not client_secret:
            raise ConfigurationError(
                "application_id, client_id and client_secret are all required", field="auth"
            )
        register_secret(client_secret)
        self.application_id = application_id
        self.client_id = client_id
        self._client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.beta = beta
        self.token_url = token_url
        self.state_ttl = state_ttl
        self.clock: Clock = clock or SystemClock()
        self._key = state_secret or hashlib.sha256(b"marketmsg-lwa-state\0" + client_secret.encode()).digest()

    @override
    def __repr__(self) -> str:
        return f"WebsiteAuthorization(application_id={self.application_id!r})"

    # ---------------------------------------------------------------- step 1: consent URL + state

    def new_state(self, session: str = "") -> str:
        """A fresh state: ``nonce.issued.mac``; bind it to the user's browser session with ``session``."""
        nonce = generate_token(24)
        issued = str(int(self.clock.now().timestamp()))
        return f"{nonce}.{issued}.{self._mac(nonce, issued, session)}"

    def consent_url(self, seller_central: str, *, session: str = "") -> tuple[str, str]:
        """``(url, state)``: the Seller Central consent page for this app. Send the seller there.

        ``seller_central`` is the marketplace's Seller Central base URL (``Endpoints.seller_central`` gives it
        for an account). Serve the page that redirects with ``Referrer-Policy: no-referrer``.
        """
        state = self.new_state(session)
        params: list[tuple[str, str]] = [("application_id", self.application_id), ("state", state)]
        if self.redirect_uri:
            params.append(("redirect_uri", self.redirect_uri))
        if self.beta:
            params.append(("version", "beta"))
        return add_params_to_uri(f"{seller_central.rstrip('/')}/apps/authorize/consent", params), state

    def verify_state(self, state: str, *, session: str = "") -> None:
        """Raise :class:`InvalidStateError` unless ``state`` was issued by us, for ``session``, recently."""
        parts = state.split(".") if isinstance(state, str) else []
        if len(parts) != 3 or not parts[1].isdigit():
            raise InvalidStateError("authorisation callback: malformed state; start the authorisation again")
        nonce, issued, mac = parts
        if not hmac.compare_digest(mac, self._mac(nonce, issued, session)):
            raise InvalidStateError(
                "authorisation callback: the state was not issued by this app for this session (possible CSRF)"
            )
        age = self.clock.now().timestamp() - int(issued)
        if age < -60 or age > self.state_ttl:
            raise InvalidStateError(
                f"authorisation callback: the state is {int(age)} s old (limit {int(self.state_ttl)} s); "
                "start the authorisation again"
            )

    # ---------------------------------------------------------------- step 2: the redirect

    def parse_redirect(self, url: str, *, session: str = "") -> AuthorizationGrant:
        """Check and read Amazon's redirect to your redirect URI."""
        params = dict(parse_qsl(urlsplit(url).query))
        self.verify_state(params.get("state", ""), session=session)
        code, partner = params.get("spapi_oauth_code"), params.get("selling_partner_id")
        if not code or not partner:
            raise ConfigurationError(
                "the redirect lacks spapi_oauth_code or selling_partner_id: the seller may have declined",
                field="redirect",
            )
        register_secret(code)
        return AuthorizationGrant(
            selling_partner_id=partner,
            code=code,
            state=params["state"],
            mws_auth_token=params.get("mws_auth_token"),
        )

    # ---------------------------------------------------------------- step 3: the exchange

    def exchange_request(self, grant: AuthorizationGrant) -> httpx.Request:
        """The ``authorization_code`` grant request (amazon.md §3)."""
        body = prepare_token_request(
            "authorization_code",
            code=grant.code,
            redirect_uri=self.redirect_uri,
            client_id=self.client_id,
            client_secret=self._client_secret,
        )
        return httpx.Request("POST", self.token_url, content=body.encode(), headers={"content-type": _FORM})

    def exchange_result(self, grant: AuthorizationGrant, response: httpx.Response) -> AuthorizationResult:
        """Read the exchange's answer (``invalid_grant`` when the 5-minute code expired)."""
        token: LwaToken = parse_token_response(response, now=self.clock.now().timestamp())
        refresh = token.get("refresh_token")
        if not refresh:
            raise ConfigurationError("the token endpoint returned no refresh_token", field="token_url")
        return AuthorizationResult(
            selling_partner_id=grant.selling_partner_id,
            refresh_token=str(refresh),
            access_token=token.access_token,
            expires_at=int(token["expires_at"]),
        )

    def exchange(self, grant: AuthorizationGrant, *, http: httpx.Client | None = None) -> AuthorizationResult:
        """Exchange the code (blocking). Pass your ``httpx.Client`` to reuse its pool, proxies or mounts."""
        client = http or httpx.Client()
        try:
            # Never follow a redirect: a 307 would resend client_secret and the code to another host.
            response = client.send(self.exchange_request(grant), stream=True, follow_redirects=False)
            read_bounded(response)
        except httpx.RequestError as exc:  # no answer, or one httpx cannot decode
            raise unreachable(exc, platform="amazon", action=_EXCHANGE) from exc
        finally:
            if http is None:
                client.close()
        return self.exchange_result(grant, response)

    async def aexchange(
        self, grant: AuthorizationGrant, *, http: httpx.AsyncClient | None = None
    ) -> AuthorizationResult:
        """Exchange the code (async)."""
        client = http or httpx.AsyncClient()
        try:
            response = await client.send(self.exchange_request(grant), stream=True, follow_redirects=False)
            await aread_bounded(response)
        except httpx.RequestError as exc:  # no answer, or one httpx cannot decode
            raise unreachable(exc, platform="amazon", action=_EXCHANGE) from exc
        finally:
            if http is None:
                await client.aclose()
        return self.exchange_result(grant, response)

    # ---------------------------------------------------------------- helpers

    def _mac(self, nonce: str, issued: str, session: str) -> str:
        digest = hmac.new(self._key, f"{nonce}.{issued}.{session}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode().rstrip("=")
