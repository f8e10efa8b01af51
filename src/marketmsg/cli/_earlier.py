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

__all__ = ["queue_with_earlier", "thread_with_earlier"]


def _earlier_replies(store: SqlStore, conversations: Iterable[Conversation]) -> dict[str, list[Message]]:
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


def _replied(conv: Conversation, thread: Sequence[Message]) -> Conversation:
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


def thread_with_earlier(
    store: SqlStore, conv: Conversation, messages: list[Message]
) -> tuple[Conversation, list[Message], list[Message]]:
    """``show``: the thread with the replies earlier commands sent merged in by time, the conversation as it stands
    after them, and those replies (to say where they come from)."""
    listed = {m.id for m in messages}
    earlier = [m for m in _earlier_replies(store, [conv]).get(conv.id, []) if m.id not in listed]
    if not earlier:
        return conv, messages, []
    merged = sorted([*messages, *earlier], key=lambda m: m.sent_at)
    return _replied(conv, merged), merged, earlier


def queue_with_earlier(store: SqlStore, conversations: list[Conversation]) -> list[Conversation]:
    """``inbox``: a conversation answered by an earlier command is the buyer's turn and moves behind those still owed
    a reply; the others keep their order."""
    earlier = _earlier_replies(store, conversations)
    owed: list[Conversation] = []
    answered: list[Conversation] = []
    for conv in conversations:
        now = _replied(conv, earlier[conv.id]) if conv.id in earlier else conv
        (owed if now is conv else answered).append(now)
    return owed + answered
