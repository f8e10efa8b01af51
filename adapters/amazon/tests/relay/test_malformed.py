"""Malformed mail never crashes ingestion and is never lost: typed errors or sanitised, flagged results."""

from __future__ import annotations

import base64
import mailbox
from pathlib import Path

import pytest

from marketmsg import Account, VirtualClock
from marketmsg_amazon.relay import (
    DnsFunc,
    Ingestor,
    RelayMailbox,
    RelayMailGenerator,
    RelaySettings,
    SqliteRelayStore,
    parse,
)

ACCOUNT = Account(platform="amazon", seller_id="A1MALFORMED")
HEAD = (
    b'From: "Amelia - Amazon Marketplace" <m1a2l3f4o5r6m7e8@marketplace.amazon.com>\r\n'
    b"To: orders@seller.example\r\nSubject: Shipping inquiry from Amazon customer Amelia (Order: 111-2222222-3333333)\r\n"
    b"Date: Sat, 14 Nov 2026 10:00:00 +0000\r\n"
)


def _multipart(message_id: str, *parts: bytes) -> bytes:
    body = b"".join(b"--XX\r\n" + p + b"\r\n" for p in parts) + b"--XX--\r\n"
    return (
        HEAD
        + f"Message-ID: <{message_id}>\r\n".encode()
        + (b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n' + body)
    )


TEXT = b"Content-Type: text/plain; charset=utf-8\r\n\r\n------------- Begin message -------------\r\nSee attached.\r\n------------- End message -------------\r\n"


def _attachment(name: bytes, data: bytes, ctype: bytes = b"application/pdf") -> bytes:
    encoded = base64.encodebytes(data)
    return (
        b"Content-Type: " + ctype + b'\r\nContent-Disposition: attachment; filename="' + name + b'"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + encoded
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (b"../../../../etc/passwd", "passwd"),
        (b"..\\\\..\\\\windows\\\\system32\\\\evil.dll", "evil.dll"),
        (b"/absolute/path/photo.jpg", "photo.jpg"),
        (b".htaccess", "htaccess"),
        (b"inv\x07oice.pdf", "invoice.pdf"),
        (b"", "attachment"),
    ],
)
def test_attachment_names_are_sanitised(name: bytes, expected: str) -> None:
    raw = _multipart("trav@x", TEXT, _attachment(name, b"data"))
    message = parse(raw, verify=False)
    assert [a.filename for a in message.attachments] == [expected]
    assert message.attachments[0].content == b"data"


def test_twenty_megabyte_attachment_is_kept_by_digest_not_in_memory() -> None:
    data = bytes(range(256)) * (20 * 1024 * 1024 // 256)
    raw = _multipart("big@x", TEXT, _attachment(b"scan.tiff", data, b"image/tiff"))
    message = parse(raw, verify=False)
    (attachment,) = message.attachments
    assert attachment.size == len(data) and attachment.content is None
    import hashlib

    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert any("over" in d for d in message.defects)
    assert message.body == "See attached."


@pytest.mark.parametrize(
    "raw",
    [
        HEAD + b"Message-ID: <cs1@x>\r\nContent-Type: text/plain; charset=klingon-8\r\n\r\n"
        b"------------- Begin message -------------\r\nCaf\xc3\xa9?\r\n------------- End message -------------\r\n",
        HEAD + b"Message-ID: <cs2@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"------------- Begin message -------------\r\nCaf\xe9 \xff\xfe?\r\n------------- End message -------------\r\n",
        HEAD
        + b"Message-ID: <cs3@x>\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"!!!not*base64!!!\r\n",
        HEAD
        + b"Message-ID: <cs4@x>\r\nSubject: =?unknown-cs?B?SGVsbG8=?=\r\nContent-Type: multipart/alternative\r\n\r\nno boundary",
        HEAD
        + b"Message-ID: <cs5@x>\r\nContent-Type: text/html\r\n\r\n<div><p>unclosed <b>tags <script>x</div>\r\n",
    ],
    ids=["unknown-charset", "invalid-utf8", "broken-base64", "multipart-without-boundary", "broken-html"],
)
def test_broken_mime_and_charsets_parse_without_crashing(raw: bytes) -> None:
    message = parse(raw, verify=False)
    assert message.kind == "buyer_message"
    assert message.order_id == "111-2222222-3333333"
    assert isinstance(message.body, str)


def test_mailbox_of_bad_mail_is_ingested_completely_and_left_intact(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    bad = [
        b"",  # an empty file an MTA left behind
        b"garbage without any header",
        _multipart("trav2@x", TEXT, _attachment(b"../../x.sh", b"#!/bin/sh")),
        HEAD + b"Message-ID: <cs9@x>\r\nContent-Type: text/plain; charset=klingon-8\r\n\r\nhi\r\n",
    ]
    good = [corpus_generator.buyer_message(locale=loc) for loc in ("en", "ja", "sv")]
    maildir = tmp_path / "Maildir"
    corpus_generator.to_maildir(maildir, bad + good)
    files_before = sorted((p.name, p.read_bytes()) for p in maildir.rglob("*") if p.is_file())
    relay = RelaySettings(
        sender="orders@seller.example", sources=({"type": "maildir", "path": str(maildir)},)
    )
    store = SqliteRelayStore(f"file:{tmp_path.name}-bad?mode=memory&cache=shared")
    box = RelayMailbox(ACCOUNT, relay, store=store, clock=clock, dnsfunc=corpus_dns)
    (report,) = box.sync()
    assert report.added + report.quarantined == len(bad) + len(good)
    assert report.quarantined == 2
    stored = store.messages(ACCOUNT.key)
    assert sum(1 for m in stored if m.meta.kind == "buyer_message") == len(good)
    assert sum(1 for m in stored if m.meta.kind == "phishing_suspect") == 2  # unsigned "buyer" mail
    assert (box.sync()[0].added, box.sync()[0].quarantined) == (0, 0)  # nothing read twice
    files_after = sorted((p.name, p.read_bytes()) for p in maildir.rglob("*") if p.is_file())
    assert files_after == files_before
    assert len(mailbox.Maildir(str(maildir), create=False)) == len(bad) + len(good)


# ------------------------------------------------------------------ issue 11.14: mail that once went to quarantine


def _nested(depth: int) -> bytes:
    inner = TEXT
    for level in range(depth):
        boundary = f"n{level}".encode()
        inner = (
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n--' + boundary + b"\r\n"
            + inner + b"\r\n--" + boundary + b"--\r\n"
        )  # fmt: skip
    return HEAD + b"Message-ID: <nest@x>\r\nMIME-Version: 1.0\r\n" + inner


def _single(message_id: str, content_type: bytes, date: bytes | None = None) -> bytes:
    head = HEAD if date is None else HEAD.replace(b"Sat, 14 Nov 2026 10:00:00 +0000", date)
    return (
        head + f"Message-ID: <{message_id}>\r\n".encode() + b"Content-Type: " + content_type + b"\r\n\r\n"
        b"------------- Begin message -------------\r\nSee attached.\r\n------------- End message -------------\r\n"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "defect"),
    [
        (
            _multipart(
                "eight-bit-name@x",
                TEXT,
                b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="Rechnung_\xe4\xf6.pdf"'
                b"\r\n\r\n%PDF-1.4\r\n",
            ),
            None,
        ),
        (_single("punycode@x", b"text/plain; charset=punycode"), "charset"),
        (_single("nul-charset@x", b'text/plain; charset="utf\x00-8"'), "charset"),
        (_single("date@x", b"text/plain; charset=utf-8", date=b"Sat, 14 Nov 2026 10:00:00 +9999"), "Date"),
        (_single("year@x", b"text/plain; charset=utf-8", date=b"Sat, 14 Nov 99999 10:00:00 -2400"), "Date"),
        (_nested(5000), "nested"),
    ],
    ids=["8-bit-filename", "charset-punycode", "charset-with-nul", "date-offset", "date-year", "nested-5000"],
)
def test_mail_that_breaks_parsing_shows_the_buyer_message_with_defects(
    raw: bytes, defect: str | None, tmp_path: Path
) -> None:
    message = parse(raw, verify=False)
    assert message.kind == "buyer_message" and message.body == "See attached."
    if defect is not None:
        assert any(defect in d for d in message.defects), message.defects
    store = SqliteRelayStore(str(tmp_path / "relay.db"))
    outcome = Ingestor(store=store, account=ACCOUNT.key, now=VirtualClock().now, verify=False).ingest(raw)
    assert outcome.result == "added", outcome.error
    assert not store.quarantined(ACCOUNT.key)
