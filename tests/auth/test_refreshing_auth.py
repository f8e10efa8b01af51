"""RefreshingAuth, the one token auth of every adapter: single flight in a process and across clients sharing a
store, one refresh after a rejected token, sync and async alike (a toy platform behind MockTransport)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx
import pytest

from marketmsg import VirtualClock
from marketmsg.adapter import override
from marketmsg.auth import InMemoryTokenStore, RefreshingAuth, TokenStore


class Platform:
    """Issues numbered tokens; /api answers 401 for a token it does not know (revoked or never issued)."""

    def __init__(self, rotate: bool = False) -> None:
        self.lock = threading.Lock()
        self.issued = 0
        self.valid: set[str] = set()
        self.refresh_tokens = {"r0"}
        self.rotate = rotate
        self.illegal_refresh = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            if request.url.path == "/token":
                presented = request.headers.get("x-refresh", "")
                if presented not in self.refresh_tokens:
                    self.illegal_refresh += 1
                    return httpx.Response(400, json={"error": "IllegalRefreshToken"})
                self.issued += 1
                token = f"t{self.issued}"
                self.valid.add(token)
                body: dict[str, Any] = {"access_token": token, "expires_in": 3600}
                if self.rotate:
                    self.refresh_tokens.discard(presented)
                    body["refresh_token"] = f"r{self.issued}"
                    self.refresh_tokens.add(body["refresh_token"])
                return httpx.Response(200, json=body)
            if request.headers.get("authorization") not in self.valid:
                return httpx.Response(401, json={"error": "token"})
            return httpx.Response(200, json={"ok": True})

    def revoke_all(self) -> None:
        with self.lock:
            self.valid.clear()


class DemoAuth(RefreshingAuth):
    @override
    def authorize(self, request: httpx.Request, access_token: str | None) -> httpx.Request:
        if access_token is not None:
            request.headers["authorization"] = access_token
        return request

    @override
    def refresh_request(self, request: httpx.Request, stored: Mapping[str, Any] | None) -> httpx.Request:
        refresh = str((stored or {}).get("refresh_token") or "r0")
        return httpx.Request("POST", "https://demo.test/token", headers={"x-refresh": refresh})

    @override
    def parse_refresh(
        self, response: httpx.Response, stored: Mapping[str, Any] | None, now: float
    ) -> Mapping[str, Any]:
        body = response.json()
        if "access_token" not in body:
            raise RuntimeError(body["error"])
        return {
            "access_token": body["access_token"],
            "refresh_token": body.get("refresh_token") or (stored or {}).get("refresh_token"),
            "expires_at": now + body["expires_in"],
        }

    @override
    def token_rejected(self, response: httpx.Response) -> bool:
        return response.status_code == 401


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


def _auth(clock: VirtualClock, store: TokenStore | None = None) -> DemoAuth:
    return DemoAuth(key="demo:seller", store=store, clock=clock)


def test_fifty_threads_make_one_refresh(clock: VirtualClock) -> None:
    platform, auth = Platform(), _auth(clock)
    with httpx.Client(transport=httpx.MockTransport(platform.handle)) as http:
        statuses: list[int] = []

        def call() -> None:
            statuses.append(http.get("https://demo.test/api", auth=auth).status_code)

        threads = [threading.Thread(target=call) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert statuses == [200] * 50
    assert platform.issued == 1 and auth.refresh_count == 1


def test_fifty_tasks_make_one_refresh(clock: VirtualClock) -> None:
    platform, auth = Platform(), _auth(clock)

    async def main() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(platform.handle)) as http:
            statuses: list[int] = []

            async def call() -> None:
                statuses.append((await http.get("https://demo.test/api", auth=auth)).status_code)

            async with anyio.create_task_group() as group:
                for _ in range(50):
                    group.start_soon(call)
            return statuses

    assert anyio.run(main) == [200] * 50
    assert platform.issued == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_rejected_token_is_refreshed_once_and_the_request_resent(clock: VirtualClock, mode: str) -> None:
    platform, auth = Platform(), _auth(clock)
    if mode == "sync":
        with httpx.Client(transport=httpx.MockTransport(platform.handle)) as http:
            assert http.get("https://demo.test/api", auth=auth).status_code == 200
            platform.revoke_all()
            assert http.get("https://demo.test/api", auth=auth).status_code == 200
    else:

        async def main() -> None:
            async with httpx.AsyncClient(transport=httpx.MockTransport(platform.handle)) as http:
                assert (await http.get("https://demo.test/api", auth=auth)).status_code == 200
                platform.revoke_all()
                assert (await http.get("https://demo.test/api", auth=auth)).status_code == 200

        anyio.run(main)
    assert platform.issued == 2


def test_a_token_refused_again_after_the_refresh_is_not_retried_forever(clock: VirtualClock) -> None:
    platform, auth = Platform(), _auth(clock)

    def never(request: httpx.Request) -> httpx.Response:
        answer = platform.handle(request)
        return httpx.Response(401) if request.url.path == "/api" else answer

    with httpx.Client(transport=httpx.MockTransport(never)) as http:
        assert http.get("https://demo.test/api", auth=auth).status_code == 401
    assert platform.issued == 2  # the first token, and exactly one refresh after its rejection


def test_clients_sharing_a_store_refresh_once_between_them(clock: VirtualClock) -> None:
    platform, store = Platform(rotate=True), InMemoryTokenStore()
    first, second = _auth(clock, store), _auth(clock, store)
    with httpx.Client(transport=httpx.MockTransport(platform.handle)) as http:
        for auth in (first, second, first, second):
            assert http.get("https://demo.test/api", auth=auth).status_code == 200
        platform.revoke_all()
        # Both hold the revoked token; the second finds the first one's fresh token in the store.
        for auth in (first, second):
            assert http.get("https://demo.test/api", auth=auth).status_code == 200
    assert platform.issued == 2 and platform.illegal_refresh == 0


def test_expiry_follows_the_injected_clock(clock: VirtualClock) -> None:
    platform, auth = Platform(), _auth(clock)
    with httpx.Client(transport=httpx.MockTransport(platform.handle)) as http:
        http.get("https://demo.test/api", auth=auth)
        clock.advance(3600 - 61)  # still valid for more than the 60 s leeway
        http.get("https://demo.test/api", auth=auth)
        assert platform.issued == 1
        clock.advance(2)
        http.get("https://demo.test/api", auth=auth)
    assert platform.issued == 2
