"""The one validated boundary every AliExpress answer passes through: parsed once, checked, typed errors only.

:func:`read_answer` parses a response body **once** and caches the result on the response (the auth flow, the
error classifier and the operation all read the same :class:`Answer`). The shape is read root-first, as the
official SDKs read it (aliexpress.md §1.6, corrected):

* ``/sync`` (TOP protocol): ``{"<api with . and / as _>_response": {<fields>, "request_id"}}``; with
  ``simplify=true`` the official Java SDK's ``SimplifyJsonConverter`` reads the fields from the root itself, so
  a body without the wrapper is read as the payload;
* ``/rest`` (GOP protocol) and ``/auth/*`` APIs: the fields at the root, next to ``code`` / ``request_id``;
* errors: ``error_response`` (``type, code, msg, sub_code, sub_msg, request_id``) or a top-level non-zero
  ``code`` with ``message``.

Anything else — a body that is not JSON (an HTML page on a 200), JSON that is not an object, a field of the
wrong kind or an absurd value — becomes :class:`~marketmsg_aliexpress.UnreadableResponseError` (reads) or
:class:`~marketmsg_aliexpress.UnconfirmedSendError` (sends: the platform may have acted, so the outbox keeps
the entry unknown instead of allowing a resend). Both carry ``status_code``, ``request_id`` and a redacted
``excerpt``: the *shape* of a JSON body (keys and value types, never values, which may be buyer data) or the
first characters of a non-JSON one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

from marketmsg import MarketmsgError, redact
from marketmsg.adapter import dict_init

from ._envelope import GatewayError, find_error, inner_failure, unwrap
from ._errors import UnconfirmedSendError, UnreadableResponseError
from .auth._signing import api_name_of, url_path

__all__ = [
    "Answer",
    "Malformed",
    "excerpt",
    "guarded",
    "read_answer",
    "request_id_of",
]

T = TypeVar("T")

_CACHE_KEY = "marketmsg_aliexpress.answer"
_EXCERPT_CHARS = 240
#: Exceptions a malformed payload raises inside our parsing; each becomes a typed, documented error.
_PARSE_ERRORS = (
    ValidationError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Malformed(ValueError):
    """Raised by our own parsing with a message that names what is wrong (never the offending value)."""


@dict_init
@dataclass(frozen=True)
class Answer:
    """One gateway answer, parsed once.

    ``body`` is the JSON object (None when the body is not one: then ``problem`` says why); ``payload`` the
    fields of ``<api>_response`` (or of the root); ``error`` the envelope error, or a false inner success flag
    of a 2xx answer; ``request_id`` from the envelope, the payload or the error, whichever carries it.
    """

    api: str
    status_code: int
    body: Mapping[str, Any] | None
    payload: dict[str, Any]
    request_id: str | None
    error: GatewayError | None
    problem: str | None
    #: (body bytes, parsed JSON, whether it is JSON): what :attr:`excerpt` is made from, only when read.
    source: tuple[bytes, object, bool] = field(repr=False, compare=False)

    @cached_property
    def excerpt(self) -> str:
        """A short, redacted picture of the body (its JSON shape): built only for an error that shows it."""
        content, parsed, is_json = self.source
        return excerpt(content, parsed, is_json=is_json)

    def unreadable(self, reason: str, *, send: bool = False) -> MarketmsgError:
        """The typed error for this answer: a read's :class:`UnreadableResponseError`, a send's
        :class:`UnconfirmedSendError`."""
        cls = UnconfirmedSendError if send else UnreadableResponseError
        return cls(
            f"{self.api}: {reason}",
            api=self.api,
            status_code=self.status_code,
            request_id=self.request_id,
            excerpt=self.excerpt,
        )


def _text_id(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | str) and str(value).strip():
        return str(value).strip()[:128]
    return None


def _shape(value: object, depth: int = 0) -> str:
    """Keys and value types of a JSON value, never the values (they may be buyer data)."""
    if isinstance(value, Mapping):
        if depth >= 3:
            return "{…}"
        items = [f"{json.dumps(str(k))[:40]}: {_shape(v, depth + 1)}" for k, v in list(value.items())[:12]]
        more = ", …" if len(value) > 12 else ""
        return "{" + ", ".join(items) + more + "}"
    if isinstance(value, list):
        return f"[{_shape(value[0], depth + 1)}, … {len(value)} items]" if value else "[]"
    if value is None:
        return "null"
    return type(value).__name__


def excerpt(content: bytes, parsed: object = None, *, is_json: bool = False) -> str:
    """A short, redacted picture of a body: its JSON shape, or the start of a non-JSON body."""
    if is_json:
        text = _shape(parsed)
    else:
        text = _CONTROL.sub("", content[: _EXCERPT_CHARS * 2].decode("utf-8", "replace"))
        text = " ".join(text.split())
    text = redact(text) or "(empty body)"
    return text if len(text) <= _EXCERPT_CHARS else text[:_EXCERPT_CHARS] + "…"


def _api_of(response: httpx.Response, fallback: str) -> str:
    try:
        request = response.request
    except RuntimeError:
        return fallback
    path = url_path(request)
    if "/rest/" in path and not path.endswith("/router/rest"):
        return path.split("/rest", 1)[1]
    method = api_name_of(request) or request.url.params.get("method")
    if method:
        return str(method)
    return _form_method(request) or fallback


def _form_method(request: httpx.Request) -> str | None:
    """``method`` from a url-encoded body (the IOP parameters travel in the body, as the official SDKs send)."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    try:
        content = request.content
    except httpx.RequestNotRead:
        return None
    from urllib.parse import parse_qs

    values = parse_qs(content.decode("utf-8", "replace")).get("method")
    return values[0] if values else None


def _parse(response: httpx.Response, api: str) -> Answer:
    content = response.content
    status = response.status_code
    try:
        parsed: object = json.loads(content) if content.strip() else None
    except (ValueError, RecursionError):
        return Answer(api, status, None, {}, None, None, "the answer is not JSON", (content, None, False))
    if type(parsed) is not dict and not isinstance(parsed, Mapping):  # a dict, before the ABC check
        kind = "empty" if parsed is None else f"a JSON {type(parsed).__name__}"
        return Answer(
            api,
            status,
            None,
            {},
            None,
            None,
            f"the answer is {kind}, not a JSON object",
            (content, parsed, parsed is not None),
        )
    shape = (content, parsed, True)
    try:
        error = find_error(parsed)
        payload = unwrap(parsed, api)
        if error is None and 200 <= status < 300:
            error = inner_failure(payload)
    except _PARSE_ERRORS:
        return Answer(api, status, parsed, {}, None, None, "the error envelope is malformed", shape)
    request_id = (
        (error.request_id if error else None)
        or _text_id(payload.get("request_id"))
        or _text_id(parsed.get("request_id"))
    )
    if error is not None and error.request_id is None and request_id:
        error = GatewayError(**{**error.__dict__, "request_id": request_id})
    return Answer(api, status, parsed, payload, request_id, error, None, shape)


def read_answer(response: httpx.Response, api: str | None = None) -> Answer:
    """The :class:`Answer` of ``response``, parsed on first use and cached on the response."""
    cached = response.extensions.get(_CACHE_KEY)
    if isinstance(cached, Answer):
        return cached
    answer = _parse(response, _api_of(response, api or ""))
    response.extensions[_CACHE_KEY] = answer
    return answer


def request_id_of(response: httpx.Response) -> str | None:
    """The gateway's ``request_id`` of an answer (AliExpress carries it in the body, not in a header)."""
    return read_answer(response).request_id


def guarded(answer: Answer, parse: Callable[[dict[str, Any]], T], *, send: bool = False) -> T:
    """``parse(answer.payload)`` with every parsing failure turned into the answer's typed error."""
    # A plain try, not a @contextmanager (a generator and its context object per answer, ~1.5 µs).
    try:
        return parse(answer.payload)
    except MarketmsgError:
        raise
    except _PARSE_ERRORS as exc:
        raise answer.unreadable(_reason(exc), send=send) from None


def _reason(exc: BaseException) -> str:
    """Why a payload could not be read — field paths and error kinds, never the offending values."""
    if isinstance(exc, ValidationError):
        parts = []
        for item in exc.errors(include_url=False, include_input=False)[:3]:
            where = ".".join(str(p) for p in item.get("loc", ())) or "payload"
            parts.append(f"{where} ({item.get('type', 'invalid')})")
        return f"unexpected {exc.title} fields: {', '.join(parts)}"
    if isinstance(exc, KeyError):
        return f"missing field {str(exc.args[0])[:60]!r}" if exc.args else "missing field"
    if isinstance(exc, RecursionError):
        return "the answer is nested too deeply"
    if isinstance(exc, ArithmeticError):
        return "a number in the answer is out of range"
    if isinstance(exc, Malformed):
        return str(exc)
    # Other exceptions' text may quote the offending value (buyer data): name the kind only.
    return f"unexpected answer ({type(exc).__name__})"
