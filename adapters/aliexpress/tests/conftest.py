"""Fixtures: a simulator on a virtual clock and clients wired to it (in process, no network)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from marketmsg import Account, Client, InMemoryOutbox, Outbox, VirtualClock
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.store import SqlStore
from marketmsg_aliexpress.simulator import IM_SELLER, LETTER_SELLER, AliExpressSimulator, build_sandbox

POSTGRES_URL = os.environ.get("MARKETMSG_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres() -> SqlStore:
    try:
        return SqlStore(POSTGRES_URL, table_prefix=f"ob{uuid.uuid4().hex[:10]}_")
    except Exception as exc:  # no server here: the SQLite and in-memory cases still run
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} not reachable ({type(exc).__name__})")


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def outbox(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Outbox]:
    """The client's outbox three ways: in memory, SQLite, PostgreSQL (its own tables, dropped afterwards)."""
    if request.param == "memory":
        yield InMemoryOutbox()
        return
    store = SqlStore(tmp_path / "outbox.db") if request.param == "sqlite" else _postgres()
    try:
        yield store
    finally:
        if request.param == "postgresql":
            store.drop_tables()
        store.close()


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
