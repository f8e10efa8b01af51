"""Deadlines count elapsed hours on UTC instants: weekends included, correct across DST in every zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from marketmsg import ConfigurationError, VirtualClock
from marketmsg.rules import parse_platform_local, response_due, time_left
from marketmsg_amazon.rules import AMAZON_RESPONSE_SLA, atoz_response_due

PACIFIC, BEIJING = ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("received", "hours", "due_local"),
    [
        # Spring forward (US 2026-03-08 02:00): 24 elapsed hours end at 13:00 PDT, one wall-clock hour later.
        (datetime(2026, 3, 7, 12, 0, tzinfo=PACIFIC), None, datetime(2026, 3, 8, 13, 0, tzinfo=PACIFIC)),
        # Fall back (US 2026-11-01 02:00): 24 elapsed hours end at 11:00 PST.
        (datetime(2026, 10, 31, 12, 0, tzinfo=PACIFIC), None, datetime(2026, 11, 1, 11, 0, tzinfo=PACIFIC)),
        # Received inside the repeated hour (first 01:30, PDT) -> due 00:30 PST next day.
        (
            datetime(2026, 11, 1, 1, 30, fold=0, tzinfo=PACIFIC),
            None,
            datetime(2026, 11, 2, 0, 30, tzinfo=PACIFIC),
        ),
        # Beijing has no DST: the same local time next day.
        (datetime(2026, 3, 8, 10, 0, tzinfo=BEIJING), None, datetime(2026, 3, 9, 10, 0, tzinfo=BEIJING)),
        # UTC, over a weekend (Friday 18:00 -> Saturday 18:00: weekends count).
        (datetime(2026, 11, 20, 18, 0, tzinfo=UTC), None, datetime(2026, 11, 21, 18, 0, tzinfo=UTC)),
        # Configurable: the historic December 12-hour request.
        (datetime(2026, 12, 20, 22, 0, tzinfo=UTC), 12, datetime(2026, 12, 21, 10, 0, tzinfo=UTC)),
    ],
)
def test_response_sla(received: datetime, hours: float | None, due_local: datetime) -> None:
    deadline = response_due(received, rule=AMAZON_RESPONSE_SLA, hours=hours)
    assert deadline.at == due_local.astimezone(UTC)
    assert response_due(received, hours=hours).at == deadline.at  # the core's generic 24 h rule agrees
    assert deadline.at.tzinfo is UTC
    assert deadline.source.startswith("rule:amazon.response_sla")


@pytest.mark.parametrize(
    ("notified", "hours", "due"),
    [
        (
            datetime(2026, 3, 7, 9, 0, tzinfo=PACIFIC),
            None,
            datetime(2026, 3, 9, 10, 0, tzinfo=PACIFIC),
        ),  # 48 h over DST
        (datetime(2026, 3, 7, 9, 0, tzinfo=PACIFIC), 72, datetime(2026, 3, 10, 10, 0, tzinfo=PACIFIC)),
        (datetime(2026, 10, 31, 9, 0, tzinfo=PACIFIC), None, datetime(2026, 11, 2, 8, 0, tzinfo=PACIFIC)),
        (datetime(2026, 11, 20, 9, 0, tzinfo=BEIJING), 72, datetime(2026, 11, 23, 9, 0, tzinfo=BEIJING)),
    ],
)
def test_atoz_response_window(notified: datetime, hours: float | None, due: datetime) -> None:
    deadline = atoz_response_due(notified, hours=hours)
    assert deadline.at == due
    assert ("@72h" in deadline.source) is (hours == 72)


def test_naive_datetimes_are_refused_with_a_fix() -> None:
    with pytest.raises(ConfigurationError, match="time zone"):
        response_due(datetime(2026, 1, 1, 12, 0))


def test_non_positive_hours_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="positive"):
        response_due(datetime(2026, 1, 1, tzinfo=UTC), hours=0)


def test_time_left_uses_the_injected_clock() -> None:
    clock = VirtualClock(datetime(2026, 11, 20, 18, 0, tzinfo=UTC))
    deadline = response_due(clock.now())
    assert time_left(deadline, clock=clock) == timedelta(hours=24)
    clock.advance(25 * 3600)
    assert time_left(deadline, clock=clock) == timedelta(hours=-1)


@pytest.mark.parametrize(
    ("value", "utc"),
    [
        ("2026-06-01 10:00:00", datetime(2026, 6, 1, 17, 0, tzinfo=UTC)),  # PDT
        ("2026-12-01 10:00:00", datetime(2026, 12, 1, 18, 0, tzinfo=UTC)),  # PST
        (
            "2026-11-01 01:30:00",
            datetime(2026, 11, 1, 8, 30, tzinfo=UTC),
        ),  # repeated hour: first (PDT) reading
        (
            "2026-03-08 02:30:00",
            datetime(2026, 3, 8, 10, 30, tzinfo=UTC),
        ),  # skipped hour: offset before change
    ],
)
def test_parse_platform_local_pacific(value: str, utc: datetime) -> None:
    assert parse_platform_local(value) == utc


def test_parse_platform_local_beijing_and_bad_format() -> None:
    assert parse_platform_local("2026-11-23 08:00:00", tz="Asia/Shanghai") == datetime(
        2026, 11, 23, 0, 0, tzinfo=UTC
    )
    with pytest.raises(ConfigurationError, match="format"):
        parse_platform_local("23/11/2026")
