"""Fakemarket's server: a tiny JSON API with seeded data, token check, rate limit and fault injection.

Fakemarket is not a real marketplace. It is the sandbox of a core-only install, it proves the core and the
contract kit, and it is the smallest example of the simulator half of an adapter: one function from
``httpx.Request`` to ``httpx.Response``, mounted by the sandbox at the platform's real base URL, so the adapter
code the tests run is the code that runs in production. ``marketmsg sandbox serve fakemarket`` serves it on
loopback.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from marketmsg import Account, Clock, RateLimit, SystemClock, VirtualClock
from marketmsg.sandbox import SandboxSpec
from marketmsg.transport import InMemoryLimitStore

from ._settings import BASE_URL

__all__ = [
    "API_KEY",
    "BASE_URL",
    "SELLER",
    "SERVER_RATE_LIMIT",
    "FakemarketSimulator",
    "Fault",
    "build_sandbox",
]

API_KEY = "fm-test-key-0123456789"
SERVER_RATE_LIMIT = RateLimit(rate=5.0, burst=10)
SELLER = "FM-SELLER-1"
PAGE_SIZE = 2


@dataclass
class Fault:
    """One injected failure: an HTTP status (with optional Retry-After), or a transport error ("connect",
    "read_timeout_after_commit": the request is processed, then the answer is lost)."""

    status: int | None = None
    error: str | None = None
    retry_after: float | None = None
    path_contains: str = ""


@dataclass
class _Conv:
    id: str
    buyer: str
    buyer_name: str
    order_id: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    unread: int = 0


class FakemarketSimulator:
    """Thread-safe in-memory server. ``handle`` is the httpx handler; ``faults`` is a queue of failures."""

    def __init__(self, clock: Clock | None = None, *, conversations: int = 5) -> None:
        self.clock = clock or VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
        # Buckets refill on the clock the client paces on: the given one, else real time. On the frozen default
        # (kept for the data's dates) nothing ever refilled, and a client replying in a loop got 429s from the
        # 11th request of an operation on, however well it paced.
        self._bucket_clock: Clock = clock or SystemClock()
        self.lock = threading.Lock()
        self.faults: deque[Fault] = deque()
        self.requests: list[httpx.Request] = []
        self._limits = InMemoryLimitStore()
        self.convs: dict[str, _Conv] = {}
        base = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
        for i in range(conversations):
            conv = _Conv(
                id=f"c{i + 1}", buyer=f"buyer{i + 1}", buyer_name=f"Buyer {i + 1}", order_id=f"FM-{1000 + i}"
            )
            conv.messages.append(
                {
                    "id": f"m{i + 1}-1",
                    "from": "buyer",
                    "text": f"Hello, where is order FM-{1000 + i}?",
                    "at": (base + timedelta(hours=i)).isoformat(),
                }
            )
            conv.unread = 1
            self.convs[conv.id] = conv

    # ---------------------------------------------------------------- control

    def inject(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def sent_messages(self, conv_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.convs[conv_id].messages if m["from"] == "seller"]

    # ---------------------------------------------------------------- serving

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            fault = self._next_fault(request)
        if fault is not None and fault.error == "connect":
            raise httpx.ConnectError("injected: connection refused", request=request)
        if fault is not None and fault.status is not None:
            headers = {"retry-after": str(fault.retry_after)} if fault.retry_after is not None else {}
            return _json(fault.status, {"error": {"code": "Injected", "message": "injected fault"}}, headers)
        if request.headers.get("authorization") != f"Bearer {API_KEY}":
            return _json(401, {"error": {"code": "Unauthorized", "message": "bad api key"}})
        # One bucket per operation, as the published limits say (``_limits.py``): one bucket for the whole server
        # refused a seller's fourth reply in a row, which the adapter's own table paced correctly.
        wait = self._limits.reserve(_operation(request), SERVER_RATE_LIMIT, self._bucket_clock.monotonic())
        if wait > 0:
            return _json(
                429, {"error": {"code": "TooManyRequests", "message": "slow down"}}, {"retry-after": "1"}
            )
        with self.lock:
            response = self._route(request)
        if fault is not None and fault.error == "read_timeout_after_commit":
            raise httpx.ReadTimeout("injected: answer lost after the server committed", request=request)
        return response

    def _next_fault(self, request: httpx.Request) -> Fault | None:
        if self.faults and self.faults[0].path_contains in request.url.path:
            return self.faults.popleft()
        return None

    def _route(self, request: httpx.Request) -> httpx.Response:
        parts = [p for p in request.url.path.split("/") if p]
        if parts[:2] != ["v1", "conversations"]:
            return _json(404, {"error": {"code": "NotFound", "message": request.url.path}})
        if len(parts) == 2 and request.method == "GET":
            return self._list(request)
        conv = self.convs.get(parts[2]) if len(parts) > 2 else None
        if conv is None:
            return _json(404, {"error": {"code": "NotFound", "message": "no such conversation"}})
        if len(parts) == 3 and request.method == "GET":
            return _json(200, self._conv_json(conv))
        if len(parts) == 4 and parts[3] == "messages" and request.method == "GET":
            return _json(200, {"messages": conv.messages})
        if len(parts) == 4 and parts[3] == "messages" and request.method == "POST":
            body = json.loads(request.content or b"{}")
            text = body.get("text")
            if not isinstance(text, str) or not text.strip():
                return _json(400, {"error": {"code": "InvalidInput", "message": "text is required"}})
            message = {
                "id": f"{conv.id}-s{len(conv.messages) + 1}",
                "from": "seller",
                "text": text,
                "at": self.clock.now().isoformat(),
            }
            conv.messages.append(message)
            conv.unread = 0
            return _json(201, message)
        if len(parts) == 4 and parts[3] == "read" and request.method == "POST":
            conv.unread = 0
            return httpx.Response(204)
        return _json(405, {"error": {"code": "MethodNotAllowed", "message": request.method}})

    def _list(self, request: httpx.Request) -> httpx.Response:
        ordered = sorted(self.convs.values(), key=lambda c: c.messages[-1]["at"], reverse=True)
        start = int(request.url.params.get("page") or 0)
        chunk = ordered[start : start + PAGE_SIZE]
        nxt = start + PAGE_SIZE if start + PAGE_SIZE < len(ordered) else None
        return _json(200, {"conversations": [self._conv_json(c) for c in chunk], "next_page": nxt})

    @staticmethod
    def _conv_json(conv: _Conv) -> dict[str, Any]:
        last = conv.messages[-1]
        return {
            "id": conv.id,
            "buyer": {"id": conv.buyer, "name": conv.buyer_name},
            "order_id": conv.order_id,
            "unread": conv.unread,
            "last_message_at": last["at"],
            "last_from": last["from"],
        }


def _json(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, json=body, headers={"x-request-id": f"req-{id(body) % 100000}", **(headers or {})}
    )


def build_sandbox(clock: Clock | None = None) -> SandboxSpec:
    """The simulator with its seeded account, as the sandbox mounts it (``FakemarketAdapter.sandbox``)."""
    simulator = FakemarketSimulator(clock)
    account = Account(platform="fakemarket", seller_id=SELLER, credentials={"api_key": API_KEY})
    return SandboxSpec(
        platform="fakemarket",
        accounts=[account],
        mounts={BASE_URL: simulator.handle},
        controller=simulator,
        serve_handler=simulator.handle,
        description="Fakemarket, a fictional marketplace",
        fictional=True,
    )


def _operation(request: httpx.Request) -> str:
    """The published operation a request is metered under (the names of ``_limits.OPERATIONS``)."""
    parts = [p for p in request.url.path.split("/") if p]
    if len(parts) <= 2:
        return "listConversations"
    if len(parts) == 3:
        return "getConversation"
    if parts[3] == "messages":
        return "sendMessage" if request.method == "POST" else "listMessages"
    return "markRead"
