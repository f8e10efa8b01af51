"""Store bulk-write throughput: ``SqlStore.upsert_messages`` on SQLite and PostgreSQL vs raw ``executemany``.

Issue 14 goal: ≥ 20,000 messages/s through the public API. For each backend, in the same run on the same
messages, interleaved rounds of:

- **store**: ``SqlStore.upsert_messages`` of ``BATCH`` messages at a time (what an inbox sync does), into a fresh
  store (a fresh SQLite file; a fresh table prefix on PostgreSQL). The store does more per row than the
  baseline: lossless JSON with binary-safe attachments, an etag per row, a lookup of the stored etags so
  unchanged rows are not rewritten, the purge's id map, value checks, UTC normalisation, and one change-feed
  entry per written row (``store.changes()`` positions).
- **raw executemany**: the least a hand-written store does with the same documents — serialise each message
  with pydantic (``model_dump_json``) and ``INSERT … ON CONFLICT (id) DO UPDATE`` them with the driver's own
  ``executemany`` (``sqlite3``; ``psycopg`` 3, which pipelines it), one transaction per batch, into a table with
  the same indexed columns (SQLite: WAL with ``synchronous=NORMAL``, as the store sets it).

Each side is timed twice per round: the first write of all messages (inserts) and a re-sync of the same
messages (the store skips unchanged rows; the baseline rewrites them). Wall-clock time (the database server's
work counts), medians of the rounds; printed as msg/s and as the ratio store / raw. Nothing is asserted.

Also printed: CPU per message — this process's CPU time plus, on PostgreSQL, the CPU time of the server
backend serving each side (read from ``/proc`` when the server runs on this host, else left out). On a shared
machine wall time swings with everyone else's load; CPU per message much less, so its ratio is the steadier
figure of how much work each side does.

Run: ``python benchmarks/store_upsert.py [--backend sqlite|postgresql] [--rounds N] [-n MESSAGES]``.
PostgreSQL: ``MARKETMSG_TEST_POSTGRES_URL`` (default ``postgresql://postgres@127.0.0.1:5432/test``); skipped
when the server does not answer.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from marketmsg.models import Channel, Direction, Message, Party, PartyRole
from marketmsg.store import SqlStore

N = 20_000
BATCH = 1_000
ROUNDS = 5
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
POSTGRES_URL = os.environ.get("MARKETMSG_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def build_messages(n: int = N) -> list[Message]:
    """``n`` realistic messages over ``n // 10`` conversations (about 300 characters of text each)."""
    text = (
        "Hello, my order {i} has not arrived yet; the tracking page has shown 'in transit' for five days. "
        * 3
    )
    convs = max(1, n // 10)
    return [
        Message(
            id=f"fakemarket:S1:msg:c{i % convs}/m{i}",
            conversation_id=f"fakemarket:S1:conv:c{i % convs}",
            direction=Direction.INBOUND if i % 2 else Direction.OUTBOUND,
            sender=Party(role=PartyRole.BUYER, platform_id=f"buyer{i % convs}", display_name="A Buyer"),
            channel=Channel.OTHER,
            body=text.format(i=i),
            sent_at=T0 + timedelta(seconds=i),
            platform_message_id=f"m{i}",
            raw={"id": f"m{i}", "text": text.format(i=i)},
        )
        for i in range(n)
    ]


def _batches(messages: Sequence[Message]) -> list[Sequence[Message]]:
    return [messages[i : i + BATCH] for i in range(0, len(messages), BATCH)]


# ------------------------------------------------------------------------------------------ baseline


class Raw:
    """A hand-written store: one table, one ``executemany`` upsert per batch."""

    def __init__(self, backend: str, where: str) -> None:
        self.postgres = backend == "postgresql"
        self.table = f"raw{uuid.uuid4().hex[:8]}"
        if self.postgres:
            import psycopg

            self.conn: Any = psycopg.connect(where)
            p, json_type = "%s", "JSONB"
        else:
            self.conn = sqlite3.connect(where)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # the store's own durability setting
            p, json_type = "?", "TEXT"
        cursor = self.conn.cursor()
        cursor.execute(
            f"CREATE TABLE {self.table} (id VARCHAR(512) PRIMARY KEY, conversation_id VARCHAR(512), "
            f"account VARCHAR(512), direction VARCHAR(32), sent_at TEXT, data {json_type})"
        )
        cursor.execute(f"CREATE INDEX {self.table}_c ON {self.table} (conversation_id, sent_at)")
        cursor.execute(f"CREATE INDEX {self.table}_a ON {self.table} (account, sent_at)")
        self.conn.commit()
        self.sql = (
            f"INSERT INTO {self.table} VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (id) DO UPDATE SET "
            "conversation_id = excluded.conversation_id, account = excluded.account, "
            "direction = excluded.direction, sent_at = excluded.sent_at, data = excluded.data"
        )

    def write(self, messages: Sequence[Message]) -> None:
        for batch in _batches(messages):
            rows = [
                (
                    m.id,
                    m.conversation_id,
                    "fakemarket:S1",
                    m.direction.value,
                    m.sent_at.isoformat(),
                    m.model_dump_json(),
                )
                for m in batch
            ]
            cursor = self.conn.cursor()
            cursor.executemany(self.sql, rows)
            self.conn.commit()

    def backend_pids(self) -> list[int]:
        if not self.postgres:
            return []
        pid = int(self.conn.execute("SELECT pg_backend_pid()").fetchone()[0])
        self.conn.commit()
        return [pid]

    def close(self) -> None:
        if self.postgres:
            self.conn.execute(f"DROP TABLE {self.table}")
            self.conn.commit()
        self.conn.close()


# ------------------------------------------------------------------------------------------ store


class Store:
    """The public API: ``SqlStore.upsert_messages`` per batch."""

    def __init__(self, backend: str, where: str) -> None:
        self.store = (
            SqlStore(where, table_prefix=f"b{uuid.uuid4().hex[:8]}_")
            if backend == "postgresql"
            else SqlStore(where)
        )
        self.postgres = backend == "postgresql"

    def write(self, messages: Sequence[Message]) -> None:
        for batch in _batches(messages):
            self.store.upsert_messages(batch)

    def backend_pids(self) -> list[int]:
        """The server backends of the store's pooled connections (one: the benchmark writes from one thread)."""
        if not self.postgres:
            return []
        with self.store.engine.connect() as conn:
            return [int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())]

    def close(self) -> None:
        if self.postgres:
            self.store.drop_tables()
        self.store.close()


def _server_cpu(pids: list[int]) -> float:
    """CPU seconds the server processes ``pids`` have used (0 when they are not on this host)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
    return total


def _timed(sink: Any, messages: Sequence[Message]) -> tuple[float, float]:
    """(msg/s wall, CPU µs per message: this process + the side's server backend)."""
    pids = sink.backend_pids()
    server, cpu, start = _server_cpu(pids), time.process_time(), time.perf_counter()
    sink.write(messages)
    wall = time.perf_counter() - start
    used = time.process_time() - cpu + _server_cpu(pids) - server
    return len(messages) / wall, used / len(messages) * 1e6


def bench(backend: str, messages: list[Message], rounds: int) -> dict[str, list[tuple[float, float]]]:
    """(msg/s, CPU µs/msg) per round for (store|raw) × (first|again)."""
    rates: dict[str, list[tuple[float, float]]] = {
        k: [] for k in ("store first", "raw first", "store again", "raw again")
    }
    for r in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            order: list[tuple[str, Any]] = []
            for side, cls in (("store", Store), ("raw", Raw)):
                where = POSTGRES_URL if backend == "postgresql" else str(Path(tmp) / f"{side}.db")
                order.append((side, cls(backend, where)))
            if r % 2:
                order.reverse()
            try:
                for side, sink in order:
                    rates[f"{side} first"].append(_timed(sink, messages))
                for side, sink in order:
                    rates[f"{side} again"].append(_timed(sink, messages))
            finally:
                for _, sink in order:
                    sink.close()
    return rates


def postgres_reason() -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        import psycopg

        psycopg.connect(POSTGRES_URL, connect_timeout=2).close()
    except Exception as exc:  # any failure means: skip PostgreSQL
        return type(exc).__name__
    return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--backend", action="append", choices=["sqlite", "postgresql"])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("-n", type=int, default=N)
    args = parser.parse_args(argv)
    messages = build_messages(args.n)
    print(
        f"store upsert: {len(messages):,} messages in batches of {BATCH:,}, wall time, median of {args.rounds} "
        "interleaved rounds (ratio = store msg/s / raw executemany msg/s)"
    )
    print(
        f"{'backend':11} {'pass':6} {'store msg/s':>12} {'raw msg/s':>10} {'ratio':>6}   "
        f"{'store CPU µs/msg':>16} {'raw CPU µs/msg':>14} {'raw/store':>9}"
    )
    for backend in args.backend or ["sqlite", "postgresql"]:
        if backend == "postgresql" and (reason := postgres_reason()) is not None:
            print(f"{backend:11} skipped: {POSTGRES_URL} not reachable ({reason})")
            continue
        rates = bench(backend, messages, args.rounds)
        for label in ("first", "again"):
            store = statistics.median(r[0] for r in rates[f"store {label}"])
            raw = statistics.median(r[0] for r in rates[f"raw {label}"])
            store_cpu = statistics.median(r[1] for r in rates[f"store {label}"])
            raw_cpu = statistics.median(r[1] for r in rates[f"raw {label}"])
            print(
                f"{backend:11} {label:6} {store:12,.0f} {raw:10,.0f} {store / raw:5.2f}x   "
                f"{store_cpu:16.1f} {raw_cpu:14.1f} {raw_cpu / store_cpu:8.2f}x"
            )


if __name__ == "__main__":
    main()
