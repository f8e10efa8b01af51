"""``marketmsg check``: what ``reply`` would do — blocked / needs --allow-warnings (exit 1), ok (exit 0), 2 usage."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from marketmsg.cli import app

runner = CliRunner()


def test_refused_message_exits_1_and_names_rule_and_span() -> None:
    result = runner.invoke(
        app, ["check", "Rufen Sie 0176 12345678 an", "--platform", "amazon", "--locale", "de-DE"]
    )
    assert result.exit_code == 1, result.output
    assert (
        "contact.phone" in result.output and "0176 12345678" in result.output and "blocked" in result.output
    )


def test_clean_message_exits_0() -> None:
    result = runner.invoke(app, ["check", "Order 303-1234567-1234567 ships today.", "--platform", "amazon"])
    assert result.exit_code == 0, result.output
    assert "ok" in result.output


def test_warnings_refuse_unless_allowed_as_in_reply() -> None:
    args = ["check", "Thanks for your question about the lamp.", "--platform", "amazon"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "needs --allow-warnings" in result.output
    allowed = runner.invoke(app, [*args, "--allow-warnings"])
    assert allowed.exit_code == 0 and "ok" in allowed.output
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 1  # the old flag still works (hidden)


def test_an_unknown_kind_is_a_usage_error_with_a_suggestion() -> None:
    result = runner.invoke(app, ["check", "Order 303-1234567-1234567", "-p", "amazon", "--kind", "warrenty"])
    assert result.exit_code == 2
    assert "Did you mean 'warranty'" in result.output


def test_json_output_and_stdin() -> None:
    result = runner.invoke(app, ["check", "-", "--platform", "amazon", "--json"], input="mail me: a@b.com")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["blocked"] is True and data["verdict"] == "blocked" and data["exit_code"] == 1
    (email,) = [f for f in data["findings"] if f["rule"] == "contact.email"]
    assert (email["start"], email["end"]) == (9, 16)


def test_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["check", "hi", "--platform", "amazn"]).exit_code == 2
    assert runner.invoke(app, ["check", "   ", "--platform", "amazon"]).exit_code == 2
    assert runner.invoke(app, ["check", "hi"]).exit_code == 2


def _amazon_relay_conversation() -> tuple[str, str]:
    from marketmsg.cli._session import build_sandbox

    with build_sandbox(["amazon"]).client() as client:
        conv = next(c for c in client.conversations.list() if c.channel.value == "relay_email" and c.order_id)
    assert conv.order_id is not None
    return conv.id, conv.order_id


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Thank you for your message about order {order}. It ships today.", "ok"),
        ("Thank you for your message, it ships today.", "needs --allow-warnings"),
        ("About order {order}: write to me at seller@example.com", "blocked"),
    ],
)
@pytest.mark.parametrize("allow_warnings", [False, True])
def test_check_prints_what_reply_does_with_the_same_exit_code(
    text: str, verdict: str, allow_warnings: bool
) -> None:
    conversation_id, order = _amazon_relay_conversation()
    body = text.format(order=order)
    flags = ["--allow-warnings"] if allow_warnings else []
    checked = runner.invoke(app, ["check", body, "--platform", "amazon", *flags])
    replied = runner.invoke(app, ["reply", conversation_id, body, "--sandbox", *flags])
    expected = "ok" if verdict == "needs --allow-warnings" and allow_warnings else verdict
    assert f"{expected}:" in checked.output, checked.output
    assert checked.exit_code == replied.exit_code == (0 if expected == "ok" else 1), (
        checked.output,
        replied.output,
    )
