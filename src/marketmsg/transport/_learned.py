"""Rates learned from platform answers, believed only inside the platform's sane range.

A header such as ``x-amzn-RateLimit-Limit`` is network input like any body: ``1e-9`` would make the next call on
its bucket wait ~10⁹ s, ``inf`` or ``1e300`` would switch pacing off, ``nan`` would poison the bucket's arithmetic.
:class:`LearnedRates` clamps a learned rate into the adapter's :class:`~marketmsg.adapter.RateBounds` (data in
the adapter's limits table, with its source), ignores what is not a rate at all (NaN, zero, negative), and logs
each kind of anomaly once per bucket — the number only, never the raw header text.
"""

from __future__ import annotations

import math
import threading

from .._effects import RateBounds
from .._logging import get_logger

__all__ = ["LearnedRates"]

log = get_logger("marketmsg.transport")


class LearnedRates:
    """Clamps learned rates and remembers which anomalies were already logged (one client's worth)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._logged: set[tuple[str, str]] = set()

    def sane(self, bucket: str, rate: float, bounds: RateBounds, *, source: str) -> float | None:
        """``rate`` clamped into ``bounds``; None when it is no rate at all (keep the bucket's current one)."""
        if math.isnan(rate) or rate <= 0:
            self._log_once(
                bucket, "invalid", "%s: %s reported %r req/s, which is no rate; ignored", source, rate
            )
            return None
        if rate < bounds.low:
            self._log_once(
                bucket,
                "low",
                "%s: %s reported %r req/s, below the sane range [%g, %g]; using %g",
                source,
                rate,
                bounds.low,
                bounds.high,
                bounds.low,
            )
            return bounds.low
        if rate > bounds.high:
            self._log_once(
                bucket,
                "high",
                "%s: %s reported %r req/s, above the sane range [%g, %g]; using %g",
                source,
                rate,
                bounds.low,
                bounds.high,
                bounds.high,
            )
            return bounds.high
        return rate

    def _log_once(self, bucket: str, kind: str, message: str, source: str, *args: object) -> None:
        with self._lock:
            if (bucket, kind) in self._logged:
                return
            self._logged.add((bucket, kind))
        log.warning(message, bucket, source, *args)
