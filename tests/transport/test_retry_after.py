"""Retry-After is platform input: parsed strictly, robust to garbage, and bounded (issue 11, "go beyond")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketmsg import Account, Client, VirtualClock
from marketmsg.adapter import MAX_RETRY_AFTER, parse_retry_after
from marketmsg_fakemarket import BASE_URL, FakemarketSimulator

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _http_date(moment: datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


CASES: list[tuple[str | None, float | None]] = [
    (None, None),
    ("", None),
    ("   ", None),
    ("5", 5.0),
    (" 7 ", 7.0),
    ("1.5", 1.5),
    ("0", 0.0),
    ("120", 120.0),
    ("86400", 86_400.0),
    ("99999999999", MAX_RETRY_AFTER),  # bounded
    ("-1", None),  # RFC 9110 §10.2.3: 1*DIGIT — no sign
    ("+3", None),
    ("1e9", None),  # float() would say 1e9 s
    ("1e400", None),  # …or inf
    ("inf", None),
    ("Infinity", None),
    ("nan", None),
    ("1_000", None),  # float() accepts digit separators
    ("\u0663", None),  # ARABIC-INDIC DIGIT THREE: float() accepts it
    ("5 seconds", None),
    ("5, 10", None),
    ("\x00", None),
    ("1" * 65, None),
    (_http_date(NOW + timedelta(seconds=30)), 30.0),
    (_http_date(NOW - timedelta(hours=1)), 0.0),  # in the past: go now
    (_http_date(NOW + timedelta(days=400)), MAX_RETRY_AFTER),
    ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER),
    ("Mon, 01 Jan 99999 00:00:00 GMT", None),
    ("Mon, 32 Jan 2026 00:00:00 GMT", None),
    ("Mon, 02 Nov 2026 09:00:30", None),  # no zone: unreadable, not guessed
    ("Thu, 01 Jan 1970 00:00:00 +9999", None),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_retry_after_is_parsed_strictly_and_bounded(value: str | None, expected: float | None) -> None:
    got = parse_retry_after(value, now=NOW)
    assert got == (pytest.approx(expected) if expected is not None else None)


@settings(max_examples=400, derandomize=True, database=None, deadline=None)
@given(st.one_of(st.text(max_size=80), st.from_regex(r"[ -~]{0,40}", fullmatch=True)))
def test_retry_after_never_raises_and_stays_in_range(value: str) -> None:
    got = parse_retry_after(value, now=NOW)
    assert got is None or 0.0 <= got <= MAX_RETRY_AFTER


@pytest.mark.parametrize("header", ["inf", "1e9", "nan", "99999999999", "garbage", "-5"])
def test_a_hostile_retry_after_never_stalls_the_client(header: str) -> None:
    clock = VirtualClock(NOW)
    simulator = FakemarketSimulator(clock)
    answers = iter(
        [httpx.Response(429, headers={"retry-after": header}, json={"error": {"code": "TooMany"}})]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or simulator.handle(request)

    account = Account(
        platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": "fm-test-key-0123456789"}
    )
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(handler)})
    with Client([account], http_client=http, clock=clock) as client:
        client.conversations.get("fakemarket:FM-SELLER-1:conv:c1")
    assert 0 < max(clock.sleeps) <= 60.0  # the policy's Retry-After cap; garbage falls back to back-off
