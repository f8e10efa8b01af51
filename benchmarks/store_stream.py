"""Store at scale: write 100,000 conversations with 300,000 messages, then stream them back in a fresh process.

For SQLite and PostgreSQL (skipped with a note when the server is not reachable):

- **write** — the data goes in through the public API (``upsert_conversations`` / ``upsert_messages`` in
  batches of 1,000 conversations and their 3,000 messages, as a sync would), against a baseline measured in
  the same run: the same documents (``model_dump_json``) inserted by a raw DB-API ``executemany`` into a plain
  table with the same indexed columns. Printed: messages/s and the ratio baseline/store.
- **read**, each in a fresh Python process (so peak RSS is the reader's own), interleaved over ``--rounds``:
  - ``raw export``: a raw driver cursor (sqlite3; psycopg server-side cursor) runs one SELECT per table and
    writes every stored document as a JSONL line — the floor of "read everything, write it out";
  - ``export_jsonl``: the public export (conversations in order, each followed by its messages, then disputes);
  - ``raw list``: the same raw SELECTs, each document parsed with ``json.loads`` (the least a raw-cursor user
    does to get at the fields);
  - ``conversations()+messages()``: the public listings, every row decoded into a validated model.
  Printed: seconds, peak RSS (``ru_maxrss``) and the time ratio against the raw counterpart.

Goals (issue 14): peak RSS <= 150 MB, time <= 2x the raw cursor's, writes >= 20,000 messages/s.
Nothing is asserted. Run: ``python benchmarks/store_stream.py [--scale 0.1] [--rounds 3] [--backend sqlite]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT = "fakemarket:S1"
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
POSTGRES_URL = os.environ.get("MARKETMSG_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
PER_CONVERSATION = 3
CHUNK = 1_000  # conversations per write batch


def chunks(conversations: int) -> Iterator[tuple[list[object], list[object]]]:
    """Realistic conversations and messages (buyer party, subject, ~300-character bodies, raw payloads),
    built a chunk at a time so the writer never holds the whole data set."""
    from marketmsg.models import (
        Channel,
        Conversation,
        ConversationStatus,
        Direction,
        Message,
        Party,
        PartyRole,
    )

    text = "Hello, my order has not arrived yet; the tracking page has shown 'in transit' for five days. "
    for start in range(0, conversations, CHUNK):
        convs: list[object] = []
        msgs: list[object] = []
        for i in range(start, min(start + CHUNK, conversations)):
            last = T0 + timedelta(minutes=i)
            buyer = Party(
                role=PartyRole.BUYER, platform_id=f"b{i:06d}@marketplace.example", display_name=f"Buyer {i}"
            )
            convs.append(
                Conversation(
                    id=f"fakemarket:S1:conv:c{i:06d}",
                    platform="fakemarket",
                    account=ACCOUNT,
                    channel=Channel.OTHER,
                    buyer=buyer,
                    order_id=f"FM-{i:07d}",
                    subject=f"Question about order FM-{i:07d}",
                    status=ConversationStatus.AWAITING_SELLER if i % 3 else ConversationStatus.AWAITING_BUYER,
                    unread_count=i % 4,
                    last_message_at=last,
                    last_inbound_at=last,
                    response_due=last + timedelta(hours=24),
                    raw={"thread": i, "tags": ["a", "b"]},
                )
            )
            for j in range(PER_CONVERSATION):
                msgs.append(
                    Message(
                        id=f"fakemarket:S1:msg:c{i:06d}/m{j}",
                        conversation_id=f"fakemarket:S1:conv:c{i:06d}",
                        direction=Direction.INBOUND if j % 2 == 0 else Direction.OUTBOUND,
                        sender=buyer if j % 2 == 0 else Party(role=PartyRole.SELLER, platform_id="S1"),
                        channel=Channel.OTHER,
                        body=f"{text}(#{i}-{j}) " * 3,
                        sent_at=last - timedelta(minutes=PER_CONVERSATION - j),
                        platform_message_id=f"m{i}-{j}",
                        raw={"id": f"m{i}-{j}", "len": 300},
                    )
                )
        yield convs, msgs


# ----------------------------------------------------------------------------------------- writing


def write_store(target: str, prefix: str, conversations: int) -> tuple[float, int]:
    """Seconds spent in ``upsert_messages`` (and conversations) for the whole data set; messages written."""
    from marketmsg.store import SqlStore

    spent, written = 0.0, 0
    with SqlStore(target, table_prefix=prefix) as store:
        for convs, msgs in chunks(conversations):
            started = time.perf_counter()
            store.upsert_messages(msgs)  # type: ignore[arg-type]
            store.upsert_conversations(convs)  # type: ignore[arg-type]
            spent += time.perf_counter() - started
            written += len(msgs)
    return spent, written


def write_raw(target: str, prefix: str, conversations: int) -> float:
    """Seconds for the raw baseline: the same documents, one executemany per chunk and table."""
    postgres = target.startswith("postgresql")
    if postgres:
        import psycopg

        conn: object = psycopg.connect(target)
        p, json_type = "%s", "JSONB"
    else:
        conn = sqlite3.connect(target.removeprefix("sqlite:///"))
        conn.execute("PRAGMA journal_mode=WAL")  # type: ignore[attr-defined]
        p, json_type = "?", "TEXT"
    ddl = [
        f"CREATE TABLE {prefix}c (id VARCHAR(512) PRIMARY KEY, account TEXT, last_message_at TEXT, data {json_type})",
        f"CREATE INDEX {prefix}ci ON {prefix}c (account, last_message_at)",
        f"CREATE TABLE {prefix}m (id VARCHAR(512) PRIMARY KEY, conversation_id TEXT, account TEXT, sent_at TEXT, "
        f"data {json_type})",
        f"CREATE INDEX {prefix}mi ON {prefix}m (conversation_id, sent_at)",
        f"CREATE INDEX {prefix}ma ON {prefix}m (account, sent_at)",
    ]
    cursor = conn.cursor()  # type: ignore[attr-defined]
    for statement in ddl:
        cursor.execute(statement)
    conn.commit()  # type: ignore[attr-defined]
    spent = 0.0
    for convs, msgs in chunks(conversations):
        started = time.perf_counter()
        m_rows = [
            (m.id, m.conversation_id, ACCOUNT, m.sent_at.isoformat(), m.model_dump_json())  # type: ignore[attr-defined]
            for m in msgs
        ]
        c_rows = [(c.id, ACCOUNT, c.last_message_at.isoformat(), c.model_dump_json()) for c in convs]  # type: ignore[attr-defined]
        cursor.executemany(f"INSERT INTO {prefix}m VALUES ({p}, {p}, {p}, {p}, {p})", m_rows)
        cursor.executemany(f"INSERT INTO {prefix}c VALUES ({p}, {p}, {p}, {p})", c_rows)
        conn.commit()  # type: ignore[attr-defined]
        spent += time.perf_counter() - started
    for table in ("c", "m"):
        cursor.execute(f"DROP TABLE {prefix}{table}")
    conn.commit()  # type: ignore[attr-defined]
    conn.close()  # type: ignore[attr-defined]
    return spent


# ----------------------------------------------------------------------------------------- reading (child)


def _raw_rows(target: str, prefix: str) -> Iterator[str]:
    """Every stored document of the account, through a raw driver cursor, one SELECT per table."""
    queries = [
        f"SELECT {{data}} FROM {prefix}conversations WHERE account = {{p}}",
        f"SELECT {{data}} FROM {prefix}messages WHERE account = {{p}}",
        f"SELECT {{data}} FROM {prefix}disputes WHERE account = {{p}}",
    ]
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target) as conn:
            for query in queries:
                with conn.cursor(name=f"raw{uuid.uuid4().hex[:8]}") as cursor:
                    cursor.itersize = 2000
                    cursor.execute(query.format(data="data::text", p="%s"), (ACCOUNT,))  # type: ignore[arg-type]
                    for (text,) in cursor:
                        yield text
    else:
        conn = sqlite3.connect(target.removeprefix("sqlite:///"))
        try:
            for query in queries:
                cursor = conn.execute(query.format(data="data", p="?"), (ACCOUNT,))
                while rows := cursor.fetchmany(2000):
                    for (text,) in rows:
                        yield text
        finally:
            conn.close()


def child(mode: str, target: str, prefix: str, out: str) -> dict[str, float]:
    # Imports are not timed (each side imports its own: the driver, or marketmsg); the work from opening the
    # database to the last row is.
    if mode.startswith("raw") and target.startswith("postgresql"):
        import psycopg  # noqa: F401
    elif not mode.startswith("raw"):
        # The names themselves: ``marketmsg.store`` loads SQLAlchemy and the driver lazily, on first use of them
        # (importing only the package left ~0.3 s of imports inside the timed section).
        from marketmsg.store import SqlStore, export_jsonl
    started = time.perf_counter()
    count = 0
    if mode == "raw-export":
        with open(out, "w", encoding="utf-8") as stream:
            for text in _raw_rows(target, prefix):
                stream.write(f'{{"data":{text},"type":"row"}}\n')
                count += 1
    elif mode == "raw-list":
        for text in _raw_rows(target, prefix):
            json.loads(text)
            count += 1
    else:
        from marketmsg.store import SqlStore, export_jsonl

        with SqlStore(target, table_prefix=prefix, create=False) as store:
            if mode == "export":
                summary = export_jsonl(store, out, account=ACCOUNT)
                count = summary.conversations + summary.messages + summary.disputes
            else:
                for _conv in store.conversations(account=ACCOUNT):
                    count += 1
                for _msg in store.messages(account=ACCOUNT):
                    count += 1
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rss_mb": peak_rss_mb(), "rows": count}


def peak_rss_mb() -> float:
    """This process's peak resident memory. ``VmHWM`` starts afresh at exec (``ru_maxrss`` would include the
    parent's memory at fork time)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(mode: str, target: str, prefix: str, out: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--target", target, "--prefix", prefix, "--out", out],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# ----------------------------------------------------------------------------------------- main


def postgres_reason() -> str | None:
    try:
        import psycopg

        psycopg.connect(POSTGRES_URL, connect_timeout=2).close()
    except Exception as exc:
        return f"{type(exc).__name__}"
    return None


def bench_backend(name: str, target: str, conversations: int, rounds: int, tmp: Path) -> None:
    from marketmsg.store import SqlStore

    prefix = f"bench{uuid.uuid4().hex[:6]}_"
    raw_target = target if name == "postgresql" else f"sqlite:///{tmp / 'raw.db'}"
    print(f"\n{name}: {conversations:,} conversations, {conversations * PER_CONVERSATION:,} messages")
    try:
        raw_seconds = write_raw(raw_target, f"raw{prefix}", conversations)
        store_seconds, written = write_store(target, prefix, conversations)
        print(
            f"  write   : store {written / store_seconds:9,.0f} msg/s (conversations included), raw executemany "
            f"{written / raw_seconds:9,.0f} msg/s, ratio raw/store {raw_seconds / store_seconds:.2f}"
        )
        out = str(tmp / "export.jsonl")
        results: dict[str, list[dict[str, float]]] = {
            m: [] for m in ("raw-export", "export", "raw-list", "list")
        }
        for _ in range(rounds):
            for mode, runs in results.items():  # interleaved: a slow moment of the machine hits every mode
                runs.append(run_child(mode, target, prefix, out))

        def median(mode: str, key: str) -> float:
            return statistics.median(r[key] for r in results[mode])

        for ours, raw, label in (
            ("export", "raw-export", "export_jsonl              "),
            ("list", "raw-list", "conversations()+messages()"),
        ):
            print(
                f"  {label}: {median(ours, 'seconds'):6.1f} s, peak RSS {max(r['rss_mb'] for r in results[ours]):5.0f} MB"
                f" | raw cursor {median(raw, 'seconds'):6.1f} s, {max(r['rss_mb'] for r in results[raw]):5.0f} MB"
                f" | time ratio {median(ours, 'seconds') / median(raw, 'seconds'):.2f} (goal <= 2), "
                f"rows {int(results[ours][0]['rows']):,}"
            )
    finally:
        with SqlStore(target, table_prefix=prefix, create=False) as store:
            store.drop_tables()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of 100,000 conversations")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backend", action="append", choices=["sqlite", "postgresql"])
    parser.add_argument("--child")
    parser.add_argument("--target")
    parser.add_argument("--prefix")
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.target, args.prefix, args.out)))
        return
    conversations = max(1, int(100_000 * args.scale))
    print(f"store streaming, medians of {args.rounds} interleaved rounds, each reader in a fresh process")
    for backend in args.backend or ["sqlite", "postgresql"]:
        with tempfile.TemporaryDirectory() as tmp:
            if backend == "sqlite":
                bench_backend(
                    backend, f"sqlite:///{Path(tmp) / 'store.db'}", conversations, args.rounds, Path(tmp)
                )
            elif (reason := postgres_reason()) is None:
                bench_backend(backend, POSTGRES_URL, conversations, args.rounds, Path(tmp))
            else:
                print(f"\npostgresql: skipped, {POSTGRES_URL} not reachable ({reason})")


if __name__ == "__main__":
    main(sys.argv[1:])
