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
