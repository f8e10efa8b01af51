"""The simulator over real HTTP on 127.0.0.1, as ``marketmsg sandbox serve amazon`` serves it.

Third-party clients (Amazon's SDK, python-amazon-sp-api) drive the served process in test_conformance.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import anyio
import httpx
import pytest

from marketmsg import AsyncClient, Attachment, Client, register_adapter, unregister_adapter
from marketmsg.sandbox import serve_handler
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim


@pytest.fixture
def server() -> Iterator[tuple[ThreadingHTTPServer, sim.AmazonSimulator]]:
    simulator = sim.AmazonSimulator()  # real time, as a served sandbox runs
    try:
        httpd = serve_handler(simulator.handle, port=0, background=True)
    except OSError as exc:  # pragma: no cover - environment without loopback sockets
        pytest.skip(f"needs a loopback socket on 127.0.0.1: {exc}")
    yield httpd, simulator
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def registered() -> Iterator[None]:
    register_adapter("amazon", AmazonAdapter)
    yield
    unregister_adapter("amazon")


def _account(port: int) -> object:
    from marketmsg import Account

    base = f"http://127.0.0.1:{port}"
    return Account(
        platform="amazon",
        seller_id=sim.SELLER_ID,
        marketplaces=(sim.MARKETPLACE_ID,),
        credentials={"refresh_token": sim.REFRESH_TOKEN, "lwa_app_id": sim.CLIENT_ID,
                     "lwa_client_secret": sim.CLIENT_SECRET},
        settings={"endpoint": base, "lwa_token_url": f"{base}/auth/o2/token"},
    )  # fmt: skip


def test_a_message_with_an_attachment_over_loopback(
    server: tuple[ThreadingHTTPServer, sim.AmazonSimulator], registered: None
) -> None:
    httpd, simulator = server
    pdf = Attachment.from_bytes("terms.pdf", b"%PDF-1.4 loopback", "application/pdf")
    with Client([_account(httpd.server_port)]) as client:  # type: ignore[list-item]
        client.messages.send(sim.MFN_ORDER, "legal_disclosure", attachments=[pdf])
    sent = simulator.sent(sim.MFN_ORDER)
    destination = sent[0]["body"]["attachments"][0]["uploadDestinationId"]
    assert simulator.uploaded(destination) == b"%PDF-1.4 loopback"  # the PUT went to the same loopback host
    assert simulator.token_requests == 1


def test_the_async_client_over_loopback(
    server: tuple[ThreadingHTTPServer, sim.AmazonSimulator], registered: None
) -> None:
    httpd, _ = server

    async def main() -> str | None:
        async with AsyncClient([_account(httpd.server_port)]) as client:  # type: ignore[list-item]
            context = await client.orders.context(sim.FBA_ORDER)
            return context.buyer_locale

    assert anyio.run(main) == "en-GB"


def test_any_http_client_can_use_it(server: tuple[ThreadingHTTPServer, sim.AmazonSimulator]) -> None:
    httpd, _ = server
    base = f"http://127.0.0.1:{httpd.server_port}"
    token = httpx.post(f"{base}/auth/o2/token", data={
        "grant_type": "refresh_token", "refresh_token": sim.REFRESH_TOKEN, "client_id": sim.CLIENT_ID,
        "client_secret": sim.CLIENT_SECRET,
    }).json()["access_token"]  # fmt: skip
    answer = httpx.get(
        f"{base}/messaging/v1/orders/{sim.SANDBOX_ORDER}/attributes",
        params={"marketplaceIds": sim.MARKETPLACE_ID},
        headers={"x-amz-access-token": token},
    )
    assert answer.status_code == 200
    assert answer.json() == {"buyer": {"locale": "en-US"}}
    assert answer.headers["x-amzn-RateLimit-Limit"] == "1"
    assert answer.headers["x-amzn-RequestId"]


def test_a_missing_marketplace_id_is_amazons_400(
    server: tuple[ThreadingHTTPServer, sim.AmazonSimulator],
) -> None:
    httpd, _ = server
    base = f"http://127.0.0.1:{httpd.server_port}"
    token = httpx.post(f"{base}/auth/o2/token", data={
        "grant_type": "refresh_token", "refresh_token": sim.REFRESH_TOKEN, "client_id": sim.CLIENT_ID,
        "client_secret": sim.CLIENT_SECRET,
    }).json()["access_token"]  # fmt: skip
    answer = httpx.get(f"{base}/messaging/v1/orders/{sim.MFN_ORDER}", headers={"x-amz-access-token": token})
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["code"] == "InvalidInput"
