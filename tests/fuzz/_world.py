"""The platforms the response fuzz talks to: each adapter's simulator behind a tampering MockTransport."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx

from marketmsg import (
    AcceptSolution,
    Account,
    AsyncClient,
    Attachment,
    Client,
    MarketmsgError,
    Money,
    ProposeSolution,
    SolutionKind,
    UploadEvidence,
    VirtualClock,
)
from marketmsg.inbox import InboxSync
from marketmsg.sandbox import Handler, SandboxSpec, build_spec
from marketmsg.store import SqlStore
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_aliexpress import simulator as ali
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as amz

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
#: ``tamper(index, request, response)`` returns the answer the client gets for its ``index``-th request.
Tamper = Callable[[int, httpx.Request, httpx.Response], httpx.Response]
PNG = Attachment.from_bytes("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
PDF = Attachment.from_bytes("terms.pdf", b"%PDF-1.4 fuzz", "application/pdf")
#: AliExpress carries pictures by URL on its own image hosts.
PICTURE = Attachment(
    filename="photo.png", content_type="image/png", size=0, url="https://ae01.alicdn.com/kf/fuzz.png"
)


def _label_aliexpress(request: httpx.Request) -> str:
    method = request.url.params.get("method")
    if method is None and request.headers.get("content-type", "").startswith("application/x-www-form"):
        method = urllib.parse.parse_qs(request.content.decode()).get("method", [None])[0]
    return method or request.url.path


def _label_amazon(request: httpx.Request) -> str:
    parts = [p for p in request.url.path.split("/") if p]
    return request.method + " /" + "/".join("{id}" if p[:1].isdigit() else p for p in parts)


@dataclass
class World:
    """One platform's simulator, built once; every :meth:`client` is fresh (no token, no cached facts)."""

    platform: str
    spec: SandboxSpec
    clock: VirtualClock

    @classmethod
    def build(cls, platform: str) -> World:
        clock = VirtualClock(START)
        adapter = {"amazon": AmazonAdapter, "aliexpress": AliExpressAdapter}[platform]
        spec = build_spec(adapter, clock)
        assert spec is not None
        if platform == "amazon":
            # No quotas on the simulator's side: its time stands still (see client()), the fuzz is about answers.
            spec.controller.rate_limits = {}
        return cls(platform, spec, clock)

    def reset(self) -> None:
        """Undo what the last operation changed on the platform, so every example starts from the seed."""
        if self.platform == "aliexpress":
            self.spec = World.build("aliexpress").spec  # cheap (tens of ms): a new seeded gateway
        else:
            # Rebuilding the Amazon sandbox (relay mailboxes) costs ~0.25 s; only the review request is once-only.
            order = self.spec.controller._order(amz.MFN_ORDER)
            order.solicited = False

    def label(self, request: httpx.Request) -> str:
        return (_label_amazon if self.platform == "amazon" else _label_aliexpress)(request)

    def accounts(self, *, refresh_first: bool) -> list[Account]:
        accounts = list(self.spec.accounts)
        if not refresh_first or self.platform != "aliexpress":
            return (
                accounts  # Amazon's sandbox account holds a refresh token only: every client refreshes first
            )
        # The seeded access tokens expired an hour ago: the first call refreshes them (IOP rotates refresh tokens).
        expired = {"token_expires_at": START.timestamp() - 3600}
        return [a.model_copy(update={"settings": {**a.settings, **expired}}) for a in accounts]

    def _tampered(self, tamper: Tamper) -> tuple[dict[str, httpx.MockTransport], httpx.MockTransport]:
        """The simulators' mounts (and the catch-all) with every answer passed through ``tamper``, numbered."""
        counter = iter(range(10**9))

        def wrap(handler: Handler) -> Handler:
            def answer(request: httpx.Request) -> httpx.Response:
                response = handler(request)
                response.read()
                return tamper(next(counter), request, response)

            return answer

        mounts = {
            f"{httpx.URL(prefix).scheme}://{httpx.URL(prefix).netloc.decode()}": httpx.MockTransport(wrap(h))
            for prefix, h in self.spec.mounts.items()
        }
        return mounts, httpx.MockTransport(wrap(_nowhere))

    @contextmanager
    def client(self, tamper: Tamper, *, refresh_first: bool = False, **options: Any) -> Iterator[Client]:
        mounts, fallback = self._tampered(tamper)
        http = httpx.Client(mounts=mounts, transport=fallback)
        # The client's own clock: a broken Retry-After makes it sleep (virtually) for days, which must not move
        # the simulator's time (order windows would close for every later example).
        options.setdefault("clock", VirtualClock(self.clock.now()))
        with Client(self.accounts(refresh_first=refresh_first), http_client=http, **options) as client:
            yield client

    @asynccontextmanager
    async def aclient(
        self, tamper: Tamper, *, refresh_first: bool = False, **options: Any
    ) -> AsyncIterator[AsyncClient]:
        """The :meth:`client` twin on :class:`~marketmsg.AsyncClient` (the same simulators, the async driver)."""
        mounts, fallback = self._tampered(tamper)
        http = httpx.AsyncClient(mounts=mounts, transport=fallback)
        options.setdefault("clock", VirtualClock(self.clock.now()))
        async with AsyncClient(
            self.accounts(refresh_first=refresh_first), http_client=http, **options
        ) as client:
            yield client


def _nowhere(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, text="no simulator here")


Operation = Callable[[Client], object]

_IM = f"aliexpress:{ali.IM_SELLER}:conv:im/2000000001"
_LETTER = f"aliexpress:{ali.LETTER_SELLER}:conv:station_letter/ch-3001"
_DISPUTE = f"aliexpress:{ali.IM_SELLER}:dispute:1013/300001001"
_OTHER_DISPUTE = f"aliexpress:{ali.IM_SELLER}:dispute:1015/300001002"
_IM_ACCOUNT = f"aliexpress:{ali.IM_SELLER}"


def _propose(client: Client) -> object:
    dispute = client.disputes.get(_OTHER_DISPUTE)
    replaces = next((s.id for s in dispute.buyer_solutions), None)
    action = ProposeSolution(
        kind=SolutionKind.REFUND,
        amount=Money(amount=Decimal("1.00"), currency="USD"),
        reason="Partial refund for the late parcel",
        replaces_solution_id=replaces,
    )
    return client.disputes.act(_OTHER_DISPUTE, action)


def _accept(client: Client) -> object:
    dispute = client.disputes.get(_DISPUTE)
    solution = next(iter(dispute.buyer_solutions), None)
    return client.disputes.act(_DISPUTE, AcceptSolution(solution_id=solution.id if solution else "1"))


def _relay_refund_reply(client: Client) -> object:
    conversation = next(c for c in client.conversations.list().to_list() if c.order_id)
    text = f"Thank you for your message. We have sent the refund for order {conversation.order_id} today."
    return client.messages.reply(conversation.id, text)


def _documented() -> set[str]:
    names, todo = set(), [MarketmsgError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _inbox_sync(client: Client) -> object:
    """The inbox engine over every account: it records per-account failures instead of raising them, so the
    failures it recorded must be documented errors too."""
    store = SqlStore("sqlite://")
    try:
        report = InboxSync(client, store, clock=client._state.clock).run()
    finally:
        store.close()
    documented = _documented()
    for account in report.accounts:
        for error in account.errors:
            kind = re.search(r": (\w+): ", error)
            assert kind is not None and kind.group(1) in documented, f"inbox sync recorded {error[:200]!r}"
    return report


# orders.capabilities is left out: on AliExpress it reads nothing from the platform (a static answer).
ALIEXPRESS: dict[str, Operation] = {
    "conversations.list": lambda c: c.conversations.list().to_list(),
    "conversations.get im": lambda c: c.conversations.get(_IM),
    "conversations.get letter": lambda c: c.conversations.get(_LETTER),
    "conversations.mark_read": lambda c: c.conversations.mark_read(_LETTER),
    "messages.list im": lambda c: c.messages.list(_IM).to_list(),
    "messages.list letter": lambda c: c.messages.list(_LETTER).to_list(),
    "messages.reply im": lambda c: c.messages.reply(_IM, "Thank you, the parcel left today."),
    "messages.reply im picture": lambda c: c.messages.reply(_IM, "Here is the photo.", attachments=[PICTURE]),
    "messages.reply letter": lambda c: c.messages.reply(_LETTER, "Thank you, order 8100000001 left today."),
    "orders.context": lambda c: c.orders.context("300001001", account=_IM_ACCOUNT),
    "disputes.list": lambda c: c.disputes.list().to_list(),
    "disputes.get": lambda c: c.disputes.get(_DISPUTE),
    "disputes.act accept": _accept,
    "disputes.act propose": _propose,
    "inbox sync": _inbox_sync,
    "disputes.act evidence": lambda c: c.disputes.act(_DISPUTE, UploadEvidence(attachments=(PNG,))),
}
# Amazon's conversations, messages and disputes come from relay mail, not from an HTTP answer: the relay fuzz
# (adapters/amazon/tests/relay/test_fuzz.py) covers them. The relay reply below reaches SP-API for its rule's fact.
AMAZON: dict[str, Operation] = {
    "orders.capabilities": lambda c: c.orders.capabilities(amz.MFN_ORDER),
    "orders.context": lambda c: c.orders.context(amz.MFN_ORDER),
    "messages.send unexpected_problem": lambda c: c.messages.send(
        amz.MFN_ORDER,
        "unexpected_problem",
        body=f"Your parcel is delayed by a day, sorry (order {amz.MFN_ORDER}).",
    ),
    "messages.send legal_disclosure": lambda c: c.messages.send(
        amz.MFN_ORDER, "legal_disclosure", attachments=[PDF]
    ),
    "messages.send review_solicitation": lambda c: c.messages.send(amz.MFN_ORDER, "review_solicitation"),
    "messages.reply relay (refund wording)": _relay_refund_reply,
}
OPERATIONS = {"aliexpress": ALIEXPRESS, "amazon": AMAZON}
#: Operations run on a client whose AliExpress tokens must be refreshed first (the token answer is fuzzed too).
REFRESH_FIRST = {"token refresh, then messages.list im": lambda c: c.messages.list(_IM).to_list()}
ALIEXPRESS.update(REFRESH_FIRST)

#: Operations that are one Client call: on an AsyncClient the same lambda returns an awaitable.
ONE_CALL = {
    platform: sorted(name for name, op in ops.items() if getattr(op, "__name__", "") == "<lambda>")
    for platform, ops in OPERATIONS.items()
}
