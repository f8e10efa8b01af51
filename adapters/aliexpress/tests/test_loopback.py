"""The simulator over loopback (``marketmsg sandbox serve aliexpress``): our client, and requests shaped exactly
like the official IOP Python SDK's (form POST of every parameter to ``/sync``, aliexpress.md §1.2/§1.5)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from marketmsg import Client
from marketmsg.sandbox import SandboxSpec, serve_handler
from marketmsg_aliexpress import sign
from marketmsg_aliexpress.simulator import APP_KEY, APP_SECRET, AUTH_CODE, IM_SELLER, build_sandbox

from .conftest import account


@pytest.fixture
def served() -> Iterator[tuple[SandboxSpec, str]]:
    spec = build_sandbox()  # the real clock, as `marketmsg sandbox serve` uses
    assert spec.serve_handler is not None
    server = serve_handler(spec.serve_handler, port=0, background=True)
    try:
        yield spec, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def _sdk_call(base: str, api: str, params: dict[str, str]) -> Any:
    """What ``iop.IopClient.execute`` sends: system + business params in one form body, signed."""
    body = {
        "app_key": APP_KEY,
        "sign_method": "sha256",
        "timestamp": str(round(time.time())) + "000",  # the SDK: str(int(round(time.time())))+"000"
        "partner_id": "iop-sdk-python-20220609",
        "method": api,
        "simplify": "false",
        "format": "json",
        **params,
    }
    body["sign"] = sign(APP_SECRET, api, body)
    return httpx.post(f"{base}/sync", data=body, timeout=10).json()


def test_official_sdk_shaped_requests(served: tuple[SandboxSpec, str]) -> None:
    _, base = served
    token = _sdk_call(base, "/auth/token/create", {"code": AUTH_CODE})
    assert token["code"] == "0" and token["access_token"] and token["expires_in"] > 0
    listing = _sdk_call(
        base,
        "aliexpress.issue.issuelist.get",
        {
            "session": token["access_token"],
            "query_dto": '{"current_page":1,"page_size":20,"issue_status":"processing"}',
        },
    )
    rows = listing["aliexpress_issue_issuelist_get_response"]["data_list"]["issue_api_issue_dto"]
    assert rows and all(r["issue_status"] == "processing" for r in rows)
    refreshed = _sdk_call(base, "/auth/token/refresh", {"refresh_token": token["refresh_token"]})
    assert refreshed["access_token"] != token["access_token"]
    stale = _sdk_call(base, "aliexpress.issue.issuelist.get", {"session": token["access_token"] + "x"})
    assert stale["error_response"]["code"] == "IllegalAccessToken"


def test_client_over_loopback(served: tuple[SandboxSpec, str]) -> None:
    spec, base = served
    with Client([account(spec, IM_SELLER, settings={"base_url": base})]) as client:
        conversations = client.conversations.list().to_list()
        assert {c.channel.value for c in conversations} == {"im", "dispute"}
        disputes = client.disputes.list().to_list()
        assert client.disputes.get(disputes[0].id).id == disputes[0].id


def test_legacy_top_gateway_with_md5(spec: SandboxSpec, make_client: Any) -> None:
    top = account(spec, settings={"gateway": "top", "base_url": "https://api-sg.aliexpress.com/router/rest"})
    client = make_client(top)
    assert client.disputes.list().to_list()
    sim_requests = spec.controller.requests
    assert sim_requests[-1].url.path == "/router/rest"
    assert spec.controller.params_of(sim_requests[-1])["sign_method"] == "md5"
