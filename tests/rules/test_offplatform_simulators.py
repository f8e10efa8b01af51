"""The off-platform protocol end to end against the Amazon and AliExpress simulators, sync and async."""

from __future__ import annotations

import pytest

from marketmsg import Client, Conversation, ConversationStatus, PolicyViolation
from marketmsg.offplatform import AsyncOffPlatform, CaseState, OffPlatform
from marketmsg.sandbox import Sandbox

CONTACT = "https://files.seller-example.com/upload/7f3a"


def _conversation(client: Client, platform: str) -> Conversation:
    conversations = list(client.conversations.list(platform=platform))
    with_order = [c for c in conversations if c.order_id and c.status is ConversationStatus.AWAITING_SELLER]
    return (with_order or conversations)[0]


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
def test_protocol_against_simulator(platform: str) -> None:
    sandbox = Sandbox.create([platform])
    with sandbox.client() as client:
        conv = _conversation(client, platform)
        with pytest.raises(PolicyViolation):
            client.messages.reply(conv.id, f"Order {conv.order_id}: upload it at {CONTACT}")
        protocol = OffPlatform(client)
        protocol.begin(
            conv.id, "oversized_media", channel="upload page", contact=CONTACT, buyer_locale="en-US"
        )
        bodies = [m.body for m in client.messages.list(conv.id)]
        assert any(CONTACT in b for b in bodies), bodies
        case = protocol.conclude(
            conv.id, "We received the video and confirmed the defect.", buyer_locale="en-US"
        )
        assert case.state is CaseState.CONCLUDED
        bodies = [m.body for m in client.messages.list(conv.id)]
        assert any("confirmed the defect" in b for b in bodies)
        protocol.ensure_closable(conv.id)


@pytest.mark.anyio
@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
async def test_protocol_against_simulator_async(platform: str) -> None:
    sandbox = Sandbox.create([platform])
    async with sandbox.async_client() as client:
        conversations = [c async for c in client.conversations.list(platform=platform)]
        conv = next((c for c in conversations if c.order_id), conversations[0])
        protocol = AsyncOffPlatform(client)
        await protocol.begin(
            conv.id, "safety_compliance", channel="e-mail", contact="safety@seller-example.com"
        )
        await protocol.conclude(conv.id, "The recall instructions were sent and acknowledged.")
        protocol.ensure_closable(conv.id)
        bodies = [m.body async for m in client.messages.list(conv.id)]
        assert any("safety@seller-example.com" in b for b in bodies)
