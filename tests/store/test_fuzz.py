"""Property-based fuzz of the store's whole API on SQLite and PostgreSQL (issue 11.13, "What it must show").

Fully populated models with one field replaced by a hostile string — NUL, a lone surrogate, ids far over their
column size, a megabyte of text, astral and right-to-left characters, SQL and ``%s`` fragments, backslashes —
go through every write (conversations, messages, disputes, the outbox, cursors, order facts, the token store)
and come back through every read with hostile query arguments. Only documented errors
(:class:`~marketmsg.MarketmsgError`, in practice :class:`~marketmsg.store.StoreError` subclasses) may escape,
and whatever the store accepted reads back as written (a NUL may come back as U+FFFD on PostgreSQL, whose text
cannot hold NUL). Hypothesis runs derandomised (the profile in ``conftest.py``) with a bounded number of examples.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from marketmsg import MarketmsgError, OutboxEntry, OutboxState
from marketmsg.models import Party, PartyRole
from marketmsg.store import SqlStore, SqlTokenStore, SyncCursor

from .conftest import POSTGRES_URL, Samples, postgres_available

FUZZ = settings(
    max_examples=int(os.environ.get("MARKETMSG_FUZZ_EXAMPLES", "30")),
    suppress_health_check=list(HealthCheck),
)
_MEGABYTE = "é" * 300_000 + "写" * 100_000 + "\U0001f600" * 50_000
HOSTILE = st.one_of(
    st.text(max_size=24),
    st.lists(
        st.sampled_from(["\x00", "\\", "\\u0000", '"', "'", ";", "%", "%s", "%(x)s", "?", ":", "/", "\n", "\ud800",
                         "\udfff", "\u202e", "\ufeff", "\U0001f600", "é", "写", " ", "\t", "\x7f", "$1"]),
        max_size=10,
    ).map("".join),
    st.sampled_from(
        ["", " ", "x" * 129, "x" * 256, "x" * 600, "写" * 300, "\U0001f600" * 200, "'; DROP TABLE x; --",
         "a\x00b", "\x00", "\ud800", _MEGABYTE]
    ),
)  # fmt: skip
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {_norm(k): _norm(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_norm(v) for v in value]
    return value


def _same(stored: Any, written: Any) -> bool:
    return bool(_norm(stored.model_dump()) == _norm(written.model_dump()))


def _built(make: Callable[[], Any]) -> Any:
    try:
        return make()
    except (ValidationError, ValueError):
        return None  # the model refuses the value itself: nothing reaches the store


_SERIAL = iter(range(10**9))


def _conversation(field: str, text: str, n: int) -> Any:
    changes: dict[str, Any] = {
        "native": {"native": text},
        "order_id": {"order_id": text},
        "subject": {"subject": text},
        "buyer": {"buyer": Party(role=PartyRole.BUYER, platform_id=text, display_name=text)},
        "tags": {"tags": (text, text[:3])},
        "raw": {"raw": {text: [text]}},
    }.get(field, {"subject": text})
    changes.setdefault("native", f"c{n}")
    return _built(lambda: Samples.conversation(**changes))


def _message(field: str, text: str, n: int) -> Any:
    changes: dict[str, Any] = {
        "native": {"native": f"c{n}/{text}"},
        "body": {"body": text},
        "platform_message_id": {"platform_message_id": text},
        "sender": {"sender": Party(role=PartyRole.BUYER, platform_id=text, display_name=text)},
        "raw": {"raw": {"headers": {"X": text}}},
        "conversation": {"conversation_id": text},
    }.get(field, {"body": text})
    changes.setdefault("native", f"c{n}/m{n}")
    return _built(lambda: Samples.message(**changes))


def _dispute(field: str, text: str, n: int) -> Any:
    changes: dict[str, Any] = {
        "native": {"native": text},
        "order_id": {"order_id": text},
        "reason": {"reason": text},
        "raw_status": {"raw_status": text},
        "conversation": {"conversation_id": text},
    }.get(field, {"reason": text})
    changes.setdefault("native", f"d{n}")
    return _built(lambda: Samples.dispute(**changes))


FIELDS = st.sampled_from(["native", "order_id", "subject", "buyer", "tags", "raw", "body", "sender"])


def _check_writes(store: SqlStore, field: str, text: str) -> None:
    n = next(_SERIAL)  # fresh ids: an upsert keeps the newer of two versions of one id
    conversation = _conversation(field, text, n)
    if conversation is not None and _ok(lambda: store.upsert_conversations([conversation])):
        got = store.get_conversation(conversation.id)
        assert got is not None and _same(got, conversation)
    message = _message(field, text, n)
    if message is not None and _ok(lambda: store.upsert_messages([message])):
        got_messages = [m for m in store.messages(message.conversation_id) if m.id == message.id]
        assert len(got_messages) == 1 and _same(got_messages[0], message)
    dispute = _dispute(field, text, n)
    if dispute is not None and _ok(lambda: store.upsert_disputes([dispute])):
        got_disputes = [d for d in store.disputes(account=dispute.account) if d.id == dispute.id]
        assert len(got_disputes) == 1 and _same(got_disputes[0], dispute)
    entry = OutboxEntry(
        key=text or f"k{n}", account=Samples.account, target=text, operation="send_reply",
        state=OutboxState.PENDING, created_at=T0, error=text,
    )  # fmt: skip
    if _ok(lambda: store.begin(entry)):
        _ok(lambda: store.finish(entry.key, OutboxState.FAILED, error=text))
        stored = store.get(entry.key)
        assert stored is not None and stored.state is OutboxState.FAILED
    cursor = SyncCursor(Samples.account, f"s{n}", T0, T0, token=text)
    if _ok(lambda: store.set_cursor(cursor)):
        got_cursor = store.get_cursor(Samples.account, f"s{n}")
        assert got_cursor is not None and _norm(got_cursor.token) == _norm(text)
    facts = {"status": text, text: [text]}
    if _ok(lambda: store.save_order_facts(Samples.account, text, facts)):
        assert _norm(store.load_order_facts(Samples.account, text)) == _norm(facts)


def _check_reads(store: SqlStore, text: str) -> None:
    for read in (
        lambda: store.get_conversation(text),
        lambda: list(store.conversations(account=text, order_id=text)),
        lambda: list(store.messages(text)),
        lambda: list(store.disputes(account=text, order_id=text)),
        lambda: list(store.export_batches(account=text, order_id=text)),
        lambda: list(store.dispute_documents(account=text, order_id=text)),
        lambda: store.conversation_count(account=text, order_id=text),
        lambda: store.get(text),
        lambda: store.outbox_body(text),
        lambda: store.get_cursor(text, text),
        lambda: store.load_order_facts(text, text),
        lambda: store.reset_cursors(text),
        lambda: list(store.inbox(account=text)),
    ):
        _ok(read)


def _ok(action: Callable[[], object]) -> bool:
    """Run a store call: True when it succeeded, False on a documented error; anything else fails the test."""
    try:
        action()
    except MarketmsgError:
        return False
    return True


def test_hostile_values_through_every_store_call(store: SqlStore) -> None:
    @FUZZ
    @given(field=FIELDS, text=HOSTILE)
    def check(field: str, text: str) -> None:
        _check_writes(store, field, text)
        _check_reads(store, text)

    check()
    # Purging everything the fuzz wrote is a store call too.
    _ok(lambda: store.purge(T0 + timedelta(days=400)))


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_hostile_values_through_the_token_store(kind: str, tmp_path: Path) -> None:
    if kind == "postgresql":
        if reason := postgres_available():
            pytest.skip(f"needs PostgreSQL: {reason}")
        tokens = SqlTokenStore(POSTGRES_URL, table_prefix=f"fz{os.getpid()}_")
    else:
        tokens = SqlTokenStore(f"sqlite:///{tmp_path / 'tokens.db'}")
    try:

        @FUZZ
        @given(key=HOSTILE, text=HOSTILE)
        def check(key: str, text: str) -> None:
            token = {"access_token": text, "refresh_token": text, "expires_at": 1.0}
            if _ok(lambda: tokens.save(key, token)):
                assert _norm(tokens.load(key)) == _norm(token)
            _ok(lambda: tokens.compare_and_set(key, text, {**token, "access_token": "next"}))
            handle: list[str | None] = []
            if _ok(lambda: handle.append(tokens.acquire(key, 5.0))) and handle[0]:
                _ok(lambda: tokens.release(key, handle[0] or ""))
            with contextlib.suppress(MarketmsgError):
                tokens.load(text)

        check()
    finally:
        with contextlib.suppress(MarketmsgError):
            tokens.drop_table()
        tokens.close()
