"""Conversation ids carry no buyer data; old ids keep resolving; the relay store's retention purge (issue 12.5).

Ids end up in ERP logs and tables, so an Amazon conversation id is ``amazon:<seller>:conv:t-<thread key>`` — a
hash of the buyer's relay alias and the order — never the alias (``shared/MODEL.md``). Ids issued before, which
held ``<alias>/<order>``, resolve to the same thread, also in a store written by the previous version. The
store's ``purge_buyer_data`` (the :class:`marketmsg.retention.PurgeHook` protocol) removes raw mail, bodies,
names and aliases older than a cutoff and keeps ids, keys, timestamps and digests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from marketmsg import Client, NotFoundError, VirtualClock, register_adapter, unregister_adapter
from marketmsg.retention import PurgeHook, purge_hooks
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_amazon.relay import RelayMailGenerator, RelaySandbox, SqliteRelayStore, parse
from marketmsg_amazon.relay._store import relay_thread_key

from .conftest import RelayOnlyAdapter

SELLER = "A1RELAYSANDBOX"


@pytest.fixture
def spec(clock: VirtualClock) -> Iterator[SandboxSpec]:
    register_adapter("amazon", RelayOnlyAdapter)
    try:
        yield RelayOnlyAdapter.sandbox(clock)
    finally:
        unregister_adapter("amazon")


@pytest.fixture
def client(spec: SandboxSpec, clock: VirtualClock) -> Iterator[Client]:
    with Sandbox([spec], clock=clock).client() as c:
        yield c


def _controller(spec: SandboxSpec) -> RelaySandbox:
    assert isinstance(spec.controller, RelaySandbox)
    return spec.controller


def test_no_id_carries_the_buyer_alias(client: Client) -> None:
    conversations = list(client.conversations.list())
    assert conversations
    for conversation in conversations:
        alias = conversation.buyer.platform_id
        assert alias and "@marketplace.amazon." in alias
        local = alias.partition("@")[0]
        for message in client.messages.list(conversation.id):
            for value in (conversation.id, message.id, message.conversation_id):
                assert local not in value and "@marketplace" not in value


def test_ids_issued_before_thread_keys_still_resolve(client: Client) -> None:
    conversation = next(iter(client.conversations.list()))
    alias, order = conversation.buyer.platform_id, conversation.order_id
    assert alias and order
    legacy = f"amazon:{SELLER}:conv:{alias}/{order}"
    assert client.conversations.get(legacy).id == conversation.id
    assert [m.id for m in client.messages.list(legacy)] == [
        m.id for m in client.messages.list(conversation.id)
    ]
    client.conversations.mark_read(legacy)
    assert client.conversations.get(conversation.id).unread_count == 0
    sent = client.messages.reply(legacy, "Thank you, your order 302-1234567-7654321 ships today.")
    assert sent.conversation_id == conversation.id


V0_SCHEMA = """
CREATE TABLE relay_message (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, dedupe_key TEXT NOT NULL,
    content_key TEXT NOT NULL, thread TEXT, direction TEXT NOT NULL, kind TEXT NOT NULL, meta TEXT NOT NULL,
    raw BLOB NOT NULL, read INTEGER NOT NULL DEFAULT 0, received_at TEXT NOT NULL,
    UNIQUE (account, dedupe_key), UNIQUE (account, content_key)
);
CREATE TABLE relay_quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, source TEXT, error TEXT NOT NULL,
    raw BLOB NOT NULL, received_at TEXT NOT NULL
);
CREATE TABLE relay_opt_out (account TEXT NOT NULL, alias TEXT NOT NULL, since TEXT NOT NULL, PRIMARY KEY (account, alias));
"""


def test_a_store_written_by_the_previous_version_is_migrated(
    tmp_path: Path, corpus_generator: RelayMailGenerator
) -> None:
    path = tmp_path / "v0.sqlite3"
    alias = corpus_generator.alias("de", n=4242)
    raw = corpus_generator.buyer_message(locale="de", alias=alias, order_id="302-1111111-2222222")
    meta = parse(raw, verify=False)
    with sqlite3.connect(path) as conn:  # what version 0 wrote: the alias in the thread and the opt-out
        conn.executescript(V0_SCHEMA)
        conn.execute(
            "INSERT INTO relay_message (account, dedupe_key, content_key, thread, direction, kind, meta, raw, "
            "received_at) VALUES (?, ?, ?, ?, 'inbound', 'buyer_message', ?, ?, ?)",
            ("amazon:A1", "mid:x", "c", f"{alias}/302-1111111-2222222", meta.model_dump_json(exclude={"raw"}), raw,
             "2026-11-14T10:00:00+00:00"),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO relay_opt_out VALUES ('amazon:A1', ?, '2026-11-14T10:00:00+00:00')", (alias,)
        )
    store = SqliteRelayStore(str(path))
    key = relay_thread_key(alias, "302-1111111-2222222")
    (stored,) = store.messages("amazon:A1", key)
    assert stored.thread == key and stored.meta.body == meta.body
    assert store.is_opted_out("amazon:A1", alias) and store.thread_opted_out("amazon:A1", key)
    store.close()
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump())
    assert f"{alias}/" not in dump and f"'{alias}'" not in dump  # neither thread nor opt-out holds the alias
    SqliteRelayStore(str(path)).close()  # opening again is a no-op


# --------------------------------------------------------------------------------------------- retention


def _all_cells(path: Path) -> str:
    """Every value of every table, as text (bytes decoded leniently): what a purge must have cleaned."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        cells = []
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):
                cells.extend(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row)
    return "\n".join(cells)


def test_purge_forgets_old_buyer_data_and_keeps_ids(
    spec: SandboxSpec, client: Client, clock: VirtualClock
) -> None:
    controller = _controller(spec)
    old_alias = controller.generator.alias("fr", n=9001)
    fresh_alias = controller.generator.alias("it", n=9002)
    controller.deliver(
        controller.generator.buyer_message(
            locale="fr", alias=old_alias, name="Clothilde", order_id="403-1234567-7654321",
            text="Mon adresse est 12 rue des Lilas", sent_at=clock.now() - timedelta(days=40),
        ),
        controller.generator.notice(
            "opt_out", alias=old_alias, order_id="403-1234567-7654321", locale="fr",
            sent_at=clock.now() - timedelta(days=39),
        ),
        controller.generator.buyer_message(
            locale="it", alias=fresh_alias, name="Ludovica", order_id="404-1234567-7654321",
            text="Dove si trova il mio pacco?", sent_at=clock.now() - timedelta(days=1),
        ),
    )  # fmt: skip
    before = {c.order_id: c for c in client.conversations.list()}
    old, fresh = before["403-1234567-7654321"], before["404-1234567-7654321"]
    legacy_old = f"amazon:{SELLER}:conv:{old_alias}/403-1234567-7654321"

    (hook,) = purge_hooks(client)
    assert isinstance(hook, PurgeHook)
    changed = hook.purge_buyer_data(before=clock.now() - timedelta(days=30))
    assert changed > 0
    assert hook.purge_buyer_data(before=clock.now() - timedelta(days=30)) == 0  # idempotent

    store_path = Path(controller.settings()["store"])
    cells = _all_cells(store_path)
    for gone in (old_alias.partition("@")[0], "Clothilde", "rue des Lilas"):
        assert gone not in cells, gone

    # Ids issued before the purge resolve, old and new form; the conversation keeps its shape.
    purged = client.conversations.get(old.id)
    assert purged.id == old.id == client.conversations.get(legacy_old).id
    assert purged.order_id == "403-1234567-7654321" and purged.last_message_at == old.last_message_at
    assert purged.buyer.platform_id is None and purged.buyer.display_name is None
    assert "buyer_opted_out" in purged.tags  # the opt-out survives, by alias digest
    (message,) = client.messages.list(old.id)
    assert message.body == "" and message.sent_at == next(iter(client.messages.list(old.id))).sent_at
    with pytest.raises(NotFoundError, match="retention purge"):
        client.messages.reply(old.id, "Thank you, order 403-1234567-7654321 ships today.")

    # A conversation still going on is untouched.
    kept = client.conversations.get(fresh.id)
    assert kept.buyer.platform_id == fresh_alias and "Ludovica" in cells
