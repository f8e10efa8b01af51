"""The worker's health and metrics: ``/healthz`` and ``/metrics`` (Prometheus text format) on one small HTTP port.

Metrics (prometheus-client, the ``service`` extra; without it ``/metrics`` answers 501 and ``/healthz`` works):

- ``marketmsg_syncs_total{outcome}`` — account syncs finished (``ok`` / ``error``);
- ``marketmsg_sends_total{outcome}`` — platform calls that send (``ok`` / ``error``);
- ``marketmsg_rate_limited_total`` — platform calls that still ended in 429 after the client's pacing and retries;
- ``marketmsg_sync_lag_seconds`` — how long the most overdue account has waited past its due time;
- ``marketmsg_event_lag`` — change-feed positions not yet turned into events;
- ``marketmsg_webhook_queue{state}`` — webhook deliveries per state (pending, delivering, delivered, dead);
- ``marketmsg_events_total`` — events this worker derived; ``marketmsg_leases_held`` — accounts it holds now.

Each worker keeps its own registry (several workers in one process, as in tests, do not collide).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from typing_extensions import override

from ..transport import CallRecord

__all__ = ["Metrics", "serve_health"]


class _NoMetric:
    """Stands in for a prometheus metric when prometheus-client is not installed."""

    def labels(self, *args: str) -> _NoMetric:
        return self

    def inc(self, amount: float = 1) -> None:
        return None

    def set(self, value: float) -> None:
        return None


class Metrics:
    """The worker's counters and gauges (no-ops without prometheus-client)."""

    syncs: Any
    sends: Any
    rate_limited: Any
    sync_lag: Any
    event_lag: Any
    queue: Any
    events: Any
    leases: Any

    def __init__(self) -> None:
        try:
            import prometheus_client as prom
        except ModuleNotFoundError:
            self.registry: Any = None
            nothing: Any = _NoMetric()
            self.syncs = self.sends = self.rate_limited = self.sync_lag = nothing
            self.event_lag = self.queue = self.events = self.leases = nothing
            return
        self.registry = prom.CollectorRegistry()
        r = self.registry
        self.syncs = prom.Counter("marketmsg_syncs", "Account syncs finished", ["outcome"], registry=r)
        self.sends = prom.Counter("marketmsg_sends", "Platform calls that send", ["outcome"], registry=r)
        self.rate_limited = prom.Counter("marketmsg_rate_limited", "Platform answers 429", registry=r)
        self.sync_lag = prom.Gauge("marketmsg_sync_lag_seconds", "Most overdue account's wait", registry=r)
        self.event_lag = prom.Gauge("marketmsg_event_lag", "Change-feed positions without events", registry=r)
        self.queue = prom.Gauge(
            "marketmsg_webhook_queue", "Webhook deliveries per state", ["state"], registry=r
        )
        self.events = prom.Counter("marketmsg_events", "Events derived by this worker", registry=r)
        self.leases = prom.Gauge("marketmsg_leases_held", "Accounts this worker holds", registry=r)

    def on_call(self, record: CallRecord) -> None:
        """An ``EventHooks.on_call`` hook: counts 429s and sends."""
        if record.status_code == 429:
            self.rate_limited.inc()
        if not record.idempotent:
            self.sends.labels("ok" if record.error is None else "error").inc()

    def exposition(self) -> bytes | None:
        if self.registry is None:
            return None
        from prometheus_client import generate_latest

        return bytes(generate_latest(self.registry))


def serve_health(
    port: int,
    healthy: Callable[[], bool],
    metrics: Metrics,
    host: str = "0.0.0.0",  # noqa: S104
) -> ThreadingHTTPServer:
    """``/healthz`` (200 while ``healthy()``, else 503) and ``/metrics``, in a daemon thread."""

    class _Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/healthz":
                ok = healthy()
                self._answer(200 if ok else 503, b"ok\n" if ok else b"stopping\n", "text/plain")
            elif self.path == "/metrics":
                body = metrics.exposition()
                if body is None:
                    self._answer(501, b"pip install 'marketmsg[service]' for metrics\n", "text/plain")
                else:
                    self._answer(200, body, "text/plain; version=0.0.4")
            else:
                self._answer(404, b"not found\n", "text/plain")

        def _answer(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("content-type", kind)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        @override
        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer((host, port), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True, name="marketmsg-health").start()
    return server
