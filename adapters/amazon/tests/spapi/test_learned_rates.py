"""``x-amzn-RateLimit-Limit`` is believed only inside Amazon's sane range; anomalies are logged once (issue 11 #2)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from marketmsg import VirtualClock
from marketmsg.adapter import HttpCall
from marketmsg.transport import ANCHOR_MARGIN, DriverOptions, RateLimiter, RetryPolicy, SyncDriver
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon._limits import LEARNED_RATE_BOUNDS, RATE_LIMITS

OPERATION = "getOrder"
DEFAULT = RATE_LIMITS[OPERATION].rate  # 0.5 req/s
LOW, HIGH = LEARNED_RATE_BOUNDS.low, LEARNED_RATE_BOUNDS.high

# header value → the bucket's rate afterwards, and whether a warning is logged
CASES: list[tuple[str, float, bool]] = [
    ("2", 2.0, False),  # a raised plan: adopted
    ("0.0167", 0.0167, False),
    (f"{HIGH:g}", HIGH, False),  # the edges are sane
    (f"{LOW:g}", LOW, False),
    ("1e-9", LOW, True),  # would mean a 10⁹ s wait
    ("0.000001", LOW, True),
    ("1e300", HIGH, True),  # would switch pacing off
    ("inf", HIGH, True),
    ("Infinity", HIGH, True),
    ("1e999", HIGH, True),  # float() overflows to inf
    ("nan", DEFAULT, True),  # no rate at all: the table's rate stays
    ("-5", DEFAULT, True),
    ("0", DEFAULT, True),
    ("-inf", DEFAULT, True),
    ("", DEFAULT, False),  # absent or unreadable: nothing to adopt, nothing to report
    ("fast", DEFAULT, False),
    ("1" * 400, DEFAULT, False),  # too long to be a rate
]


def _driver(clock: VirtualClock, handler: Callable[[httpx.Request], httpx.Response]) -> SyncDriver:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return SyncDriver(
        http, RateLimiter(clock=clock), DriverOptions(retry=RetryPolicy(max_retries=0), clock=clock)
    )


def _get_order(adapter: AmazonAdapter, driver: SyncDriver) -> HttpCall:
    request = adapter.spapi.request("GET", "/orders/v0/orders/111-1111111-1111111", marketplace=False)
    driver.run(adapter, adapter.spapi.call(request, operation=OPERATION))
    return HttpCall(request=request, operation=OPERATION)


def _rate(driver: SyncDriver, adapter: AmazonAdapter, call: HttpCall) -> float:
    state = driver.limiter.store.state(driver.bucket_key(adapter, call))
    assert state is not None
    return state.rate


@pytest.mark.parametrize(("header", "expected", "warned"), CASES)
def test_learned_rate_is_clamped_into_the_platform_range(
    bare_adapter: Callable[..., AmazonAdapter],
    with_token: Callable[..., Callable[[httpx.Request], httpx.Response]],
    clock: VirtualClock,
    caplog: pytest.LogCaptureFixture,
    header: str,
    expected: float,
    warned: bool,
) -> None:
    adapter = bare_adapter()
    headers = {"x-amzn-RateLimit-Limit": header} if header else {}
    driver = _driver(clock, with_token(lambda r: httpx.Response(200, json={"payload": {}}, headers=headers)))
    with caplog.at_level(logging.WARNING, logger="marketmsg"):
        call = _get_order(adapter, driver)
    assert _rate(driver, adapter, call) == pytest.approx(expected)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert bool(warnings) is warned
    for record in warnings:
        assert "Atza|" not in record.getMessage()
        assert "range" in record.getMessage() or "no rate" in record.getMessage()


def test_an_absurd_rate_never_makes_the_next_call_wait_long(
    bare_adapter: Callable[..., AmazonAdapter],
    with_token: Callable[..., Callable[[httpx.Request], httpx.Response]],
    clock: VirtualClock,
) -> None:
    adapter = bare_adapter()
    headers = {"x-amzn-RateLimit-Limit": "1e-9"}
    driver = _driver(clock, with_token(lambda r: httpx.Response(200, json={}, headers=headers)))
    for _ in range(RATE_LIMITS[OPERATION].burst + 1):  # empty the bucket, then one more must wait one token
        _get_order(adapter, driver)
    # One token at the lowest sane rate, counted from the first answer plus the limiter's anchor margin.
    assert max(clock.sleeps, default=0.0) <= 1.0 / LOW + ANCHOR_MARGIN + 1e-6


def test_each_anomaly_is_logged_once_per_bucket(
    bare_adapter: Callable[..., AmazonAdapter],
    with_token: Callable[..., Callable[[httpx.Request], httpx.Response]],
    clock: VirtualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    adapter = bare_adapter()
    values = iter(["1e-9", "1e-12", "inf", "1e-9", "inf", "nan", "nan"])
    driver = _driver(
        clock,
        with_token(lambda r: httpx.Response(200, json={}, headers={"x-amzn-RateLimit-Limit": next(values)})),
    )
    copy = driver.with_options(driver.options)  # Client.with_options copies share what was already reported
    with caplog.at_level(logging.WARNING, logger="marketmsg"):
        for d in (driver, copy, driver, copy, driver, copy, driver):
            _get_order(adapter, d)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 3, warnings  # too low, too high, not a rate
