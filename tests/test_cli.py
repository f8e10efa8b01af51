"""The command line: the demo, and a simulator served over real loopback HTTP."""

from __future__ import annotations

import httpx
import pytest
from typer.testing import CliRunner

from marketmsg import Account, Client
from marketmsg.cli import app
from marketmsg.sandbox import serve_handler
from marketmsg_fakemarket import API_KEY, FakemarketSimulator

runner = CliRunner()


def test_demo_shows_the_inbox_and_replies() -> None:
    result = runner.invoke(app, ["demo", "--limit", "10"])
    assert result.exit_code == 0, result.output
    assert "Unified inbox" in result.output
    assert "awaiting a reply" in result.output
    for platform in ("amazon", "aliexpress"):
        assert platform in result.output, f"the demo shows {platform} conversations"
    assert "Open disputes" in result.output
    assert "refused: nothing was sent" in result.output
    assert "sent at" in result.output


def _demo(width: int) -> tuple[str, str]:
    """The demo's output at ``width`` columns as a terminal shows it, and its output with styles kept."""
    import io

    from rich.console import Console

    from marketmsg.cli._demo import run_demo

    plain, styled = io.StringIO(), io.StringIO()
    assert run_demo(Console(file=plain, width=width, color_system=None), limit=10) == 0
    run_demo(Console(file=styled, width=width, force_terminal=True, color_system="standard"), limit=10)
    return plain.getvalue(), styled.getvalue()


def test_demo_explains_the_refusal_then_what_was_sent_and_what_to_type_next() -> None:
    from marketmsg.cli._refs import ref_of

    plain, styled = _demo(120)
    refused = plain.index("refused: nothing was sent")
    # The refused draft is shown with the finding's span highlighted (white on red), with the rule and its fix.
    assert "\x1b[1;37;41mseller.support@example.com\x1b[0m" in styled
    assert "contact.email" in plain and "fix:" in plain
    # Then the clean text that was sent, then the commands a user would type next, with a ref they accept.
    sent = plain.index("was sent:")
    assert refused < sent < plain.index("sent at") < plain.index("marketmsg show ")
    ref = plain.split("marketmsg show ", 1)[1].split()[0]
    assert len(ref) == 7
    result = runner.invoke(app, ["show", ref, "--sandbox"])
    assert result.exit_code == 0, result.output
    conversation_id = result.output.split()[1]
    assert ref_of(conversation_id) == ref
    assert "reply due" in result.output


def test_demo_at_80_columns_never_cuts_an_id_an_order_or_a_date() -> None:
    from marketmsg.cli._refs import ref_of
    from marketmsg.cli._session import build_sandbox

    plain, _ = _demo(80)
    assert "…" not in plain
    with build_sandbox().client() as client:
        conversations = client.conversations.list().to_list(10)
    refs = {ref_of(c.id) for c in conversations}
    rows = [line.strip() for line in plain.splitlines() if line.strip()[:7] in refs]
    assert len(rows) == len(conversations)
    assert max(len(row) for row in rows) <= 80
    for conv in conversations:
        (row,) = [line for line in rows if line.startswith(ref_of(conv.id))]
        assert (conv.order_id or "—") in row.split()


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
    with pytest.raises(ValueError, match="loopback"):
        serve_handler(FakemarketSimulator().handle, host="0.0.0.0", port=0)


def test_version_names_the_core_and_the_installed_adapters() -> None:
    from marketmsg import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"marketmsg {__version__} (adapters: ")
    assert "amazon" in result.output and "aliexpress" in result.output


def test_help_never_points_to_private_modules() -> None:
    commands = [
        [],
        ["demo"],
        ["inbox"],
        ["show"],
        ["reply"],
        ["check"],
        ["disputes"],
        ["export"],
        ["sandbox", "serve"],
    ]
    for command in commands:
        result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "marketmsg._" not in result.output and "_config" not in result.output, command


def test_sandbox_serve_prints_the_address_it_serves_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import marketmsg.sandbox

    class Server:
        server_port = 8401

        def serve_forever(self) -> None:
            raise KeyboardInterrupt

        def server_close(self) -> None:
            pass

    monkeypatch.setattr(marketmsg.sandbox, "serve_handler", lambda handler, host, port: Server())
    result = runner.invoke(app, ["sandbox", "serve", "amazon", "--port", "8401"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "<address>" not in result.output
    assert "LWA token endpoint: http://127.0.0.1:8401/auth/o2/token" in result.output
