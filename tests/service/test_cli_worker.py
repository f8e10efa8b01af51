"""``marketmsg worker`` on the command line: runs against the sandbox, refuses bad options with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marketmsg.cli import app


def test_worker_runs_against_the_sandbox_and_stops(tmp_path: Path) -> None:
    store = tmp_path / "w.db"
    result = CliRunner().invoke(
        app,
        [
            "worker",
            "--sandbox",
            "--store",
            str(store),
            "--interval",
            "60",
            "--duration",
            "2",
            "--poll",
            "0.1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "worker stopped:" in result.output and "event(s)" in result.output


def test_reply_queue_then_worker_sends_it(tmp_path: Path) -> None:
    from marketmsg.sandbox import Sandbox
    from marketmsg.store import SqlStore

    with Sandbox.create(["amazon"]).client() as client:
        conv = next(c for c in client.conversations.list() if c.channel.value == "relay_email")
    store = str(tmp_path / "w.db")
    text = f"Thank you for your message about order {conv.order_id}. Your parcel ships today."
    queued = CliRunner().invoke(
        app, ["reply", conv.id, text, "--sandbox", "--store", store, "--queue", "--idempotency-key", "q1"]
    )
    assert queued.exit_code == 0, queued.output
    args = ["worker", "--sandbox", "--store", store, "--interval", "60", "--duration", "4", "--poll", "0.1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "1 queued repl(y/ies) sent" in result.output
    with SqlStore(store) as opened:
        entry = opened.get("q1")
    assert entry is not None and entry.state.value == "sent" and entry.message is not None


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--since", "last tuesday"], "--since 'last tuesday'"),
        (["--concurrency", "0"], "concurrency must be at least 1"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str], needle: str) -> None:
    result = CliRunner().invoke(app, ["worker", "--sandbox", "--store", str(tmp_path / "w.db"), *args])
    assert result.exit_code == 2, result.output
    assert needle in result.output
