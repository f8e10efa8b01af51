"""``marketmsg webhooks``: register, list, inspect the queue, replay, retry dead letters — from the shell."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marketmsg.cli import app
from marketmsg.events import EventLog, Webhooks
from marketmsg.store import SqlStore

from ..store.conftest import Samples


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["webhooks", *args])
    return result.exit_code, result.output


def test_add_list_queue_replay(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    code, out = _run("add", "https://erp.example/hooks", "--type", "message.received", "--store", db)
    assert code == 0
    endpoint_id, secret = out.split()
    assert secret.startswith("whsec_")
    code, out = _run("list", "--store", db)
    assert out.split() == [endpoint_id, "https://erp.example/hooks", "message.received"]
    assert secret not in out  # the secret is shown once, when created
    with SqlStore(db) as store:
        store.upsert_messages([Samples.message("c1/m1"), Samples.message("c1/m2")])
        EventLog(store).catch_up()
        assert Webhooks(store).queue_depth()["pending"] == 2
    assert _run("queue", "--store", db) == (0, "pending 2  delivering 0  delivered 0  dead 0\n")
    assert _run("replay", endpoint_id, "--after", "1", "--store", db) == (0, "1 event(s) queued\n")
    assert _run("retry-dead", "--store", db) == (0, "0 delivery(ies) queued again\n")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["add", "ftp://erp.example/x"], "is not an http(s) URL"),
        (["add", "https://erp.example/x", "--type", "message.recieved"], "--type:"),
        (["replay", "ep_nope", "--after", "0"], "no webhook endpoint 'ep_nope'"),
    ],
)
def test_mistakes_exit_2(tmp_path: Path, args: list[str], needle: str) -> None:
    code, out = _run(*args, "--store", str(tmp_path / "s.db"))
    assert code == 2 and needle in out
