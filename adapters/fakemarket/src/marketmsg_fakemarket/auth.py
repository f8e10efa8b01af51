"""Fakemarket authenticates every request with the account's API key as a bearer token.

Platforms with expiring tokens or request signatures put that logic here too (an ``httpx.Auth`` the adapter
returns from ``http_auth``); the driver applies it to every call and the redaction keeps the key out of logs.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from marketmsg.adapter import override

__all__ = ["BearerAuth"]


class BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._token = token

    @override
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["authorization"] = f"Bearer {self._token}"
        yield request
