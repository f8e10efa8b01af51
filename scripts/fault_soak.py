"""Fault soak: many sends, every way a send can fail, SIGKILLs mid-run — then count what was lost or sent twice.

    python scripts/fault_soak.py --sends 10000 --kills 40 --fault-rate 0.2 --seed 7

What runs (issue 11, "what it must show"):

* the platform: a Fakemarket simulator served on loopback by this process; it keeps every message it accepts;
* workers: child processes that send one reply per intent (idempotency key ``soak-<i>``, a text naming ``i``)
  through :class:`marketmsg.Client` with a durable SQLite outbox. Each POST may fail on its way: the connection
  reset before the request is written, reset or timed out after it was written (the platform has the message),
  HTTP 500 before or after processing, 503, 400; GETs may be reset too. A worker sends each intent whose key is
  new, FAILED or PARTIAL, trying again (same key) after a failure that proves nothing went out, and leaves
  UNKNOWN ones alone;
* this process SIGKILLs the worker in the middle of a random send (after ``--kill-min``..``--kill-max`` sends)
  and starts a new one, which carries on from the outbox;
* recovery: ``InboxSync.reconcile(mark_missing_failed=True)`` resolves every UNKNOWN and stale PENDING entry
  against the platform, what it marks failed is sent again (same key, no faults), until nothing is left;
* the verdict: every intent is looked up on the platform — *lost* = intents with no message, *duplicated* =
  copies beyond the first. Both must be 0. Nothing is asserted here; the figures are printed (``--json`` too).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import httpx

from marketmsg import (
    Account,
    Client,
    DeliveryUnknown,
    MarketmsgError,
    OutboxState,
    RateLimit,
    SystemClock,
    register_adapter,
)
from marketmsg.inbox import InboxSync
from marketmsg.store import SqlStore

SELLER = "FM-SELLER-1"
#: Injected on POSTs (the sends), with their relative weights; GETs only see resets before the request.
POST_FAULTS = {
    "reset_before_write": 3,
    "reset_after_write": 3,
    "timeout_after_write": 3,
    "500_before_processing": 2,
    "500_after_processing": 2,
    "503": 2,
    "400": 1,
}
RETRYABLE = {None, OutboxState.FAILED, OutboxState.PARTIAL}


def text_of(intent: int) -> str:
    return f"Soak reply {intent}: thank you, your parcel ships today."


def conversation_of(intent: int, conversations: int) -> str:
    return f"fakemarket:{SELLER}:conv:c{intent % conversations + 1}"


class FastClock(SystemClock):
    """Wall-clock time, but waits (rate-limit waits, retry back-off) cost nothing: the soak measures correctness,
    and the platform here has no quota to protect."""

    def sleep(self, seconds: float) -> None:
        return None

    async def asleep(self, seconds: float) -> None:
        return None


class LaterClock(FastClock):
    """The clock of recovery: far enough ahead that every entry is older than the reconcile window."""

    def __init__(self, ahead: timedelta) -> None:
        self.ahead = ahead

    def now(self) -> datetime:
        return datetime.now(UTC) + self.ahead


class FaultyTransport(httpx.BaseTransport):
    """Real HTTP to the loopback platform, with faults injected around it at ``rate`` per request."""

    def __init__(self, rate: float, rng: random.Random, log: TextIO) -> None:
        self.inner = httpx.HTTPTransport()
        self.rate = rate
        self.rng = rng
        self.log = log

    def _pick(self, request: httpx.Request) -> str | None:
        if request.method != "POST":
            return "reset_before_write" if self.rng.random() < self.rate / 4 else None
        if self.rng.random() >= self.rate:
            return None
        kinds = list(POST_FAULTS)
        return self.rng.choices(kinds, weights=[POST_FAULTS[k] for k in kinds])[0]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kind = self._pick(request)
        if kind is None:
            return self.inner.handle_request(request)
        self.log.write(f"{request.method} {kind}\n")
        self.log.flush()
        if kind == "reset_before_write":
            raise httpx.ConnectError(
                "injected: connection reset before the request was written", request=request
            )
        if kind in ("503", "400", "500_before_processing"):
            status = int(kind[:3])
            return httpx.Response(
                status, json={"error": {"code": "Injected", "message": kind}}, request=request
            )
        answer = self.inner.handle_request(request)  # the platform processes it ...
        answer.read()
        answer.close()
        if kind == "reset_after_write":  # ... and the answer is lost
            raise httpx.ReadError("injected: connection reset after the request was written", request=request)
        if kind == "timeout_after_write":
            raise httpx.ReadTimeout("injected: no answer after the request was written", request=request)
        return httpx.Response(500, json={"error": {"code": "Injected", "message": kind}}, request=request)

    def close(self) -> None:
        self.inner.close()


def _register() -> None:
    from marketmsg_fakemarket import FakemarketAdapter

    register_adapter("fakemarket", FakemarketAdapter)


def _account(url: str) -> Account:
    from marketmsg_fakemarket.simulator import API_KEY

    return Account(
        platform="fakemarket", seller_id=SELLER, credentials={"api_key": API_KEY}, settings={"base_url": url}
    )


def _send(client: Client, intent: int, conversations: int, attempts: int = 8) -> None:
    """Send one intent until it is SENT or UNKNOWN (an UNKNOWN send is reconcile's, never resent blindly)."""
    for _ in range(attempts):
        try:
            client.messages.reply(
                conversation_of(intent, conversations), text_of(intent), idempotency_key=f"soak-{intent}"
            )
            return
        except DeliveryUnknown:
            return
        except MarketmsgError:
            continue  # nothing went out (FAILED): the same key may send again


# ---------------------------------------------------------------------------------------------- the worker


def worker(args: argparse.Namespace) -> int:
    _register()
    store = SqlStore(args.db)
    states = {e.key: e.state for e in store.entries()}
    with open(args.fault_log, "a") as log:
        http = httpx.Client(
            transport=FaultyTransport(args.fault_rate, random.Random(args.seed), log), timeout=10
        )
        client = Client(
            [_account(args.url)], http_client=http, outbox=store, clock=FastClock(), max_retries=2
        )
        with client:
            for intent in range(args.sends):
                if states.get(f"soak-{intent}") in RETRYABLE:
                    # The parent counts these lines to kill mid-send: by progress, not by seconds, so a fast
                    # machine cannot finish before its kills and a slow one is not killed before it starts.
                    print(f"at {intent}", flush=True)
                    _send(client, intent, args.conversations)
    print("done", flush=True)
    return 0


# ---------------------------------------------------------------------------------------------- the soak


@dataclass
class Summary:
    sends: int
    kills: int
    worker_runs: int
    faults: dict[str, int] = field(default_factory=dict)
    before_recovery: dict[str, int] = field(default_factory=dict)
    reconciled: dict[str, int] = field(default_factory=dict)
    resent: int = 0
    recovery_rounds: int = 0
    after_recovery: dict[str, int] = field(default_factory=dict)
    lost: int = 0
    duplicated: int = 0
    intents_duplicated: int = 0
    seconds: float = 0.0


def _serve(conversations: int) -> tuple[Any, Any]:
    import marketmsg_fakemarket.simulator as fakemarket_sim
    from marketmsg.sandbox._serve import serve_handler

    # The simulator's own quota (5/s) would make a 10,000-send soak take half an hour; correctness is the point.
    fakemarket_sim.SERVER_RATE_LIMIT = RateLimit(rate=1e9, burst=10**9)
    sim = fakemarket_sim.FakemarketSimulator(SystemClock(), conversations=conversations)
    server = serve_handler(sim.handle, background=True)
    # A SIGKILLed worker leaves broken connections behind: expected here, not worth a traceback on stderr.
    server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    return sim, server


def _run_workers(args: argparse.Namespace, url: str, db: Path, fault_log: Path, summary: Summary) -> None:
    rng = random.Random(args.seed)
    while True:
        summary.worker_runs += 1
        command = [
            sys.executable, __file__, "--worker", "--db", str(db), "--url", url, "--sends", str(args.sends),
            "--conversations", str(args.conversations), "--fault-rate", str(args.fault_rate),
            "--seed", str(args.seed * 1000 + summary.worker_runs), "--fault-log", str(fault_log),
        ]  # fmt: skip
        kill_after = rng.randint(args.kill_min, args.kill_max) if summary.kills < args.kills else None
        with tempfile.TemporaryFile("w+") as err:
            proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, text=True)
            assert proc.stdout is not None
            started, done, killed = 0, False, False
            for line in proc.stdout:
                done = done or line.startswith("done")
                started += line.startswith("at ")
                if kill_after is not None and started > kill_after:
                    proc.send_signal(signal.SIGKILL)  # mid-send, mid-transaction: whatever it was doing
                    killed = True
                    break
            proc.stdout.close()
            proc.wait()
            if killed:
                summary.kills += 1
                continue
            if proc.returncode != 0 or not done:
                err.seek(0)
                raise SystemExit(f"a worker failed (exit {proc.returncode}):\n{err.read()[-4000:]}")
        return


def _states(store: SqlStore) -> dict[str, int]:
    return dict(Counter(e.state.value for e in store.entries()))


def _recover(args: argparse.Namespace, url: str, store: SqlStore, summary: Summary) -> None:
    """Reconcile, send again what reconcile proved undelivered, until every intent is SENT."""
    window = timedelta(seconds=args.window)
    later = LaterClock(window + timedelta(minutes=5))
    reconciled: Counter[str] = Counter()
    with Client(
        [_account(url)], http_client=httpx.Client(timeout=10), outbox=store, clock=FastClock()
    ) as client:
        for _ in range(10):
            summary.recovery_rounds += 1
            report = InboxSync(client, store, clock=later).reconcile(window=window, mark_missing_failed=True)
            reconciled.update(r.outcome.value for r in report.results)
            states = {e.key: e.state for e in store.entries()}
            todo = [i for i in range(args.sends) if states.get(f"soak-{i}") in RETRYABLE]
            for intent in todo:
                _send(client, intent, args.conversations)
            summary.resent += len(todo)
            if all(states.get(f"soak-{i}") is OutboxState.SENT for i in range(args.sends)) and not todo:
                break
    summary.reconciled = dict(reconciled)


def soak(args: argparse.Namespace) -> Summary:
    started = time.perf_counter()
    _register()
    sim, server = _serve(args.conversations)
    url = f"http://127.0.0.1:{server.server_port}"
    summary = Summary(sends=args.sends, kills=0, worker_runs=0)
    with tempfile.TemporaryDirectory(prefix="marketmsg-soak-") as tmp:
        db, fault_log = Path(tmp) / "outbox.db", Path(tmp) / "faults.log"
        fault_log.touch()
        try:
            _run_workers(args, url, db, fault_log, summary)
            summary.faults = dict(Counter(fault_log.read_text().splitlines()))
            with SqlStore(db) as store:
                summary.before_recovery = _states(store)
                _recover(args, url, store, summary)
                summary.after_recovery = _states(store)
        finally:
            server.shutdown()
    copies = Counter(m["text"] for conv in sim.convs.values() for m in conv.messages if m["from"] == "seller")
    summary.lost = sum(1 for i in range(args.sends) if copies[text_of(i)] == 0)
    summary.duplicated = sum(max(0, copies[text_of(i)] - 1) for i in range(args.sends))
    summary.intents_duplicated = sum(1 for i in range(args.sends) if copies[text_of(i)] > 1)
    summary.seconds = round(time.perf_counter() - started, 1)
    return summary


def _print(summary: Summary) -> None:
    injected = sum(summary.faults.values())
    print(f"sends: {summary.sends}   worker runs: {summary.worker_runs}   SIGKILLs: {summary.kills}")
    print(f"faults injected: {injected}  " + ", ".join(f"{k}={v}" for k, v in sorted(summary.faults.items())))
    print(f"outbox before recovery: {summary.before_recovery}")
    print(f"reconcile outcomes: {summary.reconciled}   sent again after reconcile: {summary.resent}")
    print(f"outbox after recovery ({summary.recovery_rounds} round(s)): {summary.after_recovery}")
    print(f"LOST: {summary.lost}   DUPLICATED: {summary.duplicated} (intents: {summary.intents_duplicated})")
    print(f"time: {summary.seconds} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sends", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs of the sending process")
    parser.add_argument("--fault-rate", type=float, default=0.2, help="share of requests that fail")
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kill-min", type=int, default=20, help="sends a worker starts before its kill, min")
    parser.add_argument(
        "--kill-max", type=int, default=200, help="sends a worker starts before its kill, max"
    )
    parser.add_argument("--window", type=float, default=60.0, help="reconcile window, seconds")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--fault-log", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args)
    summary = soak(args)
    if args.json:
        print(json.dumps(asdict(summary)))
    else:
        _print(summary)
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        raise SystemExit(main())
    os._exit(130)
