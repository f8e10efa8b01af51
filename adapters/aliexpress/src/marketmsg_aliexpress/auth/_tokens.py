"""Seller authorisation tokens: the token object, where tokens are kept, and how they are obtained.

IOP "code for token" (aliexpress.md §2): the seller opens :func:`authorization_url`, AliExpress redirects back
with ``code`` (and the ``state`` we sent), ``/auth/token/create`` turns the code into an access + refresh token,
``/auth/token/refresh`` renews them. Lifetimes differ by app type and generation (24 h test apps … 365 days),
so expiry is always taken from each answer (``expires_in`` / ``refresh_expires_in``, else the absolute
``expire_time`` / ``refresh_token_valid_time`` in epoch ms) and never hard-coded.

authlib provides the state generator and URL building. Its ``OAuth2Token.is_expired`` reads ``time.time()``,
so expiry is checked here against the adapter's injectable clock instead (tests and the sandbox move time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.common.urls import add_params_to_uri

from marketmsg import AuthenticationError, register_secret
from marketmsg.auth import InMemoryTokenStore, TokenStore

from .._errors import SignatureError
from .._response import Malformed, guarded, read_answer
from .._wire import wire_int, wire_text
from ._signing import iop_request

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "InMemoryTokenStore",
    "IopToken",
    "TokenStore",
    "authorization_url",
    "parse_token_response",
    "token_create_request",
    "token_refresh_request",
]

DEFAULT_BASE_URL = "https://api-sg.aliexpress.com"
#: aliexpress.md §2 (doc 120687): response_type=code, client_id, redirect_uri, optional state/force_auth/uuid.
AUTHORIZE_URL = f"{DEFAULT_BASE_URL}/oauth/authorize"
_FORM = "application/x-www-form-urlencoded;charset=utf-8"


@dataclass(frozen=True)
class IopToken:
    """An access/refresh token pair with absolute expiry instants (epoch seconds)."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None
    refresh_expires_at: float | None = None
    seller_id: str | None = None
    user_nick: str | None = field(default=None, repr=False)
    account_platform: str | None = None
    locale: str | None = None

    def expired(self, now: float, leeway: float = 0.0) -> bool:
        """True when the access token is expired or expires within ``leeway`` seconds."""
        return self.expires_at is not None and self.expires_at - leeway <= now

    def refresh_expired(self, now: float) -> bool:
        return self.refresh_expires_at is not None and self.refresh_expires_at <= now

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict for a :class:`TokenStore` (flat: no deep copy, it is made per account at start-up)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IopToken:
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})


def authorization_url(
    app_key: str,
    redirect_uri: str,
    *,
    state: str | None = None,
    force_auth: bool = True,
    base_url: str = DEFAULT_BASE_URL,
) -> tuple[str, str]:
    """``(url, state)``: where to send the seller, and the state to check on the callback.

    ``state`` defaults to a fresh random value (authlib's generator); compare it with the ``state`` the
    callback carries before exchanging the code (CSRF protection).
    """
    state = state or generate_token(32)
    params = [
        ("response_type", "code"),
        ("client_id", app_key),
        ("redirect_uri", redirect_uri),
        ("state", state),
    ]
    if force_auth:
        params.append(("force_auth", "true"))
    return add_params_to_uri(f"{base_url.rstrip('/')}/oauth/authorize", params), state


def token_create_request(
    code: str, *, uuid: str | None = None, base_url: str = DEFAULT_BASE_URL
) -> httpx.Request:
    """``POST /rest/auth/token/create`` with the callback's ``code`` (unsigned; the auth signs it)."""
    data = {"code": code, **({"uuid": uuid} if uuid else {})}
    return iop_request(f"{base_url.rstrip('/')}/rest/auth/token/create", data)


def token_refresh_request(refresh_token: str, *, base_url: str = DEFAULT_BASE_URL) -> httpx.Request:
    """``POST /rest/auth/token/refresh`` (unsigned; the auth signs it)."""
    return iop_request(f"{base_url.rstrip('/')}/rest/auth/token/refresh", {"refresh_token": refresh_token})


def _absolute(body: Mapping[str, Any], relative: str, absolute_ms: str, now: float) -> float | None:
    # Java SDK AuthTokenCreateResponse: expires_in / refresh_expires_in (Long, seconds), expire_time /
    # refresh_token_valid_time (Long, epoch ms); the documented example sends them as strings.
    seconds = wire_int(body.get(relative), hi=10**11)
    if seconds is not None:
        return now + seconds
    absolute = wire_int(body.get(absolute_ms), hi=10**15)
    return absolute / 1000.0 if absolute is not None else None


def _token(body: Mapping[str, Any], now: float) -> IopToken:
    access = wire_text(body.get("access_token"))
    if not access or isinstance(body.get("access_token"), dict | list):
        raise Malformed("the answer carries no access_token")
    refresh = wire_text(body.get("refresh_token"))
    return IopToken(
        access_token=access,
        refresh_token=refresh,
        expires_at=_absolute(body, "expires_in", "expire_time", now),
        refresh_expires_at=_absolute(body, "refresh_expires_in", "refresh_token_valid_time", now),
        seller_id=wire_text(body.get("seller_id")),
        user_nick=wire_text(body.get("user_nick")),
        account_platform=wire_text(body.get("account_platform")),
        locale=wire_text(body.get("locale")),
    )


def parse_token_response(response: httpx.Response, *, now: float) -> IopToken:
    """An :class:`IopToken` from a ``/auth/token/create|refresh`` answer, or a typed error saying what to do.

    The token fields sit at the root of the answer (GOP protocol, Java ``AuthTokenCreateResponse``); an answer
    through ``/sync`` wrapped in ``…_response`` is read too. Numbers may arrive as strings.
    """
    answer = read_answer(response)
    error = answer.error
    if error is not None:
        if error.code == "IncompleteSignature":
            raise SignatureError(
                f"{error.message}; check that app_secret belongs to app_key",
                platform_code=error.code,
                request_id=answer.request_id,
            )
        raise AuthenticationError(
            f"AliExpress refused the token request: {error.message}. The code may be used or expired (codes are "
            "single-use), or the refresh token expired: authorise the seller again "
            "(marketmsg_aliexpress.authorization_url)",
            response=response,
            platform="aliexpress",
            platform_code=error.code,
            request_id=answer.request_id,
        )
    if answer.problem is not None or not 200 <= answer.status_code < 300:
        raise answer.unreadable(answer.problem or f"the token request failed with HTTP {answer.status_code}")
    token = guarded(answer, lambda payload: _token(payload, now))
    # Both rotate (a refresh answer carries a new refresh token): short-lived, so the registry may drop them.
    register_secret(token.access_token, transient=True)
    register_secret(token.refresh_token, transient=True)
    return token
