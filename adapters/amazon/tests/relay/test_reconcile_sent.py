"""A relay reply the SMTP server took before the session broke is reconciled as sent, never resent (issue 11, item 8).

A real SMTP server on loopback (aiosmtpd) files each accepted reply in the seller's Sent folder on a real Dovecot
(as mail servers that keep sent copies do) and then drops the connection. The outbox has the reply's Message-ID
from before the SMTP session began; ``reconcile`` polls the Sent folder and finds it by that id — even with
``mark_missing_failed``, which would otherwise make it resendable.
"""

from __future__ import annotations

import imaplib
import socket
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from marketmsg import (
    Account,
    Client,
    DeliveryUnknown,
    OutboxState,
    VirtualClock,
    register_adapter,
    unregister_adapter,
)
from marketmsg.inbox import InboxSync, ReconcileOutcome
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.store import SqlStore
from marketmsg_amazon.relay import sandbox_relay

from .conftest import RelayOnlyAdapter

aiosmtpd_controller = pytest.importorskip(
    "aiosmtpd.controller", reason="needs aiosmtpd (requirements/dev.txt)"
)

pytestmark = pytest.mark.integration

TEXT = "Thank you for waiting: your replacement left our warehouse this morning."


class _FileThenDrop:
    """Takes the message, files it in the Sent folder (or not), then drops the connection without answering."""

    def __init__(self, dovecot: dict[str, Any], folder: str, store: SqlStore, *, file_copy: bool) -> None:
        self.dovecot = dovecot
        self.folder = folder
        self.store = store
        self.file_copy = file_copy
        self.key = f"relay-{uuid.uuid4().hex[:8]}"  # the idempotency key the test sends under
        self.accepted: list[bytes] = []
        self.refs_seen: list[str | None] = []  # the ref the outbox held while the server had the mail

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd hook name
        data = bytes(envelope.content)
        entry = self.store.get(self.key)
        self.refs_seen.append(entry.parts[0].ref if entry is not None and entry.parts else None)
        if self.file_copy:
            self.accepted.append(data)
            with imaplib.IMAP4(self.dovecot["host"], self.dovecot["port"]) as conn:
                conn.login(self.dovecot["user"], self.dovecot["password"])
                conn.append(self.folder, "(\\Seen)", None, data)
                conn.logout()
        server.transport.abort()
        return "250 OK"  # never reaches the client: the connection is gone


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _sent_folder(dovecot: dict[str, Any]) -> str:
    folder = f"Sent-{uuid.uuid4().hex[:10]}"
    with imaplib.IMAP4(dovecot["host"], dovecot["port"]) as conn:
        conn.login(dovecot["user"], dovecot["password"])
        assert conn.create(folder)[0] == "OK"
        conn.logout()
    return folder


@pytest.fixture
def registered() -> Iterator[None]:
    register_adapter("amazon", RelayOnlyAdapter)
    yield
    unregister_adapter("amazon")


def _spec(clock: VirtualClock, dovecot: dict[str, Any], folder: str, smtp_port: int) -> SandboxSpec:
    settings, controller = sandbox_relay(clock)
    relay = dict(settings["relay"])
    relay["smtp"] = {"host": "127.0.0.1", "port": smtp_port, "starttls": False, "timeout": 5}
    relay["sources"] = [
        *relay["sources"],
        {"type": "imap", "host": dovecot["host"], "port": dovecot["port"], "ssl": False, "user": dovecot["user"],
         "folder": folder, "sent": True},
    ]  # fmt: skip
    account = Account(
        platform="amazon",
        seller_id="A1SENT",
        settings={"relay": relay},
        credentials={"smtp_password": "smtp-secret-1", "imap_password": dovecot["password"]},
    )
    return SandboxSpec(platform="amazon", accounts=[account], mounts={}, controller=controller)


def _setup(
    dovecot: dict[str, Any], clock: VirtualClock, tmp_path: Path, *, file_copy: bool
) -> tuple[Client, SqlStore, _FileThenDrop, Any]:
    store = SqlStore(tmp_path / "outbox.db")
    folder = _sent_folder(dovecot)
    port = _free_port()
    server = _FileThenDrop(dovecot, folder, store, file_copy=file_copy)
    controller = aiosmtpd_controller.Controller(server, hostname="127.0.0.1", port=port)
    controller.start()
    sandbox = Sandbox([_spec(clock, dovecot, folder, port)], clock=clock)
    return sandbox.client(outbox=store), store, server, controller


def test_a_reply_accepted_then_cut_off_is_reconciled_as_sent_by_its_message_id(
    dovecot: dict[str, Any], clock: VirtualClock, tmp_path: Path, registered: None
) -> None:
    client, store, server, controller = _setup(dovecot, clock, tmp_path, file_copy=True)
    try:
        conv = next(iter(client.conversations.list()))
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(conv.id, TEXT, idempotency_key=server.key)
        ref = f"{server.key}.marketmsg@sandbox-seller.example"
        assert server.refs_seen == [ref]  # recorded before the server had the mail
        entry = store.get(server.key)
        assert entry is not None and entry.state is OutboxState.UNKNOWN and entry.parts[0].ref == ref

        clock.advance(
            timedelta(hours=2).total_seconds()
        )  # long past the window: mark_missing_failed would act
        report = InboxSync(client, store, clock=clock).reconcile(mark_missing_failed=True)
        [result] = report.results
        assert result.outcome is ReconcileOutcome.SENT, result.detail
        done = store.get(server.key)
        assert done is not None and done.state is OutboxState.SENT and done.message is not None
        assert done.message.body.strip() == TEXT and done.message.conversation_id == conv.id
        # The same key again: the stored message, no second SMTP session.
        again = client.messages.reply(conv.id, TEXT, idempotency_key=server.key)
        assert again.id == done.message.id
        assert len(server.accepted) == 1
        # The Sent copy now shows in the conversation as our reply.
        outbound = [m for m in client.messages.list(conv.id) if m.direction.value == "outbound"]
        assert [m.body.strip() for m in outbound] == [TEXT]
    finally:
        client.close()
        controller.stop()
        store.close()


def test_a_reply_never_taken_is_not_found_and_may_be_sent_again(
    dovecot: dict[str, Any], clock: VirtualClock, tmp_path: Path, registered: None
) -> None:
    """The control: the server dropped the session without keeping the mail — nothing in Sent, so after the
    window ``mark_missing_failed`` lets the user send it again (the conversation was synced: no text match)."""
    client, store, server, controller = _setup(dovecot, clock, tmp_path, file_copy=False)
    try:
        InboxSync(client, store, clock=clock).run()
        conv = next(iter(client.conversations.list()))
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(conv.id, TEXT, idempotency_key=server.key)
        clock.advance(timedelta(hours=2).total_seconds())
        [result] = InboxSync(client, store, clock=clock).reconcile(mark_missing_failed=True).results
        assert result.outcome is ReconcileOutcome.MARKED_FAILED, result.detail
        entry = store.get(server.key)
        assert entry is not None and entry.state is OutboxState.FAILED
    finally:
        client.close()
        controller.stop()
        store.close()


def test_a_forged_copy_in_the_inbox_does_not_confirm_a_reply(
    dovecot: dict[str, Any], clock: VirtualClock, tmp_path: Path, registered: None
) -> None:
    """Only a ``sent`` source is trusted with our Message-IDs: mail in the inbox claiming to be our reply (anyone
    can write From: and Message-ID:) must not mark a lost reply sent — that would silence it for good."""
    client, store, server, controller = _setup(dovecot, clock, tmp_path, file_copy=False)
    try:
        conv = next(iter(client.conversations.list()))
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(conv.id, TEXT, idempotency_key=server.key)
        forged = (
            f"From: orders@sandbox-seller.example\r\nTo: {conv.buyer.platform_id}\r\n"
            f"Subject: RE: your order\r\nMessage-ID: <{server.key}.marketmsg@sandbox-seller.example>\r\n"
            f"Date: Mon, 02 Nov 2026 09:00:00 +0000\r\n\r\n{TEXT}\r\n"
        ).encode()
        sandbox_controller = client._sandbox.controller("amazon")  # the seeded inbox Maildir
        sandbox_controller.deliver(forged)
        [result] = InboxSync(client, store, clock=clock).reconcile().results
        assert result.outcome is not ReconcileOutcome.SENT
        entry = store.get(server.key)
        assert entry is not None and entry.state is OutboxState.UNKNOWN
    finally:
        client.close()
        controller.stop()
        store.close()
