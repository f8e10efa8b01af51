"""Amazon buyer-seller relay mail: parse inbound mail, thread it into conversations, reply by SMTP.

(Skeleton — filled in by the relay-mail issue. Interface promised to the rest of the adapter:)

- ``parse(raw: bytes) -> RelayMessage``
- ``RelayMailChannel``: a mixin for ``AmazonAdapter`` implementing ``list_conversations``,
  ``get_conversation``, ``list_messages``, ``send_reply`` and ``mark_read`` from ingested relay mail.
- ``sandbox_relay(clock) -> tuple[dict, object]``: account ``settings`` for a seeded sandbox mailbox, and its
  controller.
"""

from __future__ import annotations

from typing import Any

from marketmsg import Clock

__all__ = ["RelayMailChannel", "sandbox_relay"]


class RelayMailChannel:
    """Mixin placeholder: until the relay channel lands, Amazon conversations are unsupported."""


def sandbox_relay(clock: Clock) -> tuple[dict[str, Any], object]:
    return {}, None
