"""Errors specific to the AliExpress gateway (all part of marketmsg's tree)."""

from __future__ import annotations

from marketmsg import ConfigurationError, DeliveryUnknown, ResponseValidationError
from marketmsg.adapter import Outcome, SendOutcomes, platform_rules, rule

from ._limits import API

__all__ = ["SEND_OUTCOMES", "SignatureError", "UnconfirmedSendError", "UnreadableResponseError"]

#: What each status answered to a gateway send proves (docs/concepts/retries-rate-limits.md shows the table).
#: The gateway reports its own errors inside a 200 (``error_response``); the adapter maps them to an HTTP
#: equivalent (``ApiCallLimit`` → 429, ``isv.*`` → 400, ISP errors → 500, ``ServiceUnavailable`` → 503) before
#: this table is read. Only the flow-control ban is documented as a refusal before processing; AliExpress
#: documents no 503 semantics, so a 503 (HTTP, or ``ServiceUnavailable``) stays unknown, as every other 5xx.
SEND_OUTCOMES = SendOutcomes(
    platform="aliexpress",
    rules=platform_rules(
        rule(
            (429,),
            Outcome.RETRY,
            "IOP flow control: ApiCallLimit 'Api access frequency exceeds the limit. this ban will last N "
            "seconds' — the call is refused for the ban (aliexpress.md §6; open.alitrip.com doc 108426)",
        ),
    ),
    kinds={
        API.IM_SEND: "message",
        API.LETTER_ADD: "message",
        API.SOLUTION_AGREE: "dispute_action",
        API.SOLUTION_SAVE: "dispute_action",
        API.IMAGE_UPLOAD: "evidence_upload",
    },
)


class SignatureError(ConfigurationError):
    """The gateway refused the request's signature (``IncompleteSignature``) or its timestamp.

    Nothing was processed. It is a configuration problem, never retried: the app secret does not belong to the
    app key, a parameter was changed after signing, or the machine's clock is off by more than the gateway
    accepts (7200 s for IOP, aliexpress.md §1.2). ``platform_code`` and ``request_id`` are the gateway's.
    """

    def __init__(self, message: str, *, platform_code: str, request_id: str | None = None) -> None:
        self.platform = "aliexpress"
        self.platform_code = platform_code
        self.request_id = request_id
        suffix = f" (request id: {request_id})" if request_id else ""
        super().__init__(f"[aliexpress {platform_code}] {message}{suffix}", field="credentials.app_secret")


class _AnswerDetails:
    """What the gateway's unreadable answer looked like (shared by the two errors below)."""

    api: str
    status_code: int
    request_id: str | None
    excerpt: str

    def _details(self, api: str, status_code: int, request_id: str | None, excerpt: str) -> str:
        self.api, self.status_code, self.request_id, self.excerpt = api, status_code, request_id, excerpt
        rid = f", request id: {request_id}" if request_id else ""
        return f" (HTTP {status_code}{rid}; answer: {excerpt})"


class UnreadableResponseError(ResponseValidationError, _AnswerDetails):
    """AliExpress answered a read, but not with a documented shape: not JSON (an HTML page on a 200), not an
    object, a field of the wrong kind or an absurd value.

    ``status_code``, ``request_id`` and ``excerpt`` (the body's JSON *shape* — keys and value types — or the
    first characters of a non-JSON body, redacted) say what arrived. Nothing was changed on the platform.
    If it persists, report it with the excerpt (docs/fidelity.md): the platform may have changed a format.
    """

    def __init__(
        self, message: str, *, api: str, status_code: int, request_id: str | None, excerpt: str
    ) -> None:
        super().__init__(
            message + self._details(api, status_code, request_id, excerpt), platform="aliexpress"
        )


class UnconfirmedSendError(DeliveryUnknown, _AnswerDetails):
    """A send (a message, a dispute action) was answered, but the answer does not confirm it.

    The platform may have acted, so it is never retried automatically: the outbox keeps the entry ``unknown``
    until it is reconciled (a :class:`~marketmsg.DeliveryUnknown`). ``status_code``, ``request_id`` and the
    redacted ``excerpt`` say what arrived.
    """

    def __init__(
        self, message: str, *, api: str, status_code: int, request_id: str | None, excerpt: str
    ) -> None:
        super().__init__(
            message
            + "; it may have been applied, so it is not retried"
            + self._details(api, status_code, request_id, excerpt),
            platform="aliexpress",
            operation=api,
        )
