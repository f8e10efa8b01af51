"""Order facts are read once: only the classes a send's rules need, cached per order with a TTL per class."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from benchmarks.call_counts import amazon_call

from marketmsg import Client, MessageKind, OrderContext, VirtualClock
from marketmsg._facts import DEFAULT_FACT_TTL, InMemoryOrderFacts, OrderFactCache
from marketmsg.models import ALL_ORDER_FACTS, Fulfilment, OrderFact
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore
from marketmsg.testing import PlatformCalls
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ORDER = sim.MFN_ORDER
GET_ORDER, ITEMS, ATTRIBUTES = (
    "spapi GET /orders/v0/orders/{id}",
    "spapi GET /orders/v0/orders/{id}/orderItems",
    "spapi GET /messaging/v1/orders/{id}/attributes",
)


def _context(**values: object) -> OrderContext:
    return OrderContext.model_validate(
        {"platform": "amazon", "account": "amazon:A1", "order_id": ORDER, **values}
    )


# ---------------------------------------------------------------------------------------------- the cache


def test_static_facts_never_expire_and_moving_ones_do() -> None:
    cache = OrderFactCache()
    entry = cache.merge(None, _context(fulfilment=Fulfilment.PLATFORM, status="Shipped"), T0)
    assert cache.fresh(entry, T0) == set(ALL_ORDER_FACTS)
    later = T0 + timedelta(minutes=16)
    assert cache.fresh(entry, later) == {OrderFact.FULFILMENT, OrderFact.GIFT, OrderFact.LOCALE}
    assert cache.fresh(entry, T0 + timedelta(days=400)) == {
        OrderFact.FULFILMENT,
        OrderFact.GIFT,
        OrderFact.LOCALE,
    }
    assert DEFAULT_FACT_TTL[OrderFact.FULFILMENT] is None and DEFAULT_FACT_TTL[OrderFact.STATUS] is not None


def test_partial_contexts_merge_per_class() -> None:
    cache = OrderFactCache(ttl={OrderFact.STATUS: timedelta(minutes=1)})
    entry = cache.merge(None, _context(fulfilment=Fulfilment.PLATFORM, facts={OrderFact.FULFILMENT}), T0)
    entry = cache.merge(entry, _context(is_gift=True, facts={OrderFact.GIFT}), T0 + timedelta(minutes=5))
    assert cache.fresh(entry, T0 + timedelta(minutes=6)) == {OrderFact.FULFILMENT, OrderFact.GIFT}
    context = cache.context(entry, {OrderFact.FULFILMENT, OrderFact.GIFT})
    assert context.fulfilment is Fulfilment.PLATFORM and context.is_gift
    assert context.facts == {OrderFact.FULFILMENT, OrderFact.GIFT} and not context.knows(OrderFact.STATUS)
    assert OrderFact.FULFILMENT.value not in (cache.without(entry, [OrderFact.FULFILMENT]) or {})["facts"]


def test_in_memory_store_is_bounded() -> None:
    store = InMemoryOrderFacts(max_orders=3)
    for i in range(5):
        store.save_order_facts("a", str(i), {"n": i})
    assert store.load_order_facts("a", "0") is None and store.load_order_facts("a", "4") == {"n": 4}


# ---------------------------------------------------------------------------------------------- through a client


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(T0)


def _sandbox(clock: VirtualClock) -> tuple[Sandbox, PlatformCalls]:
    spec = AmazonAdapter.sandbox(clock)
    return Sandbox([spec], clock=clock), PlatformCalls(spec)


@pytest.fixture
def amazon(clock: VirtualClock) -> Iterator[tuple[Client, PlatformCalls]]:
    sandbox, calls = _sandbox(clock)
    with sandbox.client() as client:
        yield client, calls


def _reads(calls: PlatformCalls, client: Client, run: object) -> dict[str, int]:
    with calls.measure() as made:
        run(client)  # type: ignore[operator]
    return dict(made.by(amazon_call))


def test_a_burst_of_replies_on_one_order_reads_it_once(
    amazon: tuple[Client, PlatformCalls], clock: VirtualClock
) -> None:
    client, calls = amazon
    conv = next(c for c in client.conversations.list() if c.order_id)
    text = f"Thank you for your message. We have sent the refund for order {conv.order_id} today."
    with calls.measure() as made:
        for _ in range(5):
            client.messages.reply(conv.id, text)
            clock.advance(6 * 3600)  # the fulfilment channel is trusted for good
    assert made.count(lambda r: "sellingpartnerapi" in r.url.host) == 1


def test_a_proactive_send_rereads_only_the_facts_that_moved(
    amazon: tuple[Client, PlatformCalls], clock: VirtualClock
) -> None:
    client, calls = amazon

    def send(c: Client) -> None:
        c.messages.send(
            ORDER, MessageKind.UNEXPECTED_PROBLEM, body=f"Your parcel is a day late (order {ORDER})."
        )

    cold = _reads(calls, client, send)
    assert cold[GET_ORDER] == 1 and cold[ITEMS] == 1 and cold[ATTRIBUTES] == 1
    clock.advance(16 * 60)
    later = _reads(calls, client, send)
    assert later[GET_ORDER] == 1  # delivery state expired: getOrder again (its quota is 0.5 requests/s)
    assert ITEMS not in later and ATTRIBUTES not in later  # the gift flag and the locale never change


def test_orders_context_reads_fresh_and_feeds_the_cache(amazon: tuple[Client, PlatformCalls]) -> None:
    client, calls = amazon
    first = _reads(calls, client, lambda c: c.orders.context(ORDER))
    assert first[GET_ORDER] == 1
    again = _reads(calls, client, lambda c: c.orders.context(ORDER))
    assert again[GET_ORDER] == 1  # an explicit request for the order's context always asks Amazon
    sent = _reads(
        calls,
        client,
        lambda c: c.messages.send(
            ORDER, MessageKind.UNEXPECTED_PROBLEM, body=f"Your parcel is a day late (order {ORDER})."
        ),
    )
    assert (
        GET_ORDER not in sent and ITEMS not in sent
    )  # the send's rules found every fact they need in the cache


def test_workers_sharing_a_store_share_order_facts(clock: VirtualClock, tmp_path: Path) -> None:
    with SqlStore(tmp_path / "store.db") as store:
        counts = []
        for _ in range(2):  # two workers: separate clients, one database
            sandbox, calls = _sandbox(clock)
            with sandbox.client(outbox=store) as client:
                conv = next(c for c in client.conversations.list() if c.order_id)
                text = f"Thank you for your message. We have sent the refund for order {conv.order_id} today."
                with calls.measure() as made:
                    client.messages.reply(conv.id, text)
                counts.append(made.count(lambda r: "sellingpartnerapi" in r.url.host))
    assert counts == [1, 0]
