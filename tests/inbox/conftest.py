"""Inbox fixtures: the fakemarket sandbox on a virtual clock, and a store on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from marketmsg import VirtualClock
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore
from marketmsg_fakemarket import FakemarketSimulator

POSTGRES_URL = os.environ.get("MARKETMSG_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ACCOUNT = "fakemarket:FM-SELLER-1"


def _postgres_reason() -> str | None:
    try:
        import psycopg
    except ModuleNotFoundError:
        return "psycopg is not installed"
    try:
        psycopg.connect(POSTGRES_URL.replace("+psycopg", ""), connect_timeout=2).close()
    except psycopg.Error as exc:
        return f"PostgreSQL at {POSTGRES_URL} not reachable ({type(exc).__name__})"
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    if request.param == "sqlite":
        created = SqlStore(tmp_path / "inbox.db")
    else:
        reason = _postgres_reason()
        if reason:
            pytest.skip(f"needs PostgreSQL: {reason}; set MARKETMSG_TEST_POSTGRES_URL")
        created = SqlStore(POSTGRES_URL, table_prefix=f"i{uuid.uuid4().hex[:10]}_")
    try:
        yield created
    finally:
        if created.dialect == "postgresql":
            created.drop_tables()
        created.close()


@pytest.fixture
def sandbox(fakemarket: None, clock: VirtualClock) -> Sandbox:
    return Sandbox.create(["fakemarket"], clock=clock)


@pytest.fixture
def sim(sandbox: Sandbox) -> FakemarketSimulator:
    controller = sandbox.controller("fakemarket")
    assert isinstance(controller, FakemarketSimulator)
    return controller
