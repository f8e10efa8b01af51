"""The SP-API simulator: LWA, Messaging, Uploads (+ the S3-style PUT), Solicitations, an Orders subset and the
Reports API for the FBA customer returns report (createReport → getReport → getReportDocument → a gzip download).

It speaks the real wire format at the real paths (bodies validate against the official models' schemas: see
``tests/test_fidelity.py``), checks the access token, enforces each operation's token bucket per seller (a 429
``QuotaExceeded`` with no rate header, as Amazon answers), and takes injected faults. It is one handler
``(httpx.Request) -> httpx.Response``: mounted in-process on the client's transport, or served on loopback by
``marketmsg sandbox serve amazon``. Upload URLs point back at the host the request came to, so they work both ways.

Differences from Amazon's own sandbox, on purpose: Amazon's sandbox throttles every operation at 5 rps / burst 15
and answers static examples only; this one applies the production usage plans and keeps state (a sent review
request disappears from the offered actions).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import logging
import re
import secrets
import threading
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, unquote

import httpx

from marketmsg import Clock, RateLimit, SystemClock

from .._kinds import ACTION_KINDS, KINDS, SOLICITATION_ACTION, SendKind
from .._limits import RATE_LIMITS
from ._requests import BadBody, content_md5, is_base64_md5, one_marketplace, read_json, send_body_problem
from ._seed import (
    CLIENT_ID,
    CLIENT_SECRET,
    MISSING_PREFIX,
    REFRESH_TOKEN,
    RETURNS_REPORT_FIELDS,
    SANDBOX_INVALID_ORDERS,
    SANDBOX_ORDER,
    SELLER_ID,
    SimOrder,
    order_on_sight,
    seed_orders,
)

__all__ = ["AmazonSimulator", "Fault", "RecordedCall"]

_log = logging.getLogger("marketmsg.amazon.simulator")

_HAL = "application/hal+json"
_JSON = "application/json"
_S3_PREFIX = "/sandbox-s3/buyer-seller-messaging-draft-attachment"
_REPORTS_S3_PREFIX = "/sandbox-s3/report-documents"
_REPORTS = "/reports/2021-06-30"
#: The report types this simulator produces (reports_2021-06-30.json takes any type Amazon lists).
_RETURNS_REPORT = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"
_DOCUMENT_TTL = timedelta(minutes=5)  # ReportDocument.url "expires after 5 minutes" (reports_2021-06-30.json)
_UPLOAD_TTL = timedelta(seconds=900)  # observed X-Amz-Expires=900 (amazon.md §1.7)
_CODE_TTL = timedelta(minutes=5)  # spapi_oauth_code lifetime (amazon.md §3)
_TOKEN_TTL = 3600  # LWA access tokens live one hour (amazon.md §3)
# x-amzn-RateLimit-Limit is declared only on these statuses (messaging.json; amazon.md §1.5).
_RATE_HEADER_STATUSES = frozenset({200, 201, 400, 404})
_BY_ACTION: dict[str, SendKind] = {k.action: k for k in KINDS}


@dataclass
class Fault:
    """One injected failure for the next request whose path contains ``path_contains``.

    ``status`` answers with that HTTP status and an SP-API error body (``code``); ``error`` raises a transport
    error instead: ``"connect"`` (never reached the server) or ``"read_timeout_after_commit"`` (processed, then
    the answer was lost); ``delay`` makes the answer take that many seconds on the simulator's clock.
    """

    status: int | None = None
    delay: float = 0.0
    code: str = "InternalFailure"
    message: str = "We encountered an internal error. Please try again."
    error: str | None = None
    path_contains: str = ""


@dataclass(frozen=True)
class RecordedCall:
    """One request the simulator answered: when (on its clock), what, and with which status."""

    at: float
    method: str
    path: str
    status: int
    operation: str


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass
class _Upload:
    destination_id: str
    md5: str
    resource: str
    expires: datetime
    content: bytes | None = None


@dataclass
class _Report:
    """One requested report (reports_2021-06-30.json ``Report``) and, once done, its document."""

    report_id: str
    seller: str
    report_type: str
    marketplace_ids: list[str]
    start: datetime
    end: datetime
    created: datetime
    document_id: str | None = None
    document: bytes | None = None
    cancelled: bool = False


@dataclass
class _Token:
    seller_id: str
    expires: datetime


@dataclass
class _State:
    tokens: dict[str, _Token] = field(default_factory=dict)
    codes: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=lambda: {REFRESH_TOKEN: SELLER_ID})
    uploads: dict[str, _Upload] = field(default_factory=dict)
    buckets: dict[tuple[str, str], _Bucket] = field(default_factory=dict)
    reports: dict[str, _Report] = field(default_factory=dict)
    documents: dict[str, tuple[_Report, datetime]] = field(default_factory=dict)


class AmazonSimulator:
    """Thread-safe in-memory SP-API. ``handle`` is the handler; the rest is for tests and demos to steer it."""

    def __init__(
        self,
        clock: Clock | None = None,
        *,
        rate_limits: dict[str, RateLimit] | None = None,
        orders_on_sight: bool = True,
    ) -> None:
        self.clock: Clock = clock or SystemClock()
        self.rate_limits = dict(RATE_LIMITS if rate_limits is None else rate_limits)
        self.lock = threading.RLock()
        self.orders: dict[str, SimOrder] = seed_orders(self.clock.now())
        self.faults: deque[Fault] = deque()
        self.calls: list[RecordedCall] = []
        self.token_requests = 0
        #: Called with every request before it is served; the first to return a response answers it instead.
        self.hooks: list[Callable[[httpx.Request], httpx.Response | None]] = []
        #: Unknown 3-7-7 order ids become ordinary delivered orders (see ``order_on_sight``); ``999-…`` never exist.
        self.orders_on_sight = orders_on_sight
        #: How long a report takes: IN_QUEUE for the first half, IN_PROGRESS for the second, then DONE.
        self.report_processing = timedelta(0)
        #: False: the app lacks the role for FBA reports — createReport answers 403, as Amazon does.
        self.reports_allowed = True
        self._state = _State()

    # ---------------------------------------------------------------- control (tests, demos)

    def inject(self, *faults: Fault) -> None:
        """Queue failures; each applies once, in order."""
        with self.lock:
            self.faults.extend(faults)

    def issue_oauth_code(self, selling_partner_id: str = SELLER_ID) -> str:
        """What Amazon's consent page would put in ``spapi_oauth_code`` for this seller (valid 5 minutes)."""
        code = "ANsandbox" + secrets.token_urlsafe(12)
        with self.lock:
            self._state.codes[code] = (selling_partner_id, self.clock.now() + _CODE_TTL)
        return code

    def expire_tokens(self) -> None:
        """Make every issued access token expired (as if an hour had passed for them)."""
        with self.lock:
            for token in self._state.tokens.values():
                token.expires = self.clock.now() - timedelta(seconds=1)

    def sent(self, order_id: str) -> list[dict[str, Any]]:
        """Messages and solicitations accepted for an order, oldest first."""
        with self.lock:
            return list(self.orders[order_id].sent)

    def uploaded(self, destination_id: str) -> bytes | None:
        """The bytes PUT to an upload destination, or None."""
        with self.lock:
            upload = self._state.uploads.get(destination_id)
            return upload.content if upload else None

    def add_return(self, order_id: str, row: dict[str, str]) -> None:
        """A unit of ``order_id`` Amazon received back: a row of the FBA customer returns report."""
        with self.lock:
            self.orders[order_id].returns.append(row)

    def calls_for(self, operation: str) -> list[RecordedCall]:
        with self.lock:
            return [c for c in self.calls if c.operation == operation]

    # ---------------------------------------------------------------- serving

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the in-process transport and the loopback server both call this)."""
        request.read()
        path = unquote(request.url.path)
        operation = _operation(request.method, path)
        with self.lock:
            fault = self._next_fault(path)
            hooks = list(self.hooks)
        for hook in hooks:
            answer = hook(request)
            if answer is not None:
                return answer
        if fault is not None and fault.delay:
            self.clock.sleep(fault.delay)
        if fault is not None and fault.error == "connect":
            raise httpx.ConnectError("injected: connection refused", request=request)
        if fault is not None and fault.status is not None:
            response = _errors(fault.status, fault.code, fault.message)
        else:
            try:
                with self.lock:
                    response = self._dispatch(request, path, operation)
            except Exception:
                # A simulator bug, never a client's mistake (those are 400s): answer as Amazon's 500 does, in
                # the model's error shape, and say so in the log. The schema fuzz asserts this never happens.
                _log.exception("simulator failed on %s %s", request.method, path)
                response = _errors(
                    500, "InternalFailure", "We encountered an internal error. Please try again."
                )
        with self.lock:
            self.calls.append(
                RecordedCall(self.clock.monotonic(), request.method, path, response.status_code, operation)
            )
        if fault is not None and fault.error == "read_timeout_after_commit":
            raise httpx.ReadTimeout("injected: answer lost after the server committed", request=request)
        return response

    def _next_fault(self, path: str) -> Fault | None:
        if self.faults and self.faults[0].path_contains in path:
            return self.faults.popleft()
        return None

    def _dispatch(self, request: httpx.Request, path: str, operation: str) -> httpx.Response:
        if operation == "lwaToken":
            return self._token(request)
        if operation == "s3Put":
            return self._s3_put(request, path)
        if operation == "reportDownload":
            return self._report_download(path)
        if operation == "unknown":
            return _errors(404, "NotFound", f"no SP-API operation at {request.method} {path}")
        seller = self._authenticate(request)
        if isinstance(seller, httpx.Response):
            return seller
        if not self._take(seller, operation):
            # Amazon's 429 carries no x-amzn-RateLimit-Limit (amazon.md §1.5/§1.6).
            return _errors(429, "QuotaExceeded", "You exceeded your quota for the requested resource.")
        response = self._route(request, path, operation)
        limit = self.rate_limits.get(operation)
        if limit is not None and response.status_code in _RATE_HEADER_STATUSES:
            response.headers["x-amzn-RateLimit-Limit"] = f"{limit.rate:g}"
        return response

    # ---------------------------------------------------------------- LWA

    def _token(self, request: httpx.Request) -> httpx.Response:
        self.token_requests += 1
        form = _token_form(request)
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return _lwa_error(401, "invalid_client", "Client authentication failed")
        grant = form.get("grant_type")
        if grant == "refresh_token":
            seller = self._state.refresh_tokens.get(form.get("refresh_token", ""))
            if seller is None:
                return _lwa_error(
                    400, "invalid_grant", "The request has an invalid grant parameter : refresh_token"
                )
            return self._issue(seller, refresh_token=None)
        if grant == "authorization_code":
            found = self._state.codes.pop(form.get("code", ""), None)
            if found is None or found[1] < self.clock.now():
                return _lwa_error(400, "invalid_grant", "The request has an invalid grant parameter : code")
            refresh = f"Atzr|sandbox-{secrets.token_urlsafe(24)}"
            self._state.refresh_tokens[refresh] = found[0]
            return self._issue(found[0], refresh_token=refresh)
        return _lwa_error(400, "unsupported_grant_type", f"grant_type {grant!r} is not supported")

    def _issue(self, seller: str, *, refresh_token: str | None) -> httpx.Response:
        access = f"Atza|sandbox-{secrets.token_urlsafe(24)}"
        self._state.tokens[access] = _Token(seller, self.clock.now() + timedelta(seconds=_TOKEN_TTL))
        body: dict[str, Any] = {"access_token": access, "token_type": "bearer", "expires_in": _TOKEN_TTL}
        if refresh_token:
            body["refresh_token"] = refresh_token
        return httpx.Response(200, json=body, headers={"x-amzn-RequestId": str(uuid.uuid4())})

    def _authenticate(self, request: httpx.Request) -> str | httpx.Response:
        value = request.headers.get("x-amz-access-token")
        if not value:
            return _errors(403, "MissingAuthenticationToken", "Access to requested resource is denied.")
        token = self._state.tokens.get(value)
        if token is None:
            return _errors(
                403,
                "Unauthorized",
                "Access to requested resource is denied.",
                "The access token you provided is revoked, malformed or invalid.",
            )
        if token.expires <= self.clock.now():
            response = _errors(
                403,
                "Unauthorized",
                "Access to requested resource is denied.",
                "The access token you provided has expired.",
            )
            response.headers["x-amzn-ErrorType"] = "ExpiredTokenException"
            return response
        return token.seller_id

    def _take(self, seller: str, operation: str) -> bool:
        limit = self.rate_limits.get(operation)
        if limit is None:
            return True
        now = self.clock.monotonic()
        bucket = self._state.buckets.setdefault((seller, operation), _Bucket(float(limit.burst), now))
        bucket.tokens = min(float(limit.burst), bucket.tokens + (now - bucket.updated) * limit.rate)
        bucket.updated = now
        if bucket.tokens < 1.0 - 1e-9:  # tolerance: client and server may read the same clock to the last bit
            return False
        bucket.tokens -= 1.0
        return True

    # ---------------------------------------------------------------- SP-API routes

    def _route(self, request: httpx.Request, path: str, operation: str) -> httpx.Response:
        if operation == "createUploadDestinationForResource":
            return self._create_upload(request, path)
        if operation in ("createReport", "getReport", "getReportDocument"):
            return self._reports(request, path, operation)
        if not path.startswith("/orders/") and not one_marketplace(request):
            # marketplaceIds: in the query, required, maxItems 1 (messaging.json, solicitations.json; amazon.md
            # §1.2); Amazon's wording (python-amazon-sp-api#1816, selling-partner-api-models#772).
            return _errors(400, "InvalidInput", "Missing or invalid request parameters: [marketplaceIds]", "")
        order_id = _order_id(path)
        if order_id in SANDBOX_INVALID_ORDERS:
            return _errors(400, "InvalidInput", "Invalid Input", "")
        order = self._order(order_id)
        if order is None:
            return _errors(404, "NotFound", f"Order {order_id} was not found for this seller.")
        if operation == "getMessagingActionsForOrder":
            return _hal(200, _actions_body(order, order.actions, "/messaging/v1/orders", "messages"))
        if operation == "GetAttributes":
            return _hal(200, {"buyer": {"locale": order.locale}})
        if operation == "getOrder":
            return _json(200, {"payload": order.wire()})
        if operation == "getOrderItems":
            return _json(
                200, {"payload": {"AmazonOrderId": order.order_id, "OrderItems": [order.item_wire()]}}
            )
        if operation == "getSolicitationActionsForOrder":
            actions = (SOLICITATION_ACTION,) if self._may_solicit(order) is None else ()
            return _hal(200, _actions_body(order, actions, "/solicitations/v1/orders", "solicitations"))
        if operation == "createProductReviewAndSellerFeedbackSolicitation":
            return self._solicit(order)
        return self._send(request, order, path.rsplit("/", 1)[-1])

    def _order(self, order_id: str) -> SimOrder | None:
        order = self.orders.get(order_id)
        if (
            order is None
            and self.orders_on_sight
            and _ORDER_ID.match(order_id)
            and not order_id.startswith(MISSING_PREFIX)
        ):
            order = self.orders[order_id] = order_on_sight(order_id, self.clock.now())
        return order

    def _send(self, request: httpx.Request, order: SimOrder, action: str) -> httpx.Response:
        kind = _BY_ACTION[action]
        if order.order_id != SANDBOX_ORDER and action not in order.actions:
            return _errors(403, "Unauthorized", "Invalid amazonOrderId and template combination.", "")
        try:
            body = read_json(request.content)
        except BadBody as exc:
            return _errors(400, "InvalidInput", "Invalid Input", str(exc))
        problem = send_body_problem(kind, body)
        if problem is None and isinstance(body, dict):
            problem = self._missing_upload(body) if kind.attachments is not None else None
        if problem or not isinstance(body, dict):
            return _errors(400, "InvalidInput", "Invalid Input", problem)
        order.sent.append({"action": action, "body": body, "at": self.clock.now().isoformat()})
        return _hal(201, {})

    def _missing_upload(self, body: dict[str, Any]) -> str | None:
        for attachment in (
            body.get("attachments") or []
        ):  # checked to be {uploadDestinationId, fileName} objects
            upload = self._state.uploads.get(str(attachment.get("uploadDestinationId")))
            if upload is None or upload.content is None:
                # The message Amazon gives for a missing or never-uploaded file (selling-partner-api-models#325).
                return f"Attachment with ID {attachment.get('uploadDestinationId')} does not exist."
        return None

    def _may_solicit(self, order: SimOrder) -> str | None:
        now = self.clock.now()
        if order.solicited:
            return "The requested solicitation is not available for this amazonOrderId."
        opens, closes = (
            order.earliest_delivery + timedelta(days=5),
            order.latest_delivery + timedelta(days=30),
        )
        if order.status != "Shipped" or not opens <= now <= closes:
            # Amazon's wording, typographic apostrophe included (selling-partner-api-docs#121).
            return "You can\u2019t use this feature to request a review outside the 5-30 day range after the order delivery date."
        return None

    def _solicit(self, order: SimOrder) -> httpx.Response:
        problem = self._may_solicit(order)
        if problem:
            return _errors(403, "Unauthorized", problem, "")
        order.solicited = True
        order.sent.append({"action": SOLICITATION_ACTION, "body": {}, "at": self.clock.now().isoformat()})
        return _hal(201, {})

    # ---------------------------------------------------------------- reports

    def _reports(self, request: httpx.Request, path: str, operation: str) -> httpx.Response:
        seller = self._state.tokens[request.headers["x-amz-access-token"]].seller_id
        if operation == "createReport":
            return self._create_report(request, seller)
        key = path.rsplit("/", 1)[-1]
        if operation == "getReport":
            report = self._state.reports.get(key)
            if report is None or report.seller != seller:
                return _errors(404, "NotFound", f"Report {key} was not found.")
            return _json(200, self._report_wire(request, report))
        found = self._state.documents.get(key)
        if found is None or found[0].seller != seller:
            return _errors(404, "NotFound", f"Report document {key} was not found.")
        origin = f"{request.url.scheme}://{request.url.netloc.decode()}"
        url = f"{origin}{_REPORTS_S3_PREFIX}/{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300"
        self._state.documents[key] = (found[0], self.clock.now() + _DOCUMENT_TTL)
        return _json(200, {"reportDocumentId": key, "url": url, "compressionAlgorithm": "GZIP"})

    def _create_report(self, request: httpx.Request, seller: str) -> httpx.Response:
        if not self.reports_allowed:
            return _errors(403, "Unauthorized", "Access to requested resource is denied.", "")
        try:
            body = read_json(request.content)
        except BadBody as exc:
            return _errors(400, "InvalidInput", "Invalid Input", str(exc))
        problem = _report_spec_problem(body, self.clock.now())
        if problem is not None or not isinstance(body, dict):
            return _errors(400, "InvalidInput", problem or "Invalid Input")
        now = self.clock.now()
        start = _instant(body.get("dataStartTime")) or now
        end = _instant(body.get("dataEndTime")) or now
        report = _Report(
            str(50_000 + len(self._state.reports) + 1),
            seller,
            str(body["reportType"]),
            list(body["marketplaceIds"]),
            start,
            end,
            now,
        )
        self._state.reports[report.report_id] = report
        return _json(202, {"reportId": report.report_id})

    def _status(self, report: _Report) -> str:
        elapsed = self.clock.now() - report.created
        if elapsed < self.report_processing / 2:
            return "IN_QUEUE"
        if elapsed < self.report_processing:
            return "IN_PROGRESS"
        if report.document_id is None and not report.cancelled:
            rows = [
                row
                for order in self.orders.values()
                for row in order.returns
                if report.start <= datetime.fromisoformat(row["return-date"]) <= report.end
            ]
            if not rows:
                report.cancelled = True  # "an automatic cancellation if there is no data to return"
            else:
                lines = ["\t".join(RETURNS_REPORT_FIELDS)]
                lines += ["\t".join(row[f] for f in RETURNS_REPORT_FIELDS) for row in rows]
                report.document = gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0)
                report.document_id = f"amzn1.spdoc.1.4.na.{uuid.uuid4()}"
                self._state.documents[report.document_id] = (report, self.clock.now() + _DOCUMENT_TTL)
        return "CANCELLED" if report.cancelled else "DONE"

    def _report_wire(self, request: httpx.Request, report: _Report) -> dict[str, Any]:
        fmt = "%Y-%m-%dT%H:%M:%S+00:00"
        status = self._status(report)
        wire: dict[str, Any] = {
            "reportId": report.report_id,
            "reportType": report.report_type,
            "marketplaceIds": report.marketplace_ids,
            "dataStartTime": report.start.strftime(fmt),
            "dataEndTime": report.end.strftime(fmt),
            "createdTime": report.created.strftime(fmt),
            "processingStatus": status,
        }
        if status != "IN_QUEUE":
            wire["processingStartTime"] = report.created.strftime(fmt)
        if status in ("DONE", "CANCELLED"):
            wire["processingEndTime"] = (report.created + self.report_processing).strftime(fmt)
        if report.document_id is not None:
            wire["reportDocumentId"] = report.document_id
        return wire

    def _report_download(self, path: str) -> httpx.Response:
        found = self._state.documents.get(path.rsplit("/", 1)[-1])
        if found is None or found[0].document is None:
            return _s3_error(404, "NoSuchKey", "The specified key does not exist.")
        if found[1] < self.clock.now():
            return _s3_error(403, "AccessDenied", "Request has expired")
        return httpx.Response(200, content=found[0].document, headers={"content-type": "text/plain"})

    # ---------------------------------------------------------------- uploads

    def _create_upload(self, request: httpx.Request, path: str) -> httpx.Response:
        resource = path.split("/uploadDestinations/", 1)[1]
        given = request.url.params.get("contentMD5")
        missing = [name for name, ok in (("contentMD5", bool(given)), ("marketplaceIds", one_marketplace(request)))
                   if not ok]  # fmt: skip
        if missing:
            # Amazon's wording (abuzuhri/Amazon-SP-API-CSharp#214 captured it for both parameters).
            return _errors(
                400, "InvalidInput", f"Missing or invalid request parameters: [{', '.join(missing)}]"
            )
        # Production creates the destination whatever the digest looks like and echoes it in the headers; a hex
        # digest then fails at S3 with InvalidDigest (selling-partner-api-models#1755). A percent-quoted base64
        # digest is unquoted first (python-amazon-sp-api#465).
        md5 = content_md5(given) or str(given)
        destination = f"amzn1.tortuga.4.na.{uuid.uuid4()}"
        self._state.uploads[destination] = _Upload(destination, md5, resource, self.clock.now() + _UPLOAD_TTL)
        # Pre-signed URL on the host the request came to, so loopback clients can PUT to it.
        origin = f"{request.url.scheme}://{request.url.netloc.decode()}"
        url = f"{origin}{_S3_PREFIX}/{destination}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900"
        headers = {"Content-MD5": md5, "x-amz-server-side-encryption": "aws:kms"}
        return _json(201, {"payload": {"uploadDestinationId": destination, "url": url, "headers": headers}})

    def _s3_put(self, request: httpx.Request, path: str) -> httpx.Response:
        upload = self._state.uploads.get(path.rsplit("/", 1)[-1])
        if request.method != "PUT":
            return _s3_error(
                405, "MethodNotAllowed", "The specified method is not allowed against this resource."
            )
        if upload is None:
            return _s3_error(404, "NoSuchUpload", "The specified upload does not exist.")
        if upload.expires < self.clock.now():
            return _s3_error(403, "AccessDenied", "Request has expired")
        declared = request.headers.get("content-md5", "")
        if not is_base64_md5(declared):
            return _s3_error(400, "InvalidDigest", "The Content-MD5 you specified was invalid.")
        actual = base64.b64encode(hashlib.md5(request.content, usedforsecurity=False).digest()).decode()
        if declared != actual or declared != upload.md5:
            return _s3_error(
                400, "BadDigest", "The Content-MD5 you specified did not match what we received."
            )
        if request.headers.get("x-amz-server-side-encryption") != "aws:kms":
            return _s3_error(
                403, "AccessDenied", "There were headers present in the request which were not signed"
            )
        upload.content = request.content
        return httpx.Response(
            200, headers={"ETag": f'"{hashlib.md5(request.content, usedforsecurity=False).hexdigest()}"'}
        )


# -------------------------------------------------------------------- helpers (pure)

_ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")  # Amazon order ids are 3-7-7 digits (amazon.md §4.3)
_SEND_RE = re.compile(r"^/messaging/v1/orders/[^/]+/messages/([A-Za-z]+)$")


def _operation(method: str, path: str) -> str:
    """The SP-API operationId a request addresses (or lwaToken / s3Put / unknown)."""
    if path == "/auth/o2/token" and method == "POST":
        return "lwaToken"
    if path.startswith(_S3_PREFIX + "/"):
        return "s3Put"
    if path.startswith(_REPORTS_S3_PREFIX + "/") and method == "GET":
        return "reportDownload"
    if _parts(path)[:2] == ["reports", "2021-06-30"]:
        return _report_operation(method, _parts(path))
    parts = [p for p in path.split("/") if p]
    send = _SEND_RE.match(path)
    if method == "POST" and send and send.group(1) in ACTION_KINDS:
        return _BY_ACTION[send.group(1)].operation
    if method == "POST" and path.startswith("/uploads/2020-11-01/uploadDestinations/"):
        return "createUploadDestinationForResource"
    if method == "GET" and parts[:3] == ["messaging", "v1", "orders"] and len(parts) in (4, 5):
        return (
            "getMessagingActionsForOrder"
            if len(parts) == 4
            else "GetAttributes"
            if parts[4] == "attributes"
            else "unknown"
        )
    if parts[:3] == ["solicitations", "v1", "orders"]:
        if method == "GET" and len(parts) == 4:
            return "getSolicitationActionsForOrder"
        if method == "POST" and parts[4:] == ["solicitations", SOLICITATION_ACTION]:
            return "createProductReviewAndSellerFeedbackSolicitation"
    if method == "GET" and parts[:3] == ["orders", "v0", "orders"]:
        return {4: "getOrder", 5: "getOrderItems" if parts[-1] == "orderItems" else "unknown"}.get(
            len(parts), "unknown"
        )
    return "unknown"


def _parts(path: str) -> list[str]:
    return [p for p in path.split("/") if p]


def _report_operation(method: str, parts: list[str]) -> str:
    if method == "POST" and parts[2:] == ["reports"]:
        return "createReport"
    if method == "GET" and len(parts) == 4 and parts[2] == "reports":
        return "getReport"
    if method == "GET" and len(parts) == 4 and parts[2] == "documents":
        return "getReportDocument"
    return "unknown"


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _report_spec_problem(body: object, now: datetime) -> str | None:
    """What is wrong with a ``CreateReportSpecification`` (reports_2021-06-30.json), or None."""
    if not isinstance(body, dict):
        return "the body is not a CreateReportSpecification object"
    marketplaces = body.get("marketplaceIds")
    if (
        not isinstance(marketplaces, list)
        or not 1 <= len(marketplaces) <= 25
        or not all(isinstance(m, str) for m in marketplaces)
    ):
        return "marketplaceIds: 1 to 25 marketplace ids are required"
    if not isinstance(body.get("reportType"), str):
        return "reportType is required"
    if body["reportType"] != _RETURNS_REPORT:
        return f"reportType {body['reportType']} is not produced by this simulator (only {_RETURNS_REPORT})"
    for name in ("dataStartTime", "dataEndTime"):
        if name in body:
            instant = _instant(body[name])
            if instant is None:
                return f"{name} is not an ISO 8601 date-time"
            if instant > now:
                return f"{name} must be prior to or equal to the current date and time"
    return None


def _order_id(path: str) -> str:
    return [p for p in path.split("/") if p][3]


def _actions_body(order: SimOrder, actions: tuple[str, ...], prefix: str, kind: str) -> dict[str, Any]:
    query = "?marketplaceIds=ATVPDKIKX0DER"
    base = f"{prefix}/{order.order_id}"

    def href(action: str) -> str:
        return f"{base}/attributes{query}" if action == "attributes" else f"{base}/{kind}/{action}{query}"

    return {
        "_links": {
            "self": {"href": f"{base}{query}"},
            "actions": [{"href": href(a), "name": a} for a in actions],
        },
        "_embedded": {
            "actions": [
                {
                    "_links": {
                        "self": {"href": href(a), "name": a},
                        "schema": {"href": f"{base}/{kind}/{a}/schema", "name": a},
                    },
                    "payload": {"name": a},
                }
                for a in actions
            ]
        },
    }


def _headers(content_type: str) -> dict[str, str]:
    return {"content-type": content_type, "x-amzn-RequestId": str(uuid.uuid4())}


def _hal(status: int, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=_headers(_HAL))


def _json(status: int, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=_headers(_JSON))


def _errors(status: int, code: str, message: str, details: str | None = None) -> httpx.Response:
    error: dict[str, str] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return _json(status, {"errors": [error]})


def _token_form(request: httpx.Request) -> dict[str, str]:
    """The token request's parameters: a form body (the documented one) or a JSON object, which public clients
    send too (e.g. tolgamungan/Book-Automation ``amazonAuth.gs``) [that LWA accepts JSON: third-party evidence]."""
    content_type = request.headers.get("content-type", "").lower()
    text = request.content.decode("utf-8", errors="replace")
    if content_type.startswith("application/json"):
        try:
            body = json.loads(text)
        except (ValueError, RecursionError):
            return {}
        return {str(k): str(v) for k, v in body.items()} if isinstance(body, dict) else {}
    return {k: v[0] for k, v in parse_qs(text).items()}


def _lwa_error(status: int, code: str, description: str) -> httpx.Response:
    return _json(status, {"error": code, "error_description": description})


def _s3_error(status: int, code: str, message: str) -> httpx.Response:
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'
    return httpx.Response(status, content=body.encode(), headers={"content-type": "application/xml"})
