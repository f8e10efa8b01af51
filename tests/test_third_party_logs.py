"""No secret reaches any log record, ours or a third party's (issue 11.12).

With the root logger at DEBUG, every record of every logger (httpx, httpcore, marketmsg, …) is captured while
one send runs on each adapter over real HTTP on loopback — the simulators served as ``marketmsg sandbox serve``
serves them, so httpx's and httpcore's own loggers run as in production. The secrets are read where the platform
sees them (the served side records every request and answer): app secrets and client secrets, access and
refresh tokens (the seeded ones and the ones each token answer issues), IOP ``sign`` values, ``session``
parameters, and the signature of Amazon's presigned upload URL. None may appear in any record's message, and
httpx's request lines carry no ``session=`` / ``sign=`` / ``access_token=`` parameter (IOP parameters travel in
the POST body, as the official SDKs send them). A presigned upload URL must travel in its query string, so
marketmsg redacts httpx's records (``marketmsg._logging.THIRD_PARTY_LOGGERS``): its signature shows as
``[REDACTED]``.
"""

from __future__ import annotations

import json
import logging
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest

from marketmsg import Account, Attachment, Client
from marketmsg.sandbox import Handler, serve_handler
from marketmsg_aliexpress import simulator as ali
from marketmsg_amazon import simulator as amz

_SECRET_PARAMS = ("sign", "session", "access_token", "refresh_token", "client_secret", "code")
_SECRET_HEADERS = ("x-amz-access-token", "authorization")
#: What a real presigned S3 URL adds to the simulator's (amazon.md §1.7): the credential scope and signature.
_PRESIGNED = (
    "&X-Amz-Credential=AKIAFUZZ0000EXAMPLE%2F20261102%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature="
)
_SIGNATURE = "9f0c2d5e7a4b1c3d8e6f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d"


class _Spy:
    """Wraps a served simulator: every secret a request carries or an answer issues is remembered."""

    def __init__(self, handler: Handler, rewrite: Callable[[httpx.Response], httpx.Response] | None = None):
        self.handler = handler
        self.rewrite = rewrite
        self.secrets: set[str] = set()

    def _remember(self, pairs: object) -> None:
        for name, value in pairs:  # type: ignore[attr-defined]
            if name.lower() in _SECRET_PARAMS and len(value) >= 6:
                self.secrets.add(value)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self._remember(request.url.params.multi_items())
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            self._remember(urllib.parse.parse_qsl(request.content.decode(), keep_blank_values=True))
        for name in _SECRET_HEADERS:
            if value := request.headers.get(name):
                self.secrets.add(value.removeprefix("Bearer "))
        response = self.handler(request)
        response.read()
        if self.rewrite is not None:
            response = self.rewrite(response)
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        if isinstance(body, dict):
            self._remember((k, v) for k, v in body.items() if isinstance(v, str))
        return response


@contextmanager
def _served(spy: _Spy) -> Iterator[str]:
    try:
        server = serve_handler(spy, port=0, background=True)
    except OSError as exc:  # pragma: no cover - environment without loopback sockets
        pytest.skip(f"needs a loopback socket on 127.0.0.1: {exc}")
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    """Every record of every logger, with the root logger at DEBUG (and no logger below it muted)."""
    captured: list[logging.LogRecord] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            captured.append(record)

    root = logging.getLogger()
    handler, level = Capture(logging.DEBUG), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    muted = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "marketmsg")}
    for name in muted:
        logging.getLogger(name).setLevel(logging.NOTSET)
    try:
        yield captured
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for name, old in muted.items():
            logging.getLogger(name).setLevel(old)


def _check(records: list[logging.LogRecord], secrets: set[str], fixed: list[str]) -> None:
    assert secrets, "the spy saw no secret: the test would prove nothing"
    texts = [(r.name, r.getMessage() + (f" {r.exc_info[1]!r}" if r.exc_info else "")) for r in records]
    assert any(name == "httpx" for name, _ in texts), "httpx logged nothing: the capture is not working"
    assert any(name.startswith("httpcore") for name, _ in texts), "no httpcore record: not over real HTTP"
    for name, text in texts:
        for secret in [*secrets, *fixed]:
            assert secret not in text, f"a secret appears in a {name} record: {text[:200]!r}"
        if name in ("httpx", "httpcore") or name.startswith("httpcore."):
            for param in ("session=", "sign=", "access_token="):
                assert param not in text, f"{name} logged {param!r}: {text[:200]!r}"


def test_an_aliexpress_reply_logs_no_secret(records: list[logging.LogRecord]) -> None:
    spec = ali.build_sandbox()  # the real clock, as `marketmsg sandbox serve` uses
    assert spec.serve_handler is not None
    spy = _Spy(spec.serve_handler)
    with _served(spy) as base:
        seeded = next(a for a in spec.accounts if a.seller_id == ali.IM_SELLER)
        account = Account(
            platform="aliexpress",
            seller_id=ali.IM_SELLER,
            credentials={k: v.get_secret_value() for k, v in seeded.credentials.items()},
            # The stored access token expired: the send refreshes it first (a token answer on the wire too).
            settings={**seeded.settings, "base_url": base, "token_expires_at": 1_000_000_000},
        )
        with Client([account]) as client:
            conversation = f"aliexpress:{ali.IM_SELLER}:conv:im/2000000001"
            client.messages.reply(conversation, "Thank you, the parcel left today.")
    assert any(s.startswith("sandbox-refresh-") for s in spy.secrets), "the refresh went over the wire"
    _check(records, spy.secrets, [ali.APP_SECRET])


def _presigned(response: httpx.Response) -> httpx.Response:
    """The simulator's upload destination with a real presigned URL's credential and signature added."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return response
    payload = body.get("payload") if isinstance(body, dict) else None
    if not isinstance(payload, dict) or "uploadDestinationId" not in payload:
        return response
    payload["url"] += _PRESIGNED + _SIGNATURE
    return httpx.Response(response.status_code, json=body)


def test_an_amazon_send_with_an_upload_logs_no_secret(records: list[logging.LogRecord]) -> None:
    simulator = amz.AmazonSimulator()
    spy = _Spy(simulator.handle, rewrite=_presigned)
    with _served(spy) as base:
        account = Account(
            platform="amazon",
            seller_id=amz.SELLER_ID,
            marketplaces=(amz.MARKETPLACE_ID,),
            credentials={"refresh_token": amz.REFRESH_TOKEN, "lwa_app_id": amz.CLIENT_ID,
                         "lwa_client_secret": amz.CLIENT_SECRET},
            settings={"endpoint": base, "lwa_token_url": f"{base}/auth/o2/token"},
        )  # fmt: skip
        pdf = Attachment.from_bytes("terms.pdf", b"%PDF-1.4 logs", "application/pdf")
        with Client([account]) as client:
            client.messages.send(amz.MFN_ORDER, "legal_disclosure", attachments=[pdf])
    assert simulator.sent(amz.MFN_ORDER), "the send went through"
    _check(records, spy.secrets, [amz.CLIENT_SECRET, amz.REFRESH_TOKEN, _SIGNATURE])


def test_the_capture_sees_a_secret_that_is_logged(records: list[logging.LogRecord]) -> None:
    """The check itself can fail: a token in a third-party record is caught."""
    logging.getLogger("httpx").info('HTTP Request: POST http://h/sync?session=50000abcdef "HTTP/1.1 200 OK"')
    logging.getLogger("httpcore.http11").debug("send_request_headers.started")
    with pytest.raises(AssertionError, match="session="):
        _check(records, {"never-logged-secret"}, [])
