"""The simulated IOP gateway: verifies what the real one verifies, then serves the seeded data.

Per request: injected fault → app key → timestamp (within 7200 s of UTC, §1.2) → signature (HMAC-SHA256 with the
path prefix for path-named APIs; slash-named ``aliexpress/message/*`` accepted with or without it, since which
one the real gateway wants is unconfirmed, §9.2; MD5/HMAC-MD5 on the legacy ``/router/rest``) → per-app QPS
(``ApiCallLimit`` "this ban will last N seconds") → token (``IllegalAccessToken``) → the API. Errors use the
platform's envelopes: ``error_response`` on ``/sync`` and TOP, top-level ``code``/``message`` on ``/rest``.
Every answer is HTTP 200, like the real gateway's business errors.
"""

from __future__ import annotations

import email.parser
import email.policy
import hmac
import json
import math
import threading
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl

import httpx

from marketmsg import Clock, RateLimit, SystemClock
from marketmsg.transport import InMemoryLimitStore

from ..auth._signing import TopSignMethod, sign, sign_top
from . import _apis_issue, _apis_messages, _apis_orders
from ._common import HANDLERS, Reject, require
from ._state import SimIssue, SimState, seed

__all__ = ["APP_KEY", "APP_SECRET", "AUTH_CODE", "BASE_URL", "AliExpressSimulator", "Fault"]

BASE_URL = "https://api-sg.aliexpress.com"
#: The documented sandbox app (adapters/aliexpress/docs/aliexpress.md).
APP_KEY = "34567890"
APP_SECRET = "sandbox-app-secret-0123456789abcdef"  # noqa: S105 - published test secret of the simulator
#: A seeded authorisation code: ``/auth/token/create`` with it authorises the IM seller.
AUTH_CODE = "sandbox-auth-code-0001"
IM_SELLER = "cn1500000001"
LETTER_SELLER = "cn1500000002"
TIMESTAMP_TOLERANCE = 7200.0  # seconds, IOP doc 120691 (§1.2)
ACCESS_LIFETIME = 30 * 86400  # what the simulator issues; real lifetimes vary by app type (§2)
REFRESH_LIFETIME = 60 * 86400


@dataclass
class Fault:
    """One injected failure for the next request whose API name contains ``api_contains``: a gateway error
    (``code``, ``msg``, optional ``sub_code``/``sub_msg``/``type``), an HTTP ``status``, or a transport
    ``error`` ("connect", "read_timeout_after_commit": processed, then the answer is lost)."""

    code: str | None = None
    msg: str = "injected fault"
    sub_code: str | None = None
    sub_msg: str | None = None
    type: str = "ISV"
    status: int | None = None
    error: str | None = None
    api_contains: str = ""


@dataclass
class _Token:
    seller: str
    expires_at: float
    refresh: str
    refresh_expires_at: float


class AliExpressSimulator:
    """Thread-safe in-process IOP gateway. ``handle`` is the httpx handler (also served on loopback)."""

    def __init__(self, clock: Clock | None = None, *, qps: float = 10.0, burst: int = 10) -> None:
        self.clock: Clock = clock or SystemClock()
        self.lock = threading.RLock()
        self.faults: deque[Fault] = deque()
        self.requests: list[httpx.Request] = []
        self.qps = RateLimit(rate=qps, burst=burst)
        self._limits = InMemoryLimitStore()
        now = self.clock.now()
        self.state = SimState(now)
        self.sellers = {IM_SELLER: "im", LETTER_SELLER: "station_letter"}
        #: Which messaging APIs the sandbox app may call (remove one to see the permission error).
        self.allowed_messaging = {"im", "station_letter"}
        self.tokens: dict[str, _Token] = {}
        self.refresh_tokens: dict[str, str] = {}
        self.codes = {AUTH_CODE: IM_SELLER}
        for seller in self.sellers:
            self._issue_token(seller, access=f"sandbox-access-{seller}", refresh=f"sandbox-refresh-{seller}")
        seed(self.state, self.sellers, now)

    # ---------------------------------------------------------------- control (tests, demos)

    def inject(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def revoke(self, access_token: str) -> None:
        """Invalidate an access token (the next call gets ``IllegalAccessToken``)."""
        with self.lock:
            self.tokens.pop(access_token, None)

    def issue(self, issue_id: str) -> SimIssue:
        return self.state.issues[issue_id]

    def buyer_refuse(self, issue_id: str) -> None:
        with self.lock:
            self.state.buyer_refuse(self.issue(issue_id), self.clock.now())

    def buyer_accept(self, issue_id: str, solution_id: str) -> None:
        with self.lock:
            issue = self.issue(issue_id)
            solution = next(s for s in issue.solutions() if s["id"] == solution_id)
            self.state.reach(issue, solution, "buyer", self.clock.now())

    def escalate(self, issue_id: str) -> None:
        with self.lock:
            self.state.escalate(self.issue(issue_id), self.clock.now())

    def open_issue(
        self,
        seller: str,
        order_id: str,
        buyer: str,
        amount: str,
        currency: str = "USD",
        reason: str = "Item not received",
    ) -> SimIssue:
        with self.lock:
            return self.state.open_issue(seller, order_id, buyer, amount, currency, reason, self.clock.now())

    def buyer_writes(self, seller: str, buyer_id: str, text: str) -> None:
        with self.lock:
            login = self.state.im.get(seller, {}).get(buyer_id, {}).get("login", f"us{buyer_id}")
            self.state.add_im(seller, buyer_id, login, True, text, self.clock.now())

    # ---------------------------------------------------------------- serving

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            params, files = _params(request)
            path = request.url.path
            rest = "/rest/" in path and not path.endswith("/router/rest")
            api = path.split("/rest", 1)[1] if rest else params.get("method", "")
            fault = self.faults.popleft() if self.faults and self.faults[0].api_contains in api else None
        if fault is not None and fault.error == "connect":
            raise httpx.ConnectError("injected: connection refused", request=request)
        if fault is not None and fault.status is not None:
            return httpx.Response(fault.status, text="injected")
        try:
            if fault is not None and fault.code is not None:
                raise Reject(fault.code, fault.msg, fault.sub_code, fault.type, fault.sub_msg)
            with self.lock:
                self.state.tick(self.clock.now())
                result = self._serve(request, api, params, files, rest)
        except Reject as exc:
            return _error(api, exc, rest)
        if fault is not None and fault.error == "read_timeout_after_commit":
            raise httpx.ReadTimeout("injected: answer lost after the gateway committed", request=request)
        if rest or api.startswith("/"):
            return _json({**result, "code": "0", "request_id": _rid()})
        if params.get("simplify") == "true":
            # The official Java SDK reads a simplified answer's fields from the root (SimplifyJsonConverter):
            # no <api>_response wrapper, lists as plain arrays.
            return _json({**result, "request_id": _rid()})
        return _json(_wrap(api, result))

    def _serve(
        self, request: httpx.Request, api: str, params: dict[str, str], files: dict[str, bytes], rest: bool
    ) -> dict[str, Any]:
        for name in ("app_key", "sign", "timestamp"):
            require(params, name)
        if params.get("app_key") != APP_KEY:
            raise Reject("InvalidAppKey", "The app key is invalid")  # code name unconfirmed (§6)
        self._check_timestamp(params.get("timestamp", ""))
        self._check_signature(request, api, params)
        wait = self._limits.reserve(f"app:{APP_KEY}", self.qps, self.clock.monotonic())
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise Reject(
                "ApiCallLimit",
                f"Api access frequency exceeds the limit. this ban will last {seconds} seconds",
            )
        if api in ("/auth/token/create", "/auth/token/refresh"):
            return self._auth(api, params)
        seller = self._seller(params, rest)
        simplify = params.get("simplify", "false") == "true"
        handler = HANDLERS.get(api)
        if handler is None:
            raise Reject("InvalidApiPath", f"The specified API {api!r} is not served by the sandbox")
        if api.startswith(("aliexpress/message/", "aliexpress.message.")):
            family = "im" if api.startswith("aliexpress/message/") else "station_letter"
            if family not in self.allowed_messaging:
                raise Reject("11", "Insufficient isv permissions", "isv.permission-api-package-limit")
        return handler(self, seller, params, files, simplify)

    def _check_timestamp(self, value: str) -> None:
        now = self.clock.now()
        try:
            if value.isdigit():
                stamp = datetime.fromtimestamp(int(value) / 1000, tz=UTC)
            elif "T" in value:
                stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
            else:  # TOP: yyyy-MM-dd HH:mm:ss in GMT+8
                stamp = datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(
                    tzinfo=timezone(timedelta(hours=8))
                )
        except ValueError:
            raise Reject("InvalidTimestamp", "The timestamp parameter is invalid") from None
        if abs((stamp - now).total_seconds()) > TIMESTAMP_TOLERANCE:
            # The code name is unconfirmed for AliExpress (§6); the 7200 s window is documented (§1.2).
            raise Reject("InvalidTimestamp", "The request timestamp is out of the allowed 7200 s window")

    def _check_signature(self, request: httpx.Request, api: str, params: dict[str, str]) -> None:
        given = params.get("sign", "")
        method = params.get("sign_method", "")
        if request.url.path.endswith("/router/rest"):
            top_methods: dict[str, TopSignMethod] = {
                "md5": "md5",
                "hmac": "hmac",
                "hmac-sha256": "hmac-sha256",
            }
            top = top_methods.get(method)
            expected = {sign_top(APP_SECRET, params, top)} if top is not None else set()
        elif method == "sha256":
            expected = {sign(APP_SECRET, api, params)}
            if "/" in api and not api.startswith("/"):
                expected.add(sign(APP_SECRET, "", params))  # unconfirmed which form is right (§9.2)
        elif method == "md5" and request.url.path.endswith("/sync"):
            # The AliExpress-generated TOP-style Python SDK (taobao-sdk-python-20200924, vendored by the PyPI
            # package python-aliexpress-api, used against production /sync) signs with secret-wrapped MD5.
            expected = {sign_top(APP_SECRET, params, "md5")}
        else:
            expected = set()
        if not any(hmac.compare_digest(given, e) for e in expected):
            raise Reject(
                "IncompleteSignature", "The request signature does not conform to platform standards"
            )

    def _seller(self, params: dict[str, str], rest: bool) -> str:
        token = params.get("access_token" if rest else "session") or params.get("session") or ""
        found = self.tokens.get(token)
        if found is None or found.expires_at <= self.clock.now().timestamp():
            raise Reject("IllegalAccessToken", "The specified access token is invalid or expired")
        return found.seller

    # ---------------------------------------------------------------- auth

    def _issue_token(
        self, seller: str, *, access: str | None = None, refresh: str | None = None
    ) -> dict[str, Any]:
        now = self.clock.now().timestamp()
        access = access or f"50000{uuid.uuid4().hex}"
        refresh = refresh or f"50001{uuid.uuid4().hex}"
        self.tokens[access] = _Token(seller, now + ACCESS_LIFETIME, refresh, now + REFRESH_LIFETIME)
        self.refresh_tokens[refresh] = seller
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": ACCESS_LIFETIME,
            "refresh_expires_in": REFRESH_LIFETIME,
            "expire_time": int((now + ACCESS_LIFETIME) * 1000),
            "refresh_token_valid_time": int((now + REFRESH_LIFETIME) * 1000),
            "user_id": f"2{seller[-9:]}",
            "seller_id": f"2{seller[-9:]}",
            "account_id": None,
            "account": seller,
            "user_nick": seller,
            "account_platform": "seller_center",
            "sp": "ae",
            "locale": "en_US",
        }

    def _auth(self, api: str, params: dict[str, str]) -> dict[str, Any]:
        if api == "/auth/token/create":
            seller = self.codes.pop(params.get("code", ""), None)
            if seller is None:
                raise Reject("InvalidCode", "The authorization code is invalid or used")  # name unconfirmed
            return self._issue_token(seller)
        seller = self.refresh_tokens.pop(params.get("refresh_token", ""), None)
        if seller is None:
            raise Reject(
                "IllegalRefreshToken", "The specified refresh token is invalid or expired"
            )  # unconfirmed
        return self._issue_token(seller)

    @staticmethod
    def params_of(request: httpx.Request) -> dict[str, str]:
        """Every text parameter of a recorded request, from its query and its body (for tests)."""
        return _params(request)[0]


def _params(request: httpx.Request) -> tuple[dict[str, str], dict[str, bytes]]:
    params = dict(request.url.params.multi_items())
    files: dict[str, bytes] = {}
    content_type = request.headers.get("content-type", "")
    body = request.read()
    if content_type.startswith("application/x-www-form-urlencoded"):
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        for part in message.iter_parts() if message.is_multipart() else []:
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if not isinstance(name, str) or not isinstance(payload, bytes):
                continue
            if part.get_filename():
                files[name] = payload
            else:
                params[name] = payload.decode("utf-8")
    return params, files


def _rid() -> str:
    return uuid.uuid4().hex[:13]


def _json(body: object) -> httpx.Response:
    return httpx.Response(
        200,
        content=json.dumps(body, ensure_ascii=False).encode(),
        headers={"content-type": "application/json;charset=UTF-8"},
    )


def _wrap(api: str, result: dict[str, Any]) -> dict[str, Any]:
    key = api.strip("/").replace(".", "_").replace("/", "_") + "_response"
    return {key: {**result, "request_id": _rid()}}


def _error(api: str, exc: Reject, rest: bool) -> httpx.Response:
    body: dict[str, Any] = {"type": exc.type, "code": exc.code, "request_id": _rid()}
    if rest or api.startswith("/"):
        return _json({**body, "message": exc.msg})
    body["msg"] = exc.msg
    if exc.sub_code:
        body.update(sub_code=exc.sub_code, sub_msg=exc.sub_msg)
    return _json({"error_response": body})


_REGISTERED = (_apis_issue, _apis_messages, _apis_orders)  # importing them registers their handlers
