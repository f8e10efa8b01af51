"""IMAP sync against a real Dovecot (.ci/dovecot.sh): checkpoints survive SIGKILL — every message once, none twice."""

from __future__ import annotations

import asyncio
import imaplib
import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from marketmsg import Account, AsyncClient, AuthenticationError, register_adapter, unregister_adapter
from marketmsg_amazon.relay import RelayMailbox, RelayMailGenerator, SqliteRelayStore

from .conftest import RelayOnlyAdapter

pytestmark = pytest.mark.integration

CHILD = r"""
import json, sys, time
from marketmsg import Account
from marketmsg_amazon.relay import RelayMailbox

config = json.loads(sys.argv[1])
account = Account(platform="amazon", seller_id="A1IMAP", settings={"relay": config["relay"]},
                  credentials={"imap_password": config["password"]})
mailbox = RelayMailbox.for_account(account)

def report(outcome):
    # Printed after the message and its checkpoint are committed.
    print(outcome.result, outcome.message.message_id if outcome.message else "-", flush=True)
    time.sleep(config["pause"])

mailbox.sync(on_outcome=report)
print("done", flush=True)
"""


def _folder(dovecot: dict[str, Any], messages: list[bytes]) -> str:
    """A fresh folder filled by the simulator's own delivery path (IMAP APPEND)."""
    folder = f"relay-{uuid.uuid4().hex[:10]}"
    with imaplib.IMAP4(dovecot["host"], dovecot["port"]) as conn:
        conn.login(dovecot["user"], dovecot["password"])
        assert conn.create(folder)[0] == "OK"
        conn.logout()
    stored = RelayMailGenerator.to_imap(
        dovecot["host"], dovecot["port"], dovecot["user"], dovecot["password"], messages, folder=folder
    )
    assert stored == len(messages)
    return folder


def _count(dovecot: dict[str, Any], folder: str) -> tuple[int, int]:
    """(messages, messages flagged \\Seen) in ``folder``."""
    with imaplib.IMAP4(dovecot["host"], dovecot["port"]) as conn:
        conn.login(dovecot["user"], dovecot["password"])
        conn.select(folder, readonly=True)
        _, all_ = conn.uid("SEARCH", "ALL")
        _, seen = conn.uid("SEARCH", "SEEN")
        conn.logout()
    return len((all_[0] or b"").split()), len((seen[0] or b"").split())


def _run_child(script: Path, config: dict[str, Any], kill_after: int | None) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    with subprocess.Popen(
        [sys.executable, str(script), json.dumps(config)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            result, _, message_id = line.strip().partition(" ")
            if result == "done":
                break
            lines.append((result, message_id))
            if kill_after is not None and len(lines) >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)  # no cleanup, no atexit: a real crash
                break
        proc.wait(timeout=60)
    return lines


def test_two_hundred_messages_once_across_a_sigkill(dovecot: dict[str, Any], tmp_path: Path) -> None:
    generator = RelayMailGenerator(seed=4242)
    messages = [
        generator.buyer_message(locale=("en", "de", "fr", "ja")[i % 4], sign=False) for i in range(200)
    ]
    folder = _folder(dovecot, messages)
    store_path = tmp_path / "relay.sqlite3"
    config = {
        "password": dovecot["password"],
        "pause": 0.002,
        "relay": {
            "sender": "orders@seller.example",
            "store": str(store_path),
            "verify": False,
            "sources": [
                {
                    "type": "imap",
                    "host": dovecot["host"],
                    "port": dovecot["port"],
                    "ssl": False,
                    "user": dovecot["user"],
                    "folder": folder,
                    "batch": 25,
                }
            ],
        },
    }
    script = tmp_path / "child.py"
    script.write_text(CHILD)

    first = _run_child(script, config, kill_after=70)
    second = _run_child(script, config, kill_after=None)

    assert 70 <= len(first) < 200, "the first process must die midway"
    assert second and all(result == "added" for result, _ in second), (
        "a restart re-reads nothing already stored"
    )
    first_ids = {m for _, m in first}
    second_ids = [m for _, m in second]
    assert len(second_ids) == len(set(second_ids)) and not first_ids & set(second_ids)

    store = SqliteRelayStore(str(store_path))
    stored = store.messages("amazon:A1IMAP")
    ids = [m.meta.message_id for m in stored]
    assert len(ids) == 200 and len(set(ids)) == 200
    expected = {f"{m.split(b'Message-ID: <')[1].split(b'>')[0].decode()}" for m in messages}
    assert set(ids) == expected
    source = config["relay"]["sources"][0]
    checkpoint = store.checkpoint(
        "amazon:A1IMAP", f"imap:{dovecot['user']}@{dovecot['host']}:{dovecot['port']}/{folder}"
    )
    assert checkpoint is not None and checkpoint.last_uid == 200 and source["folder"] == folder
    assert _count(dovecot, folder) == (200, 0), "the mailbox is read-only to us: nothing removed or flagged"


def test_new_mail_after_the_checkpoint_is_picked_up(dovecot: dict[str, Any], tmp_path: Path) -> None:
    generator = RelayMailGenerator(seed=99)
    folder = _folder(dovecot, [generator.buyer_message(sign=False) for _ in range(3)])
    account = Account(
        platform="amazon",
        seller_id="A1IMAP2",
        credentials={"imap_password": dovecot["password"]},
        settings={
            "relay": {
                "sender": "o@s.example",
                "store": str(tmp_path / "r.sqlite3"),
                "verify": False,
                "sources": [
                    {
                        "type": "imap",
                        "host": dovecot["host"],
                        "port": dovecot["port"],
                        "ssl": False,
                        "user": dovecot["user"],
                        "folder": folder,
                    }
                ],
            }
        },
    )
    box = RelayMailbox.for_account(account)
    assert box.sync()[0].added == 3
    assert box.sync()[0].added == 0
    with imaplib.IMAP4(dovecot["host"], dovecot["port"]) as conn:
        conn.login(dovecot["user"], dovecot["password"])
        conn.append(folder, None, None, generator.buyer_message(sign=False))
        conn.logout()
    report = box.sync()[0]
    assert (report.added, report.duplicates) == (1, 0)


def test_wrong_password_is_an_authentication_error_without_the_password(
    dovecot: dict[str, Any], tmp_path: Path
) -> None:
    account = Account(
        platform="amazon",
        seller_id="A1IMAP3",
        credentials={"imap_password": "definitely-wrong-pw"},
        settings={
            "relay": {
                "sender": "o@s.example",
                "store": str(tmp_path / "r.sqlite3"),
                "sources": [
                    {
                        "type": "imap",
                        "host": dovecot["host"],
                        "port": dovecot["port"],
                        "ssl": False,
                        "user": dovecot["user"],
                    }
                ],
            }
        },
    )
    with pytest.raises(AuthenticationError) as info:
        RelayMailbox.for_account(account).sync()
    assert "definitely-wrong-pw" not in str(info.value)


def test_async_client_reads_imap_through_the_same_flow(dovecot: dict[str, Any], tmp_path: Path) -> None:
    generator = RelayMailGenerator(seed=7)
    alias = generator.alias("it", n=3)
    raws = [
        generator.buyer_message(locale="it", alias=alias, order_id="404-0000000-0000001", text=t, sign=False)
        for t in ("Prima domanda", "Seconda domanda")
    ]
    folder = _folder(dovecot, raws)
    account = Account(
        platform="amazon",
        seller_id="A1IMAPASYNC",
        credentials={"imap_password": dovecot["password"]},
        settings={
            "relay": {
                "sender": "o@s.example",
                "store": str(tmp_path / "r.sqlite3"),
                "verify": False,
                "sources": [
                    {
                        "type": "imap",
                        "host": dovecot["host"],
                        "port": dovecot["port"],
                        "ssl": False,
                        "user": dovecot["user"],
                        "folder": folder,
                    }
                ],
            }
        },
    )
    register_adapter("amazon", RelayOnlyAdapter)
    try:

        async def run() -> list[str]:
            async with AsyncClient([account]) as client:
                (conv,) = [c async for c in client.conversations.list()]
                return [m.body async for m in client.messages.list(conv.id)]

        assert asyncio.run(run()) == ["Prima domanda", "Seconda domanda"]
    finally:
        unregister_adapter("amazon")
