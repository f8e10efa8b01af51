"""Reading IOP/TOP response bodies: the ``<method>_response`` wrapper, both list shapes, every error shape.

Shapes (aliexpress.md §1.6):

* success: ``{"<method with . and / as _>_response": {..., "request_id"}}``; with ``simplify=true`` the wrapper
  may be absent (unconfirmed), so the root is read as the payload then;
* lists: non-simplified ``{"relation_list": {"relation_result": [...]}}``, simplified ``{"relation_list": [...]}``;
* errors: ``{"error_response": {type, code, msg, sub_code, sub_msg, request_id}}`` (/sync, TOP) or top-level
  ``{type, code, message, request_id}`` (/rest); success there is ``code`` absent, empty or ``"0"``;
* inner flags: ``result.is_success`` (messages), ``result.success`` (IM, issue results) and ``result_object:
  false`` (agree/save/upload) — a 200 with a false flag is a failure too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "GatewayError",
    "as_list",
    "ban_seconds",
    "field",
    "find_error",
    "inner_failure",
    "response_key",
    "truthy",
    "unwrap",
]

_BAN = re.compile(
    r"ban will last (?:for )?(\d{1,12}(?:\.\d{1,6})?)(?: more)? second", re.IGNORECASE | re.ASCII
)


@dataclass(frozen=True)
class GatewayError:
    """One error as the gateway reported it, whatever the envelope."""

    code: str
    message: str
    sub_code: str | None = None
    sub_msg: str | None = None
    type: str | None = None
    request_id: str | None = None
    inner: bool = False  # from an inner success flag of a 200 answer, not from the envelope


@functools.lru_cache(maxsize=512)
def response_key(method: str) -> str:
    """``aliexpress.issue.detail.get`` → ``aliexpress_issue_detail_get_response`` (a handful of API names:
    computed once each)."""
    return re.sub(r"[./]", "_", method.strip("/")) + "_response"


def truthy(value: object) -> bool | None:
    """A platform boolean (``true``, ``"true"``, ``1``, ``"1"``, ``"false"``…) as bool; None when absent or not
    a boolean at all."""
    if value is None:  # the usual case (a flag the answer lacks), before the type checks
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value) if value in (0, 1) else None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"true", "1", "y", "yes"}:
            return True
        if text in {"false", "0", "n", "no"}:
            return False
    return None


def unwrap(body: Mapping[str, Any], method: str) -> dict[str, Any]:
    """The payload inside the ``<method>_response`` wrapper, or the root when there is none (simplified)."""
    wrapped = body.get(response_key(method))
    if type(wrapped) is dict or isinstance(wrapped, Mapping):
        return dict(wrapped)
    keys = [k for k in body if k.endswith("_response") and k != "error_response"]
    if len(keys) == 1 and isinstance(body[keys[0]], Mapping):
        return dict(body[keys[0]])
    return dict(body)


def as_list(value: object) -> list[Any]:
    """Both list encodings as a plain list: ``[..]``, ``{"item_name": [..]}``, ``{"item_name": {..}}``, None."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    if type(value) is dict or isinstance(value, Mapping):  # parsed JSON: a dict, before the ABC check
        if not value:
            return []
        if len(value) == 1:
            (inner,) = value.values()
            if isinstance(inner, list):
                return inner
            if type(inner) is dict or isinstance(inner, Mapping):
                return [inner]
        return [value]
    return [value]


def _text(value: object) -> str | None:
    """A scalar envelope field as text (capped); objects, lists and empty values → None."""
    if value is None or value == "" or isinstance(value, Mapping | list):
        return None
    return str(value)[:500]


def _is_mapping(value: object) -> bool:
    return type(value) is dict or isinstance(value, Mapping)


def find_error(body: object) -> GatewayError | None:
    """The envelope error of a body (``error_response`` or top-level code), or None."""
    # ``type(…) is dict`` first: parsed JSON is plain dicts, and an ABC check is a Python call (~0.3 µs each, a
    # dozen per request through these helpers).
    if type(body) is not dict and not isinstance(body, Mapping):
        return None
    error = body.get("error_response")
    source: Mapping[str, Any] | None = error if error is not None and _is_mapping(error) else None
    if source is None and _text(body.get("code")) not in (None, "0"):
        source = body
    if source is None:
        return None
    return GatewayError(
        code=_text(source.get("code")) or "UnknownError",
        message=_text(source.get("msg")) or _text(source.get("message")) or "",
        sub_code=_text(source.get("sub_code")),
        sub_msg=_text(source.get("sub_msg")),
        type=_text(source.get("type")),
        request_id=_text(source.get("request_id")),
    )


def inner_failure(payload: Mapping[str, Any]) -> GatewayError | None:
    """A false inner success flag in an unwrapped payload (or its ``result``), as an error."""
    for scope in (payload.get("result"), payload):
        if not (type(scope) is dict or isinstance(scope, Mapping)):
            continue
        for flag in ("is_success", "success"):
            if truthy(scope.get(flag)) is False:
                return GatewayError(
                    code=_text(scope.get("error_code")) or _text(scope.get("result_code")) or "InnerFailure",
                    message=_text(scope.get("error_msg"))
                    or _text(scope.get("error_message"))
                    or _text(scope.get("result_memo"))
                    or "the platform reported failure",
                    request_id=_text(payload.get("request_id")),
                    inner=True,
                )
        if truthy(scope.get("result_object")) is False:
            return GatewayError(
                code=_text(scope.get("result_code")) or "ResultFalse",
                message=_text(scope.get("result_memo")) or "the platform did not apply the action",
                request_id=_text(payload.get("request_id")),
                inner=True,
            )
    return None


def ban_seconds(error: GatewayError) -> float | None:
    """N from "… this ban will last N seconds" (IOP ``msg``, TOP ``sub_msg``), or None."""
    for text in (error.message, error.sub_msg or ""):
        match = _BAN.search(text)
        if match:
            return float(match.group(1))
    return None


def field(payload: Mapping[str, Any], name: str) -> Any:
    """``name`` read root-first: at the root of the unwrapped payload (the production shape of the official
    SDK's response classes), else inside a ``result`` wrapper (tolerated: older answers and TOP-era results)."""
    if name in payload:
        return payload[name]
    result = payload.get("result")
    if type(result) is dict or isinstance(result, Mapping):
        return result.get(name)
    return None
