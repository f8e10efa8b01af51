"""The unified model: one shape for every marketplace (see MODEL.md for how each platform maps onto it)."""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._base import MarketmsgModel, UtcDatetime, to_utc
    from .account import Account
    from .attachment import Attachment, sanitize_filename
    from .conversation import Channel, Conversation, ConversationStatus
    from .dispute import (
        Deadline,
        Dispute,
        DisputeStatus,
        DisputeTimeline,
        ReachedType,
        Solution,
        SolutionKind,
        SolutionStatus,
    )
    from .ids import IdKind, ParsedId, make_id, parse_id
    from .message import Authenticity, Direction, Message, MessageKind
    from .money import Money
    from .order import (
        ALL_ORDER_FACTS,
        ORDER_FACT_FIELDS,
        Capability,
        Fulfilment,
        OrderContext,
        OrderFact,
        RefusedKind,
    )
    from .page import Page
    from .party import Party, PartyRole

__all__ = [
    "ALL_ORDER_FACTS",
    "ORDER_FACT_FIELDS",
    "Account",
    "Attachment",
    "Authenticity",
    "Capability",
    "Channel",
    "Conversation",
    "ConversationStatus",
    "Deadline",
    "Direction",
    "Dispute",
    "DisputeStatus",
    "DisputeTimeline",
    "Fulfilment",
    "IdKind",
    "MarketmsgModel",
    "Message",
    "MessageKind",
    "Money",
    "OrderContext",
    "OrderFact",
    "Page",
    "ParsedId",
    "Party",
    "PartyRole",
    "ReachedType",
    "RefusedKind",
    "Solution",
    "SolutionKind",
    "SolutionStatus",
    "UtcDatetime",
    "make_id",
    "parse_id",
    "sanitize_filename",
    "to_utc",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._base": ("MarketmsgModel", "UtcDatetime", "to_utc"),
        ".account": ("Account",),
        ".attachment": ("Attachment", "sanitize_filename"),
        ".conversation": ("Channel", "Conversation", "ConversationStatus"),
        ".dispute": (
            "Deadline",
            "Dispute",
            "DisputeStatus",
            "DisputeTimeline",
            "ReachedType",
            "Solution",
            "SolutionKind",
            "SolutionStatus",
        ),
        ".ids": ("IdKind", "ParsedId", "make_id", "parse_id"),
        ".message": ("Authenticity", "Direction", "Message", "MessageKind"),
        ".money": ("Money",),
        ".order": (
            "ALL_ORDER_FACTS",
            "ORDER_FACT_FIELDS",
            "Capability",
            "Fulfilment",
            "OrderContext",
            "OrderFact",
            "RefusedKind",
        ),
        ".page": ("Page",),
        ".party": ("Party", "PartyRole"),
    },
)
