"""Every LockingTokenStore keeps the same promises: one lock holder per key until release or TTL, and writes that
compare-and-set on the stored access token. Redis and PostgreSQL run against the real local servers."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marketmsg.auth import InMemoryTokenStore, LockingTokenStore, RedisTokenStore
from marketmsg.store import SqlTokenStore

REDIS_URL = os.environ.get("MARKETMSG_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
POSTGRES_URL = os.environ.get("MARKETMSG_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def redis_store() -> RedisTokenStore:
    try:
        import redis
    except ModuleNotFoundError:
        pytest.skip("needs redis-py: pip install 'marketmsg[redis]'")
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"needs Redis at {REDIS_URL} ({type(exc).__name__}); set MARKETMSG_TEST_REDIS_URL")
    return RedisTokenStore(client, prefix=f"mmtest:{uuid.uuid4().hex[:10]}:")


def postgres_store() -> SqlTokenStore:
    try:
        import psycopg
    except ModuleNotFoundError:
        pytest.skip("needs PostgreSQL: psycopg is not installed (pip install 'marketmsg[postgres]')")
    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=2).close()
    except psycopg.Error as exc:
        pytest.skip(
            f"needs PostgreSQL at {POSTGRES_URL} ({type(exc).__name__}); set MARKETMSG_TEST_POSTGRES_URL"
        )
    return SqlTokenStore(POSTGRES_URL, table_prefix=f"t{uuid.uuid4().hex[:10]}_")


@pytest.fixture(params=["memory", "sqlite", "redis", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "memory":
        yield InMemoryTokenStore()
    elif request.param == "sqlite":
        created = SqlTokenStore(tmp_path / "tokens.db")
        yield created
        created.close()
    elif request.param == "redis":
        created = redis_store()
        yield created
        for key in created.redis.scan_iter(f"{created.prefix}*"):
            created.redis.delete(key)
        created.close()
    else:
        created = postgres_store()
        yield created
        created.drop_table()
        created.close()


def test_round_trip(store: Any) -> None:
    assert isinstance(store, LockingTokenStore)
    assert store.load("k") is None
    # A token no random hex prefix in the repr can contain ("a1" was in one run out of ~30).
    store.save("k", {"access_token": "tok-SECRET", "expires_at": 10.5})
    assert store.load("k") == {"access_token": "tok-SECRET", "expires_at": 10.5}
    assert "tok-SECRET" not in repr(store)


def test_one_lock_holder_until_release(store: Any) -> None:
    first = store.acquire("k", 30.0)
    assert first is not None
    assert store.acquire("k", 30.0) is None
    assert store.acquire("other", 30.0) is not None  # per key
    store.release("k", "not-the-holder")
    assert store.acquire("k", 30.0) is None
    store.release("k", first)
    assert store.acquire("k", 30.0) is not None


def test_a_dead_holders_lock_expires(store: Any) -> None:
    assert store.acquire("k", 0.05) is not None
    time.sleep(0.1)
    assert store.acquire("k", 30.0) is not None


def test_compare_and_set_on_the_stored_access_token(store: Any) -> None:
    assert store.compare_and_set("k", None, {"access_token": "a1"})
    assert not store.compare_and_set("k", None, {"access_token": "x"})  # something is stored now
    assert not store.compare_and_set("k", "stale", {"access_token": "x"})
    assert store.compare_and_set("k", "a1", {"access_token": "a2", "refresh_token": "r2"})
    assert store.load("k") == {"access_token": "a2", "refresh_token": "r2"}


def test_compare_and_set_after_a_lock_row(store: Any) -> None:
    handle = store.acquire("k", 30.0)
    assert handle is not None
    assert store.compare_and_set("k", None, {"access_token": "a1"})  # the lock alone is not a token
    store.release("k", handle)
    assert store.load("k") == {"access_token": "a1"}
