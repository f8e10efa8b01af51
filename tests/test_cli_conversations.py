"""`marketmsg show`, `reply`, `disputes`, and accounts from a TOML file with secrets from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marketmsg import ConfigurationError
from marketmsg._config import load_accounts
from marketmsg.cli import app
from marketmsg.sandbox import Sandbox

runner = CliRunner()

CONFIG = """
[[accounts]]
platform = "aliexpress"
seller_id = "cn999"
[accounts.credentials]
app_key = "env:AE_APP_KEY"
app_secret = "env:AE_APP_SECRET"
refresh_token = "env:AE_REFRESH"
[accounts.settings]
messaging_api = "im"
"""


def test_accounts_file_reads_secrets_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "marketmsg.toml"
    path.write_text(CONFIG, encoding="utf-8")
    env = {"AE_APP_KEY": "500001", "AE_APP_SECRET": "s3cr3t-value-xyz", "AE_REFRESH": "refresh-abc-123"}
    [account] = load_accounts(path, environ=env)
    assert account.platform == "aliexpress" and account.seller_id == "cn999"
    assert account.secret("app_secret") == "s3cr3t-value-xyz"
    assert account.setting("messaging_api") == "im"
    assert "s3cr3t" not in repr(account)


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [
        (CONFIG, {}, "AE_APP_KEY is not set"),
        ("accounts = 1", {}, r"no \[\[accounts\]\]"),
        ("[[accounts]]\nplatform = 'Amazon!'\nseller_id = 'x'", {}, "platform"),
        ("not toml at all = = =", {}, "not valid TOML"),
    ],
)
def test_bad_accounts_file_names_the_problem(
    tmp_path: Path, text: str, env: dict[str, str], message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message):
        load_accounts(path, environ=env)


def test_missing_accounts_file_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["disputes", "--config", str(tmp_path / "nope.toml")])
    assert result.exit_code == 2
    assert "no configuration file" in result.output


def _first_relay_conversation() -> str:
    with Sandbox.create(["amazon"]).client() as client:
        return next(c.id for c in client.conversations.list() if c.channel.value == "relay_email")


def test_show_prints_the_thread() -> None:
    conv_id = _first_relay_conversation()
    result = runner.invoke(app, ["show", conv_id, "--sandbox"])
    assert result.exit_code == 0, result.output
    assert "relay_email" in result.output and "buyer" in result.output


def test_reply_refused_by_rules_exits_1_and_sends_nothing() -> None:
    conv_id = _first_relay_conversation()
    result = runner.invoke(app, ["reply", conv_id, "Mail me at someone@example.com", "--sandbox"])
    assert result.exit_code == 1, result.output
    assert "PolicyViolation" in result.output and "block" in result.output


def test_reply_sent_exits_0() -> None:
    conv_id = _first_relay_conversation()
    order = conv_id.rsplit("/", 1)[-1]
    text = f"Thank you for your message about order {order}. Your parcel ships today; tracking is on the order page."
    result = runner.invoke(app, ["reply", conv_id, text, "--sandbox"])
    assert result.exit_code == 0, result.output
    assert "sent" in result.output


def test_unknown_id_exits_2() -> None:
    result = runner.invoke(app, ["show", "amazon:NOBODY:conv:x/1", "--sandbox"])
    assert result.exit_code == 2, result.output


def test_disputes_lists_deadlines() -> None:
    result = runner.invoke(app, ["disputes", "--sandbox", "--platform", "aliexpress"])
    assert result.exit_code == 0, result.output
    assert "seller must respond by" in result.output
    assert "aliexpress:" in result.output
