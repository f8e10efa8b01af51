"""Fixtures: a simulator on a virtual clock and clients wired to it (in process, no network)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from marketmsg import Account, Client, VirtualClock
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_aliexpress.simulator import IM_SELLER, LETTER_SELLER, AliExpressSimulator, build_sandbox


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def spec(clock: VirtualClock) -> SandboxSpec:
    return build_sandbox(clock)


@pytest.fixture
def sim(spec: SandboxSpec) -> AliExpressSimulator:
    controller = spec.controller
    assert isinstance(controller, AliExpressSimulator)
    return controller


def account(spec: SandboxSpec, seller: str = IM_SELLER, **changes: Any) -> Account:
    base = next(a for a in spec.accounts if a.seller_id == seller)
    settings = {**base.settings, **changes.pop("settings", {})}
    credentials = {k: v.get_secret_value() for k, v in base.credentials.items()}
    credentials.update(changes.pop("credentials", {}))
    return Account(
        platform="aliexpress", seller_id=seller, credentials=credentials, settings=settings, **changes
    )


@pytest.fixture
def make_client(spec: SandboxSpec, clock: VirtualClock) -> Iterator[Any]:
    clients: list[Client] = []

    def make(*accounts: Account, **kwargs: Any) -> Client:
        sandbox = Sandbox([spec], clock=clock)
        client = Client(
            list(accounts) or list(spec.accounts), http_client=sandbox.http_client(), clock=clock, **kwargs
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


__all__ = ["IM_SELLER", "LETTER_SELLER", "account"]
