"""``marketmsg check``: findings with highlighted spans, exit 0 clean / 1 refused / 2 usage error."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from marketmsg.cli import app

runner = CliRunner()


def test_refused_message_exits_1_and_names_rule_and_span() -> None:
    result = runner.invoke(
        app, ["check", "Rufen Sie 0176 12345678 an", "--platform", "amazon", "--locale", "de-DE"]
    )
    assert result.exit_code == 1, result.output
    assert (
        "contact.phone" in result.output and "0176 12345678" in result.output and "refused" in result.output
    )


def test_clean_message_exits_0() -> None:
    result = runner.invoke(app, ["check", "Order 303-1234567-1234567 ships today.", "--platform", "amazon"])
    assert result.exit_code == 0, result.output
    assert "ok" in result.output


def test_warnings_pass_unless_strict() -> None:
    args = ["check", "Thanks for your question about the lamp.", "--platform", "amazon"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 1


def test_json_output_and_stdin() -> None:
    result = runner.invoke(app, ["check", "-", "--platform", "amazon", "--json"], input="mail me: a@b.com")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["blocked"] is True
    (email,) = [f for f in data["findings"] if f["rule"] == "contact.email"]
    assert (email["start"], email["end"]) == (9, 16)


def test_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["check", "hi", "--platform", "amazn"]).exit_code == 2
    assert runner.invoke(app, ["check", "   ", "--platform", "amazon"]).exit_code == 2
    assert runner.invoke(app, ["check", "hi"]).exit_code == 2
