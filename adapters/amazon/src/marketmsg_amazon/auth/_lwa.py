"""Login with Amazon (LWA) access tokens: the core's :class:`~marketmsg.auth.RefreshingAuth`, configured for LWA.

authlib supplies the protocol pieces (the token-request body, the token type with its expiry-and-leeway check);
the core auth supplies the rest — the refresh on the client's own HTTP client (mounts, proxies, the sandbox),
single-flight refreshes in one process and across processes sharing a token store, and the one refresh after
SP-API refuses a token. No ``authlib.integrations.httpx_client``: one HTTP stack, no deprecation warning
(DESIGN.md §1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from authlib.oauth2.rfc6749 import OAuth2Token
from authlib.oauth2.rfc6749.parameters import prepare_token_request

from marketmsg import APIConnectionError, AuthenticationError, Clock, register_secret
from marketmsg.adapter import override
from marketmsg.auth import RefreshingAuth, TokenStore

from .._endpoints import LWA_TOKEN_URL
from .._response import json_object_or_none, unreadable
from ._store import token_key

__all__ = ["LwaAuth", "LwaCredentials", "LwaToken", "parse_token_response"]

ACCESS_TOKEN_HEADER = "x-amz-access-token"  # noqa: S105 - a header name
_FORM = "application/x-www-form-urlencoded;charset=UTF-8"
# Refresh this long before expiry so a token never dies in flight (the official SDK uses 30 s, authlib 60 s).
DEFAULT_LEEWAY = 60.0


@dataclass(frozen=True)
class LwaCredentials:
    """An application's LWA client id/secret and one seller's refresh token. Never shown in repr."""

    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)

    def __post_init__(self) -> None:
        for value in (self.client_secret, self.refresh_token):
            register_secret(value)


class LwaToken(OAuth2Token):  # type: ignore[misc]  # authlib ships no type information
    """authlib's token, with the expiry check read from an injected clock instead of ``time.time()``.

    Why: tests and the sandbox run on a virtual clock; a token must expire when *that* clock says so.
    """

    @property
    def access_token(self) -> str:
        return str(self["access_token"])


def parse_token_response(response: httpx.Response, *, now: float) -> LwaToken:
    """Read an LWA token response; raise typed errors for LWA's ``{"error", "error_description"}`` bodies."""
    body = json_object_or_none(response) or {}
    if response.status_code >= 500:
        # The request we were authenticating never left: retrying it is safe, even for a send.
        raise APIConnectionError(
            f"Login with Amazon token endpoint failed with HTTP {response.status_code}",
            request=response.request,
            platform="amazon",
            request_sent=False,
        )
    if response.is_success and json_object_or_none(response) is None:
        raise unreadable(response, "lwaToken", "the token answer is not a JSON object")
    if not response.is_success or "access_token" not in body:
        code = str(body.get("error") or "invalid_response")
        description = str(body.get("error_description") or "no access_token in the answer")
        hint = (
            " The refresh token is wrong, expired or was revoked: authorise the app again "
            "(marketmsg_amazon.auth.WebsiteAuthorization) and store the new refresh token."
            if code == "invalid_grant"
            else " Check lwa_app_id and lwa_client_secret."
            if code in ("invalid_client", "unauthorized_client")
            else ""
        )
        raise AuthenticationError(
            f"Login with Amazon refused the token request: {code}: {description}.{hint}",
            response=response,
            platform="amazon",
            platform_code=code,
            request_id=response.headers.get("x-amzn-requestid"),
        )
    access_token, expires_in = _checked_token(response, body)
    register_secret(access_token, transient=True)
    if isinstance(body.get("refresh_token"), str) and body["refresh_token"]:
        register_secret(body["refresh_token"])
    return LwaToken({**body, "access_token": access_token, "expires_at": int(now + expires_in)})


# An access token is at most 2048 bytes (archived developer guide); LWA issues them for 3600 s. Anything far
# outside these is not a token we can use: an error, not a token that expires in 10^300 s or never works.
_MAX_TOKEN_CHARS = 8192
_EXPIRES_IN = (1.0, 7 * 24 * 3600.0)


def _checked_token(response: httpx.Response, body: Mapping[str, Any]) -> tuple[str, float]:
    token = body.get("access_token")
    if not isinstance(token, str) or not token.strip() or len(token) > _MAX_TOKEN_CHARS or "\n" in token:
        raise unreadable(response, "lwaToken", "access_token is not a usable token string")
    raw = body.get("expires_in", 3600)
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise unreadable(response, "lwaToken", "expires_in is not a number")
    try:
        expires_in = float(raw)
    except ValueError:
        raise unreadable(response, "lwaToken", "expires_in is not a number") from None
    if not _EXPIRES_IN[0] <= expires_in <= _EXPIRES_IN[1]:  # also rejects nan and inf
        raise unreadable(
            response, "lwaToken", f"expires_in is outside {_EXPIRES_IN[0]:g}-{_EXPIRES_IN[1]:g} s"
        )
    return token, expires_in


class LwaAuth(RefreshingAuth):
    """Adds ``x-amz-access-token`` to SP-API requests, refreshing the LWA token once under concurrency.

    ``store`` keeps tokens between calls (default: in memory, this client); ``clock`` decides expiry. Only the
    access token and its expiry are stored: the refresh token is configuration and never leaves the account.
    """

    def __init__(
        self,
        credentials: LwaCredentials,
        *,
        token_url: str = LWA_TOKEN_URL,
        store: TokenStore | None = None,
        clock: Clock | None = None,
        leeway: float = DEFAULT_LEEWAY,
    ) -> None:
        super().__init__(
            key=token_key(credentials.client_id, credentials.refresh_token),
            store=store,
            clock=clock,
            leeway=leeway,
        )
        self.credentials = credentials
        self.token_url = token_url

    @override
    def __repr__(self) -> str:
        return f"LwaAuth(token_url={self.token_url!r})"

    @override
    def authorize(self, request: httpx.Request, access_token: str | None) -> httpx.Request:
        if access_token is not None:
            request.headers[ACCESS_TOKEN_HEADER] = access_token
        return request

    @override
    def refresh_request(
        self, request: httpx.Request | None = None, stored: Mapping[str, Any] | None = None
    ) -> httpx.Request:
        """The refresh-token grant request (amazon.md §3: form body with refresh_token, client_id, client_secret)."""
        body = prepare_token_request(
            "refresh_token",
            refresh_token=self.credentials.refresh_token,
            client_id=self.credentials.client_id,
            client_secret=self.credentials.client_secret,
        )
        return httpx.Request("POST", self.token_url, content=body.encode(), headers={"content-type": _FORM})

    @override
    def parse_refresh(
        self, response: httpx.Response, stored: Mapping[str, Any] | None, now: float
    ) -> Mapping[str, Any]:
        return _storable(parse_token_response(response, now=now))

    @override
    def token_rejected(self, response: httpx.Response) -> bool:
        return token_rejected(response)


def token_rejected(response: httpx.Response) -> bool:
    """True when SP-API refused the access token itself (not the operation).

    SP-API answers 403 for token problems too: code ``Unauthorized`` with details "The access token you provided
    is revoked, malformed or invalid." (selling-partner-api-models#2333), or ``MissingAuthenticationToken``
    (selling-partner-api-docs#76); expired tokens carry ``x-amzn-ErrorType: ExpiredTokenException``.
    """
    if response.status_code not in (401, 403):
        return False
    if response.headers.get("x-amzn-errortype", "").startswith("ExpiredToken"):
        return True
    body = json_object_or_none(response)
    errors = body.get("errors") if body is not None else None
    for error in errors if isinstance(errors, list) else []:
        if not isinstance(error, Mapping):
            continue
        text = f"{error.get('message', '')} {error.get('details', '')}".lower()
        if error.get("code") == "MissingAuthenticationToken" or "access token" in text:
            return True
    return False


def _storable(token: LwaToken) -> dict[str, Any]:
    # The refresh token is configuration, not cache: never write it into a shared store.
    return {k: token[k] for k in ("access_token", "token_type", "expires_at") if k in token}
