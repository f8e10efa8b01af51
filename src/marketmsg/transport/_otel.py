"""OpenTelemetry spans for every call, as an event hook: ``EventHooks(on_call=[opentelemetry_hook()])``.

Optional: needs ``opentelemetry-api`` (the application brings the SDK and exporter it already uses). One CLIENT
span per operation step, after retries, carrying only what a ``CallRecord`` carries — no bodies, no secrets.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from .._exceptions import ConfigurationError
from ._hooks import CallRecord

if TYPE_CHECKING:
    from opentelemetry.trace import Tracer

__all__ = ["opentelemetry_hook"]


def opentelemetry_hook(tracer: Tracer | None = None) -> Callable[[CallRecord], None]:
    """A hook recording each call as a span on ``tracer`` (default: the global tracer provider's "marketmsg")."""
    try:
        from opentelemetry import trace
        from opentelemetry.trace import SpanKind, Status, StatusCode
    except ImportError:
        raise ConfigurationError(
            "opentelemetry_hook needs the opentelemetry-api package: pip install opentelemetry-api",
            field="event_hooks",
        ) from None
    chosen = tracer or trace.get_tracer("marketmsg")

    def hook(record: CallRecord) -> None:
        end = time.time_ns()
        start = end - int(record.elapsed * 1e9)
        attributes: dict[str, str | int | float] = {
            "marketmsg.platform": record.platform,
            "marketmsg.account": record.account,
            "marketmsg.operation": record.operation,
            "marketmsg.retries_taken": record.retries_taken,
            "marketmsg.rate_limit_wait_s": record.waited_for_rate_limit,
        }
        if record.method:
            attributes["http.request.method"] = record.method
        if record.url:
            attributes["url.full"] = record.url  # already redacted by the driver
        if record.status_code is not None:
            attributes["http.response.status_code"] = record.status_code
        if record.request_id:
            attributes["marketmsg.request_id"] = record.request_id
        span = chosen.start_span(
            f"{record.platform} {record.operation}",
            kind=SpanKind.CLIENT,
            start_time=start,
            attributes=attributes,
        )
        if record.error:
            span.set_status(Status(StatusCode.ERROR, record.error))
        span.end(end_time=end)

    return hook
