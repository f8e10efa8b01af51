"""Platform facts come from the adapters: request ids (headers or body), secret shapes (token formats, token
headers), response SLAs. The core reads them through hooks and names no platform itself."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marketmsg import CallRecord, EventHooks, VirtualClock, redact
from marketmsg.rules import rule_pack_for
from marketmsg.sandbox import Sandbox
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as amazon_sim

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _records(adapter: type, run: object) -> list[CallRecord]:
    records: list[CallRecord] = []
    clock = VirtualClock(T0)
    with Sandbox([adapter.sandbox(clock)], clock=clock).client(  # type: ignore[attr-defined]
        event_hooks=EventHooks(on_call=[records.append])
    ) as client:
        run(client)  # type: ignore[operator]
    return [r for r in records if r.method is not None]


def test_every_aliexpress_call_record_carries_the_request_id_from_the_body() -> None:
    http = _records(AliExpressAdapter, lambda c: list(c.conversations.list(platform="aliexpress")))
    assert http and all(r.request_id for r in http), [(r.operation, r.request_id) for r in http]


def test_amazon_call_records_carry_x_amzn_requestid() -> None:
    http = _records(AmazonAdapter, lambda c: c.orders.capabilities(amazon_sim.MFN_ORDER))
    assert http and all(r.request_id for r in http)


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("token Atza|IwEBIJ-0123456789abcdefXYZ in a sentence", "IwEBIJ-0123456789abcdefXYZ"),
        ("x-amz-access-token=Zq9vL2mK4pR7tW1yB3nD", "Zq9vL2mK4pR7tW1yB3nD"),
        ("GET /sync?method=x&session=50000a1b2c3d4e5f6071", "50000a1b2c3d4e5f6071"),
    ],
)
def test_platform_secret_shapes_are_redacted_once_the_adapter_is_used(text: str, leak: str) -> None:
    clock = VirtualClock(T0)
    for adapter in (AmazonAdapter, AliExpressAdapter):
        spec = adapter.sandbox(clock)
        adapter(spec.accounts[0], clock=clock)  # setting up an account registers the platform's shapes
    assert leak not in redact(text)


def test_response_slas_come_from_the_packs() -> None:
    for platform in ("amazon", "aliexpress"):
        sla = rule_pack_for(platform).response_sla  # type: ignore[union-attr]
        assert sla.id == f"{platform}.response_sla" and sla.hours == 24 and sla.source


def test_the_relay_thread_sla_is_the_packs() -> None:
    from marketmsg_amazon.relay._threads import RESPONSE_SLA
    from marketmsg_amazon.rules import AMAZON_RESPONSE_SLA

    assert RESPONSE_SLA.total_seconds() == AMAZON_RESPONSE_SLA.hours * 3600
