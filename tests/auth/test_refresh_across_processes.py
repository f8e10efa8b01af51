"""Workers sharing a token store refresh single-flight across processes (issue 11.11).

AliExpress rotates refresh tokens: a refresh answer carries a new one and the old one stops working. Four
worker processes, each a separate ``Client`` on one shared store, make 20 calls each against the AliExpress
simulator served on loopback, which issues access tokens that expire at once — so every call refreshes, and two
workers spending the same refresh token would get ``IllegalRefreshToken``. With the store's lock and
compare-and-set, none does. Runs on the real Redis and PostgreSQL servers.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

import pytest

from .test_token_stores import POSTGRES_URL, REDIS_URL, postgres_store, redis_store

WORKERS, CALLS = 4, 20


def _serve(ports: Any, stop: Any) -> None:
    # A separate process, so the workers are forked from a parent without server threads.
    from marketmsg.sandbox import serve_handler
    from marketmsg_aliexpress.simulator import _gateway

    _gateway.ACCESS_LIFETIME = 301  # valid past the 300 s leeway for a second: the workers refresh together
    simulator = _gateway.AliExpressSimulator(qps=10_000.0, burst=10_000)
    server = serve_handler(simulator.handle, background=True)
    ports.put(server.server_port)
    stop.wait(120)
    server.shutdown()


def _work(port: int, kind: str, name: str, barrier: Any, results: Any) -> None:
    try:
        results.put(_calls(port, kind, name, barrier))
    except BaseException as exc:  # reported to the test, never a silent hang on results.get()
        results.put(([f"worker crashed: {exc!r}"], 0))


def _calls(port: int, kind: str, name: str, barrier: Any) -> tuple[list[str], int]:
    from marketmsg import AuthenticationError, Client
    from marketmsg.auth import RedisTokenStore
    from marketmsg.models import Account
    from marketmsg.store import SqlTokenStore
    from marketmsg_aliexpress.simulator import APP_KEY, APP_SECRET, IM_SELLER

    store: Any = (
        RedisTokenStore(REDIS_URL, prefix=name)
        if kind == "redis"
        else SqlTokenStore(POSTGRES_URL, table_prefix=name)
    )
    account = Account(
        platform="aliexpress",
        seller_id=IM_SELLER,
        credentials={
            "app_key": APP_KEY,
            "app_secret": APP_SECRET,
            "refresh_token": f"sandbox-refresh-{IM_SELLER}",
        },
        settings={"messaging_api": "im", "base_url": f"http://127.0.0.1:{port}"},
    )
    failures: list[str] = []
    barrier.wait(30)
    with Client([account], token_store=store, max_retries=0) as client:
        for _ in range(CALLS):
            try:
                client.disputes.list(account=account.key, page_size=1).to_list(1)
            except AuthenticationError as exc:
                failures.append(str(exc.platform_code))
        refreshes = client._state.adapters[account.key].auth.refresh_count
    return failures, refreshes


@pytest.mark.integration
@pytest.mark.parametrize("kind", ["redis", "postgresql"])
def test_four_processes_never_spend_a_rotating_refresh_token_twice(kind: str) -> None:
    shared = redis_store() if kind == "redis" else postgres_store()  # skips, saying why, without the server
    name = shared.prefix if kind == "redis" else shared.table.name.removesuffix("tokens")
    context = multiprocessing.get_context("fork")
    ports, stop = context.Queue(), context.Event()
    server = context.Process(target=_serve, args=(ports, stop), daemon=True)
    server.start()
    try:
        port = ports.get(timeout=30)
        barrier, results = context.Barrier(WORKERS), context.Queue()
        workers = [
            context.Process(target=_work, args=(port, kind, name, barrier, results)) for _ in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        outcomes = [results.get(timeout=120) for _ in workers]
        for worker in workers:
            worker.join(timeout=30)
    finally:
        stop.set()
        server.join(timeout=10)
        if kind == "redis":
            for key in shared.redis.scan_iter(f"{shared.prefix}*"):
                shared.redis.delete(key)
        else:
            shared.drop_table()
        shared.close()
    failures = [code for failed, _ in outcomes for code in failed]
    assert failures == []
    # Tokens expired about once a second while the workers ran: there were refreshes to race for.
    assert sum(refreshes for _, refreshes in outcomes) >= 2
    assert all(worker.exitcode == 0 for worker in workers)
