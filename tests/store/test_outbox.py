"""The SQL outbox keeps the Outbox contract under concurrency, across store instances, on both databases."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from marketmsg import InMemoryOutbox, Outbox, OutboxEntry, OutboxState
from marketmsg.models import Message
from marketmsg.store import SqlStore

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def entry(key: str = "k-1", **changes: object) -> OutboxEntry:
    values: dict[str, object] = {
        "key": key,
        "account": "fakemarket:FM-SELLER-1",
        "target": "fakemarket:FM-SELLER-1:conv:c1",
        "operation": "send_reply",
        "state": OutboxState.PENDING,
        "created_at": T0,
    }
    values.update(changes)
    return OutboxEntry(**values)  # type: ignore[arg-type]


def test_is_an_outbox(store: SqlStore) -> None:
    assert isinstance(store, Outbox)


def test_begin_returns_the_callers_entry_once_then_the_stored_one(store: SqlStore) -> None:
    first = entry()
    assert store.begin(first) is first
    again = store.begin(entry())
    assert again is not first
    assert again == first  # same key, same recorded fields
    assert store.get("k-1") == first


def test_finish_records_outcome_and_message(store: SqlStore, samples: Any) -> None:
    store.begin(entry())
    message: Message = samples.message()
    store.finish("k-1", OutboxState.SENT, message=message)
    stored = store.get("k-1")
    assert stored is not None
    assert stored.state is OutboxState.SENT
    assert stored.message == message
    # A completed key is returned as is: the client hands back the stored message instead of sending again.
    assert store.begin(entry()).message == message


def test_failed_key_may_be_sent_again(store: SqlStore) -> None:
    store.begin(entry())
    store.finish("k-1", OutboxState.FAILED, error="HTTP 400")
    retry = entry(created_at=T0.replace(minute=5))
    assert store.begin(retry) is retry
    stored = store.get("k-1")
    assert stored is not None and stored.state is OutboxState.PENDING and stored.error is None


def test_unknown_key_is_not_taken_over(store: SqlStore) -> None:
    store.begin(entry())
    store.finish("k-1", OutboxState.UNKNOWN, error="timed out after sending")
    again = store.begin(entry())
    assert again.state is OutboxState.UNKNOWN


def test_entries_filter_by_state_oldest_first(store: SqlStore) -> None:
    store.begin(entry("b", created_at=T0.replace(hour=10)))
    store.begin(entry("a", created_at=T0.replace(hour=11)))
    store.begin(entry("c", created_at=T0.replace(hour=9)))
    store.finish("a", OutboxState.UNKNOWN)
    assert [e.key for e in store.entries()] == ["c", "b", "a"]
    assert [e.key for e in store.entries(OutboxState.UNKNOWN)] == ["a"]
    assert all(e.created_at.tzinfo is not None for e in store.entries())


def test_finish_of_unknown_key_is_ignored_like_the_in_memory_outbox(store: SqlStore) -> None:
    memory = InMemoryOutbox()
    for outbox in (memory, store):
        outbox.finish("nope", OutboxState.SENT)
        assert outbox.get("nope") is None


def _race(store: SqlStore, make: object, workers: int = 12) -> list[OutboxEntry]:
    barrier = threading.Barrier(workers)
    winners: list[OutboxEntry] = []
    errors: list[BaseException] = []

    def work(i: int) -> None:
        mine = entry(created_at=T0.replace(second=i))
        try:
            barrier.wait()
            if store.begin(mine) is mine:
                winners.append(mine)
        except BaseException as exc:  # surfaced below; a thread must not swallow it
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return winners


def test_concurrent_begin_of_one_key_lets_exactly_one_worker_send(store: SqlStore) -> None:
    winners = _race(store, entry)
    assert len(winners) == 1
    assert store.get("k-1") == winners[0]


def test_concurrent_retake_of_a_failed_key_lets_exactly_one_worker_send(store: SqlStore) -> None:
    store.begin(entry())
    store.finish("k-1", OutboxState.FAILED)
    winners = _race(store, entry)
    assert len(winners) == 1


def test_two_store_instances_on_one_sqlite_file_share_the_outbox(tmp_path: Path, samples: Any) -> None:
    path = tmp_path / "shared.db"
    with SqlStore(path) as one, SqlStore(path) as two:
        first = entry()
        assert one.begin(first) is first
        assert two.begin(entry()) is not first
        one.finish("k-1", OutboxState.SENT, message=samples.message())
        stored = two.get("k-1")
        assert stored is not None and stored.state is OutboxState.SENT


@pytest.mark.parametrize("state", list(OutboxState))
def test_every_state_round_trips(store: SqlStore, state: OutboxState) -> None:
    store.begin(entry(f"key-{state.value}"))
    store.finish(f"key-{state.value}", state, error="why" if state is not OutboxState.SENT else None)
    stored = store.get(f"key-{state.value}")
    assert stored is not None and stored.state is state


def _begin_in_a_process(target: str, prefix: str, barrier: Any, results: Any) -> None:
    # A forked worker: its own engine and connections, like a separate worker process in production.
    with SqlStore(target, table_prefix=prefix, create=False) as own:
        mine = entry("shared-key")
        barrier.wait(timeout=30)  # all four begin at once
        results.put("won" if own.begin(mine) is mine else "lost")


def test_concurrent_begin_from_several_processes_lets_exactly_one_send(store: SqlStore) -> None:
    import multiprocessing

    context = multiprocessing.get_context("fork")  # fork: the workers need not re-import marketmsg
    results = context.Queue()
    target = store.engine.url.render_as_string(hide_password=False)
    prefix = store.tables.outbox.name.removesuffix("outbox")
    barrier = context.Barrier(4)
    procs = [
        context.Process(target=_begin_in_a_process, args=(target, prefix, barrier, results)) for _ in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    assert all(p.exitcode == 0 for p in procs)
    assert sorted(results.get(timeout=5) for _ in procs) == ["lost", "lost", "lost", "won"]


def _open_in_a_process(target: str, prefix: str, barrier: Any, results: Any) -> None:
    barrier.wait(timeout=30)
    with SqlStore(target, table_prefix=prefix) as own:  # every worker creates the tables at the same moment
        results.put(len(own.table_names()))


def test_many_workers_starting_at_once_create_the_tables_once(store: SqlStore) -> None:
    import multiprocessing
    import uuid

    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(4), context.Queue()
    target = store.engine.url.render_as_string(hide_password=False)
    prefix = f"c{uuid.uuid4().hex[:8]}_"
    procs = [
        context.Process(target=_open_in_a_process, args=(target, prefix, barrier, results)) for _ in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    try:
        assert all(p.exitcode == 0 for p in procs)
        tables = len(store.tables.metadata.sorted_tables)
        assert [results.get(timeout=5) for _ in procs] == [tables] * 4
    finally:
        with SqlStore(target, table_prefix=prefix, create=False) as cleanup:
            cleanup.drop_tables()


@pytest.mark.parametrize("seed", range(12))
def test_behaves_exactly_like_the_reference_in_memory_outbox(
    store: SqlStore, samples: Any, seed: int
) -> None:
    import random

    rng = random.Random(seed)
    reference = InMemoryOutbox()
    message = samples.message()
    for step in range(40):
        key = rng.choice(["a", "b", "c"])
        op = rng.choice(["begin", "begin", "finish", "get", "entries"])
        if op == "begin":
            mine = entry(key, created_at=T0.replace(minute=step))
            got_ref, got_sql = reference.begin(mine), store.begin(mine)
            assert (got_ref is mine) == (got_sql is mine), (seed, step)
            assert got_sql == got_ref, (seed, step)
        elif op == "finish":
            state = rng.choice(list(OutboxState))
            sent = message if state is OutboxState.SENT else None
            error = None if state is OutboxState.SENT else f"error {step}"
            reference.finish(key, state, message=sent, error=error)
            store.finish(key, state, message=sent, error=error)
        elif op == "get":
            assert store.get(key) == reference.get(key), (seed, step)
        else:
            state = rng.choice([None, *OutboxState])
            assert {e.key: e for e in store.entries(state)} == {e.key: e for e in reference.entries(state)}
