"""``marketmsg inbox`` and ``marketmsg export`` against the sandbox: output, files and exit codes."""

from __future__ import annotations

import io
import mailbox
from pathlib import Path

import pytest
from pydantic import SecretStr
from rich.console import Console
from typer.testing import CliRunner

from marketmsg.cli import app
from marketmsg.store import SqlStore, read_jsonl

runner = CliRunner()


@pytest.fixture
def only_fakemarket(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI prefers real simulators; hide half-built ones so the test is about the store, not them.
    monkeypatch.setenv("MARKETMSG_DISABLE_ADAPTERS", "amazon,aliexpress")


@pytest.fixture
def synced_db(tmp_path: Path, only_fakemarket: None) -> str:
    db = str(tmp_path / "inbox.db")
    result = runner.invoke(app, ["inbox", "--db", db, "--sandbox"])
    assert result.exit_code == 0, result.output
    return db


def test_inbox_syncs_and_shows_the_queue_with_due_times(synced_db: str) -> None:
    result = runner.invoke(app, ["inbox", "--db", synced_db, "--sandbox"])
    assert result.exit_code == 0, result.output
    assert "Inbox (from the store)" in result.output
    assert "0 new / 0 updated conversations" in result.output  # second run: nothing changed
    assert "5 conversation(s), 5 awaiting a seller reply." in result.output
    assert "FM-1004" in result.output


def test_inbox_without_sandbox_reads_the_store_only(synced_db: str) -> None:
    result = runner.invoke(app, ["inbox", "--db", synced_db])
    assert result.exit_code == 0, result.output
    assert "synced" not in result.output
    assert "5 conversation(s)" in result.output


def test_bad_db_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["inbox", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    result = runner.invoke(app, ["inbox", "--db", "mysql://h/db"])
    assert result.exit_code == 2


def test_export_jsonl_and_mbox(synced_db: str, tmp_path: Path) -> None:
    jsonl, mbox = tmp_path / "h.jsonl", tmp_path / "h.mbox"
    result = runner.invoke(
        app, ["export", "--db", synced_db, "--account", "FM-SELLER-1", "--out", str(jsonl)]
    )
    assert result.exit_code == 0, result.output
    assert "5 conversation(s), 5 message(s), 0 dispute(s)" in result.output
    assert len(list(read_jsonl(jsonl))) == 10
    result = runner.invoke(
        app,
        [
            "export",
            "--db",
            synced_db,
            "--account",
            "fakemarket:FM-SELLER-1",
            "--order",
            "FM-1002",
            "--format",
            "mbox",
            "--out",
            str(mbox),
        ],
    )
    assert result.exit_code == 0, result.output
    box = mailbox.mbox(mbox)
    assert [m["X-Marketmsg-Order-Id"] for m in box] == ["FM-1002"]
    box.close()


def test_export_refuses_existing_file_and_unknown_account(synced_db: str, tmp_path: Path) -> None:
    out = tmp_path / "h.jsonl"
    out.write_text("keep me")
    result = runner.invoke(app, ["export", "--db", synced_db, "--account", "FM-SELLER-1", "--out", str(out)])
    assert result.exit_code == 2 and "exists" in result.output
    assert out.read_text() == "keep me"
    result = runner.invoke(
        app, ["export", "--db", synced_db, "--account", "nobody", "--out", str(tmp_path / "n.jsonl")]
    )
    assert result.exit_code == 2 and "fakemarket:FM-SELLER-1" in result.output


def test_a_platform_error_during_sync_exits_3_and_still_prints_the_table(
    tmp_path: Path, only_fakemarket: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from marketmsg_fakemarket import FakemarketAdapter

    spec_factory = FakemarketAdapter.sandbox.__func__  # type: ignore[attr-defined]

    def broken(cls: type, clock: object = None) -> object:
        spec = spec_factory(cls, clock)
        spec.accounts = [
            a.model_copy(update={"credentials": {"api_key": SecretStr("wrong-key")}}) for a in spec.accounts
        ]
        return spec

    monkeypatch.setattr(FakemarketAdapter, "sandbox", classmethod(broken))
    result = runner.invoke(app, ["inbox", "--db", str(tmp_path / "x.db"), "--sandbox"])
    assert result.exit_code == 3, result.output
    assert "AuthenticationError" in result.output
    assert "Inbox (from the store)" in result.output
    with SqlStore(tmp_path / "x.db") as store:
        assert store.counts()["conversations"] == 0


@pytest.mark.parametrize(
    "command", [["inbox"], ["reply", "0000000", "hi"], ["export", "--account", "x", "--out", "o"]]
)
def test_a_database_password_is_never_echoed(command: list[str], tmp_path: Path) -> None:
    url = "postgresql://marketmsg:Pg-S3cret-pw@127.0.0.1:1/nowhere"  # nothing listens on port 1
    result = runner.invoke(app, [*command, "--store", url], env={"COLUMNS": "200"})
    assert result.exit_code == 3, result.output  # a database that cannot be reached: a network error
    assert "Pg-S3cret-pw" not in result.output
    assert "postgresql://marketmsg:[REDACTED]@127.0.0.1:1/nowhere" in result.output
    assert "--store" in result.output  # the fix: where to change it


def test_the_store_url_can_come_from_the_environment(synced_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARKETMSG_STORE", synced_db)
    result = runner.invoke(app, ["inbox", "--no-sync"])
    assert result.exit_code == 0, result.output
    assert "5 conversation(s)" in result.output


def test_an_empty_store_names_the_default_accounts_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["inbox", "--store", str(tmp_path / "empty.db")])
    assert result.exit_code == 0, result.output
    assert "marketmsg.toml" in result.output and "accounts.toml" not in result.output


def _terminal(buffer: io.StringIO) -> Console:
    return Console(file=buffer, force_terminal=True, width=100)


def test_long_jobs_show_progress_on_a_terminal_only(
    tmp_path: Path, only_fakemarket: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marketmsg.cli._store as store_commands

    db = str(tmp_path / "progress.db")
    piped = runner.invoke(app, ["inbox", "--store", db, "--sandbox"])
    assert piped.exit_code == 0, piped.output
    assert "sync fakemarket:" not in piped.output and "━" not in piped.output  # quiet when piped
    for command in (
        ["inbox", "--store", db, "--sandbox"],
        ["export", "--store", db, "--account", "FM-SELLER-1", "--out", str(tmp_path / "h.jsonl")],
    ):
        terminal = io.StringIO()
        monkeypatch.setattr(store_commands, "stderr_console", lambda buffer=terminal: _terminal(buffer))
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        shown = terminal.getvalue()
        assert (
            "sync fakemarket:FM-SELLER-1" if command[0] == "inbox" else "export fakemarket:FM-SELLER-1"
        ) in shown
        assert "5/5" in shown or "━" in shown, shown


def test_export_after_a_sandbox_inbox_says_to_add_sandbox(tmp_path: Path) -> None:
    # As docs/cli.md walks a new user: `inbox --sandbox`, then `export` — the simulators keep their own store.
    assert runner.invoke(app, ["inbox", "--sandbox"]).exit_code == 0
    out = tmp_path / "h.jsonl"
    result = runner.invoke(app, ["export", "--account", "cn1500000001", "--out", str(out)])
    assert result.exit_code == 2
    assert "add --sandbox" in " ".join(result.output.split())
    result = runner.invoke(app, ["export", "--account", "cn1500000001", "--out", str(out), "--sandbox"])
    assert result.exit_code == 0, result.output
    assert len(list(read_jsonl(out))) > 0


def test_store_housekeeping_works_on_the_sandbox_store() -> None:
    # The --store help says "sandbox.db with --sandbox": info, changes and purge take --sandbox like export does.
    assert runner.invoke(app, ["inbox", "--sandbox"]).exit_code == 0
    info = runner.invoke(app, ["store", "info", "--sandbox"])
    assert info.exit_code == 0, info.output
    assert runner.invoke(app, ["store", "changes", "--sandbox", "--limit", "1"]).output.strip()
    purged = runner.invoke(app, ["store", "purge", "--sandbox", "--older-than", "1d"])
    assert purged.exit_code == 0, purged.output
    assert runner.invoke(app, ["store", "info"]).output != info.output  # the user's own store is another one
