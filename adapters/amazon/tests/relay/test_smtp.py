"""Replies delivered to a real SMTP server on loopback (aiosmtpd in-process), through smtplib and aiosmtplib."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest

from marketmsg import (
    Account,
    APIConnectionError,
    Attachment,
    DeliveryUnknown,
    VirtualClock,
    register_adapter,
    unregister_adapter,
)
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_amazon.relay import sandbox_relay

from .conftest import RelayOnlyAdapter

aiosmtpd_controller = pytest.importorskip(
    "aiosmtpd.controller", reason="needs aiosmtpd (requirements/dev.txt)"
)


class _Recorder:
    def __init__(self) -> None:
        self.envelopes: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Recorder, int]]:
    recorder = _Recorder()
    port = _free_port()
    controller = aiosmtpd_controller.Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()


def _free_port() -> int:
    with socket.socket() as probe:  # bound then released: nobody listens there until we start
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _spec(clock: VirtualClock, smtp: dict[str, Any]) -> SandboxSpec:
    settings, controller = sandbox_relay(clock)
    relay = dict(settings["relay"])
    relay["smtp"] = smtp
    account = Account(
        platform="amazon",
        seller_id="A1SMTP",
        settings={"relay": relay},
        credentials={"smtp_password": "smtp-secret-1"},
    )
    return SandboxSpec(platform="amazon", accounts=[account], mounts={}, controller=controller)


@pytest.fixture
def registered() -> Iterator[None]:
    register_adapter("amazon", RelayOnlyAdapter)
    yield
    unregister_adapter("amazon")


@pytest.mark.integration
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_reply_reaches_the_smtp_server_threaded_with_attachments(
    mode: str, smtp_server: tuple[_Recorder, int], clock: VirtualClock, registered: None
) -> None:
    recorder, port = smtp_server
    sandbox = Sandbox([_spec(clock, {"host": "127.0.0.1", "port": port, "starttls": False})], clock=clock)
    invoice = Attachment.from_bytes("invoice 2026-11.pdf", b"%PDF-1.4 invoice", "application/pdf")
    body = "Thank you for your patience. Your invoice is attached."

    if mode == "sync":
        with sandbox.client() as client:
            conv = next(iter(client.conversations.list()))
            last = list(client.messages.list(conv.id))[-1]
            client.messages.reply(conv.id, body, attachments=[invoice])
    else:

        async def run() -> tuple[Any, Any]:
            async with sandbox.async_client() as client:
                conv = await anext(aiter(client.conversations.list()))
                last = [m async for m in client.messages.list(conv.id)][-1]
                await client.messages.reply(conv.id, body, attachments=[invoice])
                return conv, last

        conv, last = asyncio.run(run())

    assert len(recorder.envelopes) == 1
    mail_from, rcpt, data = recorder.envelopes[0]
    assert mail_from == "orders@sandbox-seller.example"
    assert rcpt == [conv.buyer.platform_id]
    mail = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    assert mail["From"] == "Sandbox Seller <orders@sandbox-seller.example>"
    assert mail["To"] == conv.buyer.platform_id
    original = email.message_from_bytes(last.raw, policy=email.policy.default)
    assert mail["In-Reply-To"] == original["Message-ID"]
    assert original["Message-ID"] in mail["References"]
    assert mail["Subject"] == f"RE: {original['Subject']}"
    text = mail.get_body(preferencelist=("plain",))
    assert text is not None and text.get_content().strip() == body
    assert mail.get_body(preferencelist=("html",)) is None  # plain text only
    files = [(p.get_filename(), p.get_content_type(), p.get_content()) for p in mail.iter_attachments()]
    assert files == [("invoice 2026-11.pdf", "application/pdf", b"%PDF-1.4 invoice")]


@pytest.mark.integration
def test_unreachable_smtp_server_is_a_connection_error_and_nothing_is_recorded(
    clock: VirtualClock, registered: None
) -> None:
    port = _free_port()
    spec = _spec(clock, {"host": "127.0.0.1", "port": port, "starttls": False, "timeout": 2})
    with Sandbox([spec], clock=clock).client(max_retries=0) as client:
        conv = next(iter(client.conversations.list()))
        with pytest.raises(APIConnectionError) as info:
            client.messages.reply(conv.id, "Thank you, we will check and come back to you.")
        assert info.value.request_sent is False
        assert "smtp-secret-1" not in str(info.value)
        outbound = [m for m in client.messages.list(conv.id) if m.direction.value == "outbound"]
        assert outbound == []


class _Hang:
    """Accepts the message data, then never answers: the client cannot know whether it was delivered."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd hook name
        await asyncio.sleep(30)
        return "250 OK"


@pytest.mark.integration
def test_no_answer_after_data_is_delivery_unknown_and_never_resent(
    clock: VirtualClock, registered: None
) -> None:
    port = _free_port()
    controller = aiosmtpd_controller.Controller(_Hang(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        spec = _spec(clock, {"host": "127.0.0.1", "port": port, "starttls": False, "timeout": 0.5})
        with Sandbox([spec], clock=clock).client() as client:
            conv = next(iter(client.conversations.list()))
            text = "Thank you, your replacement is on its way."
            with pytest.raises(DeliveryUnknown) as info:
                client.messages.reply(conv.id, text, idempotency_key="hang-1")
            assert info.value.idempotency_key == "hang-1"
            with pytest.raises(DeliveryUnknown, match="reconcile"):
                client.messages.reply(conv.id, text, idempotency_key="hang-1")
    finally:
        controller.stop()
