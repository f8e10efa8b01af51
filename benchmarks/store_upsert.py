"""Store upsert throughput: ``SqlStore.upsert_messages`` on SQLite vs a plain ``sqlite3`` executemany baseline.

The baseline is the least a hand-written store would do for the same data, measured in the same run on the
same messages: serialise each message with pydantic (``model_dump_json``) and ``INSERT OR REPLACE`` the
documents with one ``executemany`` into a table with the same indexed columns, in one transaction. The store
does more per row (lossless binary-safe JSON, an etag per row, a lookup of existing etags so unchanged rows are
not rewritten, UTC normalisation, SQLAlchemy's statement layer). Printed as ratios (store / baseline), so
numbers compare across machines; nothing here is asserted.

Run: ``python -m benchmarks`` (all) or ``python benchmarks/store_upsert.py``.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from marketmsg.models import Channel, Direction, Message, Party, PartyRole
from marketmsg.store import SqlStore

N = 5_000
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def build_messages(n: int = N) -> list[Message]:
    """``n`` realistic messages over 500 conversations (about 300 characters of text each)."""
    text = "Hello, my order has not arrived yet; the tracking page has shown 'in transit' for five days. " * 3
    return [
        Message(
            id=f"fakemarket:S1:msg:c{i % 500}/m{i}",
            conversation_id=f"fakemarket:S1:conv:c{i % 500}",
            direction=Direction.INBOUND if i % 2 else Direction.OUTBOUND,
            sender=Party(role=PartyRole.BUYER, platform_id=f"buyer{i % 500}", display_name="A Buyer"),
            channel=Channel.OTHER,
            body=text,
            sent_at=T0 + timedelta(seconds=i),
            platform_message_id=f"m{i}",
            raw={"id": f"m{i}", "text": text},
        )
        for i in range(n)
    ]


def baseline(path: Path, messages: list[Message]) -> float:
    """Seconds for plain sqlite3: one executemany of pydantic JSON documents, one transaction."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, conversation_id TEXT, direction TEXT, "
        "sent_at TEXT, data TEXT)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS ix_conv ON messages (conversation_id, sent_at)")
    start = time.perf_counter()
    rows = [
        (m.id, m.conversation_id, m.direction.value, m.sent_at.isoformat(), m.model_dump_json())
        for m in messages
    ]
    with conn:
        conn.executemany("INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?)", rows)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def store(path: Path, messages: list[Message]) -> float:
    """Seconds for ``SqlStore.upsert_messages`` of the same messages."""
    with SqlStore(path) as sql:
        start = time.perf_counter()
        sql.upsert_messages(messages)
        return time.perf_counter() - start


def _best_of(repeats: int, messages: list[Message]) -> tuple[float, float, float, float]:
    """Best (lowest) seconds of each measurement over fresh databases: first insert and re-sync, both sides."""
    best = [float("inf")] * 4
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            times = [baseline(root / "b.db", messages), store(root / "s.db", messages)]
            # Second pass over the same data: what a re-sync sees. The store skips unchanged rows.
            times += [baseline(root / "b.db", messages), store(root / "s.db", messages)]
        best = [min(b, t) for b, t in zip(best, times, strict=True)]
    return best[0], best[1], best[2], best[3]


def main() -> None:
    messages = build_messages()
    first_base, first_store, again_base, again_store = _best_of(3, messages)
    n = len(messages)
    print(f"store upsert, {n} messages, SQLite, best of 3 (ratio = store speed / plain sqlite3 executemany):")
    print(
        f"  first insert : store {n / first_store:8.0f} msg/s, baseline {n / first_base:8.0f} msg/s, "
        f"ratio {first_base / first_store:.2f}"
    )
    print(
        f"  re-sync same : store {n / again_store:8.0f} msg/s, baseline {n / again_base:8.0f} msg/s, "
        f"ratio {again_base / again_store:.2f}"
    )


if __name__ == "__main__":
    main()
