"""The client's send path runs the rules before sending: blocks are final, warnings need an explicit, logged
override (fakemarket sandbox with Amazon's content rules, as in test_offplatform)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

import marketmsg
from marketmsg import PolicyViolation
from marketmsg.rules import RuleContext, evaluate
from marketmsg.sandbox import Sandbox

from .test_offplatform import StrictFakemarket

CONV = "fakemarket:FM-SELLER-1:conv:c1"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    marketmsg.register_adapter("fakemarket", StrictFakemarket)
    yield Sandbox.create(
        ["fakemarket"], clock=marketmsg.VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    )
    marketmsg.unregister_adapter("fakemarket")


def _sent(sandbox: Sandbox) -> int:
    return len(sandbox.controller("fakemarket").sent_messages("c1"))


def test_blocking_findings_refuse_the_send_with_all_findings(sandbox: Sandbox) -> None:
    with sandbox.client() as client, pytest.raises(PolicyViolation) as info:
        client.messages.reply(CONV, "Mail me at a@b.com or call +1 415-555-2671 😊", allow_warnings=True)
    assert {f.rule for f in info.value.findings} >= {"contact.email", "contact.phone", "format.emoji"}
    assert _sent(sandbox) == 0


def test_warnings_need_an_explicit_logged_override(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    text = "If it helps other buyers, you could leave a review when you have time."
    with sandbox.client() as client:
        with pytest.raises(PolicyViolation) as info:
            client.messages.reply(CONV, text)
        assert [f.severity for f in info.value.findings] == ["warn"]
        assert _sent(sandbox) == 0
        with caplog.at_level(logging.WARNING, logger="marketmsg"):
            client.messages.reply(CONV, text, allow_warnings=True)
    assert _sent(sandbox) == 1
    assert any(
        "review.request" in r.getMessage() and "allow_warnings" in r.getMessage() for r in caplog.records
    )


def test_evaluate_puts_blocking_findings_first() -> None:
    pack = StrictFakemarket.rule_pack
    report = evaluate("Please leave a review. Mail a@b.com", RuleContext(platform="fakemarket"), pack)
    assert [f.severity for f in report.findings] == ["block", "warn"]


def test_relay_reply_attachments_over_the_published_10_mb_are_refused_before_any_io(sandbox: Sandbox) -> None:
    big = marketmsg.Attachment.from_bytes("photos.pdf", b"x" * 10_000_001, "application/pdf")
    with sandbox.client() as client, pytest.raises(PolicyViolation) as info:
        client.messages.reply(
            CONV, "Here are the photos you asked for.", attachments=[big], allow_warnings=True
        )
    assert [f.rule for f in info.value.findings if f.blocks] == ["attachment.size"]
    assert _sent(sandbox) == 0
