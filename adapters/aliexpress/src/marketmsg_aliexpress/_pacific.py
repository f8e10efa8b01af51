"""AliExpress trade and issue payloads carry US Pacific local times (aliexpress.md §1.6): convert to UTC.

``America/Los_Angeles`` from the IANA database (``zoneinfo``; the ``tzdata`` package where the OS has none),
so the PDT/PST switch is applied on the right day. A wall time that occurs twice (01:00–02:00 on the first
Sunday of November) is read as its first occurrence (PDT, ``fold=0``); one that does not exist (02:00–03:00 on
the second Sunday of March) is shifted forward, as ``zoneinfo`` does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = ["PACIFIC", "add_pacific_days", "format_pacific", "parse_pacific"]

PACIFIC = ZoneInfo("America/Los_Angeles")
_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y%m%d%H%M%S")


def parse_pacific(value: object) -> datetime | None:
    """A Pacific wall-time string (or epoch milliseconds) as an aware UTC datetime; None when empty/unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit() and len(value) >= 12):
        try:  # epoch milliseconds; an absurd value (1e300, inf) is unreadable, not a crash
            return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
        except (OverflowError, ValueError, OSError):
            return None
    if not isinstance(value, str) or len(value) > 64:
        return None
    text = value.strip()
    for fmt in _FORMATS:
        try:
            wall = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return wall.replace(tzinfo=PACIFIC).astimezone(UTC)
    try:
        parsed = datetime.fromisoformat(text)
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=PACIFIC)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def format_pacific(value: datetime) -> str:
    """``yyyy-MM-dd HH:mm:ss`` in Pacific wall time (what the platform sends and expects)."""
    return value.astimezone(PACIFIC).strftime("%Y-%m-%d %H:%M:%S")


def add_pacific_days(start: datetime, days: float) -> datetime:
    """``start`` plus ``days`` calendar days counted on the Pacific wall clock (same local time of day).

    Across a DST change this differs from ``days * 24`` hours by one hour, which is why a deadline computed as
    elapsed hours would be an hour off from the one the platform prints in Pacific time.
    """
    local = start.astimezone(PACIFIC).replace(tzinfo=None)
    return (local + timedelta(days=days)).replace(tzinfo=PACIFIC).astimezone(UTC)
