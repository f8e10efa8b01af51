"""The boundary every Fakemarket answer passes through: read once into a typed DTO, or into a typed error.

Flows never call ``response.json()`` themselves: :func:`read` decodes and validates the body in one step (an
answer that is not what the API reference promises is a :class:`~marketmsg.ResponseValidationError`, never a
``KeyError`` deep in a mapping), and :func:`classify` turns the platform's error bodies into marketmsg's
exception tree with the platform's code and request id.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from marketmsg import MarketmsgError, RateLimitError, ResponseValidationError
from marketmsg.adapter import (
    Outcome,
    SendOutcomes,
    parse_retry_after,
    platform_rules,
    rule,
    status_error_class,
)

from ._wire import ErrorBody, WireError

__all__ = ["PLATFORM", "SEND_OUTCOMES", "classify", "raw", "read"]

PLATFORM = "fakemarket"

#: What a status answered to ``sendMessage`` proves. Source: the (fictional) Fakemarket API reference, "Errors":
#: 429 (rate limit) and 503 (maintenance) are answered before a request is processed. A real adapter cites the
#: platform's page for each status it lists as RETRY; everything else follows the RFCs (core table).
SEND_OUTCOMES = SendOutcomes(
    platform=PLATFORM,
    rules=platform_rules(
        rule((429, 503), Outcome.RETRY, "Fakemarket API reference, Errors: answered before processing"),
    ),
    kinds={"sendMessage": "message"},
)

Dto = TypeVar("Dto", bound=BaseModel)


def read(response: httpx.Response, model: type[Dto]) -> Dto:
    """The answer's body as ``model``, decoded and validated in one pass."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        rid = response.headers.get("x-request-id")
        raise ResponseValidationError(
            f"{PLATFORM}: unexpected answer to {response.request.method} {response.request.url.path} "
            f"(HTTP {response.status_code}{f', request id {rid[:128]}' if rid else ''}): "
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
        error = ErrorBody.model_validate_json(response.content).error
    except ValidationError:  # not Fakemarket's error body (a proxy's 502 page): the status says enough
        error = WireError()
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
