"""The SQL store keeps the client's order-fact cache, so workers sharing a database read an order once."""

from __future__ import annotations

from marketmsg._facts import OrderFactStore
from marketmsg.store import SqlStore


def test_store_round_trips_and_replaces_order_facts(store: SqlStore) -> None:
    assert isinstance(store, OrderFactStore)
    assert store.load_order_facts("amazon:A1", "111-1") is None
    entry = {
        "facts": {"fulfilment": {"at": "2026-11-02T09:00:00+00:00", "fields": {"fulfilment": "platform"}}}
    }
    store.save_order_facts("amazon:A1", "111-1", entry)
    assert store.load_order_facts("amazon:A1", "111-1") == entry
    store.save_order_facts("amazon:A1", "111-1", {"facts": {}})
    assert store.load_order_facts("amazon:A1", "111-1") == {"facts": {}}
    assert store.load_order_facts("amazon:A2", "111-1") is None  # per account
