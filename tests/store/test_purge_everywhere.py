"""``store.purge()`` reaches every table a client writes buyer data to: the store's own tables (order-fact cache
included) and the adapters' stores — the Amazon relay-mail store, where aliases, names and raw mail live — on
SQLite and PostgreSQL, through the API and ``marketmsg store purge``. Afterwards no buyer name, alias or address is
in any column of any table, and ids issued before still resolve (or, for a reply, fail with NotFoundError).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marketmsg import Client, NotFoundError, VirtualClock
from marketmsg.cli import app
from marketmsg.inbox import InboxSync
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.store import SqlStore
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon.relay import RelaySandbox

from .test_purge import dump

# The virtual clock runs on the real date: the store stamps its cache rows with the wall clock.
START = datetime.now(UTC).replace(microsecond=0)
ORDER = "303-7654321-1234567"
NAME = "Lieselotte Quappendorf"
ADDRESS = "Quappendorfer Weg 17, 04109 Leipzig"


def _relay(spec: SandboxSpec) -> RelaySandbox:
    relay = spec.extras["relay"]
    assert isinstance(relay, RelaySandbox)
    return relay


def _relay_cells(relay: RelaySandbox) -> dict[str, list[str]]:
    """Every value of every relay-store table, as text."""
    path = Path(relay.settings()["store"])
    found: dict[str, list[str]] = {}
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            found[f"relay:{table}"] = [
                " | ".join(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row)
                for row in conn.execute(f"SELECT * FROM {table}")
            ]
    return found


def _leaks(store: SqlStore, relay: RelaySandbox, needles: list[str]) -> list[str]:
    tables = {**dump(store), **_relay_cells(relay)}
    return [
        f"{table}: {needle!r}"
        for table, rows in tables.items()
        for row in rows
        for needle in needles
        if needle in row or needle.encode("unicode_escape").decode() in row
    ]


@pytest.fixture
def world(store: SqlStore) -> Any:
    """An Amazon sandbox account whose inbox was synced into ``store``, with an old buyer's relay thread."""
    clock = VirtualClock(START)
    spec = AmazonAdapter.sandbox(clock)
    relay = _relay(spec)
    alias = relay.generator.alias("de", n=7001)
    relay.deliver(
        relay.generator.buyer_message(
            locale="de", alias=alias, name=NAME, order_id=ORDER,
            text=f"Bitte an {NAME}, {ADDRESS} liefern.", sent_at=START - timedelta(days=40),
        )
    )  # fmt: skip
    client = Sandbox([spec], clock=clock).client(outbox=store)
    InboxSync(client, store).run()
    client.orders.context(ORDER)  # the order-fact cache holds this order now
    # What an adapter might keep in a cached order's payload: the cache is purged, not trusted to be PII-free.
    store.save_order_facts(
        "amazon:A2SANDBOXSELLER", "303-0000000-0000001", {"raw": {"ShippingAddress": ADDRESS, "name": NAME}}
    )
    conversation = next(c for c in client.conversations.list(platform="amazon") if c.order_id == ORDER)
    needles = [alias, alias.partition("@")[0], NAME, "Quappendorf", ADDRESS]
    yield client, store, relay, conversation, needles
    client.close()


def test_store_purge_reaches_the_relay_store_and_the_order_fact_cache(world: Any) -> None:
    client, store, relay, conversation, needles = world
    assert store.load_order_facts("amazon:A2SANDBOXSELLER", ORDER) is not None
    tables = {leak.split(": ")[0] for leak in _leaks(store, relay, needles)}
    for kind in ("conversations", "messages", "order_facts", "relay:relay_message", "relay:relay_quarantine"):
        assert any(t.endswith(kind) for t in tables) or kind == "relay:relay_quarantine", (kind, tables)

    # Everything (the cutoff a day from now) through the store alone: the client registered its adapters' hooks.
    report = store.purge(timedelta(days=30), now=START + timedelta(days=31))

    assert _leaks(store, relay, needles) == []
    assert report.hooks.get("SqliteRelayStore", 0) > 0 and report.order_facts >= 2
    assert store.load_order_facts("amazon:A2SANDBOXSELLER", ORDER) is None  # read again when next needed
    # Ids issued before the purge still resolve: in the store, and through the client (relay thread keys).
    assert store.get_conversation(conversation.id) is not None
    again = client.conversations.get(conversation.id)
    assert again.id == conversation.id and again.order_id == ORDER and again.buyer.platform_id is None
    # Idempotent: nothing left to do.
    assert store.purge(timedelta(days=30), now=START + timedelta(days=31)).total == 0
    with pytest.raises(NotFoundError, match="retention purge"):
        client.messages.reply(conversation.id, f"Thank you, your order {ORDER} ships today.")


def test_a_recent_cutoff_keeps_recent_buyers(world: Any) -> None:
    client, store, relay, _, needles = world
    store.purge(timedelta(days=30), now=START)  # only the 40-day-old thread is past the cutoff
    leaks = _leaks(store, relay, needles)
    assert leaks and all("order_facts" in leak for leak in leaks), "only the cache row saved just now is left"
    fresh = [c for c in client.conversations.list(platform="amazon") if c.order_id != ORDER]
    assert fresh and all(c.buyer.platform_id for c in fresh), "recent buyers keep their data"
    assert store.load_order_facts("amazon:A2SANDBOXSELLER", ORDER) is not None, "a recent cache entry stays"


def test_a_client_gone_is_no_longer_asked(store: SqlStore) -> None:
    spec = AmazonAdapter.sandbox(VirtualClock(START))
    client: Client | None = Sandbox([spec]).client(outbox=store)
    assert client is not None
    client.close()
    del client
    import gc

    gc.collect()
    assert store.purge(now=START).hooks == {}


def test_cli_store_purge_with_the_accounts_file(tmp_path: Path) -> None:
    """``marketmsg store purge --config`` runs the accounts' hooks (here an Amazon account with a relay store)."""
    db = tmp_path / "cli.db"
    spec = AmazonAdapter.sandbox(VirtualClock(START))
    relay = _relay(spec)
    settings = relay.settings()
    config = tmp_path / "marketmsg.toml"
    config.write_text(
        "\n".join(
            [
                "[[accounts]]",
                'platform = "amazon"',
                'seller_id = "A2SANDBOXSELLER"',
                'marketplaces = ["ATVPDKIKX0DER"]',
                "[accounts.credentials]",
                'refresh_token = "Atzr|x"',
                'lwa_app_id = "amzn1.application-oa2-client.x"',
                'lwa_client_secret = "x"',
                "[accounts.settings]",
                "sandbox = true",
                "[accounts.settings.relay]",
                f'sender = "{settings["sender"]}"',
                f'store = "{settings["store"]}"',
                "verify = false",
                f'sources = [{{type = "maildir", path = "{settings["sources"][0]["path"]}"}}]',
            ]
        )
        + "\n"
    )
    with Sandbox([spec]).client() as client:
        assert client.conversations.list(platform="amazon").to_list(), "the relay store holds buyer mail"
    aliases = [row for row in _relay_cells(relay)["relay:relay_message"] if "@marketplace.amazon." in row]
    assert aliases
    result = CliRunner().invoke(
        app, ["store", "purge", "--db", str(db), "--older-than", "2099-01-01", "--config", str(config)]
    )
    assert result.exit_code == 0, result.output
    assert "SqliteRelayStore" in result.output
    assert not [row for row in _relay_cells(relay)["relay:relay_message"] if "@marketplace.amazon." in row]
