"""An empty or blank reply/send is refused by the core with EmptyMessageError before any I/O, on every platform,
through both clients (the CLI's own guard aside): no platform request, no mail, no outbox entry."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import anyio
import pytest

from marketmsg import (
    Attachment,
    Conversation,
    EmptyMessageError,
    InMemoryOutbox,
    MarketmsgError,
    VirtualClock,
)
from marketmsg.sandbox import Sandbox
from marketmsg.testing import PlatformCalls

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PLATFORMS = ("amazon", "aliexpress", "fakemarket")
BLANK = [
    ("empty", ""),
    ("spaces", "   "),
    ("line breaks and tabs", "\n\t \r\n"),
    ("no-break and ideographic spaces", "\u00a0\u3000"),
    ("zero-width characters", "\u200b\u200d\ufeff"),
]


@pytest.fixture(scope="module")
def world() -> tuple[Sandbox, PlatformCalls, dict[str, Conversation]]:
    sandbox = Sandbox.create(PLATFORMS, clock=VirtualClock(START))
    calls = PlatformCalls(*sandbox.specs.values())  # before any client is built on the mounts
    with sandbox.client() as client:
        first = {
            platform: client.conversations.list(platform=platform).to_list(1)[0] for platform in PLATFORMS
        }
    return sandbox, calls, first


def _mail_sent(sandbox: Sandbox) -> int:
    relay = sandbox.specs["amazon"].extras["relay"]
    return len(relay.sent())


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("case", "body"), BLANK, ids=[b[0] for b in BLANK])
def test_blank_reply_is_refused_before_any_io(
    world: tuple[Sandbox, PlatformCalls, dict[str, Conversation]], platform: str, case: str, body: str
) -> None:
    sandbox, calls, first = world
    outbox = InMemoryOutbox()
    mail = _mail_sent(sandbox)
    with (
        sandbox.client(outbox=outbox) as client,
        calls.measure() as made,
        pytest.raises(EmptyMessageError) as caught,
    ):
        client.messages.reply(first[platform].id, body)
    assert isinstance(caught.value, MarketmsgError) and isinstance(caught.value, ValueError)
    assert "nothing was sent" in str(caught.value)
    assert made.requests == [], [str(r.url) for r in made.requests]
    assert _mail_sent(sandbox) == mail
    assert list(outbox.entries()) == []


def test_blank_proactive_text_is_refused_before_any_io(
    world: tuple[Sandbox, PlatformCalls, dict[str, Conversation]],
) -> None:
    sandbox, calls, first = world
    order = first["amazon"].order_id
    assert order is not None
    with sandbox.client() as client, calls.measure() as made:
        for _, body in BLANK:
            with pytest.raises(EmptyMessageError, match="body=None"):
                client.messages.send(order, "confirm_order_details", platform="amazon", body=body)
    assert made.requests == []


def test_the_async_client_refuses_too(world: tuple[Sandbox, PlatformCalls, dict[str, Conversation]]) -> None:
    sandbox, calls, first = world

    async def main() -> None:
        async with sandbox.async_client() as client:
            for platform in PLATFORMS:
                with pytest.raises(EmptyMessageError):
                    await client.messages.reply(first[platform].id, " \n ")

    with calls.measure() as made:
        anyio.run(main)
    assert made.requests == []


def test_text_or_files_carry_a_message(world: tuple[Sandbox, PlatformCalls, dict[str, Conversation]]) -> None:
    """Not refused for being blank: a text with words, files without text, a kind sent without text (None)."""
    sandbox, _, first = world
    photo = Attachment.from_bytes("photo.png", b"\x89PNG\r\n\x1a\nsandbox", "image/png")
    with sandbox.client() as client:
        sent: Any = client.messages.reply(first["amazon"].id, "", attachments=(photo,))
        assert sent.attachments
        order = first["amazon"].order_id
        assert order is not None
        try:
            client.messages.send(order, "review_solicitation", platform="amazon", body=None)
        except EmptyMessageError:  # pragma: no cover - the assertion below says what went wrong
            pytest.fail("a kind without text was refused for having none")
        except MarketmsgError:
            pass  # the platform's own rules may refuse the review request; not for being blank
