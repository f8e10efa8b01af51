"""The off-platform protocol end to end, sync and async, against the fakemarket sandbox with Amazon's content
rules (the Amazon/AliExpress simulators run the same flow through their own adapters)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

import marketmsg
from marketmsg import PlatformRuleError, PolicyViolation
from marketmsg.offplatform import AsyncOffPlatform, CaseState, OffPlatform
from marketmsg.rules import ContentRules, Finding, RuleContext
from marketmsg.sandbox import Sandbox
from marketmsg_amazon.rules import AMAZON_CONTENT_POLICY
from marketmsg_fakemarket import FakemarketAdapter

CONTACT = "files@seller-example.com"
# Fakemarket order ids are not Amazon's 3-7-7, so drop that one warning; every blocking rule stays.
_POLICY = replace(
    AMAZON_CONTENT_POLICY,
    rules={k: v for k, v in AMAZON_CONTENT_POLICY.rules.items() if k != "order.missing_id"},
)


class _StrictPack:
    platform = "fakemarket"
    content = ContentRules(_POLICY)

    def check_content(self, text: str, context: RuleContext) -> list[Finding]:
        return self.content.check(text, context)

    def check_send(self, context: RuleContext) -> list[Finding]:
        return []


class StrictFakemarket(FakemarketAdapter):
    rule_pack = _StrictPack()  # type: ignore[assignment]  # fakemarket annotates its own no-op pack class


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    marketmsg.register_adapter("fakemarket", StrictFakemarket)
    # One virtual clock for client and simulator: rate-limit waits advance it instead of sleeping.
    yield Sandbox.create(
        ["fakemarket"], clock=marketmsg.VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    )
    marketmsg.unregister_adapter("fakemarket")


def _seller_texts(sandbox: Sandbox, native: str = "c1") -> list[str]:
    return [m["text"] for m in sandbox.controller("fakemarket").sent_messages(native)]


def test_protocol_end_to_end_sync(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        conv = next(c for c in client.conversations.list() if c.id.endswith(":c1"))
        protocol = OffPlatform(client)

        # Without the protocol the contact is refused before any I/O.
        with pytest.raises(PolicyViolation):
            client.messages.reply(conv.id, f"Send the video to {CONTACT}")
        assert _seller_texts(sandbox) == []

        case = protocol.begin(
            conv.id, "oversized_media", channel="e-mail", contact=CONTACT, buyer_locale="en-US"
        )
        assert case.state is CaseState.OPEN
        (notice,) = _seller_texts(sandbox)
        assert CONTACT in notice and "e-mail" in notice and "too large" in notice and "come back" in notice
        assert [n.text for n in protocol.store.notes(conv.id)] == ["Off-platform via e-mail: oversized_media"]
        assert CONTACT not in repr(case)

        # The allowance was for that one notice only.
        with pytest.raises(PolicyViolation):
            client.messages.reply(conv.id, f"Again: {CONTACT}")
        with pytest.raises(PlatformRuleError, match="closing summary"):
            protocol.ensure_closable(conv.id)
        # The summary is an ordinary message: it may not carry the contact either.
        with pytest.raises(PolicyViolation):
            protocol.conclude(conv.id, f"Got it at {CONTACT}")

        done = protocol.conclude(
            conv.id, "We received the 2 GB video and confirmed the defect.", buyer_locale="en"
        )
        assert done.state is CaseState.CONCLUDED
        assert "confirmed the defect" in _seller_texts(sandbox)[-1]
        assert len(_seller_texts(sandbox)) == 2
        protocol.ensure_closable(conv.id)


@pytest.mark.anyio
async def test_protocol_end_to_end_async(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as client:
        conv = await client.conversations.get(client.accounts[0].platform + ":FM-SELLER-1:conv:c2")
        protocol = AsyncOffPlatform(client)
        await protocol.begin(
            conv.id, "safety_compliance", channel="Telefon", contact="+49 30 123456789", buyer_locale="de-DE"
        )
        (notice,) = _seller_texts(sandbox, "c2")
        assert "+49 30 123456789" in notice and "Sicherheits" in notice
        with pytest.raises(PlatformRuleError):
            protocol.ensure_closable(conv.id)
        await protocol.conclude(conv.id, "Wir haben den Rückruf besprochen.", buyer_locale="de-DE")
        assert "Zusammenfassung" in _seller_texts(sandbox, "c2")[-1]
        protocol.ensure_closable(conv.id)


@pytest.mark.parametrize("reason", ["better_prices", "faster_chat", ""])
def test_only_the_allowed_reasons(sandbox: Sandbox, reason: str) -> None:
    with sandbox.client() as client:
        protocol = OffPlatform(client)
        with pytest.raises(PlatformRuleError, match="oversized_media") as info:
            protocol.begin("fakemarket:FM-SELLER-1:conv:c1", reason, channel="e-mail", contact=CONTACT)
        assert info.value.rule == "offplatform.reason"
        assert protocol.store.notes("fakemarket:FM-SELLER-1:conv:c1") == []
    assert _seller_texts(sandbox) == []


def test_order_of_steps_is_enforced(sandbox: Sandbox) -> None:
    conv_id = "fakemarket:FM-SELLER-1:conv:c3"
    with sandbox.client() as client:
        protocol = OffPlatform(client)
        with pytest.raises(PlatformRuleError, match="begin"):
            protocol.conclude(conv_id, "nothing happened")
        protocol.ensure_closable(conv_id)  # never left the platform: nothing owed
        protocol.begin(conv_id, "oversized_media", channel="e-mail", contact=CONTACT)
        with pytest.raises(PlatformRuleError, match="already open"):
            protocol.begin(conv_id, "oversized_media", channel="e-mail", contact=CONTACT)
        with pytest.raises(PlatformRuleError, match="summary"):
            protocol.conclude(conv_id, "   ")


def test_retrying_begin_after_a_failed_notice_never_sends_twice(sandbox: Sandbox, monkeypatch: Any) -> None:
    conv_id = "fakemarket:FM-SELLER-1:conv:c4"
    with sandbox.client(max_retries=0) as client:
        protocol = OffPlatform(client)
        from marketmsg_fakemarket import Fault

        sandbox.controller("fakemarket").inject(
            Fault(error="read_timeout_after_commit", path_contains="messages")
        )
        with pytest.raises(marketmsg.DeliveryUnknown):
            protocol.begin(conv_id, "oversized_media", channel="e-mail", contact=CONTACT)
        assert protocol.case(conv_id).state is CaseState.NOTICE_PENDING  # type: ignore[union-attr]
        # The notice did reach the buyer; a retry reuses the key and the outbox refuses to send it again.
        with pytest.raises(marketmsg.DeliveryUnknown):
            protocol.begin(conv_id, "oversized_media", channel="e-mail", contact=CONTACT)
        assert len(_seller_texts(sandbox, "c4")) == 1
