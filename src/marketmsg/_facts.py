"""Order facts, read once: a per-order cache with a time to live per fact class, and the flow that fills it.

The rules of a send declare which order facts they need (:meth:`marketmsg.rules.RulePack.facts_needed`); the
core reads only those, and only when the cache does not hold them fresh. Facts that never change for an order
(its fulfilment channel, the gift flag, the buyer's language) are kept for good; facts that do (delivery state,
opt-out, how many proactive messages went out) for minutes. A burst of replies on one order therefore costs one
platform read, and the order's quota (Amazon's ``getOrder`` allows 0.5 requests/s per seller) is kept for what
needs it.

Where entries live: in the store when the client has one that implements :class:`OrderFactStore` (the SQL
store does, so workers share them), else in memory, per client. Entries are JSON-able dicts::

    {"facts": {"fulfilment": {"at": "<ISO 8601>", "fields": {"fulfilment": "platform"}}, ...}, "raw": {...}}
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from ._effects import BlockingCall, Flow
from ._exceptions import APIConnectionError, APITimeoutError
from .models import ORDER_FACT_FIELDS, OrderContext, OrderFact

__all__ = [
    "DEFAULT_FACT_TTL",
    "InMemoryOrderFacts",
    "OrderFactCache",
    "OrderFactStore",
]

#: How long a fact class read from the platform is trusted. ``None``: for the life of the entry.
DEFAULT_FACT_TTL: Mapping[OrderFact, timedelta | None] = {
    # Fixed when the order is placed: Amazon's FulfillmentChannel (AFN/MFN), IsGift, the buyer's locale.
    OrderFact.FULFILMENT: None,
    OrderFact.GIFT: None,
    OrderFact.LOCALE: None,
    # Move while the order ships, is delivered or returned.
    OrderFact.STATUS: timedelta(minutes=15),
    OrderFact.RETURN: timedelta(minutes=15),
    # A buyer may opt out at any time; the count changes with every proactive send (and is dropped by this
    # client after each one it makes, see OrderFactCache.forget).
    OrderFact.OPT_OUT: timedelta(minutes=5),
    OrderFact.HISTORY: timedelta(minutes=5),
}


@runtime_checkable
class OrderFactStore(Protocol):
    """Where cached order facts live: keyed by account key and order id, values are JSON-able dicts."""

    def load_order_facts(self, account: str, order_id: str) -> Mapping[str, Any] | None:
        """The entry saved for this order, or None."""
        ...

    def save_order_facts(self, account: str, order_id: str, entry: Mapping[str, Any]) -> None:
        """Replace the entry of this order."""
        ...


class InMemoryOrderFacts:
    """The default store: per client, thread-safe, bounded (least recently used orders are dropped first)."""

    def __init__(self, max_orders: int = 10_000) -> None:
        self.max_orders = max_orders
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()

    def load_order_facts(self, account: str, order_id: str) -> Mapping[str, Any] | None:
        with self._lock:
            entry = self._entries.get((account, order_id))
            if entry is not None:
                self._entries.move_to_end((account, order_id))
            return entry

    def save_order_facts(self, account: str, order_id: str, entry: Mapping[str, Any]) -> None:
        with self._lock:
            self._entries[(account, order_id)] = dict(entry)
            self._entries.move_to_end((account, order_id))
            while len(self._entries) > self.max_orders:
                self._entries.popitem(last=False)

    def __repr__(self) -> str:
        return f"InMemoryOrderFacts({len(self._entries)} order(s))"


_FACT_NAMED: dict[object, OrderFact] = {f.value: f for f in OrderFact}


class OrderFactCache:
    """The cache logic (sans-I/O) over an :class:`OrderFactStore`, with a TTL per fact class."""

    def __init__(
        self, store: OrderFactStore | None = None, *, ttl: Mapping[OrderFact, timedelta | None] | None = None
    ) -> None:
        self.store: OrderFactStore = store if store is not None else InMemoryOrderFacts()
        self.ttl: dict[OrderFact, timedelta | None] = {**DEFAULT_FACT_TTL, **(ttl or {})}

    # ------------------------------------------------------------------ sans-I/O

    def fresh(self, entry: Mapping[str, Any] | None, now: datetime) -> set[OrderFact]:
        """The fact classes ``entry`` holds that are still within their time to live at ``now``."""
        held: set[OrderFact] = set()
        for name, item in ((entry or {}).get("facts") or {}).items():
            fact = _FACT_NAMED.get(
                name
            )  # a dict lookup: OrderFact(name) costs an Enum call per fact and send
            try:
                if fact is None:
                    raise ValueError(name)
                at = datetime.fromisoformat(str(item["at"]))
            except (ValueError, KeyError, TypeError):
                continue  # an entry written by another version: read it again
            ttl = self.ttl.get(fact)
            if ttl is None or now - at < ttl:
                held.add(fact)
        return held

    def merge(self, entry: Mapping[str, Any] | None, context: OrderContext, now: datetime) -> dict[str, Any]:
        """``entry`` updated with the fact classes ``context`` carries, stamped ``now``."""
        facts: dict[str, Any] = dict((entry or {}).get("facts") or {})
        dumped = context.model_dump(mode="json")
        for fact in context.facts:
            facts[fact.value] = {
                "at": now.isoformat(),
                "fields": {name: dumped[name] for name in ORDER_FACT_FIELDS[fact]},
            }
        raw = dict((entry or {}).get("raw") or {})
        if isinstance(context.raw, Mapping):
            raw.update(context.raw)
        return {
            "platform": context.platform,
            "account": context.account,
            "order_id": context.order_id,
            "facts": facts,
            "raw": raw,
        }

    def context(self, entry: Mapping[str, Any], facts: Iterable[OrderFact]) -> OrderContext:
        """An :class:`OrderContext` of the ``facts`` classes held in ``entry``."""
        chosen = frozenset(facts)
        values: dict[str, Any] = {}
        stored = entry.get("facts") or {}
        for fact in chosen:
            values.update(stored[fact.value]["fields"])
        return OrderContext.model_validate(
            {
                "platform": entry["platform"],
                "account": entry["account"],
                "order_id": entry["order_id"],
                **values,
                "facts": chosen,
                "raw": entry.get("raw") or None,
            }
        )

    @staticmethod
    def without(entry: Mapping[str, Any] | None, facts: Iterable[OrderFact]) -> dict[str, Any] | None:
        """``entry`` with the ``facts`` classes dropped (they will be read again when next needed)."""
        if entry is None:
            return None
        dropped = {f.value for f in facts}
        kept = {k: v for k, v in (entry.get("facts") or {}).items() if k not in dropped}
        return {**entry, "facts": kept}

    # ------------------------------------------------------------------ flows

    def load(self, account: str, order_id: str) -> Flow[Mapping[str, Any] | None]:
        return (
            yield from BlockingCall(
                "order_facts_load", lambda: self.store.load_order_facts(account, order_id)
            ).send()
        )

    def save(self, account: str, order_id: str, entry: Mapping[str, Any]) -> Flow[None]:
        yield from BlockingCall(
            "order_facts_save", lambda: self.store.save_order_facts(account, order_id, entry)
        ).send()
        return None

    def forget(self, account: str, order_id: str, facts: Iterable[OrderFact]) -> Flow[None]:
        """Drop ``facts`` of one order (e.g. the proactive-message count after a proactive send)."""
        entry = yield from self.load(account, order_id)
        if entry is not None:
            yield from self.save(account, order_id, self.without(entry, facts) or {})
        return None


def unavailable(exc: APIConnectionError, order_id: str, rules: Iterable[str]) -> APIConnectionError:
    """The error for order facts a rule needs but the platform could not be reached for.

    Names the host, the cause and the rules, and says that nothing was sent (the send never began).
    """
    host = exc.request.url.host if exc.request is not None else "the platform"
    cause = type(exc.__cause__).__name__ if exc.__cause__ is not None else type(exc).__name__
    cls = APITimeoutError if isinstance(exc, APITimeoutError) else APIConnectionError
    names = ", ".join(sorted(set(rules))) or "the platform's rules"
    return cls(
        f"could not reach {host} for the order facts of {order_id} ({cause}): rule(s) {names} need them before "
        "this message may be sent, so nothing was sent; try again when the host is reachable",
        request=exc.request,
        platform=exc.platform,
        request_sent=False,
    )
