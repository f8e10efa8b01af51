"""The send outcome table, status × platform × send kind → outcome, over every status 100–599 (issue 11 #5).

Two layers: the declared tables against the rules restated here (so a wrong table entry fails), and the real
driver with each adapter's own error mapping answering every status to a send (so the table is what happens).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from marketmsg import DeliveryUnknown, MarketmsgError, VirtualClock
from marketmsg.adapter import Adapter, HttpCall, Outcome
from marketmsg.transport import DriverOptions, RateLimiter, RetryPolicy, SyncDriver
from marketmsg.transport._outcomes import GENERIC_SEND_OUTCOMES
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_amazon import AmazonAdapter
from marketmsg_fakemarket import FakemarketAdapter

STATUSES = range(100, 600)
REFUSED = {
    400,
    401,
    403,
    404,
    405,
    407,
    410,
    411,
    412,
    413,
    414,
    415,
    417,
    421,
    422,
    423,
    424,
    426,
    428,
    431,
    451,
}
# Where a platform documents a 503 as "not processed" (Amazon's models; Fakemarket's reference).
RETRY_503 = {"amazon", "fakemarket"}
# The statuses the issue names: each must be unknown to a send on every platform, never FAILED.
MUST_BE_UNKNOWN = {
    *range(100, 200),
    300, 301, 302, 303, 304, 305, 306,
    402, 406, 408, 409, 416, 418, 499,
    500, 501, 502, 504, 505, 506, 507, 508, 510, 511,
    520, 521, 522, 523, 524, 525, 526, 527, 530, 598, 599,
}  # fmt: skip

ADAPTERS: dict[str, type[Adapter]] = {
    "amazon": AmazonAdapter,
    "aliexpress": AliExpressAdapter,
    "fakemarket": FakemarketAdapter,
}


def expected(platform: str, status: int) -> Outcome:
    if 200 <= status < 300:
        return Outcome.SENT
    if status in (307, 308) or status in REFUSED:
        return Outcome.FAILED
    if status in (425, 429) or (status == 503 and platform in RETRY_503):
        return Outcome.RETRY
    return Outcome.UNKNOWN


def _cases() -> Iterator[tuple[str, str, str]]:
    for platform, cls in ADAPTERS.items():
        table = cls.send_outcomes
        for kind in table.send_kinds():
            operations = [op for op, k in table.kinds.items() if k == kind] or ["unlisted"]
            yield platform, kind, operations[0]


CASES = list(_cases())


def test_every_platform_declares_its_own_table_and_kinds() -> None:
    assert {platform for platform, _, _ in CASES} == set(ADAPTERS)
    assert {kind for p, kind, _ in CASES if p == "aliexpress"} == {
        "message",
        "dispute_action",
        "evidence_upload",
    }
    assert {kind for p, kind, _ in CASES if p == "amazon"} == {"message", "solicitation"}
    for cls in ADAPTERS.values():
        assert cls.send_outcomes.platform == cls.name
        for outcome_rule in cls.send_outcomes.rules:
            assert outcome_rule.source.strip(), "every rule cites its source"


@pytest.mark.parametrize(("platform", "kind", "operation"), CASES)
def test_table_over_every_status(platform: str, kind: str, operation: str) -> None:
    table = ADAPTERS[platform].send_outcomes
    wrong = {
        status: (table.outcome(status, operation), expected(platform, status))
        for status in STATUSES
        if table.outcome(status, operation) is not expected(platform, status)
    }
    assert not wrong, f"{platform}/{kind}: {wrong}"
    assert all(table.outcome(s, operation) is Outcome.UNKNOWN for s in MUST_BE_UNKNOWN if s != 503)


def test_generic_table_leaves_503_unknown() -> None:
    # A proxy answers 503 after the upstream reset mid-request: only a platform that documents it may retry it.
    assert GENERIC_SEND_OUTCOMES.outcome(503) is Outcome.UNKNOWN
    assert GENERIC_SEND_OUTCOMES.outcome(429) is Outcome.RETRY


# ---------------------------------------------------------------- through the real driver and error mapping


@pytest.fixture(scope="module")
def adapters() -> dict[str, Adapter]:
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    built: dict[str, Adapter] = {}
    for platform, cls in ADAPTERS.items():
        spec = cls.sandbox(clock)
        assert spec is not None
        built[platform] = cls(spec.accounts[0], clock=clock)
    return built


def _send_request(adapter: Adapter, operation: str) -> httpx.Request:
    if isinstance(adapter, AliExpressAdapter):
        return adapter.request(operation, {"text": "hello"})
    if isinstance(adapter, AmazonAdapter):
        return adapter.spapi.request("POST", "/messaging/v1/orders/111-1111111-1111111/messages/x", body={})
    return httpx.Request(
        "POST", "https://api.fakemarket.test/v1/conversations/c1/messages", json={"text": "hi"}
    )


def _answer(status: int) -> httpx.Response:
    if 200 <= status < 300:
        return httpx.Response(status, json={"request_id": "r-1"})
    return httpx.Response(status, content=b"")


@pytest.mark.parametrize(("platform", "kind", "operation"), CASES)
def test_driver_applies_the_table_to_every_status(
    adapters: dict[str, Adapter], platform: str, kind: str, operation: str
) -> None:
    adapter = adapters[platform]
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    status_now = [200]
    sends: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/o2/token":
            return httpx.Response(
                200, json={"access_token": "Atza|t", "token_type": "bearer", "expires_in": 3600}
            )
        sends.append(request)
        return _answer(status_now[0])

    options = DriverOptions(retry=RetryPolicy(max_retries=1), clock=clock)
    mismatches: dict[int, str] = {}
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        driver = SyncDriver(http, RateLimiter(clock=clock), options)
        for status in STATUSES:
            status_now[0], sends[:] = status, []
            call = HttpCall(request=_send_request(adapter, operation), operation=operation, idempotent=False)
            try:
                driver.perform(adapter, call)
                got = "sent"
            except DeliveryUnknown:
                got = "unknown"
            except MarketmsgError as exc:
                got = "retry" if exc.retries_taken == 1 and len(sends) >= 2 else "failed"
            want = expected(platform, status).value
            if got != want:
                mismatches[status] = f"{got} (want {want})"
    assert not mismatches, f"{platform}/{kind}: {mismatches}"
