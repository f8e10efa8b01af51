"""``OffPlatform``: the protocol's I/O shell over ``Client`` — generated.

GENERATED from ``_protocol_async.py`` by ``scripts/unasync.py`` — do not edit by hand; CI checks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._clock import Clock
from ..rules._allowance import allow_external_contact
from ._model import OffPlatformCase, OffPlatformReason, OffPlatformStore
from ._protocol import Base, plan_begin, plan_conclude
from ._texts import notice_text, summary_text

if TYPE_CHECKING:
    from .._client import Client

__all__ = ["OffPlatform"]


class OffPlatform(Base):
    """The off-platform protocol over a :class:`marketmsg.Client`.

    >>> protocol = OffPlatform(client)  # doctest: +SKIP
    >>> protocol.begin(conv.id, "oversized_media", channel="our file transfer link",
    ...                contact="https://files.example.com/u/7f3a", buyer_locale="de-DE")  # doctest: +SKIP
    >>> protocol.conclude(conv.id, "The buyer uploaded the 2 GB video; we confirmed the defect.")  # doctest: +SKIP
    """

    def __init__(
        self, client: Client, *, store: OffPlatformStore | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(store, clock)
        self.client = client

    def begin(
        self,
        conversation_id: str,
        reason: OffPlatformReason | str,
        *,
        channel: str,
        contact: str,
        buyer_locale: str | None = None,
        **reply_options: Any,
    ) -> OffPlatformCase:
        """Write the internal note, then send the in-platform notice (the one message that may carry ``contact``)."""
        case = plan_begin(self.store, conversation_id, reason, channel, contact, self.clock.now())
        conversation = self.client.conversations.get(conversation_id)
        body = notice_text(
            case.reason, case.channel, case.contact, conversation.order_id or "—", buyer_locale
        )
        with allow_external_contact(body):
            message = self.client.messages.reply(
                conversation_id, body, idempotency_key=case.notice_key, **reply_options
            )
        return self._sent_notice(case, message)

    def conclude(
        self, conversation_id: str, summary: str, *, buyer_locale: str | None = None, **reply_options: Any
    ) -> OffPlatformCase:
        """Send the in-platform closing summary (all content rules apply) and close the case."""
        case = plan_conclude(self.store, conversation_id, summary)
        conversation = self.client.conversations.get(conversation_id)
        body = summary_text(summary, case.channel, conversation.order_id or "—", buyer_locale)
        message = self.client.messages.reply(
            conversation_id, body, idempotency_key=case.summary_key, **reply_options
        )
        return self._sent_summary(case, message)
