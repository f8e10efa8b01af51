"""The one validated boundary every SP-API and LWA answer passes through: parsed once, typed errors only.

:func:`read_json` parses a body once (the result is cached on the response, so the error mapper, the token
check and the operation read the same value) and :func:`guarded` turns whatever a malformed answer makes our
parsing raise — pydantic's ValidationError, ValueError, TypeError, KeyError, AttributeError, OverflowError,
RecursionError, an invalid URL — into :class:`UnreadableResponseError`. It carries ``status_code``,
``request_id`` (``x-amzn-RequestId``) and a redacted ``excerpt``: the JSON *shape* of the body (keys and value
types, never values, which may be buyer data) or the first characters of a non-JSON one (an HTML page on a 200).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx
from pydantic import ValidationError

from marketmsg import ResponseValidationError, redact

__all__ = [
    "Malformed",
    "UnreadableResponseError",
    "confirm_send",
    "excerpt",
    "guarded",
    "parsed_json",
    "read_json",
    "request_id_of",
]

_CACHE = "marketmsg_amazon.parsed"
_EXCERPT_CHARS = 240
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: What our parsing of a malformed payload can raise; each becomes an :class:`UnreadableResponseError`.
PARSE_ERRORS: tuple[type[BaseException], ...] = (
    ValidationError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    ArithmeticError,
    RecursionError,
    httpx.InvalidURL,
)
_NOT_JSON = object()


class Malformed(ValueError):
    """Raised by our own checks with a message naming the member that is wrong (never its value)."""


class UnreadableResponseError(ResponseValidationError):
    """Amazon (SP-API or Login with Amazon) answered, but not in the documented shape: not JSON (an HTML page on a
    200), not an object, a member of the wrong type, an absurd number.

    ``operation``, ``status_code``, ``request_id`` and ``excerpt`` (the body's JSON shape — keys and value types,
    never values — or the start of a non-JSON body, redacted) say what arrived. Reads change nothing on Amazon;
    if it persists, report it with the excerpt (docs/fidelity.md): Amazon may have changed a format.
    """

    def __init__(
        self, message: str, *, operation: str, status_code: int, request_id: str | None, excerpt: str
    ) -> None:
        self.operation = operation
        self.status_code = status_code
        self.request_id = request_id
        self.excerpt = excerpt
        rid = f", request id {request_id}" if request_id else ""
        super().__init__(
            f"{operation}: {message} (HTTP {status_code}{rid}; body: {excerpt or 'empty'})", platform="amazon"
        )


def request_id_of(response: httpx.Response) -> str | None:
    value = response.headers.get("x-amzn-requestid")
    return str(value)[:128] if value else None


def _shape(value: object, depth: int = 0) -> str:
    if isinstance(value, Mapping):
        if depth >= 3:
            return "{…}"
        items = [f"{json.dumps(str(k))[:40]}: {_shape(v, depth + 1)}" for k, v in list(value.items())[:12]]
        return "{" + ", ".join(items) + (", …" if len(value) > 12 else "") + "}"
    if isinstance(value, list):
        return f"[{_shape(value[0], depth + 1)}, … {len(value)} items]" if value else "[]"
    return "null" if value is None else type(value).__name__


def excerpt(response: httpx.Response) -> str:
    """A short, redacted picture of the body: its JSON shape, or the start of a non-JSON body."""
    parsed = parsed_json(response)
    if parsed is _NOT_JSON:
        text = _CONTROL.sub("", response.content[: _EXCERPT_CHARS * 2].decode("utf-8", "replace"))
        text = " ".join(text.split())
    else:
        try:
            text = _shape(parsed)
        except RecursionError:  # pragma: no cover - _shape stops at depth 3
            text = "deeply nested JSON"
    text = redact(text)
    return text if len(text) <= _EXCERPT_CHARS else text[:_EXCERPT_CHARS] + "…"


def parsed_json(response: httpx.Response) -> Any:
    """The body's JSON, parsed once and cached on the response; ``_NOT_JSON`` when it is not JSON at all."""
    cached = response.extensions.get(_CACHE, None)
    if cached is not None:
        return cached[0]
    content = response.content
    value: Any
    try:
        value = json.loads(content) if content.strip() else None
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, absurd nesting
        value = _NOT_JSON
    response.extensions[_CACHE] = (value,)
    return value


def unreadable(response: httpx.Response, operation: str, message: str) -> UnreadableResponseError:
    return UnreadableResponseError(
        message,
        operation=operation,
        status_code=response.status_code,
        request_id=request_id_of(response),
        excerpt=excerpt(response),
    )


def read_json(response: httpx.Response, operation: str) -> dict[str, Any]:
    """A 2xx answer's JSON object (``{}`` for an empty body, as a 201 may be), or :class:`UnreadableResponseError`."""
    value = parsed_json(response)
    if value is None:
        return {}
    if value is _NOT_JSON:
        raise unreadable(response, operation, "the answer is not JSON")
    if not isinstance(value, dict):
        raise unreadable(response, operation, f"the answer is a JSON {type(value).__name__}, not an object")
    return value


def confirm_send(response: httpx.Response, operation: str) -> None:
    """A send's 2xx answer must be what every SP-API POST returns: empty (the sandbox's 201) or a JSON object
    without ``errors`` (``Create…Response = {errors?: ErrorList}``, amazon.md §1.5). Anything else — an HTML page
    from a proxy, a JSON list, errors on a 2xx — raises :class:`UnreadableResponseError`; raised after the send was
    answered, the outbox records it unknown (it may have been processed), never failed."""
    body = read_json(response, operation)
    if body.get("errors"):
        raise unreadable(response, operation, "a 2xx answer that carries errors")


def json_object_or_none(response: httpx.Response) -> dict[str, Any] | None:
    """The body as a JSON object, or None (error answers: anything else means "no SP-API error body")."""
    value = parsed_json(response)
    return value if isinstance(value, dict) else None


@contextmanager
def guarded(response: httpx.Response, operation: str) -> Iterator[None]:
    """Parse inside this block: any exception a malformed payload causes becomes :class:`UnreadableResponseError`."""
    try:
        yield
    except UnreadableResponseError:
        raise
    except PARSE_ERRORS as exc:
        raise unreadable(
            response, operation, f"the answer does not have the documented shape ({_kind(exc)})"
        ) from exc


def _kind(exc: BaseException) -> str:
    if isinstance(exc, Malformed):
        return str(exc)
    if isinstance(exc, ValidationError):
        fields = ", ".join(".".join(str(p) for p in e["loc"]) for e in exc.errors()[:3])
        return f"invalid {fields}" if fields else "invalid members"
    return type(exc).__name__
