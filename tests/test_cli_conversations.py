"""`marketmsg show`, `reply`, `disputes`, and accounts from a TOML file with secrets from the environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marketmsg import ConfigurationError
from marketmsg._config import load_accounts
from marketmsg.cli import app
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore

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
    return _first_relay_conversation_and_order()[0]


def _first_relay_conversation_and_order() -> tuple[str, str | None]:
    # Amazon conversation ids carry a thread key, not the order (MODEL.md): the order comes from the conversation.
    with Sandbox.create(["amazon"]).client() as client:
        first = next(c for c in client.conversations.list() if c.channel.value == "relay_email")
        return first.id, first.order_id


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
    conv_id, order = _first_relay_conversation_and_order()
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
    assert "respond / status" in result.output and "overdue" in result.output
    assert "7 dispute(s)" in result.output


# ------------------------------------------------------------------------------- ids, refs and --json


def _json_lines(output: str) -> list[dict[str, object]]:
    import json

    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("command", "objects"),
    [
        (["inbox", "--sandbox", "--json"], {"conversation"}),
        (["disputes", "--sandbox", "--json"], {"dispute"}),
    ],
)
def test_listings_print_one_json_object_per_line_with_ids_and_refs(
    command: list[str], objects: set[str]
) -> None:
    from marketmsg.cli._refs import ref_of

    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    records = _json_lines(result.stdout)
    assert records, "something is listed"
    assert {r["object"] for r in records} == objects
    for record in records:
        assert isinstance(record["id"], str) and record["ref"] == ref_of(record["id"])
        assert "raw" not in record


def test_show_json_is_the_conversation_then_its_messages() -> None:
    conv_id = _first_relay_conversation()
    result = runner.invoke(app, ["show", conv_id, "--sandbox", "--json"])
    assert result.exit_code == 0, result.output
    records = _json_lines(result.stdout)
    assert records[0]["object"] == "conversation" and records[0]["id"] == conv_id
    assert {r["object"] for r in records[1:]} == {"message"}
    assert all(r["conversation_id"] == conv_id for r in records[1:])


def test_the_refs_inbox_prints_are_accepted_by_show_and_reply() -> None:
    listed = _json_lines(runner.invoke(app, ["inbox", "--sandbox", "--json"]).stdout)
    relay = next(r for r in listed if r["channel"] == "relay_email" and r["status"] == "awaiting_seller")
    ref = str(relay["ref"])
    table = runner.invoke(app, ["inbox", "--sandbox", "--no-sync"]).output
    # --no-sync with --sandbox still syncs the simulators (they are the source); the table shows the same ref.
    assert ref in table
    shown = runner.invoke(app, ["show", ref[:5], "--sandbox"])
    assert shown.exit_code == 0, shown.output
    assert str(relay["id"]) in shown.output
    text = f"Thank you for your message about order {relay['order_id']}. It ships today."
    replied = runner.invoke(app, ["reply", ref, text, "--sandbox"])
    assert replied.exit_code == 0, replied.output


def test_a_ref_nobody_has_is_a_usage_error_naming_where_it_looked() -> None:
    result = runner.invoke(app, ["show", "0000000", "--sandbox"])
    assert result.exit_code == 2, result.output
    assert (
        "no conversation with ref '0000000'" in result.output and "marketmsg inbox --sandbox" in result.output
    )
    short = runner.invoke(app, ["show", "ab", "--sandbox"])
    assert short.exit_code == 2 and "at least 4 hex characters" in short.output


def test_ambiguous_refs_list_the_candidates() -> None:
    from marketmsg import ConfigurationError
    from marketmsg.cli._refs import match_ref, ref_of, refs_for

    ids = [f"fakemarket:S1:conv:c{i}" for i in range(5000)]
    refs = refs_for(ids)
    assert len(set(refs.values())) == len(ids)
    first = ref_of(ids[0], 4)
    clash = [i for i in ids if ref_of(i, 4) == first]
    if len(clash) > 1:
        with pytest.raises(ConfigurationError, match="matches"):
            match_ref(first, ids)
    assert match_ref(refs[ids[0]], ids) == ids[0]


# ------------------------------------------------------------------------------- the persistent outbox


@pytest.fixture
def served_aliexpress(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    """The AliExpress simulator on loopback and an accounts file pointing at it (one seller, on IM)."""
    from marketmsg.sandbox import serve_handler
    from marketmsg_aliexpress.simulator import IM_SELLER, AliExpressSimulator, sandbox_accounts

    simulator = AliExpressSimulator()
    server = serve_handler(simulator.handle, port=0, background=True)
    (account,) = [a for a in sandbox_accounts(simulator) if a.seller_id == IM_SELLER]
    credentials = "\n".join(f'{k} = "{v.get_secret_value()}"' for k, v in account.credentials.items())
    settings = "\n".join(
        f"{k} = {v!r}" if not isinstance(v, str) else f'{k} = "{v}"' for k, v in account.settings.items()
    )
    config = tmp_path / "marketmsg.toml"
    config.write_text(
        f'[[accounts]]\nplatform = "aliexpress"\nseller_id = "{IM_SELLER}"\n[accounts.credentials]\n{credentials}\n'
        f'[accounts.settings]\n{settings}\nbase_url = "http://127.0.0.1:{server.server_port}"\n',
        encoding="utf-8",
    )
    try:
        yield simulator, config
    finally:
        server.shutdown()
        server.server_close()


def _deliveries(simulator: Any, text: str) -> int:
    return sum(
        1
        for sessions in simulator.state.im.values()
        for session in sessions.values()
        for message in session["messages"]
        if text in message["content"]
    )


def test_reply_twice_with_one_key_reaches_the_buyer_once(
    served_aliexpress: tuple[Any, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulator, config = served_aliexpress
    monkeypatch.setenv(
        "MARKETMSG_CONFIG", str(config)
    )  # the accounts file from the environment, as documented
    listed = _json_lines(runner.invoke(app, ["inbox", "--json"]).stdout)
    conversation = next(r for r in listed if r["channel"] == "im" and r["status"] == "awaiting_seller")
    text = "Thank you for your patience: your parcel ships today with tracking."
    command = ["reply", str(conversation["ref"]), text, "--idempotency-key", "order-42-reply-1"]
    first = runner.invoke(app, command)
    assert first.exit_code == 0, first.output
    assert "sent" in first.output and "order-42-reply-1" in first.output
    second = runner.invoke(app, command)  # a retried command: a new process would see the same store
    assert second.exit_code == 0, second.output
    assert "already sent" in second.output
    assert _deliveries(simulator, text) == 1
    # The same key for another text is refused (a key names one message) and sends nothing.
    other = runner.invoke(app, [*command[:2], "Another text entirely, for order 42.", *command[3:]])
    assert other.exit_code == 2, other.output
    assert "IdempotencyConflict" in other.output and "nothing was sent" in other.output
    assert _deliveries(simulator, "Another text entirely") == 0
    # The default store (in the user data directory) holds the outbox entry.
    from marketmsg.cli._session import default_store

    with SqlStore(default_store(sandbox=False)) as store:
        entry = store.get("order-42-reply-1")
    assert entry is not None and entry.state.value == "sent"
    # Without the key, the same text is a new reply: the key, not the text, identifies a send.
    third = runner.invoke(app, command[:3])
    assert third.exit_code == 0, third.output
    assert _deliveries(simulator, text) == 2


def test_reply_uses_the_store_named_by_flag_or_environment(
    served_aliexpress: tuple[Any, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulator, config = served_aliexpress
    listed = _json_lines(runner.invoke(app, ["inbox", "--config", str(config), "--json"]).stdout)
    conversation = next(r for r in listed if r["channel"] == "im" and r["status"] == "awaiting_seller")
    text = "Thank you, the replacement ships tomorrow."
    db = tmp_path / "team.db"
    monkeypatch.setenv("MARKETMSG_STORE", str(db))
    command = ["reply", str(conversation["id"]), text, "--config", str(config), "--idempotency-key", "k-1"]
    assert runner.invoke(app, command).exit_code == 0
    with SqlStore(db) as store:
        assert store.get("k-1") is not None
    assert runner.invoke(app, [*command, "--store", str(tmp_path / "other.db")]).exit_code == 0
    assert _deliveries(simulator, text) == 2, (
        "another store is another outbox: the flag wins over the variable"
    )


def test_disputes_across_accounts_show_both_platforms_nearest_deadline_first() -> None:
    result = runner.invoke(app, ["disputes", "--sandbox", "--json"])
    assert result.exit_code == 0, result.output  # was exit 3: the Amazon account made the whole listing fail
    import json

    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert {r["platform"] for r in rows} == {"amazon", "aliexpress"}  # Amazon claims come from its mail


AMAZON_WITHOUT_MAIL = """
[[accounts]]
platform = "amazon"
seller_id = "A1NOMAILBOX"
marketplaces = ["ATVPDKIKX0DER"]
[accounts.credentials]
refresh_token = "Atzr|test"
lwa_app_id = "amzn1.application-oa2-client.test"
lwa_client_secret = "test-secret"
"""


def test_disputes_for_amazon_without_mail_explain_where_claims_come_from(tmp_path: Path) -> None:
    path = tmp_path / "marketmsg.toml"
    path.write_text(AMAZON_WITHOUT_MAIL, encoding="utf-8")
    result = runner.invoke(
        app, ["disputes", "--config", str(path), "--platform", "amazon"], env={"COLUMNS": "300"}
    )
    assert result.exit_code == 0, result.output  # a notice, not an error (issue 13.3)
    assert "notice:" in result.stderr and "amazon:A1NOMAILBOX" in result.stderr
    assert "A-to-z Guarantee claims" in result.stderr and "notification e-mails" in result.stderr
    assert "0 dispute(s)" in result.stdout


@pytest.mark.parametrize("text", ["", "   \n"])
def test_an_empty_reply_is_a_usage_error_and_sends_nothing(text: str) -> None:
    conv_id = _first_relay_conversation()
    result = runner.invoke(app, ["reply", conv_id, text, "--sandbox"])
    assert result.exit_code == 2, result.output
    assert "nothing to send" in result.output


def test_a_refused_reply_does_not_suggest_retrying_it() -> None:
    result = runner.invoke(app, ["reply", "0000000", "Thank you.", "--sandbox"])
    assert result.exit_code == 2
    assert "idempotency key" not in result.output


def test_reply_queue_checks_the_rules_and_queues_without_sending(tmp_path: Path) -> None:
    from marketmsg.store import SqlStore

    conv_id, order = _first_relay_conversation_and_order()
    db = str(tmp_path / "queue.db")
    refused = runner.invoke(
        app, ["reply", conv_id, "Mail me at someone@example.com", "--sandbox", "--store", db, "--queue"]
    )
    assert refused.exit_code == 1, refused.output
    text = f"Thank you for your message about order {order}. Your parcel ships today."
    args = ["reply", conv_id, text, "--sandbox", "--store", db, "--queue", "--idempotency-key", "k1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "queued" in result.output
    store = SqlStore(db)
    try:
        entries = store.entries()
        assert [(e.key, e.state.value) for e in entries] == [("k1", "queued")]
    finally:
        store.close()


def test_a_sandbox_reply_is_shown_by_later_commands_and_ends_the_wait(tmp_path: Path) -> None:
    # Every --sandbox command starts the simulators afresh: the reply sent by one command is remembered by the
    # store's outbox, and `show` and `inbox` read it there (found trying the CLI as a user: the reply vanished).
    db = str(tmp_path / "sandbox.db")
    conv_id, order = _first_relay_conversation_and_order()
    text = f"Ihre Bestellung {order} wird morgen versendet. Vielen Dank!"
    before = runner.invoke(app, ["inbox", "--sandbox", "--store", db, "--json"])
    assert before.exit_code == 0, before.output
    queue = [row["id"] for row in _json_lines(before.stdout)]
    owed = next(row for row in _json_lines(before.stdout) if row["id"] == conv_id)
    assert owed["status"] == "awaiting_seller" and owed["response_due"]

    sent = runner.invoke(app, ["reply", conv_id, text, "--sandbox", "--store", db])
    assert sent.exit_code == 0, sent.output

    shown = runner.invoke(app, ["show", conv_id, "--sandbox", "--store", db, "--json"])
    assert shown.exit_code == 0, shown.output
    conv, *messages = _json_lines(shown.stdout)
    assert [m["body"] for m in messages][-1] == text
    assert messages[-1]["direction"] == "outbound"
    assert conv["status"] == "awaiting_buyer" and conv["response_due"] is None
    assert len({m["id"] for m in messages}) == len(messages)  # each message once
    human = runner.invoke(app, ["show", conv_id, "--sandbox", "--store", db])
    assert text in human.stdout and "no reply due" in human.stdout and "outbox" in human.stdout

    after = runner.invoke(app, ["inbox", "--sandbox", "--store", db, "--json"])
    rows = _json_lines(after.stdout)
    answered = next(row for row in rows if row["id"] == conv_id)
    assert answered["status"] == "awaiting_buyer" and answered["response_due"] is None
    # Answered, it moves behind every conversation still owed a reply; the others keep their order.
    assert [row["id"] for row in rows] == [i for i in queue if i != conv_id] + [conv_id]


def test_a_sandbox_thread_without_earlier_replies_is_shown_as_the_simulators_give_it(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    conv_id = _first_relay_conversation()
    shown = runner.invoke(app, ["show", conv_id, "--sandbox", "--store", db, "--json"])
    conv, *messages = _json_lines(shown.stdout)
    assert conv["status"] == "awaiting_seller" and conv["response_due"]
    assert all(m["direction"] == "inbound" for m in messages)
    assert "outbox" not in runner.invoke(app, ["show", conv_id, "--sandbox", "--store", db]).stdout
