"""Fixtures for the SP-API half of the Amazon adapter: the simulator, clients on it, and a bare driver."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from marketmsg import Account, Client, VirtualClock
from marketmsg.adapter import Flow
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.transport import DriverOptions, RateLimiter, RetryPolicy, SyncDriver
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim

T = TypeVar("T")
MODELS = Path(__file__).resolve().parent.parent / "fixtures" / "models"


def load_model(name: str) -> dict[str, Any]:
    """One of the official SP-API models copied under tests/fixtures/models."""
    return json.loads((MODELS / name).read_text())  # type: ignore[no-any-return]


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def spec(clock: VirtualClock) -> SandboxSpec:
    return sim.spapi_sandbox(clock)  # SP-API only: no relay Maildir to seed per test


@pytest.fixture
def simulator(spec: SandboxSpec) -> sim.AmazonSimulator:
    controller: sim.AmazonSimulator = spec.controller
    return controller


@pytest.fixture
def account(spec: SandboxSpec) -> Account:
    return spec.accounts[0]


@pytest.fixture
def sandbox(spec: SandboxSpec, clock: VirtualClock) -> Sandbox:
    return Sandbox([spec], clock=clock)


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with sandbox.client() as c:
        yield c


def plain_account(**settings: Any) -> Account:
    """An account with the sandbox credentials, for adapters driven by a hand-written handler."""
    return Account(
        platform="amazon",
        seller_id=sim.SELLER_ID,
        marketplaces=(sim.MARKETPLACE_ID,),
        credentials={
            "refresh_token": sim.REFRESH_TOKEN,
            "lwa_app_id": sim.CLIENT_ID,
            "lwa_client_secret": sim.CLIENT_SECRET,
        },
        settings={"sandbox": True, **settings},
    )


def token_response(request: httpx.Request) -> httpx.Response | None:
    """The LWA answer for hand-written handlers (None when ``request`` is not a token request)."""
    if request.url.path != "/auth/o2/token":
        return None
    return httpx.Response(
        200, json={"access_token": "Atza|unit-test-token", "token_type": "bearer", "expires_in": 3600}
    )


def run_flow(
    adapter: AmazonAdapter,
    flow: Flow[T],
    handler: Callable[[httpx.Request], httpx.Response],
    clock: VirtualClock,
    *,
    max_retries: int = 0,
) -> T:
    """Drive one adapter flow through the real sync driver on an ``httpx.MockTransport``."""
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        options = DriverOptions(retry=RetryPolicy(max_retries=max_retries), clock=clock)
        return SyncDriver(http, RateLimiter(clock=clock), options).run(adapter, flow)


# Test modules cannot import this conftest under --import-mode=importlib, so helpers are handed out as fixtures.


@pytest.fixture
def models() -> Callable[[str], dict[str, Any]]:
    return load_model


@pytest.fixture
def drive(clock: VirtualClock) -> Callable[..., Any]:
    """``drive(adapter, flow, handler)`` runs the flow through the sync driver on a mock transport."""

    def _drive(
        adapter: AmazonAdapter,
        flow: Flow[Any],
        handler: Callable[[httpx.Request], httpx.Response],
        **kwargs: Any,
    ) -> Any:
        return run_flow(adapter, flow, handler, clock, **kwargs)

    return _drive


@pytest.fixture
def bare_adapter(clock: VirtualClock) -> Callable[..., AmazonAdapter]:
    """``bare_adapter(**settings)``: an adapter on the sandbox credentials, not wired to the simulator."""

    def _make(**settings: Any) -> AmazonAdapter:
        return AmazonAdapter(plain_account(**settings), clock=clock)

    return _make


@pytest.fixture
def with_token() -> Callable[
    [Callable[[httpx.Request], httpx.Response]], Callable[[httpx.Request], httpx.Response]
]:
    """Wrap a handler so LWA token requests are answered too."""

    def _wrap(
        handler: Callable[[httpx.Request], httpx.Response],
    ) -> Callable[[httpx.Request], httpx.Response]:
        def both(request: httpx.Request) -> httpx.Response:
            return token_response(request) or handler(request)

        return both

    return _wrap
