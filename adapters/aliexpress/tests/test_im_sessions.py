"""IM ``session/get`` and ``session/open`` (aliexpress.md §3.5) against the simulator, sync and async."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

from marketmsg import InvalidIdError, NotFoundError, UnsupportedOperationError, VirtualClock
from marketmsg.adapter import Flow
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.transport import AsyncDriver, DriverOptions, RateLimiter, SyncDriver
from marketmsg_aliexpress import AliExpressAdapter, ImSessionOpened
from marketmsg_aliexpress.simulator import IM_SELLER, LETTER_SELLER, AliExpressSimulator

from .conftest import account


@pytest.fixture
def run(spec: SandboxSpec, clock: VirtualClock) -> Iterator[Any]:
    http = Sandbox([spec], clock=clock).http_client()
    driver = SyncDriver(http, RateLimiter(clock=clock), DriverOptions(clock=clock))

    def go(adapter: AliExpressAdapter, flow: Flow[Any]) -> Any:
        return driver.run(adapter, flow)

    yield go
    http.close()


def _dto(sim: AliExpressSimulator, method: str, name: str) -> dict[str, Any]:
    """The JSON DTO ``name`` of the last ``method`` call (query for reads, form body for writes)."""
    request = next(r for r in reversed(sim.requests) if r.url.params.get("method") == method)
    params = sim.params_of(request)
    return dict(json.loads(params[name]))


def test_get_session_sends_the_sdk_dto_and_returns_the_answer_as_received(
    spec: SandboxSpec, sim: AliExpressSimulator, clock: VirtualClock, run: Any
) -> None:
    adapter = AliExpressAdapter(account(spec), clock=clock)
    session = run(adapter, adapter.get_session("2000000001"))
    assert _dto(sim, "aliexpress/message/session/get", "im_query_session_dto") == {"buyer_id": 2000000001}
    assert session.buyer_id == "2000000001"
    assert session.raw["success"] is True and session.raw["data"]["buyer_login_id"] == "us1234001"
    assert "us1234001" not in repr(session), "the untyped answer may hold buyer data: never in reprs"


def test_get_session_of_an_unknown_buyer_is_not_found(
    spec: SandboxSpec, clock: VirtualClock, run: Any
) -> None:
    adapter = AliExpressAdapter(account(spec), clock=clock)
    with pytest.raises(NotFoundError, match="no IM session with this buyer"):
        run(adapter, adapter.get_session("2999999999"))


@pytest.mark.parametrize(
    ("buyer", "login", "opened", "result"),
    [
        ("2000000001", None, True, "SUCCESS"),  # an existing session
        ("2000000077", "it7770077", True, "SUCCESS"),  # a new buyer, identified by login id
        ("2000000078", None, False, "FAIL"),  # unknown and no login id
    ],
)
def test_open_session(
    spec: SandboxSpec,
    sim: AliExpressSimulator,
    clock: VirtualClock,
    run: Any,
    buyer: str,
    login: str | None,
    opened: bool,
    result: str,
) -> None:
    adapter = AliExpressAdapter(account(spec), clock=clock)
    answer = run(adapter, adapter.open_session(buyer, login))
    assert isinstance(answer, ImSessionOpened)
    assert (answer.opened, answer.open_result) == (opened, result)
    assert answer.current_buyer_id == (buyer if opened else None)
    sent = _dto(sim, "aliexpress/message/session/open", "im_session_open_dto")
    assert sent == ({"buyer_id": int(buyer), "buyer_login_id": login} if login else {"buyer_id": int(buyer)})


def test_an_opened_empty_session_is_not_an_inbox_conversation(
    spec: SandboxSpec, clock: VirtualClock, run: Any, make_client: Any
) -> None:
    adapter = AliExpressAdapter(account(spec), clock=clock)
    run(adapter, adapter.open_session("im/2000000077", "it7770077"))
    assert run(adapter, adapter.get_session("2000000077")).raw["data"]["buyer_id"] == 2000000077
    ids = {c.id for c in make_client(account(spec)).conversations.list().to_list()}
    assert f"aliexpress:{IM_SELLER}:conv:im/2000000077" not in ids


@pytest.mark.parametrize(
    ("seller", "call", "error"),
    [
        (LETTER_SELLER, lambda a: a.get_session("2000000001"), UnsupportedOperationError),
        (LETTER_SELLER, lambda a: a.open_session("2000000001", "us1234001"), UnsupportedOperationError),
        (IM_SELLER, lambda a: a.get_session("us1234001"), InvalidIdError),
        (IM_SELLER, lambda a: a.open_session("station_letter/ch-3001"), InvalidIdError),
    ],
)
def test_refused_before_any_request(
    spec: SandboxSpec, sim: AliExpressSimulator, clock: VirtualClock, seller: str, call: Any, error: type
) -> None:
    adapter = AliExpressAdapter(account(spec, seller), clock=clock)
    before = len(sim.requests)
    with pytest.raises(error):
        next(call(adapter))
    assert len(sim.requests) == before


def test_async_driver_runs_the_same_flow(spec: SandboxSpec, clock: VirtualClock) -> None:
    adapter = AliExpressAdapter(account(spec), clock=clock)

    async def main() -> ImSessionOpened:
        async with Sandbox([spec], clock=clock).async_http_client() as http:
            driver = AsyncDriver(http, RateLimiter(clock=clock), DriverOptions(clock=clock))
            result: ImSessionOpened = await driver.run(adapter, adapter.open_session("2000000002"))
            return result

    answer = anyio.run(main)
    assert (answer.opened, answer.current_buyer_id) == (True, "2000000002")
