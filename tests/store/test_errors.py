"""No driver exception escapes the store: every failure is a documented MarketmsgError naming the fix.

Includes a property-based run (hypothesis, derandomised, bounded) of the write/read API with hostile strings on
SQLite and PostgreSQL: only documented exceptions, and whatever was stored reads back.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from marketmsg import ConfigurationError, MarketmsgError, OutboxEntry, OutboxState
from marketmsg.models import Channel, Conversation, Direction, Message, Party, PartyRole
from marketmsg.store import (
    SqlStore,
    SqlTokenStore,
    StoreError,
    StoreUnavailableError,
    StoreValueError,
    SyncCursor,
)

from .conftest import POSTGRES_URL, postgres_available

SECRET = "s3cretPassw0rd-xyz"


def _postgres() -> None:
    if reason := postgres_available():
        pytest.skip(f"needs PostgreSQL: {reason}")


def _no_secret(exc: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    for shown in (str(exc), repr(exc), caplog.text, getattr(exc, "database", "") or ""):
        assert SECRET not in shown


def test_an_unreachable_server_is_store_unavailable_without_the_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreUnavailableError) as info:
        SqlStore(f"postgresql://app:{SECRET}@127.0.0.1:1/marketmsg")
    assert "unreachable" in str(info.value) and "retry" in str(info.value)
    assert "127.0.0.1" in str(info.value)
    _no_secret(info.value, caplog)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_an_unknown_database_is_named_without_the_password(caplog: pytest.LogCaptureFixture) -> None:
    _postgres()
    url = POSTGRES_URL.replace("postgresql://postgres@", f"postgresql://postgres:{SECRET}@").rsplit("/", 1)[0]
    with pytest.raises(StoreUnavailableError, match="does not exist") as info:
        SqlStore(f"{url}/no_such_database_mm")
    _no_secret(info.value, caplog)


@pytest.mark.parametrize(
    "target",
    [f"postgresql://app:{SECRET}@db:notaport/x", f"mysql://app:{SECRET}@db/x", "", f"://{SECRET}@"],
)
def test_bad_urls_are_configuration_errors_without_the_password(
    target: str, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(ConfigurationError) as info:
        SqlStore(target)
    _no_secret(info.value, caplog)


def test_repr_hides_the_password() -> None:
    _postgres()
    url = POSTGRES_URL.replace("postgresql://postgres@", f"postgresql://postgres:{SECRET}@")
    store = SqlStore(url, create=False)
    try:
        assert SECRET not in repr(store) and SECRET not in store.database
    finally:
        store.close()


def test_missing_tables_say_how_to_create_them(tmp_path: Path) -> None:
    with (
        SqlStore(tmp_path / "empty.db", create=False) as store,
        pytest.raises(StoreError, match="create_tables"),
    ):
        list(store.conversations())


def test_values_the_columns_cannot_hold(store: SqlStore, samples: Any) -> None:
    with pytest.raises(StoreValueError, match="id") as info:
        store.upsert_conversations([samples.conversation("x" * 600)])
    assert info.value.field == "id"
    with pytest.raises(StoreValueError, match="NUL"):
        store.upsert_messages([samples.message("c1/m\x001")])
    with pytest.raises(StoreValueError):
        store.set_cursor(
            SyncCursor("fakemarket:FM-SELLER-1", "conversations", datetime(2026, 1, 1), datetime.now(UTC))
        )
    entry = OutboxEntry(
        key="k" * 300, account="fakemarket:S", target="t", operation="send_reply", state=OutboxState.PENDING,
        created_at=datetime.now(UTC),
    )  # fmt: skip
    with pytest.raises(StoreValueError):
        store.begin(entry)
    assert store.counts()["conversations"] == 0 and store.last_position() == 0  # nothing half-written


def test_nul_in_free_text_is_stored_on_every_backend(store: SqlStore, samples: Any) -> None:
    entry = OutboxEntry(
        key="k1", account=samples.account, target="fakemarket:FM-SELLER-1:conv:c1", operation="send_reply",
        state=OutboxState.PENDING, created_at=datetime.now(UTC),
    )  # fmt: skip
    store.begin(entry)
    store.finish("k1", OutboxState.FAILED, error="bad\x00byte")
    stored = store.get("k1")
    assert stored is not None and stored.error in ("bad\x00byte", "bad\ufffdbyte")


# ------------------------------------------------------------------------------------------ property-based

HOSTILE = st.one_of(
    st.text(max_size=40),
    st.lists(
        st.sampled_from(
            ["\x00", "\\", "u0000", '"', "'", ";", "%", "%s", "?", ":", "/", "@", "\n", "\ud800"]
        ),
        max_size=12,
    ).map("".join),
    st.sampled_from(
        [
            "",
            " ",
            "\\u0000",
            "\\\\u0000",
            "'; DROP TABLE x; --",
            "%(id)s",
            "a" * 513,
            "\U0001f600" * 200,
            "\u202e",
        ]
    ),
    st.text(min_size=500, max_size=700),
)


def _conversation(native: str, text: str) -> Conversation | None:
    try:
        return Conversation(
            id=f"fakemarket:FM-SELLER-1:conv:{native}", platform="fakemarket", account="fakemarket:FM-SELLER-1",
            channel=Channel.OTHER, buyer=Party(role=PartyRole.BUYER, platform_id=text, display_name=text),
            subject=text, order_id=text[:50] or None, last_message_at=datetime(2026, 1, 1, tzinfo=UTC),
            raw={"text": text},
        )  # fmt: skip
    except Exception:
        return None


@settings(
    max_examples=40,
    derandomize=True,  # a fixed seed: the same examples in CI every time
    database=None,  # nothing saved between runs: no files written, nothing replayed
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(native=HOSTILE, text=HOSTILE, key=HOSTILE)
def test_hostile_strings_raise_only_documented_errors(
    store: SqlStore, native: str, text: str, key: str
) -> None:
    conv = _conversation(native, text)
    assume(conv is not None)
    assert conv is not None
    try:
        store.upsert_conversations([conv])
    except MarketmsgError:
        stored = False
    else:
        stored = True
    if stored:
        got = store.get_conversation(conv.id)
        assert got is not None and got.id == conv.id
        if "\x00" not in text:
            assert got == conv
    message = None
    try:
        message = Message(
            id=f"fakemarket:FM-SELLER-1:msg:{native}/{key}", conversation_id=conv.id, direction=Direction.INBOUND,
            sender=Party(role=PartyRole.BUYER, display_name=text), channel=Channel.OTHER, body=text,
            sent_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=len(key)),
        )  # fmt: skip
    except Exception:
        message = None
    for action in (
        lambda: message and store.upsert_messages([message]),
        lambda: list(store.messages(native)),
        lambda: list(store.messages(conv.id)),
        lambda: list(store.conversations(account=text, order_id=key)),
        lambda: store.get_conversation(text),
        lambda: store.get(key),
        lambda: store.begin(
            OutboxEntry(key=key, account="fakemarket:FM-SELLER-1", target=native, operation="send_reply",
                        state=OutboxState.PENDING, created_at=datetime.now(UTC), error=text)
        ),
        lambda: store.finish(key, OutboxState.FAILED, error=text),
        lambda: store.get_cursor(text, key),
        lambda: list(store.changes(after=len(text))),
    ):  # fmt: skip
        with contextlib.suppress(MarketmsgError):  # anything else fails the test
            action()


# ------------------------------------------------------------------------ found by the fuzz (tests/store/test_fuzz.py)


def test_a_nul_in_an_export_filter_is_a_store_value_error(store: SqlStore, samples: Any) -> None:
    # Found: the export reads through the driver's own cursor, whose psycopg.DataError bypassed the mapping.
    store.upsert_conversations([samples.conversation("c1")])
    if store.dialect == "postgresql":
        with pytest.raises(StoreValueError, match="refused a value"):
            list(store.export_batches(account="fakemarket:\x00", order_id="x"))
    else:
        assert list(store.export_batches(account="fakemarket:\x00")) == []


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_token_store_raises_only_store_errors(kind: str, tmp_path: Path) -> None:
    # Found: SqlTokenStore had no error mapping at all (UnicodeEncodeError, psycopg.DataError escaped).
    if kind == "postgresql":
        _postgres()
        tokens = SqlTokenStore(POSTGRES_URL, table_prefix=f"te{uuid.uuid4().hex[:8]}_")
    else:
        tokens = SqlTokenStore(f"sqlite:///{tmp_path / 'tokens.db'}")
    try:
        with pytest.raises(StoreValueError, match="lone surrogate"):
            tokens.save("k", {"access_token": "\ud800"})
        if kind == "postgresql":
            with pytest.raises(StoreValueError):
                tokens.save("k" * 300, {"access_token": "a"})  # the key column holds 255 characters
            with pytest.raises(StoreValueError):
                tokens.compare_and_set("k", None, {"access_token": "a\x00b"})
        tokens.save("k", {"access_token": "a", "refresh_token": "r\x00"})  # NUL inside the JSON document
        assert tokens.load("k") == {"access_token": "a", "refresh_token": "r\x00"}
    finally:
        tokens.drop_table()
        tokens.close()


def test_an_unreachable_token_store_is_store_unavailable_without_the_password() -> None:
    with pytest.raises(StoreUnavailableError) as info:
        SqlTokenStore(f"postgresql://app:{SECRET}@127.0.0.1:1/marketmsg")
    assert SECRET not in str(info.value) and "unreachable" in str(info.value)


def test_memory_is_an_in_memory_database_not_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Found while fuzzing: SqlStore(":memory:") (sqlite3's spelling) created a file named ":memory:" in the cwd.
    monkeypatch.chdir(tmp_path)
    store = SqlStore(":memory:")
    store.upsert_conversations([])
    assert list(tmp_path.iterdir()) == []
    store.close()
