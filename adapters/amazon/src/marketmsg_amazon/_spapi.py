"""Building SP-API requests for one account, and reading their JSON: the sans-I/O half every flow shares."""

from __future__ import annotations

import functools
import platform
import sys
from collections.abc import Generator, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from marketmsg import Account, Clock, RateLimit, __version__
from marketmsg.adapter import Effect, bodiless_request, http_call, json_request

from ._endpoints import Endpoints
from ._response import read_json

__all__ = ["SpApi", "json_body"]

# "User-Agent: app name/version (Language=…; Platform=…)" (archived developer guide, "Step 3. Add headers").
USER_AGENT = (
    f"marketmsg/{__version__} (Language=Python/{sys.version_info.major}.{sys.version_info.minor}; "
    f"Platform={platform.system()})"
)
#: Every SP-API request's own headers, encoded once (the token is the auth's).
_HEADERS = ((b"accept", b"application/json"), (b"user-agent", USER_AGENT.encode("ascii")))


class SpApi:
    """Requests for one account's SP-API endpoint, tagged with the operation's bucket."""

    def __init__(
        self, account: Account, endpoints: Endpoints, limits: Mapping[str, RateLimit], clock: Clock
    ) -> None:
        self.account = account
        self.endpoints = endpoints
        self.limits = limits
        self.clock = clock

    @property
    def marketplace_id(self) -> str:
        return self.endpoints.marketplace_id

    def url(self, path: str) -> str:
        return f"{self.endpoints.api}{path}"

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        marketplace: bool = True,
    ) -> httpx.Request:
        """An SP-API request. ``marketplaceIds`` (exactly one, amazon.md §1.2) is added unless ``marketplace``
        is False (the Orders v0 single-order operations take none)."""
        query: dict[str, str] = {"marketplaceIds": self.marketplace_id} if marketplace else {}
        query.update(params or {})
        url = _parsed_url(self.url(path), tuple(query.items()))
        if body is None:
            return bodiless_request(method, url, _HEADERS)
        return json_request(method, url, _HEADERS, dict(body))

    def call(
        self,
        request: httpx.Request,
        *,
        operation: str,
        idempotent: bool = True,
        auth: httpx.Auth | bool | None = None,
        check_status: bool = True,
    ) -> Generator[Effect, Any, httpx.Response]:
        """``response = yield from api.call(request, operation=…)`` with the account's bucket for ``operation``."""
        return (
            yield from http_call(
                request,
                operation=operation,
                rate_limit=self.limits.get(operation),
                idempotent=idempotent,
                auth=auth,
                check_status=check_status,
            )
        )


@functools.lru_cache(maxsize=512)
def _parsed_url(base: str, query: tuple[tuple[str, str], ...]) -> httpx.URL:
    # Parsing a URL is about half of building a request (~16 µs): the same few operations are called for the same
    # orders again and again (the actions twice per send), and httpx URLs are immutable, so requests share one.
    # The query is encoded by httpx itself and handed over with the URL: ``params=`` would parse it twice.
    return httpx.URL(f"{base}?{httpx.QueryParams(query)}" if query else base)


def order_path(prefix: str, order_id: str, suffix: str = "") -> str:
    """``/messaging/v1/orders/{amazonOrderId}`` + suffix, with the id percent-encoded (it is user input)."""
    return f"{prefix}/{quote(order_id, safe='')}{suffix}"


def json_body(response: httpx.Response, operation: str) -> dict[str, Any]:
    """A 2xx answer's JSON object (``{}`` for an empty 201), or :class:`UnreadableResponseError`."""
    return read_json(response, operation)
