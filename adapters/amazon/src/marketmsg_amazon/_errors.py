"""SP-API error bodies → marketmsg's typed exceptions.

Every SP-API model declares the same error shape on every status: ``{"errors": [{"code", "message", "details"}]}``
(messaging.json ``ErrorList``/``Error``). The status decides the class (as stripe and httpx do); the body refines
it: 403s that mean "this message type is not allowed for this order now" become :class:`~marketmsg.CapabilityError`,
403s about the access token become :class:`~marketmsg.AuthenticationError`. Every error carries Amazon's
``code`` and ``x-amzn-RequestId``, and all errors of the body, not just the first.
"""

from __future__ import annotations

from typing import Any

import httpx

from marketmsg import (
    AuthenticationError,
    CapabilityError,
    MarketmsgError,
    RateLimitError,
)
from marketmsg.adapter import (
    Outcome,
    SendOutcomes,
    parse_retry_after,
    platform_rules,
    rule,
    status_error_class,
)

from ._kinds import KINDS
from ._response import json_object_or_none, request_id_of
from .auth import token_rejected

__all__ = ["SEND_OUTCOMES", "TEMPLATE_REFUSALS", "errors_of", "request_id", "to_error"]

SOLICITATION = "createProductReviewAndSellerFeedbackSolicitation"

#: What each status answered to an SP-API send proves (docs/concepts/retries-rate-limits.md shows the table).
#: Amazon documents two answers as "not processed": the throttle and the maintenance 503. Every other status
#: follows the RFCs (core ``GENERIC_SEND_RULES``): 500, 502, 504 and any other 5xx stay unknown.
SEND_OUTCOMES = SendOutcomes(
    platform="amazon",
    rules=platform_rules(
        rule(
            (429,),
            Outcome.RETRY,
            "SP-API: 'If you exceed these rate limits, SP-API returns a 429 Too Many Requests error and throttles "
            "the call … you can resubmit the failed requests' (developer-docs.amazon.com/sp-api/docs/"
            "strategies-to-optimize-rate-limits-for-your-application-workloads); QuotaExceeded "
            "(selling-partner-api-models#1176)",
        ),
        rule(
            (503,),
            Outcome.RETRY,
            "messaging.json / solicitations.json: 503 'Temporary overloading or maintenance of the server' on "
            "every operation (amazon.md §1.5)",
        ),
    ),
    kinds={**{k.operation: "message" for k in KINDS}, SOLICITATION: "solicitation"},
)

# 403 answers that mean "not allowed for this order now", not "your app may not call this":
TEMPLATE_REFUSALS = (
    # Messaging: the kind is not valid for the order's state (selling-partner-api-models#2032, #851).
    "invalid amazonorderid and template combination",
    # Solicitations: already requested (selling-partner-api-models#19) or outside the 5–30 day window
    # (selling-partner-api-docs#121).
    "requested solicitation is not available",
    "outside the 5-30 day range",
)


def errors_of(response: httpx.Response) -> list[dict[str, Any]]:
    """The ``errors`` list of an SP-API body, or an empty list when the body has none or is not JSON."""
    body = json_object_or_none(response)  # never raises: HTML, deep or broken JSON mean "no error body"
    errors = body.get("errors") if body is not None else None
    return [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []


def request_id(response: httpx.Response) -> str | None:
    return request_id_of(response)


def _describe(errors: list[dict[str, Any]], status: int) -> str:
    if not errors:
        return f"HTTP {status} without an SP-API error body"
    parts = []
    for error in errors:
        # Bounded: an error body is platform input, and a message must stay readable in a log line.
        text = str(error.get("message") or "").strip()[:500]
        details = str(error.get("details") or "").strip()[:500]
        parts.append(f"{text} ({details})" if details else text)
    return "; ".join(p for p in parts if p) or f"HTTP {status}"


def is_template_refusal(errors: list[dict[str, Any]]) -> bool:
    text = " ".join(f"{e.get('message', '')} {e.get('details', '')}" for e in errors).lower()
    return any(marker in text for marker in TEMPLATE_REFUSALS)


def to_error(operation: str, response: httpx.Response) -> MarketmsgError | None:
    """The exception for an SP-API response, or None for success."""
    if response.is_success:
        return None
    errors = errors_of(response)
    code = str(errors[0].get("code"))[:128] if errors and errors[0].get("code") else None
    rid = request_id(response)
    message = f"{operation}: {_describe(errors, response.status_code)}"
    if response.status_code == 403 and is_template_refusal(errors):
        # Allowed kinds are filled in by the send flow, which asks getMessagingActionsForOrder afterwards.
        suffix = f" [{code}, request id: {rid}]" if rid else f" [{code}]"
        return CapabilityError(message + suffix, platform="amazon", rule=f"amazon.spapi.{operation}")
    kwargs: dict[str, Any] = {
        "response": response,
        "platform": "amazon",
        "platform_code": code,
        "request_id": rid,
        "body": {"errors": errors} if errors else None,
    }
    if token_rejected(response):
        return AuthenticationError(message, **kwargs)
    cls = status_error_class(response.status_code)
    if cls is RateLimitError:
        # SP-API sends no Retry-After; None lets the limiter's back-off decide (never a tight loop).
        return RateLimitError(
            message, retry_after=parse_retry_after(response.headers.get("retry-after")), **kwargs
        )
    return cls(message, **kwargs)
