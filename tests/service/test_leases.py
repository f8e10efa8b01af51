"""Account leases and the in-process Worker: exclusive claims, expiry takeover, fencing, health and metrics."""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx

from marketmsg import VirtualClock
from marketmsg.events import EventLog
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore
from marketmsg.transport import EventHooks
from marketmsg.worker import AccountLeases, Metrics, Worker

ACCOUNTS = [f"fakemarket:S{i}" for i in range(6)]
TTL = timedelta(seconds=10)


def test_claims_are_exclusive_and_expire(store: SqlStore, clock: VirtualClock) -> None:
    a = AccountLeases(store, "a", ttl=TTL, clock=clock)
    b = AccountLeases(store, "b", ttl=TTL, clock=clock)
    a.register(ACCOUNTS)
    b.register(ACCOUNTS)  # registering twice keeps one schedule
    first = a.claim(ACCOUNTS, limit=4)
    second = b.claim(ACCOUNTS, limit=4)
    assert len(first) == 4 and len(second) == 2
    assert not {x.account for x in first} & {x.account for x in second}
    assert b.claim(ACCOUNTS, limit=4) == []
    clock.advance(5)
    assert len(a.renew(first)) == 4  # both alive: their leases last until +15 s
    assert len(b.renew(second)) == 2
    clock.advance(6)
    assert b.claim(ACCOUNTS, limit=10) == []  # past the first ttl, but renewed
    # a dies (stops renewing): after the ttl its accounts are b's, with a new generation.
    clock.advance(10)
    taken = b.claim(ACCOUNTS, limit=10)
    assert {x.account for x in taken} == {x.account for x in first} | {x.account for x in second}
    late = first[0]
    assert a.renew([late]) == []  # a's generation is stale: it cannot renew …
    assert a.release(late, next_sync_at=clock.now(), ok=True) is False  # … nor release b's lease
    mine = next(x for x in taken if x.account == late.account)
    assert mine.generation == late.generation + 1
    assert b.release(mine, next_sync_at=clock.now() + timedelta(minutes=5), ok=True) is True
    assert mine.account not in {x.account for x in b.claim(ACCOUNTS, limit=10)}  # not due again yet


def test_concurrent_claims_never_share_an_account(store: SqlStore, clock: VirtualClock) -> None:
    many = [f"{a}-{i}" for a in ACCOUNTS for i in range(5)]
    AccountLeases(store, "setup", ttl=TTL, clock=clock).register(many)
    got: dict[str, list[str]] = {}

    def grab(name: str) -> None:
        leases = AccountLeases(store, name, ttl=TTL, clock=clock)
        got[name] = [x.account for _ in range(10) for x in leases.claim(many, limit=2)]

    threads = [threading.Thread(target=grab, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [a for accounts in got.values() for a in accounts]
    assert len(claimed) == len(set(claimed)) == len(many)


def test_worker_syncs_derives_and_serves_health_and_metrics(store: SqlStore, fakemarket: None) -> None:
    metrics = Metrics()
    sandbox = Sandbox.create(["fakemarket"])
    with sandbox.client(outbox=store, event_hooks=EventHooks(on_call=[metrics.on_call])) as client:
        worker = Worker(client, store, interval=timedelta(seconds=60), lease_ttl=timedelta(seconds=5),
                        poll=0.05, health_port=0, metrics=metrics, webhooks=False, concurrency=2)  # fmt: skip
        seen: list[str] = []
        worker.events.subscribe(lambda event, text: seen.append(event.type.value))
        scraped: dict[str, str] = {}

        def scrape() -> None:
            # Both the sync (its thread) and the events (the main loop) are done; either may finish first.
            while worker.stats.events < 5 or not worker.stats.syncs:
                if worker.stopping:
                    return
                threading.Event().wait(0.05)
            port = worker.health_server.server_port if worker.health_server else 0
            with httpx.Client(trust_env=False, timeout=5) as http:  # no proxy from the environment
                for path in ("/healthz", "/metrics"):
                    scraped[path] = http.get(f"http://127.0.0.1:{port}{path}").text
            worker.stop()

        scraper = threading.Thread(target=scrape)
        scraper.start()
        stats = worker.run(duration=20, handle_signals=False)
        scraper.join()
    assert stats.syncs == 1 and stats.accounts == {"fakemarket:FM-SELLER-1"}
    assert seen == ["message.received"] * 5 and EventLog(store).lag() == 0
    assert scraped["/healthz"] == "ok\n"
    assert 'marketmsg_syncs_total{outcome="ok"} 1.0' in scraped["/metrics"]
    assert "marketmsg_event_lag 0.0" in scraped["/metrics"]
