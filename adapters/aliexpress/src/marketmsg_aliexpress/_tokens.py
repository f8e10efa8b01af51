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
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.common.urls import add_params_to_uri

from marketmsg import AuthenticationError, register_secret
from marketmsg.auth import InMemoryTokenStore, TokenStore

from ._envelope import find_error
from ._errors import SignatureError

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
        """A JSON-able dict for a :class:`TokenStore`."""
        return asdict(self)

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
    return httpx.Request("POST", f"{base_url.rstrip('/')}/rest/auth/token/create", data=data)


def token_refresh_request(refresh_token: str, *, base_url: str = DEFAULT_BASE_URL) -> httpx.Request:
    """``POST /rest/auth/token/refresh`` (unsigned; the auth signs it)."""
    return httpx.Request(
        "POST", f"{base_url.rstrip('/')}/rest/auth/token/refresh", data={"refresh_token": refresh_token}
    )


def _absolute(body: Mapping[str, Any], relative: str, absolute_ms: str, now: float) -> float | None:
    value = body.get(relative)
    if value not in (None, ""):
        return now + float(value)
    value = body.get(absolute_ms)
    if value not in (None, ""):
        return float(value) / 1000.0
    return None


def parse_token_response(response: httpx.Response, *, now: float) -> IopToken:
    """An :class:`IopToken` from a ``/auth/token/create|refresh`` answer, or a typed error saying what to do."""
    try:
        body = response.json()
    except ValueError:
        body = None
    error = find_error(body)
    if error is None and (not isinstance(body, Mapping) or not body.get("access_token")):
        error_code, message = "InvalidTokenResponse", "the answer carries no access_token"
    elif error is not None:
        error_code, message = error.code, error.message
    else:
        error_code = ""
    if error_code:
        if error_code == "IncompleteSignature":
            raise SignatureError(
                f"{message}; check that app_secret belongs to app_key",
                platform_code=error_code,
                request_id=error.request_id if error else None,
            )
        raise AuthenticationError(
            f"AliExpress refused the token request: {message}. The code may be used or expired (codes are "
            "single-use), or the refresh token expired: authorise the seller again "
            "(marketmsg_aliexpress.authorization_url)",
            response=response,
            platform="aliexpress",
            platform_code=error_code,
            request_id=error.request_id if error else None,
        )
    assert isinstance(body, Mapping)
    token = IopToken(
        access_token=str(body["access_token"]),
        refresh_token=str(body["refresh_token"]) if body.get("refresh_token") else None,
        expires_at=_absolute(body, "expires_in", "expire_time", now),
        refresh_expires_at=_absolute(body, "refresh_expires_in", "refresh_token_valid_time", now),
        seller_id=str(body["seller_id"]) if body.get("seller_id") not in (None, "") else None,
        user_nick=str(body["user_nick"]) if body.get("user_nick") else None,
        account_platform=str(body["account_platform"]) if body.get("account_platform") else None,
        locale=str(body["locale"]) if body.get("locale") else None,
    )
    register_secret(token.access_token)
    register_secret(token.refresh_token)
    return token
