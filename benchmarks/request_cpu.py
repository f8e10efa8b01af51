"""CPU per request: marketmsg against raw httpx and python-amazon-sp-api, for the same requests.

Three operations, each measured through three clients that make exactly the same HTTP requests (same methods,
paths and bodies) on an in-process ``httpx.MockTransport``:

- **Amazon capabilities** — ``client.orders.capabilities(order)``: ``getMessagingActionsForOrder``,
  ``getSolicitationActionsForOrder`` and ``getOrder`` (3 requests);
- **Amazon text send** — ``client.messages.send(order, "confirm_delivery_details", body=…)`` on a warm client:
  the two actions calls its capability rules read, then ``createConfirmDeliveryDetails`` (3 requests; the content
  rules and the outbox are part of marketmsg's cost);
- **AliExpress IM reply** — ``client.messages.reply(conversation, text)``: ``aliexpress/message/list`` (the
  conversation) and a signed ``aliexpress/message/send`` (2 requests; raw httpx signs too; the content rules are
  part of marketmsg's cost).

A hand-written client checks no content rules, so the rules' share of each send is measured on its own too
("content rules alone": exactly the rule-pack calls one warm operation made, replayed) and printed beside the
ratio with and without it.

The mocked server answers from a table recorded once from the simulators (a dict lookup: the handler costs the
same for every client and nothing like a simulator). Tokens are warm (fetched before the clock starts), and the
buckets are lifted so the limiter runs but never waits. The baselines do what a careful hand-written client does:
build the request, add the token (or sign), send, check the status, parse the JSON. python-amazon-sp-api
(``sp_api``) runs with its httpx transport on the same mock.

CPU is ``time.process_time()`` over batches of operations, in interleaved rounds (every client once per round,
in a rotating order); each figure is the median over rounds. Printed: µs per operation and per request, and the
ratios against raw httpx. Nothing is asserted. ``MARKETMSG_BENCH_ROUNDS`` (default 15) and
``MARKETMSG_BENCH_BATCH`` (operations per batch, default 200) tune it; ``python3 dev.py bench request_cpu``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from marketmsg import Account, Client, Conversation, MessageKind, RateLimit
from marketmsg.auth import RefreshingAuth
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as amazon_sim

ROUNDS = int(os.environ.get("MARKETMSG_BENCH_ROUNDS", "15"))
BATCH = int(os.environ.get("MARKETMSG_BENCH_BATCH", "200"))
ORDER = amazon_sim.MFN_ORDER
MARKETPLACE = "ATVPDKIKX0DER"
SEND_TEXT = f"Which day suits you for the delivery of order {ORDER}? We can deliver from Monday to Saturday."
REPLY_TEXT = "Thank you for your message. Your parcel left our warehouse today and should arrive on Friday."
# A deep bucket, never emptied by a run: the limiter runs its ordinary path (take a token, no anchoring once the
# bucket is below full) and never waits. (A huge *rate* does not do that: every request finds the bucket full and
# anchors it, and the anchor takes back ``latency × rate`` tokens — ~10⁵ at 1e9/s — so the bucket ran dry and
# requests slept.)
_UNLIMITED = RateLimit(rate=1.0, burst=10**9)
_NO_DEADLINE = "marketmsg, no total deadline"

Key = tuple[str, bytes]


def _key(request: httpx.Request) -> Key:
    # The path names the operation on SP-API; on the IOP gateway the API name is the query (?method=…).
    raw = request.url.raw_path
    return request.method, raw if raw.startswith(b"/sync") else raw.partition(b"?")[0]


@dataclass
class Canned:
    """Answers recorded from the simulators, replayed by key: the same cheap handler for every client."""

    answers: dict[Key, tuple[int, list[tuple[str, str]], bytes]] = field(default_factory=dict)
    requests: int = 0

    def record(
        self, handler: Callable[[httpx.Request], httpx.Response]
    ) -> Callable[[httpx.Request], httpx.Response]:
        def recording(request: httpx.Request) -> httpx.Response:
            response = handler(request)
            response.read()
            headers = [(k, v) for k, v in response.headers.items() if k != "content-length"]
            self.answers[_key(request)] = (response.status_code, headers, response.content)
            return response

        return recording

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        status, headers, content = self.answers[_key(request)]
        return httpx.Response(status, headers=headers, content=content)

    def http(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle))


# ---------------------------------------------------------------------------------------------- marketmsg


def _unlimited_amazon(account: Account) -> Account:
    limits = {op: [_UNLIMITED.rate, _UNLIMITED.burst] for op in AmazonAdapter.rate_limits}
    return account.model_copy(update={"settings": {**account.settings, "rate_limits": limits}})


def _lift_limits(client: Client) -> None:
    # AliExpress has no per-account limits setting: its table is overridden per adapter instance (_limits.py).
    for adapter in client._state.adapters.values():
        if adapter.name == "aliexpress":
            vars(adapter)["rate_limits"] = dict.fromkeys(adapter.rate_limits, _UNLIMITED)


@dataclass
class Setup:
    canned: Canned
    amazon: Account
    aliexpress: Account
    conversation: Conversation
    lwa: tuple[str, str, str]
    iop: tuple[str, str, str]
    access_token: str = ""
    session: str = ""


def _record() -> Setup:
    """Run each operation once against the simulators, recording every answer."""
    canned = Canned()
    amazon_spec = AmazonAdapter.sandbox()
    aliexpress_spec = AliExpressAdapter.sandbox()
    specs: list[SandboxSpec] = []
    for spec in (amazon_spec, aliexpress_spec):
        spec.mounts = {prefix: canned.record(handler) for prefix, handler in spec.mounts.items()}
        specs.append(spec)
    amazon = _unlimited_amazon(amazon_spec.accounts[0])
    aliexpress = next(a for a in aliexpress_spec.accounts if a.setting("messaging_api") == "im")
    amazon_spec.accounts = [amazon]
    aliexpress_spec.accounts = [aliexpress]
    with Sandbox(specs).client() as client:
        client.orders.capabilities(ORDER, platform="amazon")
        client.messages.send(ORDER, MessageKind.CONFIRM_DELIVERY_DETAILS, platform="amazon", body=SEND_TEXT)
        conversation = next(
            c for c in client.conversations.list(platform="aliexpress") if c.channel.value == "im"
        )
        client.messages.reply(conversation.id, REPLY_TEXT)
        # The baselines sign and authorise with the same credentials and tokens marketmsg obtained.
        adapters = {a.name: a for a in client._state.adapters.values()}
        tokens = {
            name: auth.current_token() if isinstance(auth := adapter.http_auth(), RefreshingAuth) else None
            for name, adapter in adapters.items()
        }
    lwa = (
        amazon.secret("refresh_token") or "",
        amazon.secret("lwa_app_id") or "",
        amazon.secret("lwa_client_secret") or "",
    )
    iop = (aliexpress.secret("app_key") or "", aliexpress.secret("app_secret") or "", aliexpress.seller_id)
    return Setup(
        canned,
        amazon,
        aliexpress,
        conversation,
        lwa,
        iop,
        access_token=tokens["amazon"] or "",
        session=tokens["aliexpress"] or "",
    )


@contextmanager
def marketmsg_ops(
    setup: Setup, timeout: httpx.Timeout | None = None
) -> Iterator[dict[str, Callable[[], object]]]:
    accounts = [setup.amazon, setup.aliexpress]
    with Client(accounts, http_client=setup.canned.http(), timeout=timeout) as client:
        _lift_limits(client)
        conversation_id = setup.conversation.id
        ops: dict[str, Callable[[], object]] = {
            "capabilities": lambda: client.orders.capabilities(ORDER, platform="amazon"),
            "text send": lambda: client.messages.send(
                ORDER, MessageKind.CONFIRM_DELIVERY_DETAILS, platform="amazon", body=SEND_TEXT
            ),
            "im reply": lambda: client.messages.reply(conversation_id, REPLY_TEXT),
        }
        for op in ops.values():  # warm: tokens, order facts, lazy rule tables
            op()
        yield ops


_RULE_CALLS = ("facts_needed", "check_content", "check_send")
_RULES = "marketmsg content rules alone"


def rules_alone(ops: dict[str, Callable[[], object]]) -> dict[str, Callable[[], object]]:
    """Per send: a replay of exactly the rule-pack calls one warm run of it made (the rules' share of its cost)."""
    packs = [AmazonAdapter.rule_pack, AliExpressAdapter.rule_pack]
    replays: dict[str, Callable[[], object]] = {}
    for name in ("text send", "im reply"):
        calls: list[tuple[Callable[..., object], tuple[object, ...]]] = []
        for pack in packs:
            for method in _RULE_CALLS:
                original = getattr(pack, method)

                def recording(
                    *args: object, _original: Callable[..., Any] = original, _calls: list[Any] = calls
                ) -> object:
                    _calls.append((_original, args))
                    return _original(*args)

                setattr(pack, method, recording)
        try:
            ops[name]()
        finally:
            for pack in packs:
                for method in _RULE_CALLS:
                    delattr(pack, method)

        def replay(calls: list[tuple[Callable[..., object], tuple[object, ...]]] = calls) -> object:
            return [list(call(*args)) for call, args in calls]  # type: ignore[call-overload]

        replays[name] = replay
    return replays


# ---------------------------------------------------------------------------------------------- raw httpx

_SPAPI = "https://sandbox.sellingpartnerapi-na.amazon.com"
_IOP = "https://api-sg.aliexpress.com/sync"
_UA = "bench/1.0 (Language=Python)"


def _json(response: httpx.Response) -> Any:
    response.raise_for_status()
    return response.json()


@contextmanager
def raw_ops(setup: Setup) -> Iterator[dict[str, Callable[[], object]]]:
    http = setup.canned.http()
    headers = {"accept": "application/json", "user-agent": _UA, "x-amz-access-token": setup.access_token}
    params = {"marketplaceIds": MARKETPLACE}

    def get(path: str, query: dict[str, str] | None = params) -> Any:
        return _json(http.get(f"{_SPAPI}{path}", params=query, headers=headers))

    def capabilities() -> object:
        actions = get(f"/messaging/v1/orders/{ORDER}")
        solicitations = get(f"/solicitations/v1/orders/{ORDER}")
        order = get(f"/orders/v0/orders/{ORDER}", None)
        names = [a["name"] for a in actions["_links"]["actions"]]
        return names, solicitations["_links"]["actions"], order["payload"]["OrderStatus"]

    def text_send() -> object:
        actions = get(f"/messaging/v1/orders/{ORDER}")
        get(f"/solicitations/v1/orders/{ORDER}")
        if "confirmDeliveryDetails" not in [a["name"] for a in actions["_links"]["actions"]]:
            raise RuntimeError("not allowed")
        url = f"{_SPAPI}/messaging/v1/orders/{ORDER}/messages/confirmDeliveryDetails"
        return _json(http.post(url, params=params, headers=headers, json={"text": SEND_TEXT}))

    app_key, secret, _ = setup.iop
    buyer = int(setup.conversation.id.rsplit("/", 1)[-1])

    def compact(value: dict[str, Any]) -> str:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    def iop(api: str, business: dict[str, str]) -> Any:
        form = {
            **business,
            "format": "json",
            "simplify": "false",
            "app_key": app_key,
            "session": setup.session,
            "timestamp": str(int(time.time() * 1000)),
            "sign_method": "sha256",
        }
        base = api + "".join(k + form[k] for k in sorted(form))
        form["sign"] = hmac.new(secret.encode(), base.encode(), hashlib.sha256).hexdigest().upper()
        answer = _json(http.post(_IOP, params={"method": api}, data=form))
        body = answer[api.replace("/", "_") + "_response"]
        if not body["result"]["success"]:
            raise RuntimeError(body)
        return body["result"]

    def im_reply() -> object:
        since = int(time.time() * 1000) - 86_400_000
        query = {"buyer_id": buyer, "page_size": 20, "start_time": since}
        iop("aliexpress/message/list", {"im_query_message_dto": compact(query)})
        message = {
            "buyer_id": buyer,
            "template_id": 1,
            "scene_id": 1,
            "message_content_dto": {"txt": REPLY_TEXT},
        }
        return iop("aliexpress/message/send", {"im_send_message_dto": compact(message)})

    try:
        yield {"capabilities": capabilities, "text send": text_send, "im reply": im_reply}
    finally:
        http.close()


# ---------------------------------------------------------------------------------------------- sp_api


@contextmanager
def sp_api_ops(setup: Setup) -> Iterator[dict[str, Callable[[], object]] | None]:
    try:
        from sp_api.api import Messaging, Orders, Solicitations
        from sp_api.base import Marketplaces
        from sp_api.base._transport_httpx import HttpxTransport
    except ImportError:
        yield None
        return
    refresh, app_id, app_secret = setup.lwa
    credentials = {"refresh_token": refresh, "lwa_app_id": app_id, "lwa_client_secret": app_secret}
    apis = [
        cls(marketplace=Marketplaces.US, credentials=credentials)
        for cls in (Messaging, Solicitations, Orders)
    ]
    with ExitStack() as stack:
        for api in apis:
            # Its one documented seam: the httpx client inside its transport (and its LWA client's).
            api._transport = HttpxTransport(client=stack.enter_context(setup.canned.http()))
            api._auth._transport = HttpxTransport(client=stack.enter_context(setup.canned.http()))
        messaging, solicitations, orders = apis

        def capabilities() -> object:
            actions = messaging.get_messaging_actions_for_order(ORDER)
            offered = solicitations.get_solicitation_actions_for_order(ORDER)
            order = orders.get_order(ORDER)
            return actions.payload, offered.payload, order.payload

        def text_send() -> object:
            messaging.get_messaging_actions_for_order(ORDER)
            solicitations.get_solicitation_actions_for_order(ORDER)
            return messaging.create_confirm_delivery_details(ORDER, body={"text": SEND_TEXT})

        ops: dict[str, Callable[[], object]] = {"capabilities": capabilities, "text send": text_send}
        for op in ops.values():
            op()  # warm: its token cache
        yield ops


# ---------------------------------------------------------------------------------------------- measuring


def _cpu_per_op(op: Callable[[], object], n: int) -> float:
    started = time.process_time()
    for _ in range(n):
        op()
    return (time.process_time() - started) / n


def _requests_per_op(canned: Canned, op: Callable[[], object]) -> int:
    before = canned.requests
    op()
    return canned.requests - before


def measure(
    clients: dict[str, dict[str, Callable[[], object]]], canned: Canned, rounds: int, batch: int
) -> dict[tuple[str, str], tuple[float, int]]:
    """(client, operation) → (median CPU seconds per operation, requests per operation)."""
    samples: dict[tuple[str, str], list[float]] = {}
    requests: dict[tuple[str, str], int] = {}
    cells = [(c, o) for c, ops in clients.items() for o in ops]
    for cell in cells:
        requests[cell] = _requests_per_op(canned, clients[cell[0]][cell[1]])
    for r in range(rounds):
        order = cells[r % len(cells) :] + cells[: r % len(cells)]
        for client, operation in order:
            samples.setdefault((client, operation), []).append(_cpu_per_op(clients[client][operation], batch))
    return {cell: (statistics.median(samples[cell]), requests[cell]) for cell in cells}


def main() -> None:
    setup = _record()
    with (
        marketmsg_ops(setup) as ours,
        marketmsg_ops(setup, httpx.Timeout(None)) as undeadlined,
        raw_ops(setup) as raw,
        sp_api_ops(setup) as incumbent,
    ):
        clients = {"marketmsg": ours, _NO_DEADLINE: undeadlined, _RULES: rules_alone(ours), "raw httpx": raw}
        if incumbent is not None:
            clients["python-amazon-sp-api"] = incumbent
        results = measure(clients, setup.canned, ROUNDS, BATCH)
    print(f"CPU per operation, median of {ROUNDS} interleaved rounds of {BATCH} (in-process mock transport):")
    print(f"{'operation':<14}{'client':<34}{'requests':>9}{'µs/op':>9}{'µs/request':>12}{'vs raw httpx':>14}")
    for operation in ("capabilities", "text send", "im reply"):
        base = results[("raw httpx", operation)][0]
        for client in clients:
            if (client, operation) not in results:
                continue
            cpu, n = results[(client, operation)]
            per_request = f"{cpu / n * 1e6:.0f}" if n else ""
            print(
                f"{operation:<14}{client:<34}{n or '':>9}{cpu * 1e6:>9.0f}{per_request:>12}{cpu / base:>13.2f}×"
            )
        if (_RULES, operation) in results:
            rules = results[(_RULES, operation)][0]
            whole = results[("marketmsg", operation)][0]
            print(
                f"{'':<14}{'marketmsg without its content rules':<34}{'':>9}{(whole - rules) * 1e6:>9.0f}{'':>12}"
                f"{(whole - rules) / base:>13.2f}×   (rules: {rules / whole:.0%} of marketmsg's CPU)"
            )
    if "python-amazon-sp-api" not in clients:
        print(
            "python-amazon-sp-api is not installed: no incumbent figures (pip install python-amazon-sp-api)"
        )
    print(
        f"'{_NO_DEADLINE}': timeout=httpx.Timeout(None), so no total deadline per attempt — the sync driver then"
        " runs the exchange inline instead of in a worker thread (raw httpx has no total deadline either)"
    )
    print("goal: marketmsg ≤ 1.10× raw httpx (issue 14)")


if __name__ == "__main__":
    main()
