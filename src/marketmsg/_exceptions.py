"""Every error marketmsg raises, in one tree.

::

    MarketmsgError
    ├── ConfigurationError (also ValueError)      bad account/client configuration; names the field and the fix
    │   ├── UnknownAdapterError                   "Unknown adapter 'amazn'. Did you mean 'amazon'?"
    │   └── UnknownMessageKindError               "unknown message kind 'warrenty'. Did you mean 'warranty'?"
    ├── AdapterLoadError                          an adapter failed to import or targets another contract version
    ├── InvalidIdError (also ValueError)          an id string that no adapter issued
    ├── UnsupportedOperationError                 the adapter (or this account's app) cannot do this at all
    ├── PlatformRuleError                         a platform rule forbids this *now* (nothing was sent)
    │   ├── PolicyViolation                       content/capability findings block the send (``.findings``)
    │   ├── CapabilityError                       the order/conversation does not allow this kind (``.allowed``)
    │   └── DisputeActionRefused                  a dispute rule refuses the action now (``.rule``, ``.findings``)
    ├── EmptyMessageError (also ValueError)       a reply/send with no text (empty or whitespace) and nothing attached
├── DeliveryUnknown                           a send may or may not have reached the platform; never retried blindly
    ├── IdempotencyConflict                       an idempotency key reused for a different request (nothing sent)
    ├── PartialDelivery                           some parts of a multi-part send delivered, the rest refused
    ├── InvalidRequestError (also ValueError)     a send's input cannot go out as is; nothing recorded or sent
    ├── ResponseValidationError                   the platform answered 2xx with a body we cannot read
    │   └── ResponseTooLargeError                 an answer over ``max_response_bytes``: refused while streaming
    └── APIError                                  the platform, or the way to it, failed (``.request``, ``.platform``)
        ├── APIConnectionError                    no usable answer: DNS, refused connection, reset
        │   └── APITimeoutError
        └── APIStatusError                        an error answer (``.status_code``, ``.platform_code``, ``.request_id``)
            ├── BadRequestError                   400 / 422
            ├── AuthenticationError               401, invalid/expired token or credentials
            ├── PermissionDeniedError             403
            ├── NotFoundError                     404
            ├── ConflictError                     409
            ├── RateLimitError                    429 or a platform "ban" (``.retry_after`` seconds)
            ├── UnexpectedRedirectError           3xx: never followed (``.location`` host); nothing sent elsewhere
            └── InternalServerError               5xx

``str(exc)`` always includes the platform code and the request id when the platform sent them, and never a
secret: messages pass through :func:`marketmsg.redact` before they are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._redact import redact

if TYPE_CHECKING:
    import httpx

    from .rules import Finding

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AdapterLoadError",
    "AuthenticationError",
    "BadRequestError",
    "CapabilityError",
    "ConfigurationError",
    "ConflictError",
    "DeliveryUnknown",
    "DisputeActionRefused",
    "EmptyMessageError",
    "IdempotencyConflict",
    "InternalServerError",
    "InvalidIdError",
    "InvalidRequestError",
    "MarketmsgError",
    "NotFoundError",
    "PartialDelivery",
    "PermissionDeniedError",
    "PlatformRuleError",
    "PolicyViolation",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedRedirectError",
    "UnknownAdapterError",
    "UnknownMessageKindError",
    "UnsupportedOperationError",
]


class MarketmsgError(Exception):
    """Base of every marketmsg error. ``retries_taken`` counts the retries made before it was raised."""

    message: str
    retries_taken: int = 0

    def __init__(self, message: str) -> None:
        self.message = redact(message)
        super().__init__(self.message)


class ConfigurationError(MarketmsgError, ValueError):
    """The client or an account is configured wrongly. ``field`` names what to fix."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


class UnknownAdapterError(ConfigurationError):
    """No adapter is installed or registered under that name."""

    def __init__(self, name: str, *, suggestion: str | None, known: Sequence[str]) -> None:
        self.name = name
        self.suggestion = suggestion
        self.known = tuple(known)
        hint = f" Did you mean {suggestion!r}?" if suggestion else ""
        installed = ", ".join(self.known) or "none"
        super().__init__(
            f"Unknown adapter {name!r}.{hint} Installed adapters: {installed}. "
            f"Install one with `pip install marketmsg-<name>` or call marketmsg.register_adapter()."
        )


class UnknownMessageKindError(ConfigurationError):
    """A message kind that is not one of :class:`marketmsg.MessageKind` (``kind="warrenty"``)."""

    def __init__(self, kind: object, *, known: Sequence[str]) -> None:
        import difflib

        self.kind = kind
        self.known = tuple(known)
        close = difflib.get_close_matches(str(kind), self.known, n=1, cutoff=0.6)
        self.suggestion = close[0] if close else None
        hint = f" Did you mean {self.suggestion!r}?" if self.suggestion else ""
        super().__init__(
            f"unknown message kind {kind!r}.{hint} Known kinds: {', '.join(self.known)} "
            "(marketmsg.MessageKind)",
            field="kind",
        )


class AdapterLoadError(MarketmsgError):
    """An adapter exists but cannot be used (import failed, wrong type, other contract version)."""


class InvalidIdError(MarketmsgError, ValueError):
    """An id string that marketmsg did not issue, or that belongs to another account."""


class UnsupportedOperationError(MarketmsgError):
    """The platform, the adapter or this account's app cannot perform the operation; nothing was sent."""

    def __init__(self, message: str, *, platform: str | None = None, operation: str | None = None) -> None:
        self.platform = platform
        self.operation = operation
        super().__init__(message)


class PlatformRuleError(MarketmsgError):
    """A platform rule forbids the action at this moment; nothing was sent."""

    def __init__(self, message: str, *, platform: str | None = None, rule: str | None = None) -> None:
        self.platform = platform
        self.rule = rule
        super().__init__(message)


class PolicyViolation(PlatformRuleError):
    """Content or capability rules block a send. ``findings`` lists every finding, blocking ones first."""

    def __init__(self, findings: Sequence[Finding], *, platform: str | None = None) -> None:
        self.findings = tuple(findings)
        blocking = [f for f in self.findings if f.severity == "block"]
        shown = blocking or list(self.findings)
        lines = "; ".join(f"[{f.rule}] {f.message}" for f in shown[:5])
        more = f" (+{len(shown) - 5} more)" if len(shown) > 5 else ""
        super().__init__(
            f"message refused by {len(shown)} rule finding(s): {lines}{more}",
            platform=platform,
            rule=shown[0].rule if shown else None,
        )


class CapabilityError(PlatformRuleError):
    """The order or conversation does not allow this kind of message now. ``allowed`` says what it does allow."""

    def __init__(
        self,
        message: str,
        *,
        platform: str | None = None,
        rule: str | None = None,
        allowed: Sequence[str] = (),
    ) -> None:
        self.allowed = tuple(allowed)
        super().__init__(message, platform=platform, rule=rule)


class DisputeActionRefused(PlatformRuleError):
    """The platform's dispute rules refuse this action now; nothing was sent.

    Raised by ``client.disputes.act()`` before any action request: the dispute is closed, its deadline has passed,
    or a proposed refund exceeds what the order allows. ``rule`` names the first blocking rule (e.g.
    ``aliexpress.dispute_amount``), ``findings`` lists every blocking finding, ``dispute_id`` and ``action`` say
    what was refused.
    """

    def __init__(
        self, findings: Sequence[Finding], *, dispute_id: str, action: str, platform: str | None = None
    ) -> None:
        self.findings = tuple(findings)
        self.dispute_id = dispute_id
        self.action = action
        lines = "; ".join(f"[{f.rule}] {f.message}" for f in self.findings[:5])
        super().__init__(
            f"{action} refused by {len(self.findings)} dispute rule finding(s): {lines}",
            platform=platform,
            rule=self.findings[0].rule if self.findings else None,
        )


class EmptyMessageError(MarketmsgError, ValueError):
    """A reply or proactive message whose text is empty or only whitespace, with nothing attached; nothing was
    sent. A proactive kind that takes no text (a review request, a legal disclosure of documents) takes
    ``body=None``."""


class DeliveryUnknown(MarketmsgError):
    """A send went out but no answer came back: it may or may not have been delivered.

    It is never retried automatically, because a buyer receiving a message twice is worse than an error. The
    outbox keeps the attempt under ``idempotency_key`` so it can be reconciled against the conversation.
    """

    def __init__(
        self,
        message: str,
        *,
        platform: str | None = None,
        operation: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        self.platform = platform
        self.operation = operation
        self.idempotency_key = idempotency_key
        super().__init__(message)


class IdempotencyConflict(MarketmsgError):
    """An idempotency key already used for another request (another target, account, kind or text).

    Like Stripe: a key names one request. Reusing it for a different one would return the first message as if
    the second were sent, so nothing is sent and this is raised instead; use a new key for a new message.
    """

    def __init__(self, message: str, *, idempotency_key: str, differs: Sequence[str] = ()) -> None:
        self.idempotency_key = idempotency_key
        self.differs = tuple(differs)
        super().__init__(message)


class PartialDelivery(MarketmsgError):
    """A multi-part send (an IM text and its picture) was delivered in part: ``delivered`` parts reached the
    buyer, ``refused`` was refused by the platform (the cause is ``__cause__``), the rest was not tried.

    The outbox entry is PARTIAL: sending again with the same ``idempotency_key`` sends only the parts not yet
    delivered — never the delivered ones twice.
    """

    def __init__(
        self,
        message: str,
        *,
        idempotency_key: str,
        delivered: Sequence[str],
        refused: str | None,
        platform: str | None = None,
    ) -> None:
        self.idempotency_key = idempotency_key
        self.delivered = tuple(delivered)
        self.refused = refused
        self.platform = platform
        super().__init__(message)


class InvalidRequestError(MarketmsgError, ValueError):
    """A send's own input cannot go out as it is (a line break in a subject, an attachment without its bytes).

    Raised before the outbox records anything: nothing was recorded, nothing was sent. ``field`` names the input.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


class ResponseValidationError(MarketmsgError):
    """The platform answered with success, but the body does not have the documented shape."""

    def __init__(self, message: str, *, platform: str | None = None, body: object = None) -> None:
        self.platform = platform
        self.body = body
        super().__init__(message)


class ResponseTooLargeError(ResponseValidationError):
    """An answer larger than the client's ``max_response_bytes`` (or the call's cap): reading stopped there.

    Nothing beyond the cap was read into memory. ``status_code``, ``request_id``, ``limit`` and a redacted
    ``excerpt`` of the start of the body say what arrived. On a send, the platform may have processed the request
    (its answer was just too large to read), so the outbox keeps it unknown.
    """

    def __init__(
        self,
        message: str,
        *,
        platform: str | None = None,
        status_code: int,
        request_id: str | None,
        limit: int,
        excerpt: str,
    ) -> None:
        self.status_code = status_code
        self.request_id = request_id
        self.limit = limit
        self.excerpt = excerpt
        rid = f", request id {request_id}" if request_id else ""
        super().__init__(
            f"{message} (HTTP {status_code}{rid}; starts: {excerpt or 'empty'})", platform=platform
        )


class APIError(MarketmsgError):
    """The platform, or the network on the way to it, failed."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        platform: str | None = None,
        body: object = None,
    ) -> None:
        self.request = request
        self.platform = platform
        self.body = body
        super().__init__(message)


class APIConnectionError(APIError):
    """No usable answer came back (DNS failure, refused or reset connection).

    ``request_sent`` is False only when the request provably never left (connection not established).
    """

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request | None = None,
        platform: str | None = None,
        request_sent: bool = True,
    ) -> None:
        self.request_sent = request_sent
        super().__init__(message, request=request, platform=platform)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(
        self,
        message: str = "Request timed out.",
        *,
        request: httpx.Request | None = None,
        platform: str | None = None,
        request_sent: bool = True,
    ) -> None:
        super().__init__(message, request=request, platform=platform, request_sent=request_sent)


class APIStatusError(APIError):
    """The platform answered with an error."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        status_code: int | None = None,
        platform: str | None = None,
        platform_code: str | None = None,
        request_id: str | None = None,
        body: object = None,
    ) -> None:
        self.response = response
        self.status_code = (
            status_code if status_code is not None else (response.status_code if response else 0)
        )
        self.platform_code = platform_code
        self.request_id = request_id
        request = response.request if response is not None and _has_request(response) else None
        parts = [
            p for p in (platform, str(self.status_code) if self.status_code else None, platform_code) if p
        ]
        prefix = f"[{' '.join(parts)}] " if parts else ""
        suffix = f" (request id: {request_id})" if request_id else ""
        super().__init__(f"{prefix}{message}{suffix}", request=request, platform=platform, body=body)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - httpx raises when no request is attached
    except RuntimeError:
        return False
    return True


class BadRequestError(APIStatusError):
    """400 or 422: the request was malformed or semantically invalid."""


class AuthenticationError(APIStatusError):
    """401 or a platform token error: credentials are wrong, expired or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the app or seller may not call this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or is not visible to this seller)."""


class ConflictError(APIStatusError):
    """409: the resource changed state."""


class RateLimitError(APIStatusError):
    """429 or a platform throttling ban. ``retry_after`` is how long the platform asked us to wait, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class UnexpectedRedirectError(APIStatusError):
    """The platform answered 3xx. The driver never follows a redirect (not even with an ``http_client`` built with
    ``follow_redirects=True``): the request, and its credentials, go only where the adapter sent them.

    ``location`` is where the answer pointed (scheme, host and path; the query, which may carry a signature, is
    dropped). For a send, a 307/308 means "not processed here" (failed); another 3xx may follow a processed POST
    (a 303 is the classic answer to one), so that send is unknown.
    """

    def __init__(self, message: str, *, location: str | None = None, **kwargs: Any) -> None:
        self.location = location
        super().__init__(message, **kwargs)


class InternalServerError(APIStatusError):
    """5xx: the platform failed."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status, for adapters that map platform errors."""
    if status_code in _STATUS_ERRORS:
        return _STATUS_ERRORS[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError
