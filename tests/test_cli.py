"""The command line: the demo, and a simulator served over real loopback HTTP."""

from __future__ import annotations

import httpx
from typer.testing import CliRunner

from marketmsg import Account, Client
from marketmsg.cli import app
from marketmsg.sandbox import serve_handler
from marketmsg.testing.fakemarket import API_KEY, FakemarketSimulator

runner = CliRunner()


def test_demo_shows_the_inbox_and_replies() -> None:
    result = runner.invoke(app, ["demo", "--limit", "10"])
    assert result.exit_code == 0, result.output
    assert "Unified inbox" in result.output
    assert "awaiting a reply" in result.output
    for platform in ("amazon", "aliexpress"):
        assert platform in result.output, f"the demo shows {platform} conversations"
    assert "Open disputes" in result.output
    assert "refused before anything was sent" in result.output
    assert "sent at" in result.output


def test_unknown_platform_for_serve_is_a_usage_error() -> None:
    result = runner.invoke(app, ["sandbox", "serve", "amazn", "--port", "0"])
    assert result.exit_code == 2
    assert "Did you mean 'amazon'" in result.output


def test_simulator_over_loopback_works_with_a_real_client(fakemarket: None) -> None:
    simulator = FakemarketSimulator()
    server = serve_handler(simulator.handle, port=0, background=True)
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        account = Account(
            platform="fakemarket",
            seller_id="S1",
            credentials={"api_key": API_KEY},
            settings={"base_url": base},
        )
        with httpx.Client() as http, Client([account], http_client=http) as client:
            conversations = list(client.conversations.list())
            sent = client.messages.reply(conversations[0].id, "Thank you, your parcel ships today.")
        assert len(conversations) == 5
        assert sent.body == "Thank you, your parcel ships today."
    finally:
        server.shutdown()
        server.server_close()


def test_serve_refuses_non_loopback_hosts() -> None:
    import pytest

    with pytest.raises(ValueError, match="loopback"):
        serve_handler(FakemarketSimulator().handle, host="0.0.0.0", port=0)
