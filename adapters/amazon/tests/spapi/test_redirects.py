"""Redirects are never followed, not even through an ``http_client(follow_redirects=True)`` (issue 11 #10).

An allow-listed S3 upload URL answering 307 to the cloud metadata address must not receive the file there, and
an SP-API 307 must not carry ``x-amz-access-token`` to another host. What each 3xx means for a send's outcome
(307/308: not processed here; 301/302/303: may follow a processed POST) is the outcome table's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from marketmsg import (
    Attachment,
    DeliveryUnknown,
    MarketmsgError,
    MessageKind,
    UnexpectedRedirectError,
    VirtualClock,
)
from marketmsg.adapter import ProactiveDraft
from marketmsg.transport import DriverOptions, RateLimiter, RetryPolicy, SyncDriver
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim

S3 = "https://buyer-seller-messaging-prod-draft-attachment-namarketplace.s3.amazonaws.com/k?X-Amz-Signature=abc"
METADATA = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
ELSEWHERE = "https://collector.example.net/take"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8


class Platform:
    """SP-API, LWA and S3 in one handler; records every request and where credentials went."""

    def __init__(self, *, upload_answer: httpx.Response, send_answer: httpx.Response) -> None:
        self.upload_answer = upload_answer
        self.send_answer = send_answer
        self.seen: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if request.url.path == "/auth/o2/token":
            return httpx.Response(200, json={"access_token": "Atza|secret-token", "expires_in": 3600})
        if request.url.path.startswith("/uploads/"):
            return httpx.Response(201, json={"payload": {"uploadDestinationId": "dest-1", "url": S3}})
        if request.method == "PUT" and request.url.host.endswith("amazonaws.com"):
            return self.upload_answer
        if request.url.path.startswith("/messaging/"):
            return self.send_answer
        return httpx.Response(200, text="taken")  # anywhere else: what a follower would reach

    def elsewhere(self) -> list[httpx.Request]:
        return [r for r in self.seen if r.url.host in ("169.254.169.254", "collector.example.net")]

    def token_hosts(self) -> set[str]:
        return {r.url.host for r in self.seen if "x-amz-access-token" in r.headers}


def _run(adapter: AmazonAdapter, platform: Platform, draft: ProactiveDraft) -> object:
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    # The user's client follows redirects: the driver must not, for any request it sends.
    with httpx.Client(follow_redirects=True, transport=httpx.MockTransport(platform.handle)) as http:
        options = DriverOptions(retry=RetryPolicy(max_retries=2), clock=clock)
        return SyncDriver(http, RateLimiter(clock=clock), options).run(adapter, adapter.send_proactive(draft))


def _redirect(status: int, location: str) -> httpx.Response:
    return httpx.Response(status, headers={"location": location})


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_an_upload_url_redirecting_to_the_metadata_address_receives_nothing(
    bare_adapter: Callable[..., AmazonAdapter], status: int
) -> None:
    platform = Platform(upload_answer=_redirect(status, METADATA), send_answer=httpx.Response(201, json={}))
    draft = ProactiveDraft(
        order_id=sim.MFN_ORDER,
        kind=MessageKind.LEGAL_DISCLOSURE,
        attachments=(Attachment.from_bytes("terms.pdf", PDF, "application/pdf"),),
    )
    with pytest.raises(UnexpectedRedirectError) as caught:
        _run(bare_adapter(), platform, draft)
    assert platform.elsewhere() == []
    assert caught.value.status_code == status
    assert caught.value.location == "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
    assert not [r for r in platform.seen if r.url.path.startswith("/messaging/")], "the message was not sent"
    puts = [r for r in platform.seen if r.method == "PUT"]
    assert len(puts) == 1, "an upload redirect is not retried either"


@pytest.mark.parametrize(
    ("status", "raised"),
    [(307, UnexpectedRedirectError), (308, UnexpectedRedirectError), (301, DeliveryUnknown),
     (302, DeliveryUnknown), (303, DeliveryUnknown)],
)  # fmt: skip
def test_an_spapi_redirect_never_carries_the_token_elsewhere(
    bare_adapter: Callable[..., AmazonAdapter], status: int, raised: type[Exception]
) -> None:
    platform = Platform(
        upload_answer=httpx.Response(200), send_answer=_redirect(status, f"{ELSEWHERE}?token=x")
    )
    draft = ProactiveDraft(
        order_id=sim.MFN_ORDER,
        kind=MessageKind.CONFIRM_DELIVERY_DETAILS,
        body=f"Order {sim.MFN_ORDER} ships.",
    )
    with pytest.raises(raised) as caught:
        _run(bare_adapter(), platform, draft)
    assert platform.elsewhere() == []
    assert platform.token_hosts() == {"sandbox.sellingpartnerapi-na.amazon.com"}
    sends = [r for r in platform.seen if r.url.path.startswith("/messaging/")]
    assert len(sends) == 1, "a redirected send is never sent again"
    error = caught.value if isinstance(caught.value, UnexpectedRedirectError) else caught.value.__cause__
    assert isinstance(error, UnexpectedRedirectError)
    assert error.location == "https://collector.example.net/take"  # the query (a possible secret) is dropped
    assert "token=x" not in str(caught.value)


def test_the_code_exchange_never_follows_a_redirect(clock: VirtualClock) -> None:
    # The LWA code exchange carries client_secret in its body; a 307 would resend that body elsewhere.
    from marketmsg_amazon.auth import AuthorizationGrant, WebsiteAuthorization

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "collector.example.net":
            return httpx.Response(
                200, json={"access_token": "x", "refresh_token": "Atzr|x", "expires_in": 3600}
            )
        return httpx.Response(307, headers={"location": ELSEWHERE})

    workflow = WebsiteAuthorization(
        application_id="amzn1.sp.solution.sandbox-app",
        client_id=sim.CLIENT_ID,
        client_secret=sim.CLIENT_SECRET,
        redirect_uri="https://erp.example/amazon/callback",
        clock=clock,
    )
    grant = AuthorizationGrant(selling_partner_id="A3NEWSELLER", code="code-1", state="s")
    with (
        httpx.Client(follow_redirects=True, transport=httpx.MockTransport(handler)) as http,
        pytest.raises(MarketmsgError),
    ):
        workflow.exchange(grant, http=http)
    assert [r.url.host for r in seen] == ["api.amazon.com"]
