"""Deadlines as data: a rule of N elapsed hours with its source, computed with an injectable clock.

The platforms' own windows (e.g. a marketplace's claim-response window) are rules in their adapters' packs;
the core has the generic 24-hour response rule both platforms' metrics use. All deadlines count *elapsed*
(calendar) hours — weekends and holidays included, as the response metrics do — so
they are computed on UTC instants and are correct across every DST change; local time is only a view
(:func:`parse_platform_local` reads the platforms' local-time strings, e.g. US Pacific times).
Dispute timelines live in the adapters that have disputes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from .._clock import Clock, SystemClock
from .._exceptions import ConfigurationError
from ..models import Deadline

__all__ = [
    "RESPONSE_SLA",
    "DeadlineRule",
    "parse_platform_local",
    "response_due",
    "time_left",
]


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ConfigurationError(
            f"{value.isoformat()} has no time zone; pass an aware datetime (e.g. datetime(..., tzinfo=timezone.utc)) "
            "or read platform strings with marketmsg.rules.parse_platform_local()",
            field=name,
        )
    return value.astimezone(UTC)


@dataclass(frozen=True)
class DeadlineRule:
    """A deadline of ``hours`` elapsed hours after a start instant, with its id and source."""

    id: str
    hours: float
    source: str

    def due(self, start: datetime, *, hours: float | None = None) -> Deadline:
        """The deadline for ``start`` (``hours`` overrides the rule's number, e.g. a configured 72 h)."""
        span = self.hours if hours is None else hours
        if span <= 0:
            raise ConfigurationError(
                f"a deadline needs a positive number of hours, got {span}", field="hours"
            )
        at = _aware(start, "start") + timedelta(hours=span)
        label = f"rule:{self.id}" if hours is None or hours == self.hours else f"rule:{self.id}@{span:g}h"
        return Deadline(at=at, source=label)


#: Answer a buyer within 24 calendar hours, weekends and holidays included: the response metric of both
#: platforms marketmsg ships (each adapter's pack cites its pages and may give its own rule).
RESPONSE_SLA = DeadlineRule(
    "response_sla", 24, "24 calendar hours: the platforms' published response metrics (see each pack)"
)


def response_due(
    received_at: datetime, *, rule: DeadlineRule = RESPONSE_SLA, hours: float | None = None
) -> Deadline:
    """When the reply to a buyer message received at ``received_at`` is due (24 calendar hours by default)."""
    return rule.due(received_at, hours=hours)


def time_left(deadline: Deadline | datetime, *, clock: Clock | None = None) -> timedelta:
    """Time until ``deadline`` by ``clock`` (negative when overdue). Pass a VirtualClock in tests."""
    at = deadline.at if isinstance(deadline, Deadline) else _aware(deadline, "deadline")
    return at - (clock or SystemClock()).now()


def parse_platform_local(
    value: str, tz: str = "America/Los_Angeles", fmt: str = "%Y-%m-%d %H:%M:%S"
) -> datetime:
    """A platform's local-time string as a UTC instant (e.g. trade/issue times in US Pacific time).

    In the repeated hour when clocks go back, the first (daylight-time) reading is used; a time inside the
    skipped hour when clocks go forward is read with the offset before the change, as zoneinfo does.
    """
    try:
        naive = datetime.strptime(value.strip(), fmt)
    except ValueError:
        raise ConfigurationError(f"{value!r} does not match the format {fmt!r}", field="value") from None
    return naive.replace(tzinfo=ZoneInfo(tz), fold=0).astimezone(UTC)
