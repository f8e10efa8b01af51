"""Fakemarket's wire objects, one DTO per object of its API reference (docs/fakemarket.md), as the API spells
them. Only ``_response`` builds them; flows map them to the unified model."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ConversationList", "ErrorBody", "MessageList", "WireConversation", "WireError", "WireMessage"]


class _Wire(BaseModel):
    # Unknown fields are kept (and land in ``raw``): a platform adding a field must not break us.
    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)


class WireBuyer(_Wire):
    id: str
    name: str


class WireConversation(_Wire):
    id: str
    buyer: WireBuyer
    order_id: str | None = None
    unread: int = 0
    last_message_at: datetime
    last_from: Literal["buyer", "seller"]


class WireMessage(_Wire):
    id: str
    sender: Literal["buyer", "seller"] = Field(alias="from")
    text: str
    at: datetime


class ConversationList(_Wire):
    conversations: list[WireConversation]
    next_page: int | None = None


class MessageList(_Wire):
    messages: list[WireMessage]


class WireError(_Wire):
    code: str | None = None
    message: str | None = None


class ErrorBody(_Wire):
    error: WireError
