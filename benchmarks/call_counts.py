"""Platform calls per operation kind, on a cold and a warm client, for every adapter (the quota an operation costs).

Each scenario runs against the in-process simulators; the requests are counted where the platform would see them
(the simulator's mount, so auth and retries are included) and the JSON decodes of each answer's body are counted
too. "cold" is the first operation of a fresh client (empty order-fact cache), "warm" the same operation again on
the same client and order. The baseline is the contract-v1 send path as measured before contract v2 (issue 10):
an Amazon relay reply cost six SP-API calls (getOrder twice, getOrderItems, GetAttributes, two actions calls),
and an AliExpress station-letter reply read the relation list twice and parsed each body three times.

``tests/test_call_counts.py`` pins these numbers; this script prints them (``python3 dev.py bench call_counts``).
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx

from marketmsg import Attachment, Client, Conversation, MessageKind, PolicyViolation, VirtualClock
from marketmsg.sandbox import Sandbox
from marketmsg.testing import Made, PlatformCalls
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as amazon_sim
from marketmsg_fakemarket import FakemarketAdapter

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PLAIN_REPLY = "Thank you for your message. Your parcel left our warehouse today (order {order})."
REFUND_REPLY = "Thank you for your message. We have sent the refund for order {order} today."


@dataclass(frozen=True)
class Row:
    """One measured operation: the platform calls by name, and the most any answer body was parsed."""

    adapter: str
    operation: str
    cache: str
    calls: dict[str, int]
    most_parses: int
    #: The least any answer carrying data was parsed (None: no such answer); with ``most_parses``: "once".
    fewest_parses: int | None = None

    def count(self, prefix: str = "") -> int:
        """Calls whose name starts with ``prefix`` (all calls by default)."""
        return sum(n for name, n in self.calls.items() if name.startswith(prefix))


_ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
_ID_AFTER = frozenset({"reports", "documents"})


def amazon_call(request: httpx.Request) -> str:
    """``spapi GET /orders/v0/orders/{id}`` style names: SP-API calls, LWA token calls, S3 uploads."""
    host = request.url.host
    if request.url.path.startswith("/sandbox-s3/report-documents/"):
        return "report download"
    if "sellingpartnerapi" in host:
        parts = [p for p in request.url.path.split("/") if p]
        # Order, report and document ids are values, not names: replace them so calls group by operation (an
        # API version such as 2021-06-30 stays).
        shape = "/".join(
            "{id}" if _ORDER_ID.match(p) or (i and i == len(parts) - 1 and parts[i - 1] in _ID_AFTER) else p
            for i, p in enumerate(parts)
        )
        return f"spapi {request.method} /{shape}"
    if request.url.path.endswith("/auth/o2/token"):
        return "lwa token"
    return f"other {host}"


def aliexpress_call(request: httpx.Request) -> str:
    """The gateway API a request called (``method`` in the query or the form body), or its ``/rest`` path."""
    method = request.url.params.get("method")
    if method is None and request.headers.get("content-type", "").startswith("application/x-www-form"):
        method = urllib.parse.parse_qs(request.content.decode()).get("method", [None])[0]
    return f"iop {method or request.url.path}"


@contextmanager
def amazon_client(*, spapi_down: bool = False) -> Iterator[tuple[Client, PlatformCalls]]:
    """A client on a fresh Amazon sandbox (SP-API + relay mail); ``spapi_down`` refuses every SP-API host."""
    clock = VirtualClock(START)
    spec = AmazonAdapter.sandbox(clock)
    calls = PlatformCalls(spec)
    if spapi_down:
        simulator: amazon_sim.AmazonSimulator = spec.controller

        def refuse(request: httpx.Request) -> httpx.Response | None:
            if "sellingpartnerapi" in request.url.host:
                raise httpx.ConnectError("simulator stopped", request=request)
            return None

        simulator.hooks.append(refuse)
    with Sandbox([spec], clock=clock).client() as client:
        yield client, calls


@contextmanager
def aliexpress_client() -> Iterator[tuple[Client, PlatformCalls]]:
    clock = VirtualClock(START)
    spec = AliExpressAdapter.sandbox(clock)
    calls = PlatformCalls(spec)
    with Sandbox([spec], clock=clock).client() as client:
        yield client, calls


def _row(adapter: str, operation: str, cache: str, made: Made, name: Callable[[httpx.Request], str]) -> Row:
    return Row(adapter, operation, cache, dict(made.by(name)), made.most_parses, made.fewest_parses)


def _twice(
    adapter: str,
    operation: str,
    calls: PlatformCalls,
    name: Callable[[httpx.Request], str],
    run: Callable[[int], Any],
) -> list[Row]:
    rows = []
    for i, cache in enumerate(("cold", "warm")):
        with calls.measure() as made:
            run(i)
        rows.append(_row(adapter, operation, cache, made, name))
    return rows


INVOICE_PDF = Attachment.from_bytes("invoice.pdf", b"%PDF-1.4 invoice", "application/pdf")


def _refused(send: Callable[[], Any]) -> None:
    """A send the rules refuse (what it cost to find out is what is measured)."""
    try:
        send()
    except PolicyViolation:
        return
    raise AssertionError("the send was expected to be refused by a rule")


def _relay_conversation(client: Client) -> Conversation:
    return next(c for c in client.conversations.list(platform="amazon") if c.order_id)


def amazon_rows() -> list[Row]:
    rows: list[Row] = []
    for operation, text in (("relay reply", PLAIN_REPLY), ("relay reply (refund wording)", REFUND_REPLY)):
        with amazon_client() as (client, calls):
            conv = _relay_conversation(client)
            rows += _twice(
                "amazon",
                operation,
                calls,
                amazon_call,
                lambda i, c=client, v=conv, t=text: c.messages.reply(v.id, t.format(order=v.order_id)),
            )
    with amazon_client() as (client, calls):
        rows += _twice(
            "amazon",
            "proactive unexpected_problem",
            calls,
            amazon_call,
            lambda i, c=client: c.messages.send(
                amazon_sim.MFN_ORDER,
                MessageKind.UNEXPECTED_PROBLEM,
                body=f"Your parcel is delayed by a day, sorry (order {amazon_sim.MFN_ORDER}).",
                idempotency_key=f"bench-proactive-{i}",
            ),
        )
        rows += _twice(
            "amazon",
            "proactive invoice (FBA gift return)",
            calls,
            amazon_call,
            lambda i, c=client: _refused(
                lambda: c.messages.send(
                    amazon_sim.FBA_GIFT_RETURNED,
                    MessageKind.INVOICE,
                    attachments=[INVOICE_PDF],
                    idempotency_key=f"bench-gift-{i}",
                )
            ),
        )
        rows += _twice(
            "amazon",
            "orders.capabilities",
            calls,
            amazon_call,
            lambda i, c=client: c.orders.capabilities(amazon_sim.MFN_ORDER),
        )
    return rows


def _aliexpress_conversation(client: Client, channel: str) -> Conversation:
    return next(c for c in client.conversations.list(platform="aliexpress") if c.channel.value == channel)


def aliexpress_rows() -> list[Row]:
    rows: list[Row] = []
    for channel in ("im", "station_letter"):
        with aliexpress_client() as (client, calls):
            conv = _aliexpress_conversation(client, channel)
            text = "Thank you for your message. Your parcel left our warehouse today."
            if conv.order_id:
                text += f" (order {conv.order_id})"
            rows += _twice(
                "aliexpress",
                f"{channel} reply",
                calls,
                aliexpress_call,
                lambda i, c=client, v=conv, t=text: c.messages.reply(v.id, t),
            )
    return rows


def aliexpress_async_rows() -> list[Row]:
    """The IM reply through ``AsyncClient``: the async driver must cost exactly what the sync one does."""
    clock = VirtualClock(START)
    spec = AliExpressAdapter.sandbox(clock)
    calls = PlatformCalls(spec)
    sandbox = Sandbox([spec], clock=clock)
    rows: list[Row] = []

    async def main() -> None:
        async with sandbox.async_client() as client:
            listed = await client.conversations.list(platform="aliexpress").to_list(100)
            conv = next(c for c in listed if c.channel.value == "im")
            for cache in ("cold", "warm"):
                with calls.measure() as made:
                    await client.messages.reply(
                        conv.id, "Thank you for your message. Your parcel left today."
                    )
                rows.append(_row("aliexpress", "im reply (AsyncClient)", cache, made, aliexpress_call))

    anyio.run(main)
    return rows


def spapi_down() -> dict[str, str]:
    """Replies with every SP-API host refusing connections: what happens to each kind of reply."""
    outcome: dict[str, str] = {}
    for operation, text in (("relay reply", PLAIN_REPLY), ("relay reply (refund wording)", REFUND_REPLY)):
        with amazon_client(spapi_down=True) as (client, _):
            conv = _relay_conversation(client)
            try:
                client.messages.reply(conv.id, text.format(order=conv.order_id))
            except Exception as exc:  # reported, not raised: this is what the table shows
                outcome[operation] = f"{type(exc).__name__}: {exc}"
            else:
                outcome[operation] = "sent"
    return outcome


def fakemarket_rows() -> list[Row]:
    """The template a new adapter copies: a reply is its conversation read (GET_CONVERSATION) and the send."""
    clock = VirtualClock(START)
    spec = FakemarketAdapter.sandbox(clock)
    calls = PlatformCalls(spec)
    with Sandbox([spec], clock=clock).client() as client:
        conv = next(iter(client.conversations.list(platform="fakemarket")))
        return _twice(
            "fakemarket",
            "reply",
            calls,
            lambda r: f"api {r.method} {r.url.path.replace(conv.id.rsplit(':', 1)[-1], '{id}')}",
            lambda i: client.messages.reply(conv.id, "Thank you for your message. Your parcel left today."),
        )


def all_rows() -> list[Row]:
    return amazon_rows() + aliexpress_rows() + aliexpress_async_rows() + fakemarket_rows()


def main() -> None:
    print(f"{'adapter':<11}{'operation':<38}{'cache':<7}{'calls':>6}{'parsed':>8}  by name")
    for row in all_rows():
        names = ", ".join(f"{name} ×{n}" for name, n in sorted(row.calls.items())) or "-"
        print(
            f"{row.adapter:<11}{row.operation:<38}{row.cache:<7}{row.count():>6}{row.most_parses:>7}×  {names}"
        )
    print("\nbaseline (contract v1, issue 10): Amazon relay reply 6 SP-API calls + 3 relay-store reads;")
    print("AliExpress station-letter reply: relation list read twice, each answer parsed 3×.")
    print("targets: Amazon relay reply ≤ 1 SP-API call cold, 0 warm; AliExpress IM reply ≤ 1 read + 1 send;")
    print("every answer parsed once.")
    print("\nwith SP-API stopped:")
    for operation, outcome in spapi_down().items():
        print(f"  {operation}: {outcome}")
