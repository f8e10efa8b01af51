"""The shared adapter contract kit, sync and async, against the full Amazon sandbox (SP-API + relay mail)."""

from __future__ import annotations

from typing import Any

from marketmsg import Direction, Message
from marketmsg.testing import AdapterContract
from marketmsg.testing._harness import Harness
from marketmsg.transport import CallRecord
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim
from marketmsg_amazon.relay import SmtpSend


class TestAmazonContract(AdapterContract):
    adapter_class = AmazonAdapter
    order_id = sim.MFN_ORDER
    reply_text = (
        "Thank you for your message about your order. We have checked it: the parcel is with the carrier and "
        "should arrive on Thursday. We will keep you updated here."
    )

    def test_reply_is_sent_once_per_idempotency_key(
        self, harness: Harness, records: list[CallRecord]
    ) -> None:
        """The kit counts HTTP sends; Amazon replies are relay-mail SMTP effects (``method`` None), and the send
        path also reads the order's SP-API context first. Same property, on the SMTP effect."""
        conv = self._conversations(harness)[0]
        key = f"contract-{harness.mode}"
        text = f"{self.reply_text} (Order {conv.order_id})"  # Amazon's rules want the order id in every reply

        def reply_sync(c: Any) -> Message:
            first = c.messages.reply(conv.id, text, idempotency_key=key)
            assert c.messages.reply(conv.id, text, idempotency_key=key) == first
            return first  # type: ignore[no-any-return]

        async def reply_async(c: Any) -> Message:
            first = await c.messages.reply(conv.id, text, idempotency_key=key)
            assert await c.messages.reply(conv.id, text, idempotency_key=key) == first
            return first  # type: ignore[no-any-return]

        records.clear()
        message = harness.call(reply_sync, reply_async)
        assert message.direction is Direction.OUTBOUND and message.conversation_id == conv.id
        smtp = [r for r in records if r.operation == SmtpSend.operation and r.error is None]
        assert len(smtp) == 1, [r.operation for r in records]
        # The SP-API reads of the send path are paced by declared buckets like every other call.
        for record in records:
            if record.method is not None and record.operation != "lwaToken":
                assert record.operation in AmazonAdapter.rate_limits
