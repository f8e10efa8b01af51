"""The relay channel's platform facts as data, each row checked: addresses, domains, subjects, tags, limits."""

from __future__ import annotations

import pytest

from marketmsg import Attachment, PlatformRuleError
from marketmsg_amazon.relay import organisational_domain, parse
from marketmsg_amazon.relay._html import html_to_text
from marketmsg_amazon.relay._markers import (
    MARKETPLACE_TLDS,
    ORDER_ID_RE,
    RELAY_ADDRESS_RE,
)
from marketmsg_amazon.relay._smtp import MAX_ATTACHMENTS_BYTES, build_reply, reply_subject
from marketmsg_amazon.relay._template import subject_inquiry


@pytest.mark.parametrize(
    ("address", "alias"),
    [
        ("abcd1234efgh@marketplace.amazon.com", "abcd1234efgh"),
        ("ABCD1234EFGH@Marketplace.Amazon.co.uk", "ABCD1234EFGH"),
        ("z1x2c3v4b5n6m7l8+A1B2C3D4E5@marketplace.amazon.com.br", "z1x2c3v4b5n6m7l8"),
        ("abcd1234efgh@marketplace.amazon.com.evil.example", None),  # look-alike host (fact sheet §4.3b)
        ("abcd1234efgh@marketplace.amazon.cn", None),  # no relay MX for .cn
        ("abcd1234efgh@amazon.com", None),  # not the relay subdomain
        ("abcd1234efgh@marketplace-amazon.com", None),
        ("a@marketplace.amazon.com", None),  # too short to be a relay alias
    ],
)
def test_relay_addresses(address: str, alias: str | None) -> None:
    match = RELAY_ADDRESS_RE.match(address)
    assert (match.group("local") if match else None) == alias


def test_every_marketplace_tld_is_a_relay_domain() -> None:
    assert len(MARKETPLACE_TLDS) == 22
    for tld in MARKETPLACE_TLDS:
        assert RELAY_ADDRESS_RE.match(f"abcdef123456@marketplace.amazon.{tld}")


@pytest.mark.parametrize(
    ("domain", "organisational"),
    [
        ("marketplace.amazon.com", "amazon.com"),
        ("marketplace.amazon.co.uk", "amazon.co.uk"),
        ("marketplace.amazon.com.br", "amazon.com.br"),
        ("bounces.amazon.com", "amazon.com"),  # Mail::DMARC's example (anchors §5.4)
        ("amazon.de", "amazon.de"),
        ("marketplace.amazon.com.evil.example", "evil.example"),
        ("mail.example.co.jp", "example.co.jp"),
    ],
)
def test_organisational_domains(domain: str, organisational: str) -> None:
    assert organisational_domain(domain) == organisational


@pytest.mark.parametrize(
    ("subject", "topic", "name"),
    [
        (
            "Product details inquiry from Amazon customer Cherri (Order: 111-3958185-1645065)",
            "Product details",
            "Cherri",
        ),
        ("Ship faster inquiry from Amazon customer Tom (Order: 111-3958185-1645065)", "Ship faster", "Tom"),
        ("Inquiry from Amazon customer Josh (Order: 111-3958185-1645065)", None, "Josh"),
        ("Order delivery inquiry from Amazon customer (Order: 111-3958185-1645065)", "Order delivery", ""),
    ],
)
def test_subject_patterns(subject: str, topic: str | None, name: str) -> None:
    assert subject_inquiry(subject) == (topic, name)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Order: 111-3958185-1645065", ["111-3958185-1645065"]),
        ("1111-3958185-1645065", []),
        ("111-3958185-16450651", []),
        ("ids 302-1234567-7654321 and 028-7654321-1234567", ["302-1234567-7654321", "028-7654321-1234567"]),
    ],
)
def test_order_ids_are_3_7_7(text: str, found: list[str]) -> None:
    assert ORDER_ID_RE.findall(text) == found


@pytest.mark.parametrize(
    ("original", "critical_to_opted_out", "override", "expected"),
    [
        ("Shipping inquiry (Order: 1)", False, None, "RE: Shipping inquiry (Order: 1)"),
        ("RE: Shipping inquiry (Order: 1)", False, None, "RE: Shipping inquiry (Order: 1)"),
        ("Shipping inquiry (Order: 1)", True, None, "[Important] RE: Shipping inquiry (Order: 1)"),
        ("[IMPORTANT] RE: x", True, None, "RE: [IMPORTANT] RE: x"),  # any case counts (FAQ G200383320)
        ("x", False, "[Important] Please read", "Please read"),  # never on a non-critical message
        (None, False, None, "RE:"),
    ],
)
def test_important_tag(
    original: str | None, critical_to_opted_out: bool, override: str | None, expected: str
) -> None:
    assert reply_subject(original, critical_to_opted_out=critical_to_opted_out, override=override) == expected


def _reply(*attachments: Attachment) -> None:
    build_reply(
        sender="s@x.example",
        sender_name=None,
        to="abcdef123456@marketplace.amazon.com",
        subject="RE: x",
        body="b",
        message_id="k@x.example",
        in_reply_to=None,
        references=(),
        attachments=attachments,
        date="Mon, 02 Nov 2026 09:00:00 +0000",
    )


def test_attachments_total_under_ten_megabytes() -> None:
    half = MAX_ATTACHMENTS_BYTES // 2
    _reply(Attachment.from_bytes("a.pdf", b"\0" * (half - 1)), Attachment.from_bytes("b.pdf", b"\0" * half))
    with pytest.raises(PlatformRuleError) as info:
        _reply(Attachment.from_bytes("a.pdf", b"\0" * half), Attachment.from_bytes("b.pdf", b"\0" * half))
    assert info.value.rule == "amazon.relay.attachments_10mb"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Hello</p><p>World</p>", "Hello\n\nWorld"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<style>p{}</style><script>x()</script>Hi &amp; bye", "Hi & bye"),
        ('<a href="https://evil.example">click</a>', "click"),
        ("<pre>  keep\n  lines</pre>", "keep\nlines"),
        ("<div>unclosed <b>bold", "unclosed bold"),
    ],
)
def test_html_rendering(html: str, text: str) -> None:
    assert html_to_text(html) == text


FORWARDED = (
    b"Authentication-Results: mx.seller.example; dkim=pass header.d=amazon.de header.s=sel;"
    b" dmarc=pass header.from=marketplace.amazon.de\r\n"
    b'From: "Anke - Amazon Marketplace" <f1o2r3w4a5r6d7e8@marketplace.amazon.de>\r\n'
    b"To: orders@seller.example\r\nSubject: Shipping inquiry from Amazon customer Anke (Order: 302-1111111-2222222)\r\n"
    b"Message-ID: <fwd@relay.marketplace.amazon.de>\r\n\r\n"
    b"------------- Nachricht: -------------\r\nWo ist mein Paket?\r\n------------- Ende der Nachricht -------------\r\n"
)


@pytest.mark.parametrize(
    ("raw", "trusted_ids", "kind"),
    [
        (FORWARDED, ("mx.seller.example",), "buyer_message"),  # our own server saw Amazon's signature pass
        (FORWARDED, (), "phishing_suspect"),  # opt-in only
        (FORWARDED, ("mx.other.example",), "phishing_suspect"),  # someone else's header proves nothing
        # A forged header below the receiving server's own one is ignored: only the topmost counts.
        (
            b"Authentication-Results: mx.seller.example; dkim=none\r\n" + FORWARDED,
            ("mx.seller.example",),
            "phishing_suspect",
        ),
        (
            FORWARDED.replace(b"header.d=amazon.de", b"header.d=evil.example"),
            ("mx.seller.example",),
            "phishing_suspect",
        ),
    ],
    ids=["trusted-server", "not-opted-in", "other-server", "forged-below", "unaligned-domain"],
)
def test_authentication_results_of_a_trusted_receiving_server(
    raw: bytes, trusted_ids: tuple[str, ...], kind: str
) -> None:
    message = parse(raw, dnsfunc=lambda *a, **k: None, trusted_authserv_ids=trusted_ids)
    assert message.kind == kind
    assert message.authenticity is not None
    assert message.authenticity.trusted is (kind == "buyer_message")
