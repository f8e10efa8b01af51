"""The optional OpenTelemetry hook: one CLIENT span per call, with the call's facts and no secrets."""

from __future__ import annotations

import httpx
import pytest

pytest.importorskip("opentelemetry.sdk", reason="needs opentelemetry-sdk (in requirements/dev.txt)")

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from marketmsg import Account, Client, EventHooks, NotFoundError, VirtualClock
from marketmsg.transport import opentelemetry_hook
from marketmsg_fakemarket import API_KEY, BASE_URL, FakemarketSimulator


def test_each_call_becomes_a_span(fakemarket: None, clock: VirtualClock) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    hook = opentelemetry_hook(provider.get_tracer("test"))

    simulator = FakemarketSimulator(clock)
    account = Account(platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": API_KEY})
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(simulator.handle)})
    with Client([account], http_client=http, clock=clock, event_hooks=EventHooks(on_call=[hook])) as client:
        client.conversations.get("fakemarket:FM-SELLER-1:conv:c1")
        with pytest.raises(NotFoundError):
            client.conversations.get("fakemarket:FM-SELLER-1:conv:missing")

    ok, failed = exporter.get_finished_spans()
    assert ok.name == "fakemarket getConversation" and ok.kind is SpanKind.CLIENT
    assert ok.attributes is not None
    assert ok.attributes["http.response.status_code"] == 200
    assert ok.attributes["marketmsg.retries_taken"] == 0
    assert failed.status.status_code is StatusCode.ERROR
    assert all(API_KEY not in str(span.attributes) for span in (ok, failed))
