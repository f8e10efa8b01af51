"""Turning the authorisation callback's ``code`` into tokens, with the caller's own HTTP client (sync or async)."""

from __future__ import annotations

import httpx

from marketmsg import Clock, SystemClock
from marketmsg.transport import aread_bounded, read_bounded, unreachable

from ._signing import stamp_and_sign
from ._tokens import DEFAULT_BASE_URL, IopToken, parse_token_response, token_create_request

__all__ = ["aexchange_code", "exchange_code"]

_ACTION = "exchange the AliExpress authorization code for tokens (/auth/token/create)"


def _signed(code: str, app_key: str, app_secret: str, base_url: str, clock: Clock) -> httpx.Request:
    request = token_create_request(code, base_url=base_url)
    return stamp_and_sign(request, app_key=app_key, app_secret=app_secret, clock=clock)


def exchange_code(
    code: str,
    *,
    app_key: str,
    app_secret: str,
    http: httpx.Client,
    base_url: str = DEFAULT_BASE_URL,
    clock: Clock | None = None,
) -> IopToken:
    """``/auth/token/create``: the seller's tokens for the callback's ``code`` (codes are single-use).

    Check the callback's ``state`` against the one :func:`authorization_url` returned *before* calling this.
    """
    clock = clock or SystemClock()
    try:
        # Never follow a redirect: a 307 would resend the signed code to another host (issue 11 #10).
        response = http.send(
            _signed(code, app_key, app_secret, base_url, clock), stream=True, follow_redirects=False
        )
        read_bounded(response)
    except httpx.RequestError as exc:  # no answer, or one httpx cannot decode
        raise unreachable(exc, platform="aliexpress", action=_ACTION) from exc
    return parse_token_response(response, now=clock.now().timestamp())


async def aexchange_code(
    code: str,
    *,
    app_key: str,
    app_secret: str,
    http: httpx.AsyncClient,
    base_url: str = DEFAULT_BASE_URL,
    clock: Clock | None = None,
) -> IopToken:
    """The async twin of :func:`exchange_code`."""
    clock = clock or SystemClock()
    try:
        response = await http.send(
            _signed(code, app_key, app_secret, base_url, clock), stream=True, follow_redirects=False
        )
        await aread_bounded(response)
    except httpx.RequestError as exc:  # no answer, or one httpx cannot decode
        raise unreachable(exc, platform="aliexpress", action=_ACTION) from exc
    return parse_token_response(response, now=clock.now().timestamp())
