"""Relay-mail reply limits (issue 12.4): what Amazon publishes blocks, what it does not publish warns.

Published: "one or more attachments (up to 10 MB) in a message" (Seller Central 200389080) -> attachment.size
blocks. Not published for relay mail: a text length (the SP-API model's longest free text is 2,000 characters)
and the file formats -> length.long and attachment.type warn. A check without a kind is a relay reply.
"""

from __future__ import annotations

import pytest

from marketmsg.models import Attachment
from marketmsg.rules import RuleContext, check
from marketmsg_amazon.rules import (
    AMAZON_RULES,
    RELAY_MAX_ATTACHMENT_BYTES,
    RELAY_TEXT_ADVISORY,
)

ORDER = "305-1182740-6693302"


def _attachment(name: str, size: int) -> Attachment:
    return Attachment(filename=name, content_type="application/octet-stream", size=size)


def _rules(text: str, kind: str | None, attachments: tuple[Attachment, ...] = ()) -> dict[str, str]:
    context = RuleContext(platform="amazon", locale="en-US", kind=kind, attachments=attachments)
    return {f.rule: f.severity for f in AMAZON_RULES.check_content(text, context)}


@pytest.mark.parametrize("kind", [None, "reply"])
def test_a_long_relay_reply_warns_because_amazon_publishes_no_limit(kind: str | None) -> None:
    text = f"Order {ORDER}: " + "the replacement part is on its way. " * 80
    assert len(text) > RELAY_TEXT_ADVISORY
    report = check(text, platform="amazon", locale="en-US", kind=kind)
    found = {f.rule: f for f in report.findings}
    assert found["length.long"].severity == "warn"
    assert "200389080" in (found["length.long"].source or "")
    assert not report.blocked


def test_a_relay_reply_at_the_advised_length_is_clean() -> None:
    text = (f"Order {ORDER}: " + "x" * RELAY_TEXT_ADVISORY)[:RELAY_TEXT_ADVISORY]
    assert "length.long" not in {f.rule for f in check(text, platform="amazon").findings}


@pytest.mark.parametrize(
    ("kind", "limit"),
    [("digital_access_key", 400), ("confirm_customization_details", 800), ("unexpected_problem", 2000)],
)
def test_api_kinds_keep_their_published_blocking_limits(kind: str, limit: int) -> None:
    text = f"Order {ORDER}: " + "a" * limit
    report = check(text, platform="amazon", kind=kind)
    assert [f.rule for f in report.blocking] == ["length.max"]


@pytest.mark.parametrize(
    ("kind", "files", "expected"),
    [
        (None, [("photo.jpg", RELAY_MAX_ATTACHMENT_BYTES)], {}),
        (None, [("photo.jpg", RELAY_MAX_ATTACHMENT_BYTES + 1)], {"attachment.size": "block"}),
        (None, [("a.pdf", 6_000_000), ("b.png", 4_000_001)], {"attachment.size": "block"}),
        (None, [("setup.exe", 1000)], {"attachment.type": "warn"}),
        (None, [(f"p{i}.jpg", 1000) for i in range(9)], {}),  # no count is published for relay mail
        ("warranty", [(f"p{i}.pdf", 1000) for i in range(6)], {"attachment.count": "block"}),
        ("invoice", [("invoice.pdf", 2000)], {}),
    ],
)
def test_attachment_limits(kind: str | None, files: list[tuple[str, int]], expected: dict[str, str]) -> None:
    attachments = tuple(_attachment(name, size) for name, size in files)
    found = _rules(f"Order {ORDER}: files attached.", kind, attachments)
    assert {k: v for k, v in found.items() if k.startswith("attachment.")} == expected
