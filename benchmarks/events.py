"""Events and workers: events/s from the change feed to a webhook receiver, and sync lag under 500 accounts.

1. **events/s** (SQLite and PostgreSQL): N stored buyer messages → ``EventLog.catch_up()`` (derive, store,
   queue) → ``Webhooks.deliver()`` until the queue is empty, to a local receiver that verifies every signature
   with the Standard Webhooks library (``examples/erp_receiver.py``). Baseline in the same run: read the change
   feed and post each change's signed JSON straight to the same receiver (no event log, no durable queue).
   Printed: events/s of derive, deliver and end to end, and the ratio end-to-end / baseline.
2. **sync lag** (PostgreSQL + Redis): 500 sandbox accounts on one loopback marketplace whose buyers write
   ``--rate`` messages/s; ``--workers`` ``marketmsg worker`` processes (interval ``--interval`` s). Printed: time
   until every account was synced once, each account's sync period (p50/p95/max, and p95 / interval), and the
   latency from a buyer's message to its ``message.received`` at the receiver (p50/p95/max).

Nothing is asserted. Run: ``python benchmarks/events.py [--messages 5000] [--accounts 500] [--skip-lag]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_URL = os.environ.get("MARKETMSG_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("MARKETMSG_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
MARKET = ROOT / "tests" / "service" / "_market.py"
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def receiver_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("erp_receiver", ROOT / "examples" / "erp_receiver.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["erp_receiver"] = module
    spec.loader.exec_module(module)
    return module


def messages(n: int) -> list[Any]:
    from marketmsg.models import Channel, Direction, Message, Party, PartyRole

    return [
        Message(
            id=f"fakemarket:S1:msg:c{i % 500:03d}/m{i:06d}",
            conversation_id=f"fakemarket:S1:conv:c{i % 500:03d}",
            direction=Direction.INBOUND,
            sender=Party(role=PartyRole.BUYER, platform_id=f"b{i % 500}"),
            channel=Channel.OTHER,
            body="Hello, where is my order? It has been in transit for five days.",
            sent_at=T0 + timedelta(seconds=i),
        )
        for i in range(n)
    ]


def open_store(backend: str, tmp: Path) -> Any:
    from marketmsg.store import SqlStore

    if backend == "sqlite":
        return SqlStore(tmp / "bench.db")
    return SqlStore(POSTGRES_URL, table_prefix=f"be{uuid.uuid4().hex[:8]}_")


def postgres_ok() -> bool:
    try:
        import psycopg

        psycopg.connect(POSTGRES_URL, connect_timeout=2).close()
    except Exception:
        return False
    return True


def baseline(store: Any, url: str, secret: str) -> float:
    """Change feed → signed POST per change, no event log and no queue: the floor of the same path."""
    import httpx
    from standardwebhooks.webhooks import Webhook

    signer = Webhook(secret)
    started = time.perf_counter()
    count = 0
    with httpx.Client(trust_env=False) as http:
        for change in store.changes():
            body = json.dumps({"type": "message.received", "timestamp": change.at.isoformat(),
                               "data": {"message_id": change.object_id}}).encode()  # fmt: skip
            now = datetime.now(UTC)
            wid = f"base_{change.position}"
            headers = {"webhook-id": wid, "webhook-timestamp": str(int(now.timestamp())),
                       "webhook-signature": signer.sign(wid, now, body), "content-type": "application/json"}  # fmt: skip
            http.post(url, content=body, headers=headers)
            count += 1
    return count / (time.perf_counter() - started)


def events_per_second(backend: str, n: int) -> None:
    import httpx

    from marketmsg.events import EventLog, Webhooks, new_secret

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(backend, Path(tmp))
        try:
            batch = messages(n)
            for start in range(0, n, 500):
                store.upsert_messages(batch[start : start + 500])
            secret = new_secret()
            receiver = receiver_module().Receiver(secret)
            server = receiver.serve()
            url = f"http://127.0.0.1:{server.server_port}/hooks"
            base = baseline(store, url, secret)
            receiver.seen.clear()
            hooks = Webhooks(store, http_client=httpx.Client(trust_env=False, timeout=10))
            hooks.add_endpoint(url, secret=secret)
            started = time.perf_counter()
            derived = EventLog(store, batch=1000).catch_up()
            derive_s = time.perf_counter() - started
            started = time.perf_counter()
            delivered = 0
            while (report := hooks.deliver(limit=500)).claimed:
                delivered += report.delivered
            deliver_s = time.perf_counter() - started
            server.shutdown()
            server.server_close()
            total = derive_s + deliver_s
            print(f"   {backend:<10} {n} messages: derive {derived / derive_s:8.0f} ev/s, deliver "
                  f"{delivered / deliver_s:6.0f} ev/s, end to end {delivered / total:6.0f} ev/s; "
                  f"baseline (feed → signed POST, no queue) {base:6.0f}/s; ratio {delivered / total / base:.2f}; "
                  f"verified {len(receiver.seen)}, rejected {receiver.rejected}")  # fmt: skip
        finally:
            if store.dialect == "postgresql":
                store.drop_tables()
            store.close()


def _config(path: Path, port: int, accounts: int) -> Path:
    path.write_text(
        "\n".join(
            f'[[accounts]]\nplatform = "fakemarket"\nseller_id = "FM-S-{i:03d}"\n'
            f'credentials = {{ api_key = "fm-test-key-0123456789" }}\n'
            f'settings = {{ base_url = "http://127.0.0.1:{port}/s/{i}" }}\n'
            for i in range(accounts)
        ),
        encoding="utf-8",
    )
    return path


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def sync_lag(accounts: int, workers: int, interval: float, rate: float, seconds: float) -> None:
    from sqlalchemy import select

    from marketmsg.events import Webhooks, new_secret
    from marketmsg.store import SqlStore

    store = SqlStore(POSTGRES_URL, table_prefix=f"bl{uuid.uuid4().hex[:8]}_")
    secret = new_secret()
    arrived: dict[str, float] = {}
    receiver = receiver_module().Receiver(
        secret, lambda wid, p: arrived.setdefault(p["data"]["message_id"], time.time())
    )
    server = receiver.serve()
    hooks = Webhooks(store)
    hooks.add_endpoint(
        f"http://127.0.0.1:{server.server_port}/hooks", secret=secret, types=["message.received"]
    )
    hooks.close()
    procs: list[subprocess.Popen[Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "new.txt"
        market = subprocess.Popen(
            [sys.executable, str(MARKET), "--accounts", str(accounts), "--rate", str(rate),
             "--generate-for", str(seconds), "--latency", "0.005", "--log", str(log)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        procs.append(market)
        assert market.stdout is not None
        port = int(market.stdout.readline().split()[1])
        config = _config(Path(tmp) / "marketmsg.toml", port, accounts)
        since = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
        started = time.time()
        namespace = f"mmbench:{uuid.uuid4().hex[:8]}"
        for i in range(workers):
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "marketmsg", "worker", "--config", str(config), "--store", POSTGRES_URL,
                 "--table-prefix", store.tables.outbox.name.removesuffix("outbox"), "--redis", REDIS_URL,
                 "--redis-namespace", namespace, "--interval", str(interval), "--lease-ttl", "30",
                 "--since", since, "--concurrency", "8", "--poll", "0.2", "--name", f"b{i}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            ))  # fmt: skip
        try:
            deadline = time.time() + seconds + 90
            while time.time() < deadline:
                lines = log.read_text(encoding="utf-8").split()
                if lines and lines[-1] == "DONE" and set(lines[:-1]) <= set(arrived):
                    break
                time.sleep(0.5)
            expected = log.read_text(encoding="utf-8").split()[:-1]
        finally:
            for proc in procs[1:]:
                proc.send_signal(signal.SIGTERM)
            for proc in procs[1:]:
                proc.wait(timeout=60)
            market.kill()
            market.wait()
            market.stdout.close()
            server.shutdown()
            server.server_close()
    t = store.tables.service.lease_log
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.c.account, t.c.started_at, t.c.finished_at)).all()
    m = store.tables.messages
    with store.engine.connect() as conn:
        sent_at = dict(conn.execute(select(m.c.id, m.c.sent_at)).all())
    store.drop_tables()
    store.close()
    report_lag(rows, sent_at, arrived, expected, started, accounts=accounts, workers=workers,
               interval=interval, rate=rate, seconds=seconds)  # fmt: skip


def report_lag(
    rows: Any, sent_at: dict[str, datetime], arrived: dict[str, float], expected: list[str], started: float,
    *, accounts: int, workers: int, interval: float, rate: float, seconds: float,
) -> None:  # fmt: skip
    starts: dict[str, list[float]] = defaultdict(list)
    for account, start, _ in rows:
        starts[account].append(start.timestamp())
    first_round = max(min(s) for s in starts.values()) - started if len(starts) == accounts else float("nan")
    periods = [b - a for s in starts.values() for a, b in zip(sorted(s), sorted(s)[1:], strict=False)]
    latency = [arrived[i] - sent_at[i].timestamp() for i in expected if i in arrived and i in sent_at]
    missing = len(set(expected) - set(arrived))
    print(f"   {accounts} accounts, {workers} workers, interval {interval:g} s, {len(expected)} new messages "
          f"({rate:g}/s for {seconds:g} s); {missing} not delivered")  # fmt: skip
    print(f"   every account synced once after {first_round:.1f} s")
    print(f"   sync period p50 {_pct(periods, 0.5):.1f} s, p95 {_pct(periods, 0.95):.1f} s, max "
          f"{max(periods, default=float('nan')):.1f} s; p95/interval {_pct(periods, 0.95) / interval:.2f}")  # fmt: skip
    print(f"   buyer message → webhook: p50 {_pct(latency, 0.5):.1f} s, p95 {_pct(latency, 0.95):.1f} s, "
          f"max {max(latency, default=float('nan')):.1f} s (mean {statistics.fmean(latency) if latency else 0:.1f})")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--skip-lag", action="store_true")
    args = parser.parse_args(argv)
    print("-- events/s: change feed → event log → signed webhook → verifying receiver")
    for backend in ("sqlite", "postgresql"):
        if backend == "postgresql" and not postgres_ok():
            print("   postgresql: skipped (not reachable; set MARKETMSG_TEST_POSTGRES_URL)")
            continue
        events_per_second(backend, args.messages)
    if args.skip_lag:
        return 0
    print(f"-- sync lag under {args.accounts} accounts (PostgreSQL + Redis, worker processes)")
    if not postgres_ok():
        print("   skipped: needs PostgreSQL")
        return 0
    sync_lag(args.accounts, args.workers, args.interval, args.rate, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
