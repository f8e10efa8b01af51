"""What the simulator checks in a request before serving it, and the request forms it accepts.

Each check answers the way production does for a client's mistake — 400 ``InvalidInput`` with the model's
``errors`` list — and never with a 500. Each accepted form has public evidence that production accepts it
(docs/sandbox.md lists them):

- ``marketplaceIds`` only in the **query**, exactly one, non-empty (every model: ``in: query``, ``required``,
  ``maxItems: 1``). In a JSON or form body it does not count: production answers "Missing or invalid request
  parameters: [marketplaceIds]" (selling-partner-api-models#772; python-amazon-sp-api#575, fixed by passing it in
  the query, python-amazon-sp-api#155).
- Extra query parameters are ignored: python-amazon-sp-api adds ``MarketplaceId``, ``MarketplaceIds`` and
  ``marketplace_ids`` to every GET and its marketplace keys to every JSON body, and is used in production.
- ``contentMD5`` percent-quoted once more: python-amazon-sp-api quotes it because production needed that for
  digests containing ``+`` (python-amazon-sp-api#465, merged 2022-03); the plain base64 form stays accepted (the
  official SDKs send it).
- The upload ``resource`` with its slashes literal or percent-encoded (python-amazon-sp-api sends them literal,
  Amazon's own SDK encodes them as ``%2F``).
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any
from urllib.parse import unquote

import httpx

from .._kinds import SendKind

__all__ = [
    "BadBody",
    "content_md5",
    "is_base64_md5",
    "marketplace_ids",
    "one_marketplace",
    "read_json",
    "send_body_problem",
]


class BadBody(ValueError):
    """The request body is not what the operation takes (answered as 400 InvalidInput)."""


def marketplace_ids(request: httpx.Request) -> list[str]:
    """The query's ``marketplaceIds`` values (``csv`` collection format: ``A,B`` is two), empty ones included."""
    values: list[str] = []
    for raw in request.url.params.get_list("marketplaceIds"):
        values.extend(v.strip() for v in raw.split(","))
    return values


def one_marketplace(request: httpx.Request) -> bool:
    ids = marketplace_ids(request)
    return len(ids) == 1 and bool(ids[0])


def read_json(content: bytes) -> object:
    """The JSON of a request body, or :class:`BadBody` (not JSON, not UTF-8, absurdly deep)."""
    if not content.strip():
        raise BadBody("The request body is required.")
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise BadBody("The request body is not valid JSON.") from exc


def _is_date_time(value: object) -> bool:
    """RFC 3339 ``date-time`` (the model's ``format``), as Python reads it: a date, a time and an offset."""
    if not isinstance(value, str) or "T" not in value.upper():
        return False
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.utcoffset() is not None


def send_body_problem(kind: SendKind, body: object) -> str | None:
    """Why ``body`` is not a valid ``kind`` request (messaging.json ``Create…Request``), or None.

    Unknown members are ignored (no request definition sets ``additionalProperties: false``; python-amazon-sp-api
    repeats the marketplace ids in the body). ``text`` is checked as required on the kinds that carry one although
    the model lists no ``required`` members — its ``minLength: 1`` would reject an empty text [a guess for an
    absent one].
    """
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    if kind.text is not None:
        text = body.get("text")
        low, high = kind.text
        if not isinstance(text, str):
            return f"text must be a string of {low}-{high} characters."
        if not low <= len(text) <= high:
            return f"text must be {low}-{high} characters, got {len(text)}."
    if kind.attachments is not None and "attachments" in body:
        problem = _attachments_problem(body["attachments"], kind.attachments)
        if problem:
            return problem
    elif kind.attachments is not None and kind.attachments[0] > 0:
        return f"attachments must hold {kind.attachments[0]}-{kind.attachments[1]} items."
    if kind.coverage_dates:
        for name in ("coverageStartDate", "coverageEndDate"):
            if name in body and not _is_date_time(body[name]):
                return f"{name} must be a date-time string such as 2026-01-31T00:00:00Z."
    return None


def _attachments_problem(attachments: Any, bounds: tuple[int, int]) -> str | None:
    low, high = bounds
    if not isinstance(attachments, list):
        return "attachments must be a list of {uploadDestinationId, fileName} objects."
    if not low <= len(attachments) <= high:
        return f"attachments must hold {low}-{high} items, got {len(attachments)}."
    for index, item in enumerate(attachments):
        # Attachment: uploadDestinationId and fileName, both required strings (messaging.json).
        if not isinstance(item, dict):
            return f"attachments[{index}] must be an object with uploadDestinationId and fileName."
        for name in ("uploadDestinationId", "fileName"):
            if not isinstance(item.get(name), str) or not item[name]:
                return f"attachments[{index}].{name} must be a non-empty string."
    return None


def is_base64_md5(value: str) -> bool:
    try:
        return len(base64.b64decode(value, validate=True)) == 16
    except ValueError:  # binascii.Error, and non-ASCII input
        return False


def content_md5(value: str | None) -> str | None:
    """The base64 MD5 a ``contentMD5`` parameter names — given plain or percent-quoted once more — or None when
    it is not a base64 MD5 at all (e.g. a hex digest)."""
    if not value:
        return None
    for candidate in dict.fromkeys((value, unquote(value))):
        if is_base64_md5(candidate):
            return candidate
    return None
