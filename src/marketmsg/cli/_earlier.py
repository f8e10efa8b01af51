"""The sandbox's memory of what earlier commands sent.

Every ``--sandbox`` command starts the simulators afresh, so a reply ``reply --sandbox`` sent lives on only in the
store's outbox: without it, ``show`` would not list the reply and ``inbox`` would still say the reply is due. Real
accounts never take this path: the platform (or the Amazon relay store) lists what was sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .._outbox import OutboxState
from ..models import Conversation, ConversationStatus, Message

if TYPE_CHECKING:
    from ..store import SqlStore

__all__ = ["earlier_replies", "replied"]


def earlier_replies(store: SqlStore, conversations: Iterable[Conversation]) -> dict[str, list[Message]]:
    """conversation id -> the messages the store's outbox sent into it, oldest first."""
    wanted = {c.id: c.account for c in conversations}
    found: dict[str, list[Message]] = {}
    for account in set(wanted.values()):
        for entry in store.entries(OutboxState.SENT, account=account):
            message = entry.message
            if message is not None and message.conversation_id in wanted:
                found.setdefault(message.conversation_id, []).append(message)
    for messages in found.values():
        messages.sort(key=lambda m: m.sent_at)
    return found


def replied(conv: Conversation, thread: Sequence[Message]) -> Conversation:
    """``conv`` as it stands when ``thread``'s last message (ours, from the outbox) is later than its activity: the
    buyer's turn, no reply due."""
    last = max(thread, key=lambda m: m.sent_at)
    if last.direction.value != "outbound" or (conv.last_message_at and last.sent_at <= conv.last_message_at):
        return conv
    return conv.model_copy(
        update={
            "status": ConversationStatus.AWAITING_BUYER,
            "response_due": None,
            "last_message_at": last.sent_at,
        }
    )
