"""The wire boundary: every Fakemarket answer is read here, once, into a typed DTO — or into a typed error.

Flows never touch ``response.json()`` themselves: :func:`read` decodes and validates the body in one step
(an answer that is not what the API reference promises is a :class:`~marketmsg.ResponseValidationError`, never
a ``KeyError`` deep in a mapping), and :func:`classify` turns the platform's error bodies into marketmsg's
exception tree with the platform's code and request id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from marketmsg import MarketmsgError, RateLimitError, ResponseValidationError
from marketmsg.adapter import parse_retry_after, status_error_class

__all__ = [
    "PLATFORM",
    "ConversationList",
    "MessageList",
    "WireConversation",
    "WireMessage",
    "classify",
    "read",
]

PLATFORM = "fakemarket"


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


class _WireError(_Wire):
    code: str | None = None
    message: str | None = None


class _ErrorBody(_Wire):
    error: _WireError


Dto = TypeVar("Dto", bound=BaseModel)


def read(response: httpx.Response, model: type[Dto]) -> Dto:
    """The answer's body as ``model``, decoded and validated in one pass."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise ResponseValidationError(
            f"{PLATFORM}: unexpected answer to {response.request.method} {response.request.url.path}: "
            f"{exc.error_count()} problem(s), first: {exc.errors()[0]['msg']}",
            platform=PLATFORM,
        ) from exc


def raw(dto: BaseModel) -> dict[str, Any]:
    """The DTO as the platform sent it (wire names), for ``Conversation.raw`` / ``Message.raw``."""
    return dto.model_dump(mode="json", by_alias=True)


def classify(response: httpx.Response) -> MarketmsgError | None:
    """None for a success; otherwise the typed error, with the platform's code, message and request id."""
    if response.is_success:
        return None
    try:
        error = _ErrorBody.model_validate_json(response.content).error
    except ValidationError:  # not Fakemarket's error body (a proxy's 502 page): the status says enough
        error = _WireError()
    cls = status_error_class(response.status_code)
    kwargs: dict[str, Any] = {
        "response": response,
        "platform": PLATFORM,
        "platform_code": error.code,
        "request_id": response.headers.get("x-request-id"),
    }
    if cls is RateLimitError:
        kwargs["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
    return cls(error.message or f"HTTP {response.status_code}", **kwargs)
